"""What it costs to start a thread and wait for it: one at a time, and many at once."""

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import measure

RUNS = 1000  # one thread started and joined, timed each time
BATCH = 100  # threads started before any is joined
BATCH_RUNS = 15


def nothing():
    pass


def one_thread():
    thread = threading.Thread(target=nothing)
    thread.start()
    thread.join()


def per_thread_in_a_batch():
    start = time.perf_counter()
    threads = [threading.Thread(target=nothing) for _ in range(BATCH)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return (time.perf_counter() - start) / BATCH


if __name__ == "__main__":
    one = measure.repeat(one_thread, runs=RUNS)
    print(f"one thread, start + join: {one}", flush=True)
    per_thread_in_a_batch()  # warm-up
    batch = measure.summarize([per_thread_in_a_batch() for _ in range(BATCH_RUNS)])
    print(f"{BATCH} threads started, then joined, per thread: {batch}", flush=True)
    measure.emit({"one": one, "batch": batch, "batch_size": BATCH})
