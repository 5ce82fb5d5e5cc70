"""The same four threads and switch point, with a lock around the read and
the write."""

import sys
import threading
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:race]
THREADS = 4
ADDS = 1_000  # per thread
TRIALS = 5

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        # No other thread gets past this line until this one leaves the block.
        with lock:
            value = counter
            time.sleep(0)
            counter = value + 1


def trial():
    global counter
    counter = 0
    threads = [
        threading.Thread(target=add, args=(ADDS,)) for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counter


if __name__ == "__main__":
    expected = THREADS * ADDS
    totals = []
    for number in range(1, TRIALS + 1):
        totals.append(trial())
        print(
            f"run {number}: expected {expected}, got {totals[-1]}", flush=True
        )
    # --8<-- [end:race]
    measure.emit(
        {
            "threads": THREADS,
            "adds": ADDS,
            "expected": expected,
            "totals": totals,
        }
    )
