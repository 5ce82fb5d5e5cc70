"""Five tasks on five hand-made threads: results go into a shared list; one
task fails."""

import sys
import threading
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:handmade]
INPUTS = [1, 2, 3, -4, 5]


def square(n):
    time.sleep(0.05)  # stands in for waiting on a network or a disk
    if n < 0:
        raise ValueError(f"negative input {n}")
    return n * n


def store_square(results, i, n):
    results[i] = square(n)


if __name__ == "__main__":
    results = [None] * len(INPUTS)
    threads = [
        threading.Thread(
            target=store_square, args=(results, i, n), name=f"square({n})"
        )
        for i, n in enumerate(INPUTS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"main: results {results}", flush=True)
    # --8<-- [end:handmade]
    measure.emit({"inputs": INPUTS, "results": results})
