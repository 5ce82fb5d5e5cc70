"""Two coroutines on one event loop take turns at their awaits."""

import asyncio
import sys
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

order = []  # who printed what, for the page

# --8<-- [start:coroutines]
STEPS = 3


async def worker(name):
    for step in range(1, STEPS + 1):
        print(f"{name}: step {step}, then await", flush=True)
        order.append(f"{name}{step}")
        await asyncio.sleep(0)  # hand control back to the event loop
    return f"{name} done"


async def main():
    coroutine = worker("A")  # calling it runs nothing yet
    print(f"worker('A') gave a {type(coroutine).__name__} object", flush=True)
    results = await asyncio.gather(coroutine, worker("B"))
    print(results, flush=True)


asyncio.run(main())  # the event loop runs until main() is done
# --8<-- [end:coroutines]

measure.emit({"steps": STEPS, "order": order})
