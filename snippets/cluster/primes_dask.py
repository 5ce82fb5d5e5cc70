"""The prime-counting workload four ways: in turn, in a process pool, and on a Dask cluster."""

import concurrent.futures
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import bench.harness as harness
import bench.workloads as workloads
import loopback  # beside this file: a Dask cluster on 127.0.0.1
import measure


def dask_map(client, tasks):
    """Client.map + Client.gather. pure=False: Dask must run every call, not reuse a result."""
    futures = client.map(workloads.count_primes, *zip(*tasks, strict=True), pure=False)
    return client.gather(futures)


def main() -> None:
    cores = harness.usable_cores()
    limit = int(workloads.PRIME_LIMIT * harness.scale())
    tasks = workloads.prime_tasks(limit)
    expected = workloads.expected_prime_counts(limit)
    print(
        f"Counting the {sum(expected):,} primes below {limit:,} in {len(tasks)} tasks,",
        f"{cores} workers per pool.",
        flush=True,
    )
    count = workloads.count_primes
    with concurrent.futures.ProcessPoolExecutor(cores) as pool:
        # Start the pool's processes before Dask starts its threads in this process: a fork
        # of a process with threads can deadlock (fork is Linux's default before Python 3.14).
        harness.map_all(pool, count, tasks[:cores])
        with loopback.cluster(cores) as client, client.get_executor(pure=False) as executor:
            ways = {
                "sequential": functools.partial(harness.map_all, None, count, tasks),
                "ProcessPoolExecutor": functools.partial(harness.map_all, pool, count, tasks),
                "Client.map + gather": functools.partial(dask_map, client, tasks),
                "Client.get_executor()": functools.partial(harness.map_all, executor, count, tasks),
            }
            # Every way must give the sieve's answers before any of them is timed.
            answers = {name: work() for name, work in ways.items()}
            for name, answer in answers.items():
                if answer != expected:
                    raise RuntimeError(f"{name} counted {answer}, not {expected}")
            print(f"All {len(ways)} ways gave the same {len(tasks)} counts. Times:", flush=True)
            times = {}
            for name, work in ways.items():
                # The checking run above was the warm-up: every worker has run a task.
                times[name] = harness.measure_work(work, expected, warmup=lambda: None)
                print(f"  {name:<22} {times[name]}", flush=True)
            pids = loopback.worker_pids(client)
    measure.emit(
        {
            "machine": harness.machine(),
            "limit": limit,
            "tasks": len(tasks),
            "primes": sum(expected),
            "workers": cores,
            "answers": answers,
            "times": times,
            "worker_addresses": sorted(pids),
            "worker_pids": sorted(pids.values()),
        }
    )


if __name__ == "__main__":
    main()
