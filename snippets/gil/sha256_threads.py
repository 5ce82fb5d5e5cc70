"""SHA-256 over large buffers on 1 and 2 threads: C code that lets go of the
GIL."""

import hashlib
import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# Seconds of rounds at most; one round runs every thread count once.
BUDGET = 3.0

# --8<-- [start:work]
# 4 MiB; hashlib lets go of the GIL for more than 2047 bytes.
BUFFER = bytes(4 * 1024 * 1024)
EXPECTED = hashlib.sha256(BUFFER).hexdigest()
HASHES = 48  # buffers hashed in total, shared out equally between the threads
THREAD_COUNTS = (1, 2)


def hash_buffers(n):
    return [hashlib.sha256(BUFFER).hexdigest() for _ in range(n)]


def in_threads(count):
    """Share HASHES out between ``count`` threads; the digests they made."""
    digests = []
    threads = [
        threading.Thread(
            target=lambda: digests.extend(hash_buffers(HASHES // count))
        )
        for _ in range(count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return digests


def check(name, digests):
    """Every buffer hashed once, to the digest of 4 MiB of zero bytes."""
    if len(digests) != HASHES or set(digests) != {EXPECTED}:
        raise RuntimeError(f"{name}: {len(digests)} digests, {set(digests)}")


# --8<-- [end:work]


def name(count):
    return f"{count} thread" + ("s" if count > 1 else "")


if __name__ == "__main__":
    facts = measure.machine()
    gil = "on" if facts["gil_enabled"] else "off"
    print(
        f"Python {facts['version']}, GIL {gil}, {facts['usable_cores']} cores",
        flush=True,
    )
    work = {name(n): lambda n=n: in_threads(n) for n in THREAD_COUNTS}
    one = name(THREAD_COUNTS[0])
    # Per round: the one-thread time divided by the time with more threads
    # (the speedup).
    speedups = {name(n): (one, name(n)) for n in THREAD_COUNTS[1:]}
    measured = measure.rounds(
        work, speedups, budget=BUDGET, check=check, cpu=True
    )
    rows = []
    for count in THREAD_COUNTS:
        key = name(count)
        # Cores busy: the CPU time of all threads divided by the wall time,
        # round by round.
        busy = measure.median_interval(
            [r["cpu"][key] / r["values"][key] for r in measured["rounds"]]
        )
        time = measure.human(measured["stats"][key]["median"])
        rounds = len(measured["rounds"])
        print(
            f"{key}: {time} (median of {rounds} rounds), "
            f"{busy.median:.2f} cores busy",
            flush=True,
        )
        if speedup := measure.Estimate.of(measured["ratios"].get(key)):
            print(f"  speed against {one}: {speedup}", flush=True)
        rows.append(
            {
                "threads": count,
                "config": key,
                "time": measured["stats"][key],
                "speedup": measured["ratios"].get(key),
                "busy": busy,
            }
        )
    print(f"The rounds ended by {measured['stopped']}.", flush=True)
    print(measure.describe(measured["noise"]), flush=True)
    measure.emit(
        {
            "machine": facts,
            "buffer": len(BUFFER),
            "hashes": HASHES,
            "rows": rows,
            "measurement": measured,
        }
    )
