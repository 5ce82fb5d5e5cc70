"""Three ways to make a shared count correct -- a lock, a queue to one owner,
per-thread counts merged at the end -- timed against the unsafe count in
paired rounds."""

import queue
import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

BUDGET = 1.5  # seconds of rounds, at most
MIN_ROUNDS = 6

# --8<-- [start:fixes]
THREADS = 4
UPDATES = 10_000  # per thread


def on_threads(work):
    threads = [
        threading.Thread(target=work, args=(n,)) for n in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


class Counter:
    value = 0


def unsafe():
    shared = Counter()

    def work(n):
        for _ in range(UPDATES):
            shared.value += 1

    on_threads(work)
    return shared.value


def locked():
    shared = Counter()
    lock = threading.Lock()

    def work(n):
        for _ in range(UPDATES):
            with lock:
                shared.value += 1

    on_threads(work)
    return shared.value


def queued():
    # Only the owner thread touches the count; the others send it updates.
    updates = queue.Queue()
    total = Counter()

    def owner():
        for _ in range(THREADS * UPDATES):
            total.value += updates.get()

    owning = threading.Thread(target=owner)
    owning.start()

    def work(n):
        for _ in range(UPDATES):
            updates.put(1)

    on_threads(work)
    owning.join()
    return total.value


def merged():
    counts = [0] * THREADS  # one slot per thread, summed at the end

    def work(n):
        count = 0
        for _ in range(UPDATES):
            count += 1
        counts[n] = count

    on_threads(work)
    return sum(counts)


# --8<-- [end:fixes]

WAYS = {"unsafe": unsafe, "locked": locked, "queued": queued, "merged": merged}


if __name__ == "__main__":
    facts = measure.machine()
    gil = "on" if facts["gil_enabled"] else "off"
    print(f"Python {facts['version']}, GIL {gil}", flush=True)
    expected = THREADS * UPDATES
    totals = {name: [] for name in WAYS}

    def record(name, total):
        totals[name].append(total)  # every round's answer, right or wrong

    for way in WAYS.values():
        way()  # warm-up, untimed
    result = measure.rounds(
        WAYS,
        {
            "lock": ("locked", "unsafe"),
            "queue": ("queued", "unsafe"),
            "merge": ("merged", "unsafe"),
            "lock_over_merge": ("locked", "merged"),
        },
        check=record,
        budget=BUDGET,
        min_rounds=MIN_ROUNDS,
    )
    for name in WAYS:
        wrong = sum(total != expected for total in totals[name])
        median = measure.human(result["stats"][name]["median"])
        print(
            f"{name:>7}: {median} per run of {expected:,} updates; "
            f"wrong total in {wrong} of {len(totals[name])} rounds",
            flush=True,
        )
    for name in ("lock", "queue", "merge"):
        ratio = measure.Estimate.of(result["ratios"][name])
        print(f"{name} / unsafe: {ratio}", flush=True)
    rounds = len(result["rounds"])
    print(f"{rounds} rounds, ended by: {result['stopped']}", flush=True)
    print(measure.describe(result["noise"]), flush=True)
    measure.emit(
        {
            "threads": THREADS,
            "updates": UPDATES,
            "expected": expected,
            "totals": totals,
            "measurement": result,
            "machine": facts,
        }
    )
