"""The timing harness of the programs beside it: hand payloads over, check
every one.

Each transfer_*.py program opens its receiver with ``opened()``, a context
manager that yields two functions. ``send(payload)`` hands the payload to the
receiver and returns when the receiver has acknowledged it. The clock covers
``send`` only. ``proof()`` then asks the receiver for the SHA-256 digest of
what it got: the receiver hashes only after the clock has stopped, so its
hashing never slows a timed hand-over. A transfer whose digest differs from
the payload's is an error, never a timing.

Run on its own, a program times a short series of each size with
:func:`benchmark`; compare_mechanisms.py opens all of them at once and times
them together, in paired rounds.
"""

import hashlib
import os
import sys
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

PING = 8  # bytes in the small message of the round-trip test
SIZES = (1_000, 100_000, 1_000_000, 10_000_000)  # bytes
LARGEST = max(SIZES)
# A program on its own: timed round trips, then timed transfers per size.
PINGS = 100
RUNS = {1_000: 30, 100_000: 20, 1_000_000: 10, 10_000_000: 5}
WARMUP = 1  # untimed (but checked) transfers before each series


class Payloads:
    """Random payloads that all differ: slices of one random block at ever new
    offsets.

    A receiver that kept the bytes of an earlier transfer fails the check.
    """

    def __init__(self) -> None:
        self.block = os.urandom(LARGEST + 4096)
        self.offset = 0

    def next(self, size: int) -> bytes:
        self.offset = (self.offset + 1) % (len(self.block) - size + 1)
        return self.block[self.offset : self.offset + size]


def handover(
    send, proof, payload: bytes, digest: bytes | None = None
) -> float:
    """Hand ``payload`` over once, check it arrived intact, return the seconds
    ``send`` took.

    ``digest`` is the payload's SHA-256 when the caller has it already.
    """
    start = time.perf_counter()
    send(payload)
    elapsed = time.perf_counter() - start
    if proof() != (digest or hashlib.sha256(payload).digest()):
        raise RuntimeError(
            f"a payload of {len(payload)} bytes arrived damaged"
        )
    return elapsed


def series(send, proof, payloads: Payloads, size: int, runs: int) -> dict:
    """Time ``runs`` transfers of ``size`` bytes after the warm-up; check every
    one."""
    samples = [
        handover(send, proof, payloads.next(size))
        for _ in range(WARMUP + runs)
    ]
    stats = measure.summarize(samples[WARMUP:])
    return {
        "size": size,
        "time": stats,
        "sent": len(samples),
        "intact": len(samples),
    }


def benchmark(mechanism: str, between: str, send, proof) -> dict:
    """Round trips of a small message, then transfers of every size; printed
    and emitted."""
    payloads = Payloads()
    ping = series(send, proof, payloads, PING, PINGS)
    print(
        f"{mechanism}, round trip of {PING} bytes: {ping['time']}", flush=True
    )
    transfers = []
    for size in SIZES:
        result = series(send, proof, payloads, size, RUNS[size])
        median = result["time"].median
        print(
            f"{size:>10,} bytes: {size / median / 1e6:8.1f} MB/s, "
            f"{result['time']}, {result['intact']}/{result['sent']} intact",
            flush=True,
        )
        transfers.append(result)
    results = {
        "mechanism": mechanism,
        "between": between,
        "warmup": WARMUP,
        "ping": ping,
        "transfers": transfers,
    }
    measure.emit(results)
    return results
