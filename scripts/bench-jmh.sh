#!/usr/bin/env bash
# Runs the JMH benchmarks and prints, per example pod, µs/op, ops/s and CPU µs/op of each part of a diagnosis, with
# its ratio to the two baselines measured in the same run: Jackson reading the same pod as JSON, and a rule session
# over no facts. Extra arguments go to JMH (e.g. -f 3 -i 10, or a benchmark name regex).
# Build first (never `mvn install`): mvn -B -o -P bench -pl bench -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$here/bench/target/benchmarks.jar"
result="${JMH_RESULT:-$here/bench/target/jmh-result.json}"
if [[ ! -f "$jar" ]]; then
  echo "bench-jmh: $jar is missing; build it: mvn -B -o -P bench -pl bench -am package -DskipTests" >&2
  exit 2
fi
command -v jq >/dev/null || { echo "bench-jmh: needs jq (apt-get install -y jq)" >&2; exit 2; }

echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory; $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar "$jar" -prof dev.kubeadvisor.bench.ProcessCpuProfiler -rf json -rff "$result" "$@" >"${result%.json}.log"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)   (JMH output: ${result%.json}.log)"
echo

jq -r '
  . as $all
  | def pick($name; $mode; $pod): first($all[] | select(.benchmark | endswith("." + $name))
      | select(.mode == $mode) | select((.params.pod // "-") == $pod)) // null;
  def us($name; $pod): pick($name; "avgt"; $pod).primaryMetric.score;
  def cpu($name; $pod): pick($name; "avgt"; $pod).secondaryMetrics.cpu.score;
  def opsPerSecond($name; $pod): (pick($name; "thrpt"; $pod).primaryMetric.score // null) | if . == null then "-" else . * 1e6 | floor end;
  def fixed: if . == null then "-" else (. * 10 | round / 10 | tostring) end;
  def ratio($a; $b): if $a == null or $b == null then "-" else ($a / $b * 10 | round / 10 | tostring) + "x" end;
  (us("emptyEvaluation"; "-")) as $empty | (cpu("emptyEvaluation"; "-")) as $emptyCpu
  | ["pod", "benchmark", "us/op", "ops/s", "CPU us/op", "vs JSON read", "CPU vs JSON read", "vs empty session"],
    (["-", "emptyEvaluation", ($empty | fixed), opsPerSecond("emptyEvaluation"; "-"), ($emptyCpu | fixed), "-", "-", "1x"]),
    ([$all[] | .params.pod // empty] | unique[] as $pod
      | ("diagnose", "parse", "evaluateAndReport", "jacksonReadTree") as $name
      | select(pick($name; "avgt"; $pod) != null)
      | [$pod, $name, (us($name; $pod) | fixed), opsPerSecond($name; $pod), (cpu($name; $pod) | fixed),
         ratio(us($name; $pod); us("jacksonReadTree"; $pod)), ratio(cpu($name; $pod); cpu("jacksonReadTree"; $pod)),
         ratio(us($name; $pod); $empty)])
  | @tsv' "$result" | column -t -s $'\t'
