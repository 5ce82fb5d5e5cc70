"""What a lock costs: the same loop of additions, bare and inside `with lock:`."""

import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import measure

ADDS = 300_000
RUNS = 7

counter = 0
lock = threading.Lock()


def bare():
    global counter
    for _ in range(ADDS):
        counter += 1


def locked():
    global counter
    for _ in range(ADDS):
        with lock:
            counter += 1


if __name__ == "__main__":
    times = {"bare": measure.repeat(bare, runs=RUNS), "locked": measure.repeat(locked, runs=RUNS)}
    for name, stats in times.items():
        per_add = measure.human(stats.median / ADDS)
        print(f"{name:>6}: {per_add} per add; {ADDS:,} adds took {stats}", flush=True)
    cost = (times["locked"].median - times["bare"].median) / ADDS
    print(f"the lock: {measure.human(cost)} per add", flush=True)
    measure.emit({"adds": ADDS, **times})
