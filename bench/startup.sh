#!/usr/bin/env bash
# Cold start of the web server: from process start to the first 200 of /health/ready, N times, each a new process
# with a fresh data folder (a new SQLite database to create and migrate) on a free loopback port. The knowledge is
# loaded and validated at start. One unrecorded run first warms the OS file cache. Prints each run and
# min/median/max; also when the port first accepted a connection, and the server's CPU time (user + system) until
# ready, which the machine's other load disturbs far less than the wall time.
#
# Usage: bench/startup.sh [N] [DLL]   (default 10 runs of a Release build; DLL: another build of Spinewise.Web.dll)
# Runtime knobs pass through the environment, e.g. DOTNET_TieredPGO=0 bench/startup.sh, DOTNET_TieredCompilation=0.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10}
dll=${2:-}
if [ -z "$dll" ]; then
  dotnet build -c Release src/Spinewise.Web -v q -nologo > /dev/null
  dll=artifacts/bin/Spinewise.Web/release/Spinewise.Web.dll
fi
python3 - "$n" "$dll" <<'PY'
import http.client, os, shutil, socket, statistics, subprocess, sys, tempfile, time

n, dll = int(sys.argv[1]), sys.argv[2]

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def accepts(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.05):
            return True
    except OSError:
        return False

def ready(port):
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        c.request("GET", "/health/ready")
        ok = c.getresponse().status == 200
        c.close()
        return ok
    except OSError:
        return False

TICK = os.sysconf("SC_CLK_TCK")

def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime

def run():
    port, data = free_port(), tempfile.mkdtemp(prefix="spinewise-startup-")
    env = dict(os.environ, ASPNETCORE_URLS=f"http://127.0.0.1:{port}", Spinewise__DataDirectory=data)
    log = open(os.path.join(data, "..", os.path.basename(data) + ".log"), "w")
    start = time.perf_counter()
    p = subprocess.Popen(["dotnet", dll], env=env, stdout=log, stderr=subprocess.STDOUT)
    listening = None
    try:
        while True:
            if p.poll() is not None:
                raise SystemExit(f"server exited with {p.returncode}; log: {log.name}")
            if time.perf_counter() - start > 60:
                raise SystemExit(f"not ready within 60 s; log: {log.name}")
            if listening is None and accepts(port):
                listening = time.perf_counter() - start
            if listening is not None and ready(port):
                return listening, time.perf_counter() - start, cpu_seconds(p.pid)
            time.sleep(0.005)
    finally:
        p.kill()  # SIGKILL, this pid only
        p.wait()
        log.close()
        os.remove(log.name)
        shutil.rmtree(data, ignore_errors=True)

run()  # warm-up, not recorded
results, cpus = [], []
for i in range(n):
    listening, ready_at, cpu = run()
    results.append(ready_at)
    cpus.append(cpu)
    print(f"run {i + 1}: listening {listening * 1000:.0f} ms, ready {ready_at * 1000:.0f} ms, server CPU {cpu * 1000:.0f} ms")
print(f"start-up to /health/ready over {n} runs: min {min(results) * 1000:.0f} ms, "
      f"median {statistics.median(results) * 1000:.0f} ms, max {max(results) * 1000:.0f} ms (target <= 2000 ms); "
      f"server CPU median {statistics.median(cpus) * 1000:.0f} ms; load average {os.getloadavg()[0]:.1f}")
PY
