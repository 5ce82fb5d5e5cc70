"""What it costs to start a process and wait for it, per start method, next
to a thread.

Paired rounds: each round starts and joins THREADS threads one after the
other (timed together, so each value is not a few microseconds of timer
noise) and one process per start method, in an order that rotates from round
to round. A process's cost as a multiple of a thread's is computed within
each round.
"""

import itertools
import multiprocessing
import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:start_cost]
THREADS = 50  # thread starts timed together per round (one takes ~100 µs)
BUDGET = 4.0  # seconds of rounds, at most
METHODS = ("fork", "forkserver", "spawn")


def nothing():
    pass


def threads_one_by_one():
    for _ in range(THREADS):
        thread = threading.Thread(target=nothing)
        thread.start()
        thread.join()


def process_with(method):
    context = multiprocessing.get_context(method)

    def start_and_join():
        process = context.Process(target=nothing)
        process.start()
        process.join()
        if process.exitcode != 0:
            raise RuntimeError(
                f"{method} child exited with {process.exitcode}"
            )

    return start_and_join


if __name__ == "__main__":
    methods = [
        m for m in METHODS if m in multiprocessing.get_all_start_methods()
    ]
    work = {
        "thread": threads_one_by_one,
        **{m: process_with(m) for m in methods},
    }
    # Warm-up, untimed; it also starts the fork server, which stays up.
    for start in work.values():
        start()
    # A process against a thread, and every start method against every
    # other, within each round.
    ratios = {f"{m}/thread": (m, "thread") for m in methods}
    ratios |= {
        f"{b}/{a}": (b, a) for a, b in itertools.combinations(methods, 2)
    }
    # Each round times every entry of work once, in a rotating order (a
    # thread's time is its batch's divided by THREADS), until the ratios are
    # precise enough or BUDGET seconds are spent.
    result = measure.rounds(
        work, ratios, budget=BUDGET, per={"thread": THREADS}
    )
    # --8<-- [end:start_cost]
    for name in work:
        median = measure.human(result["stats"][name]["median"])
        print(f"{name:<10} {median} per start + join", flush=True)
    for name, summary in result["ratios"].items():
        print(f"{name:<17} {measure.Estimate.of(summary)}", flush=True)
    rounds = len(result["rounds"])
    print(
        f"{rounds} rounds ({THREADS} threads each), "
        f"ended by: {result['stopped']}",
        flush=True,
    )
    print(measure.describe(result["noise"]), flush=True)
    measure.emit(
        {
            "default": multiprocessing.get_start_method(),
            "methods": methods,
            "threads": THREADS,
            "measurement": result,
        }
    )
