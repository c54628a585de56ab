#!/usr/bin/env bash
# Peak RSS and success of one CLI diagnosis under a given heap (HEAP, default 64m) on the biggest realistic inputs:
# a 200-pod `kubectl get pods -o json` List, a 10 000-line log, a pod of 100 containers described, and the example
# describe. Runs the CLI's java command with the launcher's flags but the heap replaced, without the start-up cache
# (the cache changes start time, not the heap). Uses /usr/bin/time (apt-get install -y time) and jq.
# Build first (never `mvn install`): mvn -B -o -q package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
heap="${HEAP:-64m}"
inputs="$here/bench/src/main/resources/dev/kubeadvisor/bench/inputs"
[[ -f "$here/cli/target/kube-advisor-cli.jar" ]] || { echo "bench-memory: build first: mvn -B -o -q package -DskipTests" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 200 copies of the OOM scenario's pod, renamed, as one List
jq '{apiVersion: "v1", kind: "List", metadata: {resourceVersion: ""},
     items: [range(200) as $i | .metadata.name = (.metadata.name + "-\($i)")]}' \
  "$inputs/kinds/pod-json.txt" >"$work/pods-200.json"
{
  echo '$ kubectl logs quote-app-7b9c6d5f8-m4q7z -n quotes'
  for ((i = 0; i < 9999; i++)); do
    printf '2026-11-25T21:04:%02d.%03dZ INFO  [http-nio-8080-exec-%d] c.e.quotes.QuoteController - GET /quotes/%d 200 in %d ms\n' \
      $((i % 60)) $((i % 1000)) $((i % 8)) "$i" $((i % 97))
  done
  echo 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space'
} >"$work/log-10000.txt"

flags="$(sed -n 's/^flags=(\(.*\))$/\1/p' "$here/bin/kube-advisor" | sed "s/-Xmx[0-9]*[mMgG]/-Xmx$heap/")"
echo "heap: -Xmx$heap; flags: $flags; $(java -version 2>&1 | head -1)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %10s %12s %8s  %s\n' input bytes "peak RSS MiB" exit "verdict / error"
for input in "$work/pods-200.json" "$work/log-10000.txt" "$inputs/containers/100.txt" "$inputs/kinds/mixed-stream.txt"; do
  set +e
  # shellcheck disable=SC2086 # $flags is several flags
  /usr/bin/time -f '%M' -o "$work/rss" java $flags -cp "$here/cli/target/kube-advisor-cli.jar:$here/cli/target/lib/*" \
    dev.kubeadvisor.cli.KubeAdvisorCommand diagnose --fail-on never -o json "$input" >"$work/out.json" 2>"$work/err"
  status=$?
  set -e
  verdict="$(jq -r '.verdict // empty' "$work/out.json" 2>/dev/null || true)"
  [[ -n "$verdict" ]] || verdict="$(grep -m1 -E 'Error|Exception' "$work/err" || head -c 120 "$work/err")"
  printf '%-44s %10d %12d %8d  %s\n' "$(basename "$input")" "$(stat -c %s "$input")" $(( $(tail -1 "$work/rss") / 1024 )) \
    "$status" "$verdict"
done
