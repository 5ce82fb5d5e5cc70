"""Who ran when: two CPU-bound threads, then two processes, each noting the time as it works.

Every EVERY loop steps a worker writes down time.perf_counter(). A gap in a worker's notes is
time it was not running: it waited for the GIL, or the operating system ran something else.
"""

import itertools
import multiprocessing
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import measure

EVERY = 1_000  # loop steps between two notes of the time
SECONDS = 0.12  # how long each worker keeps working


# --8<-- [start:worker]
def work(until: float) -> list[float]:
    """Count in pure Python until ``until``; note the time every EVERY steps."""
    notes, n = [], 0
    while True:
        for _ in range(EVERY):
            n += 1
        now = time.perf_counter()
        notes.append(now)
        if now >= until:
            return notes


def in_threads(count: int) -> list[list[float]]:
    results = [[] for _ in range(count)]
    until = time.perf_counter() + SECONDS

    def run(i):
        results[i] = work(until)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


# --8<-- [end:worker]


def in_process(begin: float, queue, i: int) -> None:
    time.sleep(max(0.0, begin - time.perf_counter()))
    queue.put((i, work(begin + SECONDS)))


def in_processes(count: int) -> list[list[float]]:
    queue = multiprocessing.Queue()
    # The processes start first, then all begin at one moment: start-up is not in the picture.
    begin = time.perf_counter() + 0.5
    processes = [
        multiprocessing.Process(target=in_process, args=(begin, queue, i)) for i in range(count)
    ]
    for process in processes:
        process.start()
    results = dict(queue.get() for _ in processes)
    for process in processes:
        process.join()
    return [results[i] for i in range(count)]


def gaps(notes: list[float]) -> float:
    """The median time between two notes: how long EVERY steps take when nothing waits."""
    return statistics.median(b - a for a, b in itertools.pairwise(notes))


if __name__ == "__main__":
    facts = measure.interpreter()
    print(f"Python {facts['python']}, GIL {'on' if facts['gil_enabled'] else 'off'}", flush=True)
    print(f"switch interval: {measure.human(sys.getswitchinterval())}", flush=True)
    threads = in_threads(2)
    processes = in_processes(2)
    for name, workers in (("threads", threads), ("processes", processes)):
        for i, notes in enumerate(workers, 1):
            print(
                f"{name} {i}: {len(notes)} notes over {measure.human(notes[-1] - notes[0])},"
                f" usually {measure.human(gaps(notes))} apart",
                flush=True,
            )
    start = min(notes[0] for notes in threads)
    first = min(notes[0] for notes in processes)
    measure.emit(
        {
            **facts,
            "switch_interval": sys.getswitchinterval(),
            "every": EVERY,
            # Microseconds since the first note of each pair of workers: compact and exact enough.
            "threads": [[round((t - start) * 1e6) for t in notes] for notes in threads],
            "processes": [[round((t - first) * 1e6) for t in notes] for notes in processes],
        }
    )
