"""Threads share one object and update it many times at once; each trial
counts what was lost or went wrong, at the default switch interval and at a
very short one."""

import collections
import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# --8<-- [start:setup]
THREADS = 4
UPDATES = 10_000  # per thread and trial, to a list, a dict, a deque
INCREMENTS = 50_000  # per thread and trial, to the shared counter
TRIALS = 10
KEYS = 10_000  # check-then-act: the keys every thread tries to fill
ITEMS = 20_000  # iteration: the size of the container being read
SHORT_INTERVAL = 1e-6  # seconds: ask for a switch as often as possible


def together(work, threads=THREADS):
    """Run work(number) on `threads` threads that start at the same moment."""
    barrier = threading.Barrier(threads)

    def go(number):
        barrier.wait()
        work(number)

    started = [threading.Thread(target=go, args=(n,)) for n in range(threads)]
    for thread in started:
        thread.start()
    for thread in started:
        thread.join()


# --8<-- [end:setup]


# --8<-- [start:ops]
def list_append():
    shared = []

    def work(n):
        for i in range(UPDATES):
            shared.append((n, i))

    together(work)
    return THREADS * UPDATES - len(set(shared))  # items missing


def dict_assign():
    shared = {}

    def work(n):
        for i in range(UPDATES):
            shared[n, i] = i

    together(work)
    return THREADS * UPDATES - len(shared)  # keys missing


def deque_append_popleft():
    shared = collections.deque()
    taken = [[] for _ in range(THREADS)]  # each thread's own list

    def work(n):
        for i in range(UPDATES):
            shared.append((n, i))
            taken[n].append(shared.popleft())

    together(work)
    every = {item for items in taken for item in items}
    return THREADS * UPDATES - len(every)  # items never taken out


class Counter:
    value = 0


def attribute_increment():
    shared = Counter()

    def work(n):
        for _ in range(INCREMENTS):
            shared.value += 1  # read, add, write back

    together(work)
    return THREADS * INCREMENTS - shared.value  # additions lost


def fill(key):
    return sum(range(100))  # the work the check is meant to save


def check_then_act():
    shared = {}
    done = [0] * THREADS  # how often each thread did the work

    def work(n):
        for key in range(KEYS):
            if key not in shared:  # check ...
                done[n] += 1
                shared[key] = fill(key)  # ... then act

    together(work)
    return sum(done) - KEYS  # keys whose work was done more than once


def iterate_while_adding(container, add):
    """One thread reads the container while another adds to it: whether the
    reader raised, and whether it saw a size other than the one at the start
    (items added during the loop)."""
    outcome = {"raised": 0, "seen": 0}
    before = len(container)

    def work(n):
        if n == 0:
            for i in range(ITEMS):
                add(container, ITEMS + i)
        else:
            try:
                outcome["seen"] = sum(1 for _ in container)
            except RuntimeError:
                outcome["raised"] = 1

    together(work, threads=2)
    changed = not outcome["raised"] and outcome["seen"] != before
    return outcome["raised"], int(changed)


def list_iteration():
    return iterate_while_adding(list(range(ITEMS)), list.append)


def dict_iteration():
    return iterate_while_adding(
        dict.fromkeys(range(ITEMS)), lambda d, k: d.__setitem__(k, None)
    )


# --8<-- [end:ops]

COUNTED = {
    "list_append": list_append,
    "dict_assign": dict_assign,
    "deque_append_popleft": deque_append_popleft,
    "attribute_increment": attribute_increment,
    "check_then_act": check_then_act,
}
OUT_OF = {
    "list_append": THREADS * UPDATES,
    "dict_assign": THREADS * UPDATES,
    "deque_append_popleft": THREADS * UPDATES,
    "attribute_increment": THREADS * INCREMENTS,
    "check_then_act": KEYS,
}
ITERATED = {"list_iteration": list_iteration, "dict_iteration": dict_iteration}


def one_setting():
    """Every operation TRIALS times at the current switch interval."""
    found = {}
    for name, operation in COUNTED.items():
        found[name] = [operation() for _ in range(TRIALS)]
        total, bad = sum(found[name]), sum(count > 0 for count in found[name])
        print(
            f"  {name:<21}{total:>8,} in {bad:>2} of {TRIALS} trials"
            f" (of {OUT_OF[name]:,} each)",
            flush=True,
        )
    for name, operation in ITERATED.items():
        outcomes = [operation() for _ in range(TRIALS)]
        found[name] = {
            "raised": [raised for raised, _ in outcomes],
            "changed": [changed for _, changed in outcomes],
        }
        raised, changed = (sum(found[name][k]) for k in ("raised", "changed"))
        print(
            f"  {name:<21} RuntimeError in {raised:>2} of {TRIALS} trials;"
            f" grew in {changed}",
            flush=True,
        )
    return found


if __name__ == "__main__":
    facts = measure.machine()
    default = sys.getswitchinterval()
    intervals = [default]
    # Without the GIL there is no switch interval to shorten.
    if facts["gil_enabled"]:
        intervals.append(SHORT_INTERVAL)
    settings = []
    gil = "on" if facts["gil_enabled"] else "off"
    print(f"Python {facts['version']}, GIL {gil}", flush=True)
    for interval in intervals:
        sys.setswitchinterval(interval)
        print(
            f"switch interval {measure.human(interval)}: lost or doubled",
            flush=True,
        )
        settings.append(
            {
                "interval": interval,
                "default": interval == default,
                "ops": one_setting(),
            }
        )
    sys.setswitchinterval(default)
    measure.emit(
        {
            "threads": THREADS,
            "updates": UPDATES,
            "increments": INCREMENTS,
            "trials": TRIALS,
            "keys": KEYS,
            "items": ITEMS,
            "out_of": OUT_OF,
            "settings": settings,
            "machine": facts,
        }
    )
