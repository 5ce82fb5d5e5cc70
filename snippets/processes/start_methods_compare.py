"""What a child process starts from under each start method this platform
offers."""

import multiprocessing
import os
import sys
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:start_methods]
setting = "set when the module was imported"


def child(report):
    report.put(
        {
            "setting": setting,
            "main_module": sys.modules["__main__"].__name__,
            "parent_pid": os.getppid(),
        }
    )


def start_with(method):
    context = multiprocessing.get_context(method)
    report = context.Queue()
    process = context.Process(target=child, args=(report,))
    process.start()
    seen = report.get()
    process.join()
    return seen


if __name__ == "__main__":
    setting = "changed by the parent before start()"
    print(
        f"default start method here: {multiprocessing.get_start_method()}",
        flush=True,
    )
    print(
        f"parent pid {os.getpid()}; the parent's setting: {setting!r}",
        flush=True,
    )
    methods = [
        m
        for m in ("fork", "forkserver", "spawn")
        if m in multiprocessing.get_all_start_methods()
    ]
    found = {method: start_with(method) for method in methods}
    for method, seen in found.items():
        print(f"\n{method}:", flush=True)
        print(f"  the child sees setting = {seen['setting']!r}", flush=True)
        print(
            f"  its __main__ module is named {seen['main_module']!r}",
            flush=True,
        )
        print(f"  its parent pid is {seen['parent_pid']}", flush=True)
    # --8<-- [end:start_methods]
    for seen in found.values():
        seen["parent_is_main"] = seen["parent_pid"] == os.getpid()
    measure.emit(
        {"default": multiprocessing.get_start_method(), "methods": found}
    )
