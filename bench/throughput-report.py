"""Prints the table of bench/throughput.sh from the result files in the folder it is given."""
import json
import os
import re
import statistics
import sys

folder = sys.argv[1]


def load(db):
    path = os.path.join(folder, f"eetasks-{db}.json")
    figures = json.load(open(path)) if os.path.exists(path) else None
    fresh = {}
    for name in sorted(os.listdir(folder)):
        if name.startswith(f"eetasks-{db}-fresh-"):
            result = json.load(open(os.path.join(folder, name)))
            fresh.setdefault(result["case"], []).append(result["value"])
    if fresh:
        figures = figures or {"runs": {}, "rounds": 0, "n": result["n"]}
        figures["fresh"] = fresh
    return figures


def jobrunr():
    """Per mode, the RESULT lines of the JobRunr harness as dictionaries."""
    path = os.path.join(folder, "jobrunr.txt")
    results = {}
    if os.path.exists(path):
        for line in open(path):
            if line.startswith("RESULT "):
                fields = dict(re.findall(r"(\w+)=(\S+)", line))
                results.setdefault(fields["mode"], []).append(fields)
    return results


def spread(values, digits=0):
    if not values:
        return "-"
    middle = statistics.median(values)
    text = f"{middle:,.{digits}f}"
    return text if len(values) == 1 else f"{text} [{min(values):,.{digits}f}..{max(values):,.{digits}f}]"


def ratio(ours, theirs):
    return f"{statistics.median(ours) / statistics.median(theirs):.2f}x" if ours and theirs else "-"


h2, pg, peer = load("h2"), load("postgresql"), jobrunr()
header = ["figure", "EE Tasks, H2", "EE Tasks, PostgreSQL", "JobRunr, PostgreSQL", "PostgreSQL / JobRunr"]
rows = []


def runs(figures, key):
    """The warm rounds' figures, or (key "fresh:<case>") those of servers that had just started."""
    if not figures:
        return []
    if key.startswith("fresh:"):
        return figures.get("fresh", {}).get(key[len("fresh:"):], [])
    return figures["runs"].get(key, [])


def peer_values(mode, key):
    return [float(result[key]) for result in peer.get(mode, [])]


for key, mode, label in [("fresh:bulk", "bulk", "fresh server: no-op, 1,000 per transaction (tasks/s)"),
                         ("fresh:single", "single", "fresh server: no-op, one per call (tasks/s)"),
                         ("fresh:bulk10", "sleep", "fresh server: 10 ms, 1,000 per transaction (tasks/s)"),
                         ("bulk", "bulk", "no-op, 1,000 per transaction (tasks/s)"),
                         ("single", "single", "no-op, one per call (tasks/s)"),
                         ("bulk10", "sleep", "10 ms, 1,000 per transaction (tasks/s)"),
                         ("single10", None, "10 ms, one per call (tasks/s)"),
                         ("bulkConcurrencyLimit", None, "no-op, 1,000 per transaction, under a concurrency limit (tasks/s)"),
                         ("bulkRateLimit", None, "no-op, 1,000 per transaction, under a rate limit (tasks/s)")]:
    theirs = peer_values(mode, "e2e_per_s") if mode else []
    rows.append([label, spread(runs(h2, key)), spread(runs(pg, key)), spread(theirs), ratio(runs(pg, key), theirs)])

for key, prefix in (("fresh:latency", "fresh server: "), ("latency", "")):
    for percentile in ("p50", "p95", "p99"):
        def ours(figures):
            return [run[f"{percentile}Millis"] for run in runs(figures, key)]
        theirs = peer_values("latency", f"lat_{percentile}_ms")
        rows.append([f"{prefix}start latency {percentile} at {(h2 or pg or {}).get('rate', 200)}/s (ms)",
                     spread(ours(h2), 1), spread(ours(pg), 1), spread(theirs, 1),
                     ratio(theirs, ours(pg)).replace("x", "x faster") if ours(pg) and theirs else "-"])


def single(figures, *path):
    value = figures
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def one(value, digits=0, unit=""):
    return "-" if value is None else f"{value:,.{digits}f}{unit}"


big = (h2 or pg or {}).get("big", {}).get("count", 100000)
rows.append([f"{big:,} no-op at once (tasks/s)", one(single(h2, "big", "perSecond")), one(single(pg, "big", "perSecond")),
             "-", "-"])
rows.append([f"one parent's {(h2 or pg or {}).get('children', 10000):,} children (children/s; decisions)",
             f"{one(single(h2, 'fanOut', 'childrenPerSecond'))}; {single(h2, 'fanOut', 'decisions') or '-'}",
             f"{one(single(pg, 'fanOut', 'childrenPerSecond'))}; {single(pg, 'fanOut', 'decisions') or '-'}", "-", "-"])
for kind, label in [("scheduled", "scheduled task"), ("retry", "retry")]:
    rows.append([f"{label} late after its due time, p50 / p99 (ms)",
                 f"{one(single(h2, 'due', kind, 'p50Millis'), 1)} / {one(single(h2, 'due', kind, 'p99Millis'), 1)}",
                 f"{one(single(pg, 'due', kind, 'p50Millis'), 1)} / {one(single(pg, 'due', kind, 'p99Millis'), 1)}",
                 "-", "-"])
rows.append(["database commits per no-op task", "-", one(single(pg, "commitsPerTask"), 2), "-", "-"])
rows.append(["database row writes per no-op task", "-", one(single(pg, "rowWritesPerTask"), 2), "-", "-"])
rows.append(["server memory before / after (MiB RSS)",
             f"{one(single(h2, 'rssBeforeMb'))} / {one(single(h2, 'rssAfterMb'))}",
             f"{one(single(pg, 'rssBeforeMb'))} / {one(single(pg, 'rssAfterMb'))}", "-", "-"])
rows.append(["server heap after a full GC, before / after (MiB)",
             f"{one(single(h2, 'heapBeforeMb'))} / {one(single(h2, 'heapAfterMb'))}",
             f"{one(single(pg, 'heapBeforeMb'))} / {one(single(pg, 'heapAfterMb'))}", "-", "-"])

first = h2 or pg or {}
print(f"\nmachine: {os.cpu_count()} cores, {first.get('n', 0):,} tasks per run, {first.get('rounds', 0)} warm rounds on one"
      f" server (median [min..max]); fresh server: one measurement per server just started, after the warm-up;"
      f" JobRunr 8.7 from the peer harness (a JVM per measurement), Java 17, 16 workers")
widths = [max(len(str(row[i])) for row in rows + [header]) for i in range(len(header))]
for row in [header, ["-" * width for width in widths]] + rows:
    print(" | ".join(str(cell).ljust(width) for cell, width in zip(row, widths)))
