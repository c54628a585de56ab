#!/usr/bin/env bash
# Wall time of one `bin/kube-advisor diagnose INPUT` call, with and without the class-data-sharing archive, beside
# a hello-world JVM started with the same java, flags and class path in the same run: the ratio to that baseline
# holds on a machine whose load changes. Uses hyperfine (apt-get install -y hyperfine) when present, otherwise
# a bash loop that alternates the commands. Median of 10 runs after 2 warm-up runs.
# Usage: scripts/bench-cli.sh [INPUT]  (default: the benchmarks' OOM crash-loop pod)
# Build first (never `mvn install`): mvn -B -o -q package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
input="$(readlink -f "${1:-$here/bench/src/main/resources/dev/kubeadvisor/bench/pods/crash-loop-oom.describe.txt}")"
lib="$here/cli/target/lib"
jar="$here/cli/target/kube-advisor-cli.jar"
archive="$here/cli/target/kube-advisor.jsa"
java="${JAVA:-java}"
runs=10
warmup=2
[[ -f "$jar" ]] || { echo "bench-cli: build first: mvn -B -o -q package -DskipTests" >&2; exit 2; }
command -v jq >/dev/null || { echo "bench-cli: needs jq (apt-get install -y jq)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/hello"
printf 'public class Hello {\n    public static void main(String[] args) {\n        System.out.println("hello");\n    }\n}\n' \
  >"$work/Hello.java"
javac --release 17 -d "$work/hello" "$work/Hello.java"

# The flags and class path bin/kube-advisor starts the CLI with, plus the Hello class.
flags="$(sed -n 's/^flags=(\(.*\))$/\1/p' "$here/bin/kube-advisor")"
hello="$java $flags -cp '$jar:$lib/*:$work/hello' Hello"
# --fail-on never: exit 0 despite findings, so that any other exit code stops the measurement.
without="KUBE_ADVISOR_CDS=off '$here/bin/kube-advisor' diagnose --fail-on never '$input'"
with="'$here/bin/kube-advisor' diagnose --fail-on never '$input'"

# Let a first run make the archive (in the background) and wait for it, so that no training runs while measuring.
"$here/bin/kube-advisor" --version >/dev/null
sleep 1
flock "$archive.lock" true 2>/dev/null || true
[[ -f "$archive" ]] || echo "bench-cli: warning: no archive was made; the two CLI rows measure the same thing" >&2

echo "input: $input"
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory; $("$java" -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
names=("hello-world JVM" "kube-advisor, no archive" "kube-advisor, with archive")
commands=("$hello" "$without" "$with")
if command -v hyperfine >/dev/null; then
  hyperfine --warmup "$warmup" --runs "$runs" --style none --export-json "$work/times.json" \
    -n "${names[0]}" "${commands[0]}" -n "${names[1]}" "${commands[1]}" -n "${names[2]}" "${commands[2]}" >/dev/null
  jq '[.results[] | {name: .command, median, min, user, system}]' "$work/times.json" >"$work/summary.json"
else
  for ((round = -warmup; round < runs; round++)); do
    for i in "${!commands[@]}"; do
      start=$(date +%s%N)
      bash -c "${commands[$i]}" >/dev/null
      ((round >= 0)) && echo "$i $((($(date +%s%N) - start)))" >>"$work/times.txt"
    done
  done
  for i in "${!names[@]}"; do
    sort -n -k2 "$work/times.txt" | awk -v i="$i" -v name="${names[$i]}" '$1 == i { t[n++] = $2 / 1e9 }
      END { printf "{\"name\": \"%s\", \"median\": %f, \"min\": %f}\n", name,
            (n % 2 ? t[int(n / 2)] : (t[n / 2 - 1] + t[n / 2]) / 2), t[0] }'
  done | jq -s . >"$work/summary.json"
fi
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo
jq -r '.[0].median as $hello
  | ["command", "median s", "x hello-world JVM", "min s", "CPU s (user+sys, mean)"],
    (.[] | [.name, (.median * 1000 | round / 1000), ((.median / $hello * 100 | round) / 100 | tostring) + "x",
            (.min * 1000 | round / 1000),
            (if .user then ((.user + .system) * 1000 | round / 1000) else "-" end)])
  | @tsv' "$work/summary.json" | column -t -s $'\t'
