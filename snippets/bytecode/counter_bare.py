"""Four threads run a bare `counter += 1`, with no switch point written in."""

import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:race]
THREADS = 4
ADDS = 250_000  # per thread
TRIALS = 5

counter = 0


def add(n):
    global counter
    for _ in range(n):
        counter += 1


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
    facts = measure.machine()
    gil = "on" if facts["gil_enabled"] else "off"
    print(f"Python {facts['version']}, GIL {gil}", flush=True)
    expected = THREADS * ADDS
    totals = []
    for number in range(1, TRIALS + 1):
        totals.append(trial())
        print(
            f"run {number}: expected {expected:,}, got {totals[-1]:,}",
            flush=True,
        )
    # --8<-- [end:race]
    measure.emit({"expected": expected, "totals": totals, "machine": facts})
