"""Thousands of waits at once: asyncio tasks against one thread per wait.

Every wait sleeps SLEEP seconds, all started together: asyncio.sleep in a
task, time.sleep in a thread. How long until all are done? No way of waiting
can beat SLEEP, the floor. Then COUNT waits are held open at once, to read
what starting each one costs and how much resident memory each one holds.

Each held configuration runs in a fresh child process, so that its memory
starts from the same state. Paired rounds: each round runs every
configuration once, in an order that rotates from round to round; ratios
are taken per round.
"""

import asyncio
import multiprocessing
import os
import sys
import threading
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

BUDGET = 6.0  # seconds of rounds, at most (after the first six rounds)

# --8<-- [start:sleeps]
SLEEP = 0.2  # seconds every wait lasts: the floor
COUNTS = (1_000, 10_000)  # waits at once


async def sleeps_in_tasks(count):
    start = time.perf_counter()
    tasks = [asyncio.create_task(asyncio.sleep(SLEEP)) for _ in range(count)]
    await asyncio.gather(*tasks)
    return time.perf_counter() - start


def sleeps_in_threads(count):
    start = time.perf_counter()
    threads = [
        threading.Thread(target=time.sleep, args=(SLEEP,))
        for _ in range(count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


# --8<-- [end:sleeps]

# --8<-- [start:held]
COUNT = 10_000  # waits held open at once
HOLD = 60.0  # seconds: longer than the reading takes, never reached


def resident_bytes():
    """This process's resident memory (Linux: /proc/self/statm), or None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            pages = int(f.read().split()[1])
    except OSError:
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


async def hold_tasks(count):
    """Start ``count`` waiting tasks; seconds to start them all, and bytes
    of resident memory grown while they all wait."""
    before = resident_bytes()
    start = time.perf_counter()
    tasks = [asyncio.create_task(asyncio.sleep(HOLD)) for _ in range(count)]
    await asyncio.sleep(0)  # one turn of the loop: every task has begun
    started = time.perf_counter() - start
    after = resident_bytes()
    assert not any(task.done() for task in tasks)  # all still waiting
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return started, after - before if before is not None else None


def hold_threads(count):
    """The same with threads (daemon threads: the process may end while
    they still wait)."""
    before = resident_bytes()
    start = time.perf_counter()
    threads = [
        threading.Thread(target=time.sleep, args=(HOLD,), daemon=True)
        for _ in range(count)
    ]
    for thread in threads:
        thread.start()
    started = time.perf_counter() - start
    after = resident_bytes()
    assert all(thread.is_alive() for thread in threads)  # all still waiting
    return started, after - before if before is not None else None


# --8<-- [end:held]


def child(kind, count, conn):
    """Hold ``count`` waits open in a process of its own (its memory starts
    from the same state every time); send back what it measured."""
    if kind == "tasks":
        found = asyncio.run(hold_tasks(count))
    else:
        found = hold_threads(count)
    conn.send(found)
    conn.close()


# A child forked from this process would inherit its heap, freed memory
# included, and fill that instead of growing: start children from a clean
# process (forkserver), or from scratch where there is none (spawn).
CONTEXT = multiprocessing.get_context(
    "forkserver"
    if "forkserver" in multiprocessing.get_all_start_methods()
    else "spawn"
)


def in_child(kind, count):
    receive, send = CONTEXT.Pipe(duplex=False)
    process = CONTEXT.Process(target=child, args=(kind, count, send))
    process.start()
    send.close()
    found = receive.recv()
    process.join()
    return found


def kib(value):
    return "unavailable" if value is None else f"{value / 1024:.1f} KiB"


if __name__ == "__main__":
    facts = measure.machine()
    memory = {"tasks": [], "threads": []}

    def sleeps(kind, count):
        if kind == "tasks":
            return lambda: asyncio.run(sleeps_in_tasks(count))
        return lambda: sleeps_in_threads(count)

    def held(kind):
        def once():
            started, grown = in_child(kind, COUNT)
            memory[kind].append(None if grown is None else grown / COUNT)
            return started / COUNT

        return once

    work = {}
    for count in COUNTS:
        for kind in ("tasks", "threads"):
            work[f"{kind} {count}"] = sleeps(kind, count)
    work["start tasks"] = held("tasks")
    work["start threads"] = held("threads")
    versus = {
        f"threads/tasks {n}": (f"threads {n}", f"tasks {n}") for n in COUNTS
    }
    versus["start threads/tasks"] = ("start threads", "start tasks")
    # Values per round: the wall time of each sleeps configuration, and the
    # start time per wait of the held ones, each measured in its child.
    measured = measure.rounds(work, versus, budget=BUDGET, timed=False)
    history = measured["rounds"]
    floor = {
        f"{kind} {count}": measure.median_interval(
            [item["values"][f"{kind} {count}"] / SLEEP for item in history]
        )
        for count in COUNTS
        for kind in ("tasks", "threads")
    }
    # Memory per thread over memory per task, round by round (the rounds ran
    # the held configurations in the order measure.rounds recorded).
    memory_ratio = None
    if None not in memory["tasks"] + memory["threads"]:
        memory_ratio = measure.median_interval(
            [
                a / b
                for a, b in zip(
                    memory["threads"], memory["tasks"], strict=True
                )
            ]
        )
    print(f"Python {facts['version']}, waits of {SLEEP} s", flush=True)
    for count in COUNTS:
        for kind in ("tasks", "threads"):
            config = f"{kind} {count}"
            wall = measure.human(measured["stats"][config]["median"])
            print(
                f"{count:>6,} waits in {kind:<7}: all done in {wall}, "
                f"{floor[config].median:.2f}x the floor",
                flush=True,
            )
    for kind in ("tasks", "threads"):
        start = measure.human(measured["stats"][f"start {kind}"]["median"])
        each = None  # where resident memory cannot be read
        if memory[kind] and None not in memory[kind]:
            each = measure.summarize(memory[kind]).median
        print(
            f"{COUNT:,} {kind} held open: {start} to start each, "
            f"{kib(each)} resident each",
            flush=True,
        )
    for count in COUNTS:
        ratio = measure.Estimate.of(
            measured["ratios"][f"threads/tasks {count}"]
        )
        print(f"time, threads / tasks at {count:,}: {ratio}", flush=True)
    ratio = measure.Estimate.of(measured["ratios"]["start threads/tasks"])
    print(f"start, per thread / per task: {ratio}", flush=True)
    print(f"memory, per thread / per task: {memory_ratio}", flush=True)
    print(
        f"{len(history)} rounds, ended by: {measured['stopped']}", flush=True
    )
    print(measure.describe(measured["noise"]), flush=True)
    measure.emit(
        {
            "machine": facts,
            "sleep": SLEEP,
            "counts": list(COUNTS),
            "held": COUNT,
            "over_floor": floor,
            "memory": memory,
            "memory_ratio": memory_ratio,
            "measurement": measured,
        }
    )
