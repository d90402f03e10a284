#!/usr/bin/env python3
"""Submission driver of bench/soak.sh: RATE tasks a second, half to each node, until the deadline.

Every 200 ms each of SENDERS threads per node sends the keys that have fallen due to its node (POST
soak/tasks, one key per line); when the node does not answer 200 with the count, the same keys go
to the other node (they are idempotency keys: a batch that was half done is not made twice), and
failing both, they wait for the next tick; a node that failed a request is sent nothing more until
its soak/ready answers. Several threads per node, because a node submits the keys of one request one
after the other. A key is written to the accepted file only once a node has
answered for it; keys never answered are written to the unanswered file at the end.

    soak.py URL1 URL2 RATE SECONDS FAIL_PERCENT MAX_MILLIS SEED SENDERS ACCEPTED UNANSWERED
"""
import random
import signal
import sys
import threading
import time
import urllib.request

TICK = 0.2
MOST_PER_REQUEST = 500
# Longer than the runtime's AMQP stall timeout (30 s), so that a node whose submissions wait for its
# broker is told apart from one that is gone.
TIMEOUT = 60

urls = sys.argv[1:3]
rate, seconds, fail_percent, max_millis, seed, senders = (float(a) for a in sys.argv[3:9])
senders = int(senders)
accepted_path, unanswered_path = sys.argv[9:11]

stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
signal.signal(signal.SIGINT, lambda *_: stop.set())

lock = threading.Lock()
choose = random.Random(seed)
sequence = 0
counts = {"accepted": 0, "moved": 0, "refused": 0}  # keys; batches refused by both nodes
slowest = [0.0, 0.0]  # the longest a node took to answer a batch it took, in seconds
timeouts = [0, 0]
# A node that failed a request gets no more batches until its soak/ready answers within 3 s: a
# starting WildFly accepts connections long before it serves them, and holds the requests meanwhile.
suspect = [False, False]
next_probe = [0.0, 0.0]
accepted_file = open(accepted_path, "w")


def new_keys(n):
    global sequence
    with lock:
        keys = []
        for _ in range(n):
            sequence += 1
            kind = "fail" if choose.random() * 100 < fail_percent else "ok"
            keys.append(f"{kind}-{sequence}")
        return keys


def usable(node):
    with lock:
        if not suspect[node]:
            return True
        if time.monotonic() < next_probe[node]:
            return False
        next_probe[node] = time.monotonic() + 1
    try:
        with urllib.request.urlopen(f"{urls[node]}soak/ready", timeout=3) as response:
            ready = response.status == 200
    except Exception:
        ready = False
    if ready:
        with lock:
            suspect[node] = False
    return ready


def send(node, keys):
    if not usable(node):
        return False
    request = urllib.request.Request(f"{urls[node]}soak/tasks?maxMillis={int(max_millis)}",
                                     data="\n".join(keys).encode(), method="POST",
                                     headers={"Content-Type": "text/plain"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            taken = response.status == 200 and response.read().decode().strip() == str(len(keys))
    except Exception as e:
        taken = False
        if isinstance(e, TimeoutError) or isinstance(getattr(e, "reason", None), TimeoutError):
            with lock:
                timeouts[node] += 1
    with lock:
        if taken:
            slowest[node] = max(slowest[node], time.monotonic() - started)
        else:
            suspect[node] = True
    return taken


def submitter(home):
    pending = []
    per_second = rate / 2 / senders
    start = time.monotonic()
    made = 0
    while not stop.is_set() and time.monotonic() - start < seconds:
        due = int((time.monotonic() - start) * per_second) - made
        if due > 0:
            pending += new_keys(due)
            made += due
        while pending and not stop.is_set():
            batch = pending[:MOST_PER_REQUEST]
            if send(home, batch):
                pass
            elif send(1 - home, batch):
                with lock:
                    counts["moved"] += len(batch)
            else:
                with lock:
                    counts["refused"] += 1
                break
            del pending[:len(batch)]
            with lock:
                counts["accepted"] += len(batch)
                accepted_file.write("".join(k + "\n" for k in batch))
                accepted_file.flush()
        stop.wait(TICK)
    # A last try for what no node took, then it stays unanswered.
    while pending:
        batch = pending[:MOST_PER_REQUEST]
        del pending[:len(batch)]
        if send(home, batch) or send(1 - home, batch):
            with lock:
                counts["accepted"] += len(batch)
                accepted_file.write("".join(k + "\n" for k in batch))
        else:
            with lock, open(unanswered_path, "a") as unanswered:
                unanswered.write("".join(k + "\n" for k in batch))


threads = [threading.Thread(target=submitter, args=(node,)) for node in (0, 1) for _ in range(senders)]
for thread in threads:
    thread.start()
last = time.monotonic()
while any(thread.is_alive() for thread in threads):
    for thread in threads:
        thread.join(1)
    if time.monotonic() - last >= 30:
        last = time.monotonic()
        with lock:
            print(f"{time.strftime('%H:%M:%S')} submitted {counts['accepted']} (taken by the other node:"
                  f" {counts['moved']}; batches neither node took: {counts['refused']})", flush=True)
accepted_file.close()
open(unanswered_path, "a").close()
print(f"{time.strftime('%H:%M:%S')} submissions ended: {counts['accepted']} accepted"
      f" ({counts['moved']} by the other node), {sequence - counts['accepted']} never answered;"
      f" slowest answer node1 {slowest[0]:.1f} s, node2 {slowest[1]:.1f} s;"
      f" requests timed out after {TIMEOUT} s: node1 {timeouts[0]}, node2 {timeouts[1]}", flush=True)
