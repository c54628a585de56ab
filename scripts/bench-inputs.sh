#!/usr/bin/env bash
# Regenerates the benchmarks' text inputs (bench/src/main/resources/dev/kubeadvisor/bench/inputs/) from the
# repository's fixtures: genuine kubectl output (the newest kubectl found, as advisor-core's tests find it) of
# fixtures/objects and fixtures/scenarios served by advisor-core's FixtureApiServer. The output is committed, so
# the suite does not need kubectl; re-run after changing the fixtures and review the diff.
# Build first (never `mvn install`): mvn -B -o -q package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
tests_jar="$(ls "$here"/advisor-core/target/advisor-core-*-tests.jar)"
out="$here/bench/src/main/resources/dev/kubeadvisor/bench/inputs"
java -cp "$tests_jar:$here/cli/target/lib/*" "$here/bench/generate/GenerateBenchInputs.java" "$here" "$out"
