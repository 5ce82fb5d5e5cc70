"""The prime-counting workload four ways: in turn, in a process pool, and on
a Dask cluster.

Each round runs all four once, in an order that rotates from round to round
(measure.rounds), so every speedup and every ratio is computed within one
round, between runs a few seconds apart.
"""

import concurrent.futures
import functools
import sys
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import loopback  # beside this file: a Dask cluster on 127.0.0.1

import bench.harness as harness
import bench.workloads as workloads
import measure

# Seconds of rounds, at most (after the fewest rounds that give an interval).
BUDGET = 5.0
# Half the numbers of the benchmarks' workload (bench/workloads.py): every
# round runs the work four times, and the rounds must fit in the build's time.
SHARE_OF_BENCHMARK = 0.5

# --8<-- [start:ways]
SEQUENTIAL, POOL = "sequential", "ProcessPoolExecutor"
DASK, EXECUTOR = "Client.map + gather", "Client.get_executor()"
# Per round: the sequential time over each way's (a speedup), and each Dask
# way's time over the pool's (how much longer Dask took for the same work on
# the same cores).
RATIOS = {
    POOL: (SEQUENTIAL, POOL),
    DASK: (SEQUENTIAL, DASK),
    EXECUTOR: (SEQUENTIAL, EXECUTOR),
    f"{DASK} / pool": (DASK, POOL),
    f"{EXECUTOR} / pool": (EXECUTOR, POOL),
}


def dask_map(client, tasks):
    """Client.map + Client.gather. pure=False: Dask must run every call, not
    reuse a result."""
    futures = client.map(
        workloads.count_primes, *zip(*tasks, strict=True), pure=False
    )
    return client.gather(futures)


def main() -> None:
    cores = harness.usable_cores()
    limit = int(workloads.PRIME_LIMIT * SHARE_OF_BENCHMARK * harness.scale())
    tasks = workloads.prime_tasks(limit)
    expected = workloads.expected_prime_counts(limit)
    print(
        f"Counting the {sum(expected):,} primes below {limit:,}"
        f" in {len(tasks)} tasks,",
        f"{cores} workers per pool.",
        flush=True,
    )
    count = workloads.count_primes
    with concurrent.futures.ProcessPoolExecutor(cores) as pool:
        # Start the pool's processes before Dask starts its threads in this
        # process: a fork of a process with threads can deadlock (fork is
        # Linux's default before Python 3.14).
        harness.map_all(pool, count, tasks[:cores])
        with (
            loopback.cluster(cores) as client,
            client.get_executor(pure=False) as executor,
        ):
            # Warm-up: every worker imports the workload before the clock runs.
            dask_map(client, tasks[:cores])
            harness.map_all(executor, count, tasks[:cores])
            ways = {
                SEQUENTIAL: functools.partial(
                    harness.map_all, None, count, tasks
                ),
                POOL: functools.partial(harness.map_all, pool, count, tasks),
                DASK: functools.partial(dask_map, client, tasks),
                EXECUTOR: functools.partial(
                    harness.map_all, executor, count, tasks
                ),
            }
            answers = {}

            def check(way, answer):
                """Every answer of every round must be the sieve's before its
                time counts."""
                if answer != expected:
                    raise RuntimeError(
                        f"{way} counted {answer}, not {expected}"
                    )
                answers[way] = answer

            rounds = measure.rounds(ways, RATIOS, budget=BUDGET, check=check)
            # --8<-- [end:ways]
            pids = loopback.worker_pids(client)
    print(
        f"All {len(ways)} ways gave the sieve's {len(tasks)} counts"
        " in every round.",
        flush=True,
    )
    for way in ways:
        median = rounds["stats"][way]["median"]
        line = f"  {way:<22} median {measure.human(median)}"
        if speedup := measure.Estimate.of(rounds["ratios"].get(way)):
            line += f", {speedup} as fast as sequential"
        print(line, flush=True)
    for way in (DASK, EXECUTOR):
        ratio = measure.Estimate.of(rounds["ratios"][f"{way} / pool"])
        print(f"  {way} took {ratio} the pool's time", flush=True)
    print(
        f"{len(rounds['rounds'])} rounds, ended by {rounds['stopped']};",
        measure.describe(rounds["noise"]),
        flush=True,
    )
    measure.emit(
        {
            "machine": harness.machine(),
            "limit": limit,
            "tasks": len(tasks),
            "primes": sum(expected),
            "workers": cores,
            "answers": answers,
            "times": {
                way: measure.median_interval(rounds_of(rounds, way))
                for way in ways
            },
            "measurement": rounds,
            "worker_addresses": sorted(pids),
            "worker_pids": sorted(pids.values()),
        }
    )


def rounds_of(rounds: dict, way: str) -> list[float]:
    return [r["values"][way] for r in rounds["rounds"]]


if __name__ == "__main__":
    main()
