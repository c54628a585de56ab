#!/usr/bin/env bash
# Where a cold CLI call spends its time before the first diagnosis: runs bench's StartupPhases (JVM start → main,
# rules loaded, input parsed, rules evaluated and report built, rendered; wall and CPU ms since the JVM started)
# ROUNDS times (default 5) with the launcher's flags, without and with a class-data-sharing archive made for it, and
# prints the medians; then counts the classes one call loads, by where they come from (-Xlog:class+load).
# Build first (never `mvn install`): mvn -B -o -P bench -pl bench -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
input="$(readlink -f "${1:-$here/bench/src/main/resources/dev/kubeadvisor/bench/pods/crash-loop-oom.describe.txt}")"
rounds="${ROUNDS:-5}"
[[ -d "$here/bench/target/classes" ]] || { echo "bench-startup: build first: mvn -B -o -P bench -pl bench -am package -DskipTests" >&2; exit 2; }
flags="$(sed -n 's/^flags=(\(.*\))$/\1/p' "$here/bin/kube-advisor")"
main=dev.kubeadvisor.bench.StartupPhases
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# class-data sharing refuses a folder on the class path: put StartupPhases in a jar of its own
jar --create --file "$work/phases.jar" -C "$here/bench/target/classes" dev/kubeadvisor/bench/StartupPhases.class
cp="$here/cli/target/kube-advisor-cli.jar:$here/cli/target/lib/*:$work/phases.jar"
# shellcheck disable=SC2086 # $flags is several flags
java $flags -XX:ArchiveClassesAtExit="$work/phases.jsa" -cp "$cp" "$main" "$input" >/dev/null 2>&1
echo "input: $input; flags: $flags; $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for archive in none cds; do
  extra=""
  [[ $archive == cds ]] && extra="-XX:SharedArchiveFile=$work/phases.jsa -Xlog:cds=off"
  for ((i = 0; i < rounds; i++)); do
    # shellcheck disable=SC2086
    java $flags $extra -cp "$cp" "$main" "$input" >>"$work/phases.$archive"
  done
  echo
  echo "archive: $archive (median of $rounds runs; ms since JVM start, and the phase's own share)"
  awk '{wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " $5; if (!($1 in seen)) {order[++n] = $1; seen[$1] = 1}}
    function median(list,   a, k, i, j, t) { k = split(list, a, " "); for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++)
      if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }; return a[int((k + 1) / 2)] }
    END { printf "%-9s %10s %10s %12s %12s\n", "phase", "wall ms", "CPU ms", "phase wall", "phase CPU";
      pw = 0; pc = 0; for (i = 1; i <= n; i++) { w = median(wall[order[i]]); c = median(cpu[order[i]]);
        printf "%-9s %10d %10d %12d %12d\n", order[i], w, c, w - pw, c - pc; pw = w; pc = c } }' "$work/phases.$archive"
done
echo
echo "classes loaded by one call (no archive), by source:"
# shellcheck disable=SC2086
java $flags -Xlog:class+load:file="$work/classes.txt" -cp "$cp" "$main" "$input" >/dev/null
sed -n 's/.*source: \(.*\)$/\1/p' "$work/classes.txt" | sed 's|.*/||; s/-[0-9][0-9.]*\(-SNAPSHOT\)\?\.jar$//' \
  | sort | uniq -c | sort -rn | head -20
echo "total: $(grep -c 'source:' "$work/classes.txt")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
