"""CPU-bound work (counting primes in pure Python) on 2, 4 ... workers per
strategy."""

# --8<-- [start:main]
import harness  # beside this file, like workloads
import workloads


def worker_counts() -> list[int]:
    """2, 4, ... up to twice the usable cores (and the core count itself)."""
    cores = harness.usable_cores()
    return sorted(
        {cores, 2 * cores} | {2**k for k in range(1, 8) if 2**k <= 2 * cores}
    )


def main() -> None:
    limit = int(workloads.PRIME_LIMIT * harness.scale())
    tasks = workloads.prime_tasks(limit)
    expected = workloads.expected_prime_counts(limit)
    print(
        f"Counting the {sum(expected):,} primes below {limit:,}"
        f" in {len(tasks)} tasks;",
        "every configuration once per round, every answer checked.",
        flush=True,
    )
    with harness.Benchmark(
        "cpu", limit=limit, tasks=len(tasks), primes=sum(expected)
    ) as bench:
        for strategy in harness.STRATEGIES:
            if reason := harness.unavailable(strategy):
                bench.skip(strategy, reason)
                continue
            for workers in (
                [1] if strategy == "sequential" else worker_counts()
            ):
                bench.add_pool(
                    "primes",
                    strategy,
                    workers,
                    workloads.count_primes,
                    tasks,
                    expected,
                )
        bench.measure()
    # --8<-- [end:main]
    bench.emit()


if __name__ == "__main__":
    main()
