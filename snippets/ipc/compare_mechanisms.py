"""Every way of handing data over, measured together in paired rounds.

Opens the receiver of every program beside this one at once (pickling alone
has none), then lets measure.rounds run the rounds: each round hands a payload
of every size over once with every mechanism (a small batch of them for small
payloads), in an order that rotates from round to round, every hand-over
checked as in handover.py. A comparison -- shared memory against a Queue,
say -- is the ratio of two times *of the same round*, reported as the median
over the rounds with its 95 % interval, so a machine that gets busier or
quieter hits both alike.

Usage: python compare_mechanisms.py [budget in seconds]
"""

import contextlib
import dataclasses
import hashlib
import sys

import handover  # beside this file: payloads and the checked hand-over
import pickle_roundtrip
import transfer_manager
import transfer_pipe
import transfer_queue
import transfer_shared_memory
import transfer_thread_queue
import transfer_value_array

import measure

PROGRAMS = (
    transfer_queue,
    transfer_pipe,
    transfer_shared_memory,
    transfer_value_array,
    transfer_manager,
    transfer_thread_queue,
    pickle_roundtrip,
)
SIZES = (handover.PING, *handover.SIZES)
# Hand-overs per call, by payload size.
PER = {8: 20, 1_000: 20, 100_000: 10, 1_000_000: 3, 10_000_000: 1}
BUDGET = 8.0  # seconds of rounds, at most

QUEUE, PIPE = transfer_queue.MECHANISM, transfer_pipe.MECHANISM
MANAGER = transfer_manager.MECHANISM
SHARED = (transfer_shared_memory.MECHANISM, transfer_value_array.MECHANISM)
THREADS, PICKLE = transfer_thread_queue.MECHANISM, pickle_roundtrip.MECHANISM
BETWEEN_PROCESSES = [p.MECHANISM for p in PROGRAMS if p.BETWEEN == "processes"]


def config(mechanism: str, size: int) -> str:
    """A configuration's name in the rounds: "multiprocessing.Queue, 10 MB"."""
    for unit, scale in (("MB", 10**6), ("kB", 10**3), ("B", 1)):
        if size >= scale:
            return f"{mechanism}, {size / scale:g} {unit}"
    raise ValueError(size)


class RoundPayloads:
    """The payloads of a round, the same for every mechanism, and new ones the
    next round.

    measure.rounds calls every configuration once per round, so a size's batch
    is made anew once every mechanism has taken it: no receiver gets the same
    bytes twice.
    """

    def __init__(self, takers: int) -> None:
        self.payloads = handover.Payloads()
        self.takers = takers
        self.batches = {}

    def take(self, size: int) -> list[tuple[bytes, bytes]]:
        taken, batch = self.batches.get(size, (self.takers, []))
        if taken == self.takers:
            fresh = [self.payloads.next(size) for _ in range(PER[size])]
            taken, batch = 0, [(p, hashlib.sha256(p).digest()) for p in fresh]
        self.batches[size] = (taken + 1, batch)
        return batch


def interval(history: list[dict], a: str, b: str, scale: float = 1.0) -> dict:
    """a / b within each round (times ``scale``): the median and its 95 %
    interval."""
    values = [value * scale for value in measure.per_round(history, a, b)]
    return {
        "of": [a, b],
        **dataclasses.asdict(measure.median_interval(values)),
    }


def ranked(measured: dict, size: int, names: list[str]) -> list[str]:
    """``names`` by their median time at ``size``, quickest first."""
    return sorted(
        names, key=lambda name: measured["stats"][config(name, size)]["median"]
    )


def chosen(measured: dict) -> dict:
    """The comparisons whose pairs depend on the data (the quickest way, the
    best one) or that only a table shows; each is still a ratio within each
    round."""
    history, ping, large = measured["rounds"], handover.PING, handover.LARGEST
    by_ping = ranked(measured, ping, BETWEEN_PROCESSES)
    best = ranked(measured, large, BETWEEN_PROCESSES)[0]
    small = min(handover.SIZES)
    return {
        "quickest": by_ping[0],
        "slowest": by_ping[-1],
        "best": best,
        "round_trip_vs_quickest": {
            name: interval(
                history, config(name, ping), config(by_ping[0], ping)
            )
            for name in [*BETWEEN_PROCESSES, THREADS]
        },
        "pickle_share": {
            carrier: {
                str(size): interval(
                    history, config(PICKLE, size), config(carrier, size)
                )
                for size in handover.SIZES
            }
            for carrier in (QUEUE, PIPE)
        },
        # The best way's time per byte for the smallest payload over that for
        # the largest.
        "small_vs_large_per_byte": interval(
            history, config(best, small), config(best, large), large / small
        ),
    }


# --8<-- [start:rounds]
def main(budget: float) -> dict:
    """Open every program's receiver at once, time them all, report."""
    with contextlib.ExitStack() as stack:
        channels = {
            p.MECHANISM: stack.enter_context(p.opened()) for p in PROGRAMS
        }
        results = measure_all(channels, budget)
    report(results)
    return results


def measure_all(channels: dict, budget: float) -> dict:
    """Time every channel ({mechanism: (send, proof)}) in paired rounds; the
    results as JSON."""
    payloads = RoundPayloads(len(channels))
    for send, proof in channels.values():  # untimed, checked warm-up
        for size in SIZES:
            handover.handover(send, proof, payloads.payloads.next(size))

    def work(send, proof, size):
        def call():  # returns the seconds the sends took; proof is not timed
            return sum(
                handover.handover(send, proof, *item)
                for item in payloads.take(size)
            )

        return call

    jobs = {
        config(name, size): work(send, proof, size)
        for size in SIZES
        for name, (send, proof) in channels.items()
    }
    large = handover.LARGEST
    # What the claims rest on: a / b, both times from the same round.
    ratios = {
        **{
            f"{QUEUE} / {name}": (config(QUEUE, large), config(name, large))
            for name in SHARED
        },
        "pickle share": (config(PICKLE, large), config(QUEUE, large)),
        f"{MANAGER} / {QUEUE}": (config(MANAGER, large), config(QUEUE, large)),
        **{
            f"{name} / {THREADS}": (
                config(name, large),
                config(THREADS, large),
            )
            for name in BETWEEN_PROCESSES
        },
    }
    per = {
        config(name, size): PER[size] for name in channels for size in SIZES
    }
    measured = measure.rounds(
        jobs, ratios, budget=budget, per=per, timed=False
    )
    # --8<-- [end:rounds]
    # Hand-overs per mechanism, with the warm-up.
    sent = len(measured["rounds"]) * sum(PER.values()) + len(SIZES)

    def median(name, size):
        values = [r["values"][config(name, size)] for r in measured["rounds"]]
        return dataclasses.asdict(measure.median_interval(values))

    return {
        "mechanisms": [
            {
                "name": p.MECHANISM,
                "between": p.BETWEEN,
                "program": f"ipc/{p.__name__}.py",
            }
            for p in PROGRAMS
        ],
        "sizes": list(SIZES),
        "per": {str(size): PER[size] for size in SIZES},
        # Per mechanism; a damaged hand-over is an error, never a timing.
        "checked": {"sent": sent, "intact": sent},
        "times": {
            name: {str(size): median(name, size) for size in SIZES}
            for name in channels
        },
        "chosen": chosen(measured),
        "measurement": measured,
    }


def report(results: dict) -> None:
    """What a reader sees: each way's median time per size, then the
    comparisons."""
    measured = results["measurement"]
    sizes = [config("", size).removeprefix(", ") for size in SIZES]
    head = " | ".join(f"{s:>8}" for s in sizes)
    print(f"{'Median time of one hand-over of':34} {head}", flush=True)
    for mechanism in results["mechanisms"]:
        name = mechanism["name"]
        cells = [
            f"{measure.human(results['times'][name][str(size)]['median'])}"
            for size in SIZES
        ]
        print(
            f"{name:34} {' | '.join(f'{cell:>8}' for cell in cells)}",
            flush=True,
        )
    chosen = results["chosen"]
    for note, summary in [
        *(("", summary) for summary in measured["ratios"].values()),
        ("", chosen["round_trip_vs_quickest"][chosen["slowest"]]),
        ("", chosen["round_trip_vs_quickest"][THREADS]),
        (" per byte", chosen["small_vs_large_per_byte"]),
    ]:
        a, b = summary["of"]
        print(f"{a} / {b}{note}: {measure.Estimate.of(summary)}", flush=True)
    intact = results["checked"]["intact"]
    print(
        f"{len(measured['rounds'])} rounds, ended by {measured['stopped']}; "
        f"{intact} hand-overs per mechanism, all intact; "
        + measure.describe(measured["noise"]),
        flush=True,
    )


if __name__ == "__main__":
    measure.emit(main(float(sys.argv[1]) if len(sys.argv) > 1 else BUDGET))
