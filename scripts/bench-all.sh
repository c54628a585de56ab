#!/usr/bin/env bash
# The whole performance suite in one command: builds the CLI and the benchmarks (offline, never `mvn install`), then
# runs and prints, each with its same-run baseline and the load average: the JMH benchmarks (scripts/bench-jmh.sh,
# short settings: 1 fork, 2 × 1 s warm-up, 3 × 1 s measurement per benchmark), the CLI against a hello-world JVM
# (scripts/bench-cli.sh), the start-up phases (scripts/bench-startup.sh) and the CLI's memory in -Xmx64m
# (scripts/bench-memory.sh). About 40 minutes on 2 loaded cores (the rule-count benchmark compiles 780 rules at setup). SKIP_BUILD=1 reuses the last build; extra arguments go
# to JMH. Needs jq, hyperfine and /usr/bin/time (apt-get install -y jq hyperfine time). The server under load is
# measured separately: scripts/bench-http.sh (needs wrk).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -o -q -P bench package -DskipTests
fi
section() {
  printf '\n== %s ==\n' "$1"
}
section "JMH: parse, evaluation, diagnosis, scaling (scripts/bench-jmh.sh)"
scripts/bench-jmh.sh "$@"
section "CLI call against a hello-world JVM (scripts/bench-cli.sh)"
RUNS="${RUNS:-10}" scripts/bench-cli.sh
section "Start-up phases (scripts/bench-startup.sh)"
scripts/bench-startup.sh
section "CLI memory in -Xmx64m (scripts/bench-memory.sh)"
scripts/bench-memory.sh
