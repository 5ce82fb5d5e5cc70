"""The same work written three ways, on 1, 2 and 4 threads: which scales?

Every step adds one number from a table of weights to a total. The three
ways differ only in what the threads share: (a) one total, under a lock,
that every step adds to; (b) one table that every step reads; (c) nothing:
each thread has its own table and its own total, merged once at the end.
"""

import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# Seconds of rounds at most; one round runs every way at every thread count
# once.
BUDGET = 3.0

# --8<-- [start:work]
WORK = 500_000  # steps in total, shared out equally between the threads
SIZE = 64  # weights in a table
THREAD_COUNTS = (1, 2, 4)


def make_weights():
    """A new table: its numbers (above 256) are new objects, owned by the
    thread that calls this."""
    return [1000 + i for i in range(SIZE)]


SHARED_WEIGHTS = make_weights()  # made once, by the main thread


class Total:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()


def shared_total(n, total):
    """(a) Every step adds to the one total all threads share."""
    weights = make_weights()
    for i in range(n):
        with total.lock:
            total.value += weights[i % SIZE]


def shared_table(n, total):
    """(b) Every step reads the one table all threads share."""
    weights = SHARED_WEIGHTS
    mine = 0
    for i in range(n):
        mine += weights[i % SIZE]
    with total.lock:
        total.value += mine


def own_data(n, total):
    """(c) Own table, own total; merged once, at the end."""
    weights = make_weights()
    mine = 0
    for i in range(n):
        mine += weights[i % SIZE]
    with total.lock:
        total.value += mine


WAYS = {
    "shared total": shared_total,
    "shared table": shared_table,
    "own data": own_data,
}


def in_threads(way, count):
    """Share WORK out between ``count`` threads doing it ``way``."""
    total = Total()
    threads = [
        threading.Thread(target=WAYS[way], args=(WORK // count, total))
        for _ in range(count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return total.value


# --8<-- [end:work]


def expected(count):
    """What ``count`` threads must add up: each does n = WORK // count
    steps, cycling through the table."""
    n = WORK // count
    weights = make_weights()
    return count * ((n // SIZE) * sum(weights) + sum(weights[: n % SIZE]))


def name(way, count):
    return f"{way}, {count} thread" + ("s" if count > 1 else "")


def check(config, answer):
    threads = config.split(", ")[1]
    count = int(threads.split()[0])
    if answer != expected(count):
        raise RuntimeError(f"{config}: wrong total {answer}")


if __name__ == "__main__":
    facts = measure.machine()
    gil = "on" if facts["gil_enabled"] else "off"
    print(
        f"Python {facts['version']}, GIL {gil}, {facts['usable_cores']} cores",
        flush=True,
    )
    work = {
        name(way, n): lambda way=way, n=n: in_threads(way, n)
        for way in WAYS
        for n in THREAD_COUNTS
    }
    # Per round and per way: the one-thread time divided by the time with
    # more threads (the speedup).
    speedups = {
        name(way, n): (name(way, THREAD_COUNTS[0]), name(way, n))
        for way in WAYS
        for n in THREAD_COUNTS[1:]
    }
    measured = measure.rounds(
        work, speedups, budget=BUDGET, check=check, cpu=True
    )
    rows = []
    for way in WAYS:
        print(f"{way}:", flush=True)
        for count in THREAD_COUNTS:
            key = name(way, count)
            # Cores busy: CPU time of all threads / wall time, per round.
            busy = measure.median_interval(
                [r["cpu"][key] / r["values"][key] for r in measured["rounds"]]
            )
            line = (
                f"  {count}: {measure.human(measured['stats'][key]['median'])}"
            )
            if speedup := measure.Estimate.of(measured["ratios"].get(key)):
                line += f", speedup {speedup}"
            print(f"{line}, {busy.median:.2f} cores busy", flush=True)
            rows.append(
                {
                    "way": way,
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
            "work": WORK,
            "ways": list(WAYS),
            "rows": rows,
            "measurement": measured,
        }
    )
