"""How long a local Dask cluster takes to be ready and to stop, next to a
process pool.

Each round starts and stops one pool of each kind, in an order that rotates
from round to round (measure.rounds); the cluster's time to be ready is
divided by the pool's in the same round.
"""

import concurrent.futures
import contextlib
import functools
import sys
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sized_tasks

import bench.harness as harness
import measure

# Seconds of rounds, at most (after the fewest rounds that give an interval).
BUDGET = 6.0

# --8<-- [start:pools]
POOL, CLUSTER = "ProcessPoolExecutor", "LocalCluster"


@contextlib.contextmanager
def dask_executor(workers: int):
    """A local Dask cluster behind the concurrent.futures interface."""
    import loopback  # imported by main() already; see there

    with loopback.cluster(workers) as client:
        yield client.get_executor(pure=False)


POOLS = {POOL: concurrent.futures.ProcessPoolExecutor, CLUSTER: dask_executor}


def start_and_stop(open_pool, workers: int, stops: list[float]) -> float:
    """Seconds until a new pool has answered one no-op task per worker; the
    seconds it then took to stop go to ``stops``."""
    first = list(range(workers))
    begin = time.perf_counter()
    with open_pool(workers) as pool:
        if list(pool.map(sized_tasks.noop, first)) != first:
            raise RuntimeError("a worker gave a wrong answer")
        ready = time.perf_counter()
    stops.append(time.perf_counter() - ready)
    return ready - begin


def main() -> None:
    # Dask is imported here, not at the top: a pool that spawns its workers (or
    # uses a fork server) makes each of them import this file, and they must
    # not import Dask on the way.
    # Beside this file: a Dask cluster on 127.0.0.1.
    import loopback  # noqa: F401

    cores = harness.usable_cores()
    stops = {name: [] for name in POOLS}
    work = {
        name: functools.partial(start_and_stop, open_pool, cores, stops[name])
        for name, open_pool in POOLS.items()
    }
    # timed=False: each round's value is start_and_stop's time to be ready.
    rounds = measure.rounds(
        work, {"ready": (CLUSTER, POOL)}, budget=BUDGET, timed=False
    )
    # --8<-- [end:pools]
    print(
        f"{cores} workers;",
        "each round started and stopped one pool of each kind:",
        flush=True,
    )
    for name in POOLS:
        ready = rounds["stats"][name]["median"]
        stop = measure.summarize(stops[name]).median
        print(
            f"  {name:<20} ready: median {measure.human(ready)},"
            f" stop: median {measure.human(stop)}",
            flush=True,
        )
    ratio = measure.Estimate.of(rounds["ratios"]["ready"])
    print(f"The cluster took {ratio} the pool's time to be ready.", flush=True)
    print(
        f"{len(rounds['rounds'])} rounds, ended by {rounds['stopped']};",
        measure.describe(rounds["noise"]),
        flush=True,
    )
    measure.emit(
        {
            "machine": harness.machine(),
            "workers": cores,
            "ready": {
                name: measure.median_interval(
                    [r["values"][name] for r in rounds["rounds"]]
                )
                for name in POOLS
            },
            "stop": {
                name: measure.median_interval(stops[name]) for name in POOLS
            },
            "stop_times": stops,
            "measurement": rounds,
        }
    )


if __name__ == "__main__":
    main()
