"""The same pure-Python work on 1, 2 and 4 threads: does it finish sooner?"""

import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# Seconds of rounds at most; one round runs every thread count once.
BUDGET = 4.0

# --8<-- [start:work]
WORK = 2_000_000  # loop steps in total, shared out equally between the threads
THREAD_COUNTS = (1, 2, 4)


def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def in_threads(count):
    """Share WORK out between ``count`` threads; the sum of their answers."""
    answers = []
    threads = [
        threading.Thread(
            target=lambda: answers.append(sum_of_squares(WORK // count))
        )
        for _ in range(count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(answers)


def check(name, answer):
    """Each thread adds up i * i for i below n = WORK // count, which is
    (n - 1) n (2n - 1) / 6."""
    count = int(name.split()[0])
    n = WORK // count
    if answer != count * (n - 1) * n * (2 * n - 1) // 6:
        raise RuntimeError(f"{name}: wrong answer {answer}")


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
        {"machine": facts, "work": WORK, "rows": rows, "measurement": measured}
    )
