#!/usr/bin/env bash
# Runs the JMH benchmarks (bench/) and prints every figure beside the baseline measured in the same run: µs/op (wall),
# CPU µs/op (the benchmark JVM's CPU time per operation, all its threads), ops/s per core (10^6 / CPU µs/op), the
# ratio to the baseline and, for the scaling benchmarks, the growth against the smallest case. Baselines: Jackson 3
# reading the same objects as JSON (jacksonReadTree, same benchmark class and input), a rule session over no facts
# (emptyEvaluation) and, for the rule count, the catalogue once compiled the same way. Extra arguments go to JMH
# (e.g. -wi 5 -i 10, or a benchmark name regex); JMH_RESULT names the JSON result file.
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

if [[ "${JMH_REPORT_ONLY:-}" != 1 ]]; then
  echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory; $(java -version 2>&1 | head -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Djmh.ignoreLock=true -jar "$jar" -prof dev.kubeadvisor.bench.ProcessCpuProfiler -rf json -rff "$result" "$@" >"${result%.json}.log"
  echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)   (JMH output: ${result%.json}.log)"
fi

jq -r '
  def fixed: if . == null then "-" elif . >= 100 then (round | tostring) else (. * 10 | round / 10 | tostring) end;
  def ratio($a; $b): if $a == null or $b == null or $b == 0 then "-" else ($a / $b * 10 | round / 10 | tostring) + "x" end;
  def size: (.input // .catalogueCopies // "" | tostring | split("-") | last | tonumber? // null);
  def family: (.input // "" | tostring | split("-") | .[:-1] | join("-"));
  [.[] | {class: (.benchmark | split(".") | .[-2] | sub("Benchmark$"; "")), name: (.benchmark | split(".") | last),
          params: (.params // {}), us: .primaryMetric.score, cpu: .secondaryMetrics.cpu.score}
       | .input = (.params | to_entries | map(.value) | join(",")) | .catalogueCopies = .params.catalogueCopies] as $rows
  | (first($rows[] | select(.class == "EmptyEvaluation")) // null) as $empty
  | def baseline($r):
      if $r.name == "jacksonReadTree" or $r.class == "EmptyEvaluation" then null
      elif $r.class == "RuleCount" then
        first($rows[] | select(.class == "RuleCount" and .name == $r.name and .catalogueCopies == "1"))
      elif $r.name == "evaluate" then $empty
      else first($rows[] | select(.class == $r.class and .input == $r.input and .name == "jacksonReadTree")) end;
    def smallest($r):
      first($rows | map(select(.class == $r.class and .name == $r.name and ($r | family) == family))
        | min_by(size) | select(.input != $r.input)) // null;
  ["benchmark", "input", "us/op", "CPU us/op", "ops/s/core", "baseline", "x baseline (CPU)", "growth (CPU)"],
  ($rows[] | baseline(.) as $b | (if .class == "InputSize" then smallest(.) else null end) as $s
    | [.class + "." + .name, (if .input == "" then "-" else .input end), (.us | fixed), (.cpu | fixed),
       (if .cpu then 1e6 / .cpu | round else "-" end),
       (if $b == null then "-" else ($b.class + "." + $b.name + (if $b.input == "" then "" else "(" + $b.input + ")" end)) end),
       (if $b == null then "-" else ratio(.cpu; $b.cpu) end),
       (if $s == null then "-" else ratio(.cpu; $s.cpu) + " vs " + $s.input end)])
  | @tsv' "$result" | column -t -s $'\t'
