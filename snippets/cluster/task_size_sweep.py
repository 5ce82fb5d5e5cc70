"""What a task costs to hand over, and how big tasks must be before that cost
stops mattering.

Every configuration runs once per round, in an order that rotates from round
to round (measure.rounds): the no-op tasks of each way, and the pool and Dask
at every task size. So the process pool and Dask are compared within each
round, and a machine that gets busier or quieter during the program slows
both alike.
"""

import concurrent.futures
import functools
import sys
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import loopback  # beside this file: a Dask cluster on 127.0.0.1
import sized_tasks

import bench.harness as harness
import measure

# Seconds of rounds, at most (after the fewest rounds that give an interval).
BUDGET = 6.0

# --8<-- [start:sweep]
# Tasks that do nothing: what is left is the cost of handing them over.
NOOPS = 200
SIZES = (1e-5, 1e-4, 1e-3, 1e-2, 1e-1)  # seconds of work per task in the sweep
TASKS_PER_WORKER = 4  # tasks per run of the sweep, whatever their size

SEQUENTIAL, POOL, DASK = (
    "sequential",
    "ProcessPoolExecutor",
    "Client.map + gather",
)


def sequential(fn, args):
    return list(map(fn, args))


def dask_map(client, fn, args):
    """Client.map + Client.gather. pure=False: Dask must run every call, not
    reuse a result."""
    return client.gather(client.map(fn, args, pure=False))


def noop_key(way: str) -> str:
    return f"no-op {way}"


def size_key(way: str, size: float) -> str:
    return f"{way} {size:g} s"


def main() -> None:
    cores = harness.usable_cores()
    rate = sized_tasks.steps_per_second()
    tasks = TASKS_PER_WORKER * cores
    print(
        f"{cores} workers;",
        f"spin() runs {rate / 1e6:.3g} million steps a second.",
        flush=True,
    )
    with concurrent.futures.ProcessPoolExecutor(cores) as pool:
        # Start the pool's processes before Dask starts its threads in this
        # process: a fork of a process with threads can deadlock (fork is
        # Linux's default before Python 3.14).
        list(pool.map(sized_tasks.noop, range(cores)))
        with loopback.cluster(cores) as client:
            # Warm-up: the workers import sized_tasks.
            dask_map(client, sized_tasks.noop, range(cores))
            ways = {
                SEQUENTIAL: sequential,
                POOL: lambda fn, args: list(pool.map(fn, args)),
                DASK: functools.partial(dask_map, client),
            }
            work, expected, per = {}, {}, {}
            for way, run in ways.items():
                work[noop_key(way)] = functools.partial(
                    run, sized_tasks.noop, range(NOOPS)
                )
                expected[noop_key(way)] = list(range(NOOPS))
                # The value of a round: seconds per task.
                per[noop_key(way)] = NOOPS
            sweep = []
            for size in SIZES:
                steps = round(size * rate)
                # Ideal: the work of all tasks, shared out evenly, with no cost
                # for sharing.
                ideal = tasks * steps / rate / cores
                sweep.append({"size": size, "steps": steps, "ideal": ideal})
                for way in (POOL, DASK):
                    work[size_key(way, size)] = functools.partial(
                        ways[way], sized_tasks.spin, [steps] * tasks
                    )
                    expected[size_key(way, size)] = [
                        sized_tasks.spin_answer(steps)
                    ] * tasks
            ratios = {"per task": (noop_key(DASK), noop_key(POOL))}
            # The pool's time over Dask's in the same round = Dask's
            # efficiency over the pool's.
            ratios |= {
                f"share {size:g} s": (
                    size_key(POOL, size),
                    size_key(DASK, size),
                )
                for size in SIZES
            }

            def check(key, answer):
                if answer != expected[key]:
                    raise RuntimeError(f"{key}: wrong answer {answer!r:.200}")

            rounds = measure.rounds(
                work, ratios, budget=BUDGET, check=check, per=per
            )
            # --8<-- [end:sweep]
            pids = loopback.worker_pids(client)

    print(
        f"{NOOPS} tasks that do nothing,",
        "time per task (median of the rounds):",
        flush=True,
    )
    for way in ways:
        median = rounds["stats"][noop_key(way)]["median"]
        print(f"  {way:<20} {measure.human(median)}", flush=True)
    print(
        f"{tasks} tasks of each size;",
        "efficiency = ideal time / time (median):",
        flush=True,
    )
    for point in sweep:
        for way in (POOL, DASK):
            times = [
                r["values"][size_key(way, point["size"])]
                for r in rounds["rounds"]
            ]
            point[way] = {
                "time": measure.median_interval(times),
                "efficiency": measure.median_interval(
                    [point["ideal"] / x for x in times]
                ),
            }
        point["share"] = rounds["ratios"][f"share {point['size']:g} s"]
        pool_eff, dask_eff = (
            point[way]["efficiency"].median for way in (POOL, DASK)
        )
        print(
            f"  {measure.human(point['size']):>8} a task:",
            f"process pool {pool_eff:4.0%}, Dask {dask_eff:4.0%}",
            flush=True,
        )
    print(
        f"{len(rounds['rounds'])} rounds, ended by {rounds['stopped']};",
        measure.describe(rounds["noise"]),
        flush=True,
    )
    measure.emit(
        {
            "machine": harness.machine(),
            "workers": cores,
            "steps_per_second": rate,
            "noops": NOOPS,
            "tasks": tasks,
            # Seconds per no-op task, per way: the median of the rounds and its
            # interval.
            "overhead": {
                way: measure.median_interval(
                    [r["values"][noop_key(way)] for r in rounds["rounds"]]
                )
                for way in ways
            },
            "sweep": sweep,
            "measurement": rounds,
            "worker_pids": sorted(pids.values()),
        }
    )


if __name__ == "__main__":
    main()
