"""What it costs to start a thread and wait for it: one at a time, and many
at once.

Paired rounds: each round starts and joins BATCH threads one at a time, and
BATCH threads all started before any is joined, in an order that rotates from
round to round. Both are divided by BATCH (one start takes ~100 µs, too short
to time alone), and their ratio is taken per round.
"""

import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:start_cost]
BATCH = 100  # threads per timed call, either way
BUDGET = 3.0  # seconds of rounds, at most


def nothing():
    pass


def one_at_a_time():
    for _ in range(BATCH):
        thread = threading.Thread(target=nothing)
        thread.start()
        thread.join()


def all_at_once():
    threads = [threading.Thread(target=nothing) for _ in range(BATCH)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    work = {"one": one_at_a_time, "batch": all_at_once}
    for start in work.values():
        start()  # warm-up, untimed
    # Each round times both ways once, in a rotating order, each divided by
    # BATCH, until the ratio is precise enough or BUDGET seconds are spent.
    result = measure.rounds(
        work,
        {"batch/one": ("batch", "one")},
        budget=BUDGET,
        per=dict.fromkeys(work, BATCH),
    )
    # --8<-- [end:start_cost]
    one, batch = (
        measure.human(result["stats"][name]["median"]) for name in work
    )
    print(f"one thread at a time, start + join: {one} per thread", flush=True)
    print(
        f"{BATCH} threads started, then joined: {batch} per thread", flush=True
    )
    ratio = measure.Estimate.of(result["ratios"]["batch/one"])
    print(f"batch / one at a time: {ratio}", flush=True)
    print(
        f"{len(result['rounds'])} rounds, ended by: {result['stopped']}",
        flush=True,
    )
    print(measure.describe(result["noise"]), flush=True)
    measure.emit({"batch_size": BATCH, "measurement": result})
