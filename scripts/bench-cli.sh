#!/usr/bin/env bash
# Wall time of one `bin/kube-advisor diagnose INPUT` call, without and with the start-up cache (AppCDS on Java 17,
# AOT cache on Java 25+), beside a hello-world JVM started with the same java, flags and class path in the same
# run: the ratio to that baseline holds on a machine whose load changes. Measures the default java, and also
# JAVA25=/path/to/java when given (or a Temurin 25 found under /usr/lib/jvm). Uses hyperfine (apt-get install -y
# hyperfine jq). Median of RUNS (default 10) runs after 2 warm-up runs. Reports peak RSS of one run per command.
# Usage: scripts/bench-cli.sh [INPUT]  (default: the benchmarks' OOM crash-loop pod)
# Build first (never `mvn install`): mvn -B -o -q package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
input="$(readlink -f "${1:-$here/bench/src/main/resources/dev/kubeadvisor/bench/pods/crash-loop-oom.describe.txt}")"
lib="$here/cli/target/lib"
jar="$here/cli/target/kube-advisor-cli.jar"
cache="$here/cli/target/kube-advisor"
runs="${RUNS:-10}"
[[ -f "$jar" ]] || { echo "bench-cli: build first: mvn -B -o -q package -DskipTests" >&2; exit 2; }
for tool in hyperfine jq; do
  command -v "$tool" >/dev/null || { echo "bench-cli: needs $tool (apt-get install -y $tool)" >&2; exit 2; }
done
javas=("$(command -v java)")
java25="${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1 || true)}"
[[ -n "$java25" && -x "$java25" ]] && javas+=("$java25")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/hello"
printf 'public class Hello {\n    public static void main(String[] args) {\n        System.out.println("hello");\n    }\n}\n' \
  >"$work/Hello.java"
javac --release 17 -d "$work/hello" "$work/Hello.java"
flags="$(sed -n 's/^flags=(\(.*\))$/\1/p' "$here/bin/kube-advisor")"

echo "input: $input"
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for java in "${javas[@]}"; do
  version="$("$java" -version 2>&1 | head -1)"
  # Let a first run make the cache for this java (in the background) and wait for it, so that no training runs
  # while measuring.
  rm -f "$cache".{aot,jsa}{,.key} "$cache.failed"
  JAVA="$java" "$here/bin/kube-advisor" --version >/dev/null
  for ((waited = 0; waited < 300; waited++)); do
    [[ -e "$cache.aot.key" || -e "$cache.jsa.key" || -e "$cache.failed" ]] && break
    sleep 1
  done
  [[ -e "$cache.aot.key" || -e "$cache.jsa.key" ]] || echo "bench-cli: warning: no cache was made for $version" >&2
  names=("hello-world JVM" "kube-advisor, no cache" "kube-advisor, with cache")
  commands=("$java $flags -cp '$jar:$lib/*:$work/hello' Hello"
    "JAVA='$java' KUBE_ADVISOR_CDS=off '$here/bin/kube-advisor' diagnose --fail-on never '$input'"
    "JAVA='$java' '$here/bin/kube-advisor' diagnose --fail-on never '$input'")
  hyperfine --warmup 2 --runs "$runs" --style none --export-json "$work/times.json" \
    -n "${names[0]}" "${commands[0]}" -n "${names[1]}" "${commands[1]}" -n "${names[2]}" "${commands[2]}" >/dev/null
  for i in "${!commands[@]}"; do
    /usr/bin/time -f '%M' -o "$work/rss.$i" bash -c "${commands[$i]}" >/dev/null
  done
  echo
  echo "java: $version"
  jq -r --slurpfile rss0 "$work/rss.0" --slurpfile rss1 "$work/rss.1" --slurpfile rss2 "$work/rss.2" '
    [$rss0[0], $rss1[0], $rss2[0]] as $rss | .results[0].median as $hello
    | ["command", "median s", "x hello-world JVM", "min s", "CPU s (user+sys)", "peak RSS MiB"],
      (.results | to_entries[] | .key as $i | .value
        | [.command, (.median * 1000 | round / 1000), ((.median / $hello * 100 | round) / 100 | tostring) + "x",
           (.min * 1000 | round / 1000), ((.user + .system) * 1000 | round / 1000), ($rss[$i] / 1024 | round)])
    | @tsv' "$work/times.json" | column -t -s $'\t'
done
echo
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
