#!/usr/bin/env bash
# Load test of the HTTP API on loopback, bounded in time: in one run against one server started as in production
# (bin/kube-advisor serve, -Xmx192m), wrk measures
#   1. GET /healthz (a static route: the HTTP stack alone) at full speed,
#   2. POST /v1/diagnoses with a typical describe at full speed (ratio to 1: target >= 40 %),
#   3. POST /v1/diagnoses held at half of the rate of 2 (target p99 <= 20 ms),
# then reads the server's resident memory. wrk2 (constant rate) is not in Debian: step 3 paces each wrk connection
# with wrk's Lua delay() hook, so the rate is bounded from above; a slow answer delays the next request of its
# connection, which hides queueing (coordinated omission) — the p99 is the service time at that rate, not what
# an open-loop client would see.
# Usage: scripts/bench-http.sh [INPUT]   Env: DURATION (default 10s per step), CONNECTIONS (default 16).
# Build first (never `mvn install`): mvn -B -o -q package -DskipTests; needs wrk (apt-get install -y wrk).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
input="$(readlink -f "${1:-$here/bench/src/main/resources/dev/kubeadvisor/bench/pods/crash-loop-oom.describe.txt}")"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-16}"
paced_connections=8
command -v wrk >/dev/null || { echo "bench-http: needs wrk (apt-get install -y wrk)" >&2; exit 2; }
[[ -f "$here/cli/target/kube-advisor-cli.jar" ]] || { echo "bench-http: build first: mvn -B -o -q package -DskipTests" >&2; exit 2; }

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
KUBE_ADVISOR_HEAP=192m "$here/bin/kube-advisor" serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 120); do
  curl -fs "$base/readyz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$base/readyz" >/dev/null || { echo "bench-http: the server did not become ready" >&2; exit 1; }

cat >"$work/diagnose.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
local file = assert(io.open("$input", "rb"))
wrk.body = file:read("*a")
file:close()
LUA

# Requests/s, p99 in ms and the count of failed answers from one wrk report.
summary() {
  awk '/Requests\/sec:/ { rps = $2 }
       /^ +99%/ { v = $2; unit = v; gsub(/[0-9.]/, "", unit); gsub(/[a-z]/, "", v);
                  p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : v }
       /Non-2xx or 3xx responses:/ { bad = $5 }
       /Socket errors:/ { bad += 1 }
       END { printf "%.0f %.2f %d\n", rps, p99, bad }' "$1"
}

echo "bench-http: warming up (JIT) for 5 s ..."
wrk -t2 -c"$connections" -d5s -s "$work/diagnose.lua" "$base/v1/diagnoses" >/dev/null
wrk -t2 -c"$connections" -d3s "$base/healthz" >/dev/null

wrk -t2 -c"$connections" -d"$duration" --latency "$base/healthz" >"$work/static.txt"
wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/diagnose.lua" "$base/v1/diagnoses" >"$work/full.txt"
read -r static_rps static_p99 static_bad < <(summary "$work/static.txt")
read -r full_rps full_p99 full_bad < <(summary "$work/full.txt")

half_rps=$((full_rps / 2))
delay_ms=$(awk -v c="$paced_connections" -v r="$half_rps" 'BEGIN { printf "%.3f", c * 1000 / r }')
cp "$work/diagnose.lua" "$work/paced.lua"
echo "function delay() return $delay_ms end" >>"$work/paced.lua"
wrk -t2 -c"$paced_connections" -d"$duration" --latency -s "$work/paced.lua" "$base/v1/diagnoses" >"$work/half.txt"
read -r half_done half_p99 half_bad < <(summary "$work/half.txt")

rss_kib="$(awk '/^VmRSS:/ { print $2 }' "/proc/$server/status")"
peak_kib="$(awk '/^VmHWM:/ { print $2 }' "/proc/$server/status")"
kill -0 "$server" || { echo "bench-http: the server died under load" >&2; exit 1; }

ratio=$(awk -v d="$full_rps" -v s="$static_rps" 'BEGIN { printf "%.0f", 100 * d / s }')
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "MISSED"; fi; }
cat <<REPORT
bench-http: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), java $(java -version 2>&1 | sed -n 's/.*version "\(.*\)".*/\1/p'), -Xmx192m, input $(basename "$input") ($(wc -c <"$input") bytes)
  GET  /healthz          $connections connections: $static_rps req/s, p99 $static_p99 ms, failed $static_bad
  POST /v1/diagnoses     $connections connections: $full_rps req/s, p99 $full_p99 ms, failed $full_bad
  POST /v1/diagnoses     paced to $half_rps req/s ($paced_connections connections, $delay_ms ms apart): $half_done req/s, p99 $half_p99 ms, failed $half_bad
  diagnoses / static: $ratio % (target >= 40 %: $(verdict "$ratio >= 40"))
  p99 at half rate: $half_p99 ms (target <= 20 ms: $(verdict "$half_p99 <= 20"))
  server memory after the run: RSS $((rss_kib / 1024)) MiB, peak RSS $((peak_kib / 1024)) MiB (container limit 256 MiB)
REPORT
[[ "$static_bad" == 0 && "$full_bad" == 0 && "$half_bad" == 0 ]] || { echo "bench-http: some requests failed" >&2; exit 1; }
