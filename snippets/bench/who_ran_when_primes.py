"""Who ran when, counting primes: two threads, then two processes, each noting
the time.

The benchmark's prime-counting tasks, dealt out to two workers. Every few
dozen numbers a worker notes the time; a gap in its notes is time it was not
running.
"""

import concurrent.futures
import sys
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import harness  # beside this file, like workloads
import workloads

import measure

# --8<-- [start:workers]
SHARE = 0.5  # of the benchmark's limit: a picture, not a measurement of speed
EVERY = 40  # numbers between two notes


def run(pool, tasks: list[tuple]) -> list[tuple[list[int], list[float]]]:
    """Every other task to each of two workers, at once in ``pool``: every
    answer, with the worker's notes."""
    futures = [
        pool.submit(workloads.count_primes_noted, tasks[w::2], EVERY)
        for w in (0, 1)
    ]
    return [future.result() for future in futures]


def report(name: str, answers, expected) -> dict:
    counts = [count for counts, _ in answers for count in counts]
    if sorted(counts) != sorted(expected):
        raise RuntimeError(f"{name} counted {counts}, not {expected}")
    workers = [notes for _, notes in answers]
    start = min(notes[0] for notes in workers)
    found = [measure.stretches(notes) for notes in workers]
    span = max(notes[-1] for notes in workers) - start
    both = measure.together(*found)
    print(
        f"{name}: {sum(map(len, found))} stretches, both running at once"
        f" {both / span:.0%} of {measure.human(span)}",
        flush=True,
    )
    return chart(found, start, both, span)


# --8<-- [end:workers]


def chart(found, start: float, both: float, span: float) -> dict:
    """The stretches in microseconds from the start, for the page's chart."""

    def us(t):
        return round((t - start) * 1e6)

    return {
        "slices": [[[us(a), us(b)] for a, b in runs] for runs in found],
        "together": both / span,
        "span": span,
    }


# --8<-- [start:main]
if __name__ == "__main__":
    limit = int(workloads.PRIME_LIMIT * SHARE)
    tasks = workloads.prime_tasks(limit)
    expected = workloads.expected_prime_counts(limit)
    print(
        f"Counting the primes below {limit:,} in {len(tasks)} tasks"
        " on 2 workers.",
        flush=True,
    )
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        run(pool, tasks)  # warm-up: both threads started
        threads = report("2 threads", run(pool, tasks), expected)
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        run(pool, tasks)  # warm-up: both processes started
        processes = report("2 processes", run(pool, tasks), expected)
    # --8<-- [end:main]
    measure.emit(
        {
            "limit": limit,
            "every": EVERY,
            "machine": harness.machine(),
            "threads": threads,
            "processes": processes,
        }
    )
