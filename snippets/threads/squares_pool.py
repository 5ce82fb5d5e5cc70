"""The same five tasks on a ThreadPoolExecutor: map() and submit(), and where
the error goes."""

import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:pool]
INPUTS = [1, 2, 3, -4, 5]


def square(n):
    time.sleep(0.05)  # stands in for waiting on a network or a disk
    if n < 0:
        raise ValueError(f"negative input {n}")
    return n * n


if __name__ == "__main__":
    mapped, submitted = [], {}
    with ThreadPoolExecutor(max_workers=len(INPUTS)) as pool:
        try:
            for result in pool.map(square, INPUTS):  # results in input order
                mapped.append(result)
        except ValueError as error:
            print(f"map: got {mapped}, then re-raised {error!r}", flush=True)

        futures = {n: pool.submit(square, n) for n in INPUTS}
        for n, future in futures.items():
            try:
                # result() waits, then returns the value or re-raises
                submitted[n] = future.result()
            except ValueError as error:
                submitted[n] = repr(error)
            print(f"submit: square({n}) -> {submitted[n]}", flush=True)
    # --8<-- [end:pool]
    measure.emit({"inputs": INPUTS, "mapped": mapped, "submitted": submitted})
