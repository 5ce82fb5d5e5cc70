"""The timing harness of the transfer_*.py programs beside it: hand payloads over, check them.

A program supplies two functions. ``send(payload)`` hands the payload to the receiver and
returns when the receiver has acknowledged it. The clock covers ``send`` only. ``proof()`` then
asks the receiver for the SHA-256 digest of what it got: the receiver hashes only after the
clock has stopped, so its hashing never slows a timed hand-over. A transfer whose digest differs
from the payload's is an error, never a timing.
"""

import hashlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import measure

PING = 8  # bytes in the small message of the round-trip test
PINGS = 500  # timed round trips
SIZES = (1_000, 100_000, 1_000_000, 10_000_000)  # bytes
RUNS = {1_000: 100, 100_000: 50, 1_000_000: 30, 10_000_000: 15}  # timed transfers per size
WARMUP = 1  # untimed (but checked) transfers before each series
LARGEST = max(SIZES)


class Payloads:
    """Random payloads that all differ: slices of one random block at ever new offsets.

    A receiver that kept the bytes of an earlier transfer fails the check.
    """

    def __init__(self) -> None:
        self.block = os.urandom(LARGEST + PINGS + WARMUP)
        self.offset = 0

    def next(self, size: int) -> bytes:
        self.offset = (self.offset + 1) % (len(self.block) - size + 1)
        return self.block[self.offset : self.offset + size]


def series(send, proof, payloads: Payloads, size: int, runs: int) -> dict:
    """Time ``runs`` transfers of ``size`` bytes after the warm-up; check every one."""
    samples, intact = [], 0
    for i in range(WARMUP + runs):
        payload = payloads.next(size)
        start = time.perf_counter()
        send(payload)
        elapsed = time.perf_counter() - start
        if proof() != hashlib.sha256(payload).digest():
            raise RuntimeError(f"a payload of {size} bytes arrived damaged (transfer {i + 1})")
        intact += 1
        if i >= WARMUP:
            samples.append(elapsed)
    stats = measure.summarize(samples)
    return {"size": size, "time": stats, "sent": WARMUP + runs, "intact": intact}


def benchmark(mechanism: str, between: str, send, proof) -> dict:
    """Round trips of a small message, then transfers of every size; printed and emitted."""
    payloads = Payloads()
    ping = series(send, proof, payloads, PING, PINGS)
    print(f"{mechanism}, round trip of {PING} bytes: {ping['time']}", flush=True)
    transfers = []
    for size in SIZES:
        result = series(send, proof, payloads, size, RUNS[size])
        median = result["time"].median
        print(
            f"{size:>10,} bytes: {size / median / 1e6:8.1f} MB/s, {result['time']}, "
            f"{result['intact']}/{result['sent']} intact",
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
