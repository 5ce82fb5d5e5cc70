"""What a task costs to hand over, and how big tasks must be before that cost stops mattering."""

import concurrent.futures
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import bench.harness as harness
import loopback  # beside this file: a Dask cluster on 127.0.0.1
import measure
import sized_tasks

NOOPS = 500  # tasks that do nothing: what is left is the cost of handing them over
SIZES = (1e-5, 1e-4, 1e-3, 1e-2, 3e-2, 1e-1)  # seconds of work per task in the sweep
TASKS_PER_WORKER = 4  # tasks per run of the sweep, whatever their size


def sequential(fn, args):
    return list(map(fn, args))


def dask_map(client, fn, args):
    """Client.map + Client.gather. pure=False: Dask must run every call, not reuse a result."""
    return client.gather(client.map(fn, args, pure=False))


def main() -> None:
    cores = harness.usable_cores()
    rate = sized_tasks.steps_per_second()
    print(f"{cores} workers; spin() runs {rate / 1e6:.3g} million steps a second.", flush=True)
    with concurrent.futures.ProcessPoolExecutor(cores) as pool:
        # Start the pool's processes before Dask starts its threads in this process: a fork
        # of a process with threads can deadlock (fork is Linux's default before Python 3.14).
        list(pool.map(sized_tasks.noop, range(cores)))
        with loopback.cluster(cores) as client:
            ways = {
                "sequential": sequential,
                "ProcessPoolExecutor": lambda fn, args: list(pool.map(fn, args)),
                "Client.map + gather": functools.partial(dask_map, client),
            }
            print(f"{NOOPS} tasks that do nothing, time per task (median):", flush=True)
            overhead = {}
            for name, run in ways.items():
                work = functools.partial(run, sized_tasks.noop, range(NOOPS))
                warmup = functools.partial(run, sized_tasks.noop, range(cores))
                overhead[name] = harness.measure_work(work, list(range(NOOPS)), warmup)
                print(f"  {name:<20} {measure.human(overhead[name].median / NOOPS)}", flush=True)

            tasks = TASKS_PER_WORKER * cores
            print(f"{tasks} tasks of each size; efficiency = ideal time / median time:", flush=True)
            sweep = []
            for size in SIZES:
                steps = round(size * rate)
                args, expected = [steps] * tasks, [sized_tasks.spin_answer(steps)] * tasks
                # Ideal: the work of all tasks, shared out evenly, with no cost for sharing.
                point = {"size": size, "steps": steps, "ideal": tasks * steps / rate / cores}
                for name in ("ProcessPoolExecutor", "Client.map + gather"):
                    work = functools.partial(ways[name], sized_tasks.spin, args)
                    # No warm-up needed: the workers are running since the no-op tasks.
                    point[name] = harness.measure_work(work, expected, warmup=lambda: None)
                sweep.append(point)
                pool_time = point["ProcessPoolExecutor"].median
                dask_time = point["Client.map + gather"].median
                print(
                    f"  {measure.human(point['size']):>8} a task: process pool"
                    f" {point['ideal'] / pool_time:4.0%}, Dask {point['ideal'] / dask_time:4.0%}",
                    flush=True,
                )
            pids = loopback.worker_pids(client)
    measure.emit(
        {
            "machine": harness.machine(),
            "workers": cores,
            "steps_per_second": rate,
            "noops": NOOPS,
            "overhead": overhead,
            "tasks": tasks,
            "sweep": sweep,
            "worker_pids": sorted(pids.values()),
        }
    )


if __name__ == "__main__":
    main()
