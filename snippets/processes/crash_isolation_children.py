"""Children that fail in three ways; the parent keeps running and reads each
exit code."""

import multiprocessing
import os
import sys
import time
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure


# --8<-- [start:crash]
def raises(started):
    raise ValueError("something went wrong in the child")


def exits_3(started):
    os._exit(3)  # ends the process at once: no cleanup, no traceback


def killed(started):
    started.set()
    time.sleep(60)  # the parent kills it long before this ends


if __name__ == "__main__":
    children = []
    for target in (raises, exits_3, killed):
        started = multiprocessing.Event()
        child = multiprocessing.Process(
            target=target, args=(started,), name=target.__name__
        )
        child.start()
        if target is killed:
            started.wait()
            # SIGKILL on POSIX: the child cannot catch or ignore it
            child.kill()
        child.join()
        children.append(child)
        print(
            f"parent: child {child.name!r} ended with exitcode "
            f"{child.exitcode}",
            flush=True,
        )
    print(f"parent (pid {os.getpid()}): still running", flush=True)
    # --8<-- [end:crash]
    measure.emit({"exitcodes": {c.name: c.exitcode for c in children}})
