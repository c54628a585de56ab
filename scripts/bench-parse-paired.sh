#!/usr/bin/env bash
# Parse against Jackson, each ratio from two JMH forks run back to back: for every input and round, one fork of
# Jackson's read of the JSON twin and one of the parse, the order alternating by round. scripts/bench-jmh.sh runs all
# of Jackson's reads before all of the parses, minutes apart, and this machine's speed drifts over minutes (Jackson
# alone read pod YAML's twin in 22 to 30 µs in three runs of one evening): pairing puts the drift on both sides of
# each ratio. Prints per input the CPU µs/op of both (medians over the rounds), every round's ratio and their median.
# ROUNDS (default 3); INPUTS limits the inputs (e.g. INPUTS="pod-yaml describe-node"); extra arguments go to JMH
# (default -wi 5 -w 2s -i 3 -r 2s). About 20 minutes for every input. Build first (never `mvn install`):
# mvn -B -o -P bench -pl bench -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$here/bench/target/benchmarks.jar"
if [[ ! -f "$jar" ]]; then
  echo "bench-parse-paired: $jar is missing; build it: mvn -B -o -P bench -pl bench -am package -DskipTests" >&2
  exit 2
fi
command -v jq >/dev/null || { echo "bench-parse-paired: needs jq (apt-get install -y jq)" >&2; exit 2; }
rounds="${ROUNDS:-3}"
jmh_args=("$@")
[[ ${#jmh_args[@]} -gt 0 ]] || jmh_args=(-wi 5 -w 2s -i 3 -r 2s)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# benchmark class, its parameter, and the inputs it reads
inputs=()
for kind in describe-pod describe-node describe-deployment get-events get-pods logs pod-json pod-yaml mixed-stream; do
  inputs+=("ParseBenchmark kind $kind")
done
inputs+=("ObjectsParseBenchmark input pod" "ObjectsParseBenchmark input list-of-200")

cpu_per_op() {
  local class=$1 method=$2 param=$3 value=$4 file=$5
  java -Djmh.ignoreLock=true -jar "$jar" "\\.$class\\.$method\$" -p "$param=$value" -f 1 "${jmh_args[@]}" \
    -prof dev.kubeadvisor.bench.ProcessCpuProfiler -rf json -rff "$file" >"${file%.json}.log"
  jq '.[0].secondaryMetrics.cpu.score' "$file"
}

median() {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %12s %14s %16s %s\n' "input" "parse CPU µs" "Jackson CPU µs" "x Jackson (med)" "x Jackson per round"
for entry in "${inputs[@]}"; do
  read -r class param value <<<"$entry"
  [[ -z "${INPUTS:-}" || " $INPUTS " == *" $value "* ]] || continue
  parses=() jacksons=() ratios=()
  for round in $(seq "$rounds"); do
    methods=(jacksonReadTree parse)
    (( round % 2 )) || methods=(parse jacksonReadTree)
    declare -A cpu=()
    for method in "${methods[@]}"; do
      cpu[$method]=$(cpu_per_op "$class" "$method" "$param" "$value" "$out/$value-$round-$method.json")
    done
    parses+=("${cpu[parse]}") jacksons+=("${cpu[jacksonReadTree]}")
    ratios+=("$(awk -v p="${cpu[parse]}" -v j="${cpu[jacksonReadTree]}" 'BEGIN { printf "%.2f", p / j }')")
  done
  printf '%-28s %12.1f %14.1f %15.2fx %s\n' "$class:$value" \
    "$(printf '%s\n' "${parses[@]}" | median)" "$(printf '%s\n' "${jacksons[@]}" | median)" \
    "$(printf '%s\n' "${ratios[@]}" | median)" "$(printf '%sx ' "${ratios[@]}")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
