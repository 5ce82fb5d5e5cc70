"""Tasks whose size the caller chooses, with answers known in advance.

Worker processes import these functions by name, so they live in a module of
their own.
"""

import time


def noop(i: int) -> int:
    """No work at all: what is left is the cost of handing a task over and
    back."""
    return i


def spin(steps: int) -> int:
    """``steps`` additions in pure Python; the answer is
    0 + 1 + ... + (steps - 1)."""
    total = 0
    for i in range(steps):
        total += i
    return total


def spin_answer(steps: int) -> int:
    return steps * (steps - 1) // 2


def steps_per_second(steps: int = 500_000, runs: int = 5) -> float:
    """How many steps of spin() this process does in a second, in the fastest
    of ``runs``.

    The fastest run is the one least disturbed by anything else running on the
    machine.
    """
    spin(steps)  # warm-up
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        spin(steps)
        best = min(best, time.perf_counter() - start)
    return steps / best
