"""CPU-bound work (counting primes in pure Python) with 1, 2, 4 ... workers per strategy."""

import harness  # beside this file, like workloads
import workloads


def worker_counts() -> list[int]:
    """1, 2, 4, ... up to twice the usable cores (and the core count itself)."""
    cores = harness.usable_cores()
    return sorted({cores, 2 * cores} | {2**k for k in range(8) if 2**k <= 2 * cores})


def main() -> None:
    limit = int(workloads.PRIME_LIMIT * harness.scale())
    tasks = workloads.prime_tasks(limit)
    expected = workloads.expected_prime_counts(limit)
    report = harness.Report("cpu", limit=limit, tasks=len(tasks), primes=sum(expected))
    print(
        f"Counting the {sum(expected):,} primes below {limit:,} in {len(tasks)} tasks,",
        f"at least {harness.runs()} timed runs after a warm-up, every answer checked.",
        flush=True,
    )
    for strategy in harness.STRATEGIES:
        if reason := harness.unavailable(strategy):
            report.skip(strategy, reason)
            continue
        for workers in [1] if strategy == "sequential" else worker_counts():
            stats = harness.measure_pool(strategy, workers, workloads.count_primes, tasks, expected)
            report.add("primes", strategy, workers, stats)
    report.emit()


if __name__ == "__main__":
    main()
