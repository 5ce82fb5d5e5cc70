"""How long a local Dask cluster takes to be ready and to stop, next to a process pool."""

import concurrent.futures
import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import bench.harness as harness
import loopback  # beside this file: a Dask cluster on 127.0.0.1
import measure
import sized_tasks

STARTS = 3


@contextlib.contextmanager
def dask_executor(workers: int):
    """A local Dask cluster behind the concurrent.futures interface."""
    with loopback.cluster(workers) as client:
        yield client.get_executor(pure=False)


POOLS = {
    "ProcessPoolExecutor": concurrent.futures.ProcessPoolExecutor,
    "LocalCluster": dask_executor,
}


def start_and_stop(open_pool, workers: int) -> tuple[float, float]:
    """Seconds until a new pool has answered one no-op task per worker, then until it stopped."""
    first = list(range(workers))
    begin = time.perf_counter()
    with open_pool(workers) as pool:
        if list(pool.map(sized_tasks.noop, first)) != first:
            raise RuntimeError("a worker gave a wrong answer")
        ready = time.perf_counter()
    return ready - begin, time.perf_counter() - ready


def main() -> None:
    cores = harness.usable_cores()
    ready = {name: [] for name in POOLS}
    stop = {name: [] for name in POOLS}
    for _ in range(STARTS):
        for name, open_pool in POOLS.items():
            seconds_to_ready, seconds_to_stop = start_and_stop(open_pool, cores)
            ready[name].append(seconds_to_ready)
            stop[name].append(seconds_to_stop)
    print(f"{cores} workers, each pool started and stopped {STARTS} times:", flush=True)
    results = {"machine": harness.machine(), "workers": cores}
    for name in POOLS:
        results[name] = {
            "ready": measure.summarize(ready[name]),
            "stop": measure.summarize(stop[name]),
        }
        print(f"  {name:<20} ready: {results[name]['ready']}", flush=True)
        print(f"  {'':<20} stop:  {results[name]['stop']}", flush=True)
    measure.emit(results)


if __name__ == "__main__":
    main()
