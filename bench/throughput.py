"""Drives one EE Tasks server for bench/throughput.sh and writes its figures as JSON.

Usage: throughput.py API DB RESULT_FILE, with N, ROUNDS, WARM, BIG, CHILDREN, RATE and
LATENCY_SECONDS in the environment. Every run is submitted through the benchmark application
(tasks-bench), which uses only the public API. With FRESH_CASE (bulk, single, bulk10 or latency) set, it
measures only that case, once, after the warm-up: the figure of a server that has just started.
"""
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

API, DB, RESULT_FILE = sys.argv[1:4]
N, ROUNDS, WARM, BIG, CHILDREN = (int(os.environ[key]) for key in ("N", "ROUNDS", "WARM", "BIG", "CHILDREN"))
RATE, LATENCY_SECONDS = int(os.environ["RATE"]), int(os.environ["LATENCY_SECONDS"])
DUE_COUNT = int(os.environ.get("DUE_COUNT", "40"))


def call(method, path):
    request = urllib.request.Request(API + path, method=method)
    with urllib.request.urlopen(request, timeout=7200) as response:
        return json.loads(response.read() or b"null")


def wait_for(path, done, limit_seconds):
    deadline = time.time() + limit_seconds
    while True:
        state = call("GET", path)
        if done(state):
            return state
        if time.time() > deadline:
            raise SystemExit(f"gave up waiting on {path}: {state}")
        time.sleep(0.2)


def throughput(mode, count, millis=0, limit=None):
    """Tasks per second from the first submission to the last completion."""
    call("POST", f"/throughput?mode={mode}&count={count}&millis={millis}" + (f"&limit={limit}" if limit else ""))
    state = wait_for("/throughput", lambda s: "perSecond" in s, 3600)
    return state["perSecond"]


def latency():
    call("POST", f"/throughput/latency?rate={RATE}&seconds={LATENCY_SECONDS}")
    state = wait_for("/throughput/latency", lambda s: s["finished"] >= s["expected"], 300)
    return {key: state[key] for key in ("p50Millis", "p95Millis", "p99Millis", "maxMillis")}


def due(kind):
    """How late tasks started after their due time, submitted one at a time at idle."""
    call("POST", f"/throughput/due?kind={kind}&count={DUE_COUNT}")
    state = wait_for("/throughput/latency", lambda s: s["finished"] >= s["expected"], 120)
    return {key: state[key] for key in ("p50Millis", "p95Millis", "p99Millis", "maxMillis")}


def fan_out():
    parent = call("POST", f"/fan-out?children={CHILDREN}")["parent"]
    state = wait_for(f"/fan-out/{parent}", lambda s: s["status"] in ("COMPLETED", "FAILED", "CANCELLED"), 3600)
    time.sleep(3)  # a second decision, were there one, would show by now
    state = call("GET", f"/fan-out/{parent}")
    seconds = (state["completedEpochMillis"] - state["createdEpochMillis"]) / 1000
    return {"childrenPerSecond": CHILDREN / max(seconds, 0.001), "status": state["status"],
            "decisions": state["decisions"]}


def server_pids():
    """The WildFly JVM the benchmark started."""
    return subprocess.run(["pgrep", "-f", "jboss-modules.jar"], capture_output=True, text=True).stdout.split()


def server_rss_mb():
    """Resident memory of the WildFly JVM the benchmark started."""
    kib = sum(int(subprocess.run(["ps", "-o", "rss=", "-p", pid], capture_output=True, text=True).stdout.strip() or 0)
              for pid in server_pids())
    return round(kib / 1024)


def server_heap_after_gc_mb():
    """Heap the WildFly JVM still uses after a full collection: what the server keeps, not its garbage."""
    used = 0
    for pid in server_pids():
        subprocess.run(["jcmd", pid, "GC.run"], capture_output=True, text=True)
        info = subprocess.run(["jcmd", pid, "GC.heap_info"], capture_output=True, text=True).stdout
        match = re.search(r"heap\s+total \d+K, used (\d+)K", info)
        used += int(match.group(1)) if match else 0
    return round(used / 1024)


def database_counters():
    """Commits and row writes of the benchmark's PostgreSQL database so far (None on H2)."""
    if DB != "postgresql":
        return None
    row = subprocess.run(["psql", "-d", "test", "-Atc", "select xact_commit, tup_inserted + tup_updated + tup_deleted"
                          " from pg_stat_database where datname = 'bench_eetasks'"],
                         capture_output=True, text=True, check=True).stdout.strip().split("|")
    return int(row[0]), int(row[1])


def fresh(case):
    """One measurement of the case on a server that has just started, after the warm-up only."""
    print(f"fresh server, warm-up: {WARM} tasks, then {case}", flush=True)
    throughput("bulk", WARM)
    value = {"bulk": lambda: throughput("bulk", N), "single": lambda: throughput("single", N),
             "bulk10": lambda: throughput("bulk", N, 10), "latency": latency}[case]()
    print(f"fresh server, {case}: {value if case == 'latency' else round(value)}", flush=True)
    with open(RESULT_FILE, "w") as out:
        json.dump({"db": DB, "case": case, "n": N, "value": value}, out, indent=1)


def main():
    figures = {"db": DB, "cores": os.cpu_count(), "n": N, "rounds": ROUNDS, "big": BIG, "children": CHILDREN,
               "rate": RATE, "latencySeconds": LATENCY_SECONDS}
    print(f"warm-up: {WARM} tasks", flush=True)
    throughput("bulk", WARM)
    time.sleep(2)
    figures["rssBeforeMb"] = server_rss_mb()
    figures["heapBeforeMb"] = server_heap_after_gc_mb()
    call("POST", "/throughput/limits")
    runs = {"bulk": [], "single": [], "bulk10": [], "single10": [], "latency": [], "bulkConcurrencyLimit": [],
            "bulkRateLimit": []}
    for round_number in range(1, ROUNDS + 1):
        before = database_counters()
        runs["bulk"].append(throughput("bulk", N))
        after = database_counters()
        if before and after and "commitsPerTask" not in figures:
            figures["commitsPerTask"] = (after[0] - before[0]) / N
            figures["rowWritesPerTask"] = (after[1] - before[1]) / N
        runs["single"].append(throughput("single", N))
        runs["bulk10"].append(throughput("bulk", N, 10))
        runs["single10"].append(throughput("single", N, 10))
        runs["latency"].append(latency())
        # Under limits that never hold a task back: the cost of taking and giving back permits.
        runs["bulkConcurrencyLimit"].append(throughput("bulk", N, 0, "bench-concurrency"))
        runs["bulkRateLimit"].append(throughput("bulk", N, 0, "bench-rate"))
        print(f"round {round_number}: " + ", ".join(f"{key} {values[-1] if key == 'latency' else round(values[-1])}"
                                                   for key, values in runs.items()), flush=True)
    figures["runs"] = runs
    figures["due"] = {kind: due(kind) for kind in ("scheduled", "retry")}
    print(f"late after the due time: {figures['due']}", flush=True)
    figures["big"] = {"count": BIG, "perSecond": throughput("bulk", BIG)}
    print(f"{BIG} tasks: {figures['big']['perSecond']:.0f}/s", flush=True)
    figures["fanOut"] = fan_out()
    print(f"fan-out of {CHILDREN}: {figures['fanOut']}", flush=True)
    figures["rssAfterMb"] = server_rss_mb()
    figures["heapAfterMb"] = server_heap_after_gc_mb()
    with open(RESULT_FILE, "w") as out:
        json.dump(figures, out, indent=1)


if os.environ.get("FRESH_CASE"):
    fresh(os.environ["FRESH_CASE"])
else:
    main()
