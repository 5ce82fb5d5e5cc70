"""What it costs to start a process and wait for it, per start method, next to a thread."""

import multiprocessing
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import measure

PROCESS_RUNS = 15
THREAD_RUNS = 300


def nothing():
    pass


def start_and_join(start_worker):
    def once():
        worker = start_worker(target=nothing)
        worker.start()
        worker.join()

    return once


if __name__ == "__main__":
    thread = measure.repeat(start_and_join(threading.Thread), runs=THREAD_RUNS)
    print(f"{'thread':<10} {thread}", flush=True)
    methods = {}
    for method in ("fork", "forkserver", "spawn"):
        if method in multiprocessing.get_all_start_methods():
            # repeat()'s untimed warm-up run also starts the fork server, which stays up.
            process = multiprocessing.get_context(method).Process
            methods[method] = measure.repeat(start_and_join(process), runs=PROCESS_RUNS)
            print(f"{method:<10} {methods[method]}", flush=True)
    measure.emit(
        {"default": multiprocessing.get_start_method(), "thread": thread, "methods": methods}
    )
