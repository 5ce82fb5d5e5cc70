"""Timeouts and cancellation: asyncio.timeout around one await, and a
TaskGroup in which one task fails and the others are cancelled."""

import asyncio
import sys
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

outcomes = {}  # what became of each task, for the page

# --8<-- [start:cancel]
LIMIT = 0.1  # seconds the timeout allows


async def fetch(name, seconds):
    """Stands for a request that takes ``seconds``."""
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        outcomes[name] = "cancelled"
        raise  # let the cancellation go on
    outcomes[name] = "done"


async def broken(name, seconds):
    await asyncio.sleep(seconds)
    outcomes[name] = "failed"
    raise ValueError(f"{name}: bad reply")


async def main():
    try:
        async with asyncio.timeout(LIMIT):
            await fetch("slow", 10 * LIMIT)
    except TimeoutError:
        print(f"slow: gave up after {LIMIT} s", flush=True)

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fetch("quick", LIMIT / 10))
            group.create_task(broken("broken", LIMIT / 2))
            group.create_task(fetch("long 1", 10 * LIMIT))
            group.create_task(fetch("long 2", 10 * LIMIT))
    except* ValueError as failures:
        for error in failures.exceptions:
            print(f"the group raised: {error!r}", flush=True)
    for name in sorted(outcomes):
        print(f"{name}: {outcomes[name]}", flush=True)


asyncio.run(main())
# --8<-- [end:cancel]

measure.emit({"limit": LIMIT, "outcomes": outcomes})
