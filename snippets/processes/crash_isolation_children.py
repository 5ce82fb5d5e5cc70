"""Children that fail in three ways; the parent keeps running and reads each exit code."""

import multiprocessing
import os
import sys
import time
from pathlib import Path

sys.path.insert(
    0, str(Path(__file__).resolve().parents[1])
)  # snippets/, for measure.py
import measure


def raises(started):
    raise ValueError("something went wrong in the child")


def exits_3(started):
    os._exit(3)  # ends the process at once: no cleanup, no traceback


def killed(started):
    started.set()
    time.sleep(60)  # the parent kills it long before this ends


if __name__ == "__main__":
    exitcodes = {}
    for target in (raises, exits_3, killed):
        started = multiprocessing.Event()
        child = multiprocessing.Process(
            target=target, args=(started,), name=target.__name__
        )
        child.start()
        if target is killed:
            started.wait()
            child.kill()  # SIGKILL on POSIX: the child cannot catch or ignore it
        child.join()
        exitcodes[child.name] = child.exitcode
        print(
            f"parent: child {child.name!r} ended with exitcode {child.exitcode}",
            flush=True,
        )
    print(f"parent (pid {os.getpid()}): still running", flush=True)
    measure.emit({"exitcodes": exitcodes})
