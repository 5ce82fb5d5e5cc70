"""Who ran when: two CPU-bound threads, then two processes, each noting the
time as it works.

Every EVERY loop steps a worker writes down time.perf_counter(). A gap in a
worker's notes is time it was not running: it waited for the GIL, or the
operating system ran something else.
"""

import multiprocessing
import statistics
import sys
import threading
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

GAP = 10  # a pause of more than GAP x the usual spacing of notes: not running

# --8<-- [start:worker]
EVERY = 1_000  # loop steps between two notes of the time
SECONDS = 0.12  # how long each worker keeps working


def work(until: float) -> list[float]:
    """Count in pure Python until ``until``, noting the time every EVERY
    steps."""
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
    # The processes start first, then all begin at one moment: start-up is not
    # in the picture.
    begin = time.perf_counter() + 0.5
    processes = [
        multiprocessing.Process(target=in_process, args=(begin, queue, i))
        for i in range(count)
    ]
    for process in processes:
        process.start()
    results = dict(queue.get() for _ in processes)
    for process in processes:
        process.join()
    return [results[i] for i in range(count)]


def report(name: str, workers: list[list[float]]) -> dict:
    start = min(notes[0] for notes in workers)
    found = [measure.stretches(notes, GAP) for notes in workers]
    # A lone note (a stretch of no length) is shorter than the record can
    # resolve.
    lengths = [b - a for runs in found for a, b in runs if b > a]
    span = max(n[-1] for n in workers) - start
    both = measure.together(*found)
    median = measure.median_interval(lengths)
    # On a machine busy enough, no slice may be long enough to measure.
    typical = measure.human(statistics.median(lengths)) if lengths else "none"
    print(
        f"{name}: {len(lengths)} slices, median {typical};"
        f" both running at once {both / span:.0%} of the time",
        flush=True,
    )

    # Microseconds since the pair's first note: compact, and finer than
    # anything shown.
    def us(t):
        return round((t - start) * 1e6)

    return {
        "notes": [[us(t) for t in notes] for notes in workers],
        "slices": [[[us(a), us(b)] for a, b in runs] for runs in found],
        "slice_median": median,
        "slice_count": len(lengths),
        "together": both / span,
        "span": span,
    }


if __name__ == "__main__":
    facts = measure.machine()
    gil = "on" if facts["gil_enabled"] else "off"
    interval = sys.getswitchinterval()
    print(f"Python {facts['version']}, GIL {gil}", flush=True)
    print(f"switch interval: {measure.human(interval)}", flush=True)
    threads = report("2 threads", in_threads(2))
    processes = report("2 processes", in_processes(2))
    measure.emit(
        {
            "machine": facts,
            "switch_interval": interval,
            "every": EVERY,
            "gap": GAP,
            "threads": threads,
            "processes": processes,
        }
    )
