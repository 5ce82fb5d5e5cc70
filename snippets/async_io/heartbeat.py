"""A heartbeat task notes the time every BEAT while another coroutine does
something for BLOCK seconds, five ways. The heartbeat's worst lateness shows
whether the event loop kept running meanwhile.

Paired rounds: each round runs the five ways once, in an order that rotates
from round to round; the figure of each way is its worst lateness.
"""

import asyncio
import concurrent.futures
import itertools
import sys
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

BUDGET = 4.0  # seconds of rounds, at most (after the first ROUNDS rounds)
# Nine rounds at least: the 95 % interval of a median of nine values leaves
# out the lowest and the highest, so one round disturbed by another program
# cannot decide a verdict on its own (with six, the interval is min to max).
ROUNDS = 9

# --8<-- [start:heartbeat]
BEAT = 0.01  # seconds between two beats of the heartbeat
BLOCK = 0.1  # seconds the other coroutine sleeps or computes


def compute(seconds):
    """CPU-bound work: count as far as possible for ``seconds``."""
    end = time.perf_counter() + seconds
    count = 0
    while time.perf_counter() < end:
        count += 1
    return count


async def heartbeat(beats, stop):
    while not stop.is_set():
        beats.append(time.perf_counter())
        await asyncio.sleep(BEAT)


async def awaits_sleep(pool):
    await asyncio.sleep(BLOCK)


async def calls_time_sleep(pool):
    time.sleep(BLOCK)  # blocks the event loop's thread


async def computes_inline(pool):
    compute(BLOCK)  # so does any long computation


async def sleeps_in_thread(pool):
    await asyncio.to_thread(time.sleep, BLOCK)


async def computes_in_process(pool):
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(pool, compute, BLOCK)


async def beside_heartbeat(other, pool):
    """Run ``other`` next to the heartbeat; return the beats' times and when
    ``other`` ran, all in seconds since the heartbeat started."""
    beats, stop = [], asyncio.Event()
    beating = asyncio.create_task(heartbeat(beats, stop))
    await asyncio.sleep(3 * BEAT)  # let it beat a few times first
    began = time.perf_counter()
    await other(pool)
    ended = time.perf_counter()
    await asyncio.sleep(3 * BEAT)
    stop.set()
    await beating
    zero = beats[0]
    return [b - zero for b in beats], (began - zero, ended - zero)


def worst_lateness(beats):
    """How much later than BEAT after the one before the latest beat came."""
    return max(b - a - BEAT for a, b in itertools.pairwise(beats))


# --8<-- [end:heartbeat]

WAYS = {
    "asyncio.sleep": awaits_sleep,
    "time.sleep": calls_time_sleep,
    "CPU inline": computes_inline,
    "to_thread(time.sleep)": sleeps_in_thread,
    "process pool (CPU)": computes_in_process,
}


if __name__ == "__main__":
    facts = measure.machine()
    last = {}
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        pool.submit(compute, 0).result()  # start the worker before timing

        def way(name):
            def once():
                beats, ran = asyncio.run(beside_heartbeat(WAYS[name], pool))
                last[name] = {"beats": beats, "ran": ran}
                return worst_lateness(beats)

            return once

        measured = measure.rounds(
            {name: way(name) for name in WAYS},
            {},
            # Per round: how much later than beside asyncio.sleep.
            differences={
                f"{name} - asyncio.sleep": (name, "asyncio.sleep")
                for name in WAYS
                if name != "asyncio.sleep"
            },
            budget=BUDGET,
            timed=False,
            min_rounds=ROUNDS,
        )
    history = measured["rounds"]
    print(
        f"Python {facts['version']}: a beat every {measure.human(BEAT)}, "
        f"the other coroutine busy for {measure.human(BLOCK)}",
        flush=True,
    )
    rows = []
    for name in WAYS:
        late = measure.median_interval([r["values"][name] for r in history])
        print(
            f"{name:<22} worst lateness {measure.human(late.median)} "
            f"({measure.human(late.low)} to {measure.human(late.high)}), "
            f"{late.median / BLOCK:.0%} of the block",
            flush=True,
        )
        rows.append({"way": name, "lateness": late, **last[name]})
    print(
        f"{len(history)} rounds, ended by: {measured['stopped']}", flush=True
    )
    print(measure.describe(measured["noise"]), flush=True)
    measure.emit(
        {
            "machine": facts,
            "beat": BEAT,
            "block": BLOCK,
            "ways": rows,
            "measurement": measured,
        }
    )
