"""Every claim the site checks against its measurements, defined once, with one verdict rule.

A claim names the figure that decides it (a speedup, a lateness in switch intervals ...), the
side of a threshold on which it holds, and the threshold. A verdict is decided by the figure's
95 % interval, never by its median alone:

- *reproduced*: the whole interval lies on the claim's side of the threshold;
- *not reproduced*: the whole interval lies on the other side;
- *inconclusive*: the interval straddles the threshold -- this run cannot tell.

A claim may rest on several pieces of evidence (the same effect measured by two programs, or
under two interpreters). Its overall verdict is the verdict they share; evidence that
disagrees, or any inconclusive piece, makes it inconclusive. Evidence the claim is not about
(threads under a free-threaded interpreter, for a claim about the GIL) is listed but does not
count.

Pages never decide a verdict themselves: they render the :class:`Verdict` of
:func:`verdict`, so the same data gets the same verdict on every page. The evidence each claim
rests on is gathered in one place, :mod:`concurrency_live.pages.evidence`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from concurrency_live.rendering.text import percent, ratio, times, with_interval
from concurrency_live.words import t

REPRODUCED = "reproduced"
NOT_REPRODUCED = "not_reproduced"
INCONCLUSIVE = "inconclusive"
NOT_APPLICABLE = "not_applicable"
NO_DATA = "no_data"
TESTED = (REPRODUCED, NOT_REPRODUCED, INCONCLUSIVE)


@dataclasses.dataclass(frozen=True)
class Estimate:
    """A figure from paired rounds: the median of per-round values and its interval (the JSON
    that snippets/measure.py writes), or an exact count (low = median = high)."""

    median: float
    low: float
    high: float
    rounds: int
    confidence: float = 1.0

    @classmethod
    def of(cls, data: dict | None) -> Estimate | None:
        if not data or "median" not in data:
            return None
        return cls(**{field: data[field] for field in cls.__dataclass_fields__ if field in data})

    @classmethod
    def exact(cls, value: float, runs: int) -> Estimate:
        return cls(value, value, value, runs, 1.0)

    def scaled(self, factor: float) -> Estimate:
        """The same estimate in other units (a time divided by a floor, say)."""
        low, high = sorted((self.low * factor, self.high * factor))
        return dataclasses.replace(self, median=self.median * factor, low=low, high=high)

    def reciprocal(self, numerator: float = 1.0) -> Estimate:
        """``numerator`` divided by this figure (bytes over a time: a rate), the interval's
        ends swapped: the longest time gives the lowest rate."""
        return dataclasses.replace(
            self,
            median=numerator / self.median,
            low=numerator / self.high,
            high=numerator / self.low,
        )


@dataclasses.dataclass(frozen=True)
class Claim:
    """What the site says, the figure that decides it, and where the threshold lies."""

    name: str
    statement: str  # message key: the claim in one sentence
    figure: str  # message key: what the figure of one piece of evidence is ({source})
    holds: str  # "below" or "at_least": where the figure must lie for the claim to hold
    threshold: float
    unit: str = "times"  # how figures are written: "times" (1.23x), "share" (34 %), "count",
    # "intervals" (a number of switch intervals)


# Every claim the site checks. A threshold is chosen once, with its reason, and every page
# that states the claim uses it.
CLAIMS: dict[str, Claim] = {
    claim.name: claim
    for claim in (
        # Under the GIL, 2 threads on pure-Python work measured 0.9-1.1x here; 1.2 leaves room
        # for noise while still ruling out real parallelism (which would approach 2x).
        Claim("threads_cpu", "claims.threads_cpu", "claims.threads_cpu.figure", "below", 1.2),
        # Two workers on two free cores: ideally 2x. 1.5x is half-way from none to ideal.
        Claim("processes_cpu", "claims.processes_cpu", "claims.speedup_figure", "at_least", 1.5),
        Claim(
            "free_threads_cpu", "claims.free_threads_cpu", "claims.speedup_figure", "at_least", 1.5
        ),
        Claim("c_threads", "claims.c_threads", "claims.speedup_figure", "at_least", 1.5),
        # I/O: the time of all requests divided by the floor (delay x rounds of requests).
        Claim("io_floor", "claims.io_floor", "claims.io_floor.figure", "below", 1.5),
        # Without a lock, a total below the expected one can come from nothing but an update
        # lost between a read and a write: one run that lost any shows the race. The figure is
        # an exact count of runs, not an estimate.
        Claim(
            "lost_updates",
            "claims.lost_updates",
            "claims.lost_updates.figure",
            "at_least",
            1,
            unit="count",
        ),
        # The claim is that *no* update is lost: a single run with a wrong total refutes it.
        Claim(
            "lock_exact", "claims.lock_exact", "claims.lock_exact.figure", "below", 1, unit="count"
        ),
        # An uncontended lock still costs the `with` statement's enter and exit, each a call
        # into C, several times the load, add and store of a bare addition: the locked loop
        # measured 5.8x the bare one under CPython 3.11 here, and 3.0x under 3.14t. 1.5x (half
        # as long again) lies far outside timing noise of a few percent and well below both,
        # so an interpreter that makes locks cheaper still counts as "markedly slower".
        Claim("lock_cost", "claims.lock_cost", "claims.lock_cost.figure", "at_least", 1.5),
        # A thread needs a stack and a little interpreter state; a process, at least a copy of
        # the parent's page tables (fork) and at most a fresh interpreter (spawn). Per round,
        # over several runs here (CPython 3.11, 2 cores): fork 30-50x a thread, forkserver
        # 400-700x, spawn 780-1,400x. "Far more" means an order of magnitude: 10x, which the
        # whole interval of even fork, the cheapest method, cleared (27x or more) in every run.
        Claim(
            "process_start",
            "claims.process_start",
            "claims.process_start.figure",
            "at_least",
            10,
        ),
        # IPC (snippets/ipc/compare_mechanisms.py; every figure a ratio of two times from the
        # same round, at the largest payload, 10 MB, unless the evidence says otherwise).
        # Shared memory: a Queue's time / shared memory's = the throughput ratio. The sender
        # copies the bytes once, into the block; a Queue pickles them, writes them into a pipe,
        # reads them out in chunks and unpickles them: at least four copies, so about 4x is
        # the least the copies alone predict. 2x is half of that, well clear of a tie; 7-11x
        # was measured here.
        Claim(
            "ipc_shared_memory",
            "claims.ipc_shared_memory",
            "claims.ipc_shared_memory.figure",
            "at_least",
            2.0,
        ),
        # Pickling alone / a Queue transfer of the same payload. pickle.dumps and pickle.loads
        # make two of the five or so copies of a Queue transfer, so if copying dominated their
        # share would be near 40 %. A "large part" is taken to be at least a fifth: the most a
        # transfer could gain by not pickling (send_bytes, shared memory) would then be 1.25x or
        # more. About a third, with a wide interval, was measured here.
        Claim(
            "ipc_pickle_share",
            "claims.ipc_pickle_share",
            "claims.ipc_pickle_share.figure",
            "at_least",
            0.2,
            "share",
        ),
        # A Manager queue's time / a plain Queue's, for 10 MB. Through a manager the payload
        # crosses two pipes (sender -> manager -> receiver) with a pickle and an unpickle at
        # each hop, so about 2x is expected. 1.25x, a quarter slower, is clearly more than the
        # noise of a paired ratio and well short of that 2x; 1.9-2.4x was measured here. (For
        # a message of a few bytes the wake-ups dominate, and on a busy machine a plain
        # Queue's feeder thread made its round trip as slow as a manager's: the claim is about
        # moving data.)
        Claim("ipc_manager", "claims.ipc_manager", "claims.ipc_manager.figure", "at_least", 1.25),
        # Each way between processes: its time / a thread queue's, for 10 MB; the claim holds
        # only if it holds against every one. Between threads no byte is copied, while every
        # way between processes copies the payload at least once (10 MB take about 1 ms to
        # copy, a thread's wake-up about a tenth of that). 2x rules out a tie with room for
        # noise; 30x or more was measured here.
        Claim("ipc_threads", "claims.ipc_threads", "claims.ipc_threads.figure", "at_least", 2.0),
        # The lateness a CPU-bound thread adds to a short nap, in switch intervals. Under the
        # GIL the woken thread asks for the lock, waits one interval, and only then is the
        # holder asked to let go: about 1 interval. Half an interval leaves room for timer
        # noise while still ruling out "no wait" (0), what the GIL off gives.
        Claim("convoy", "claims.convoy", "claims.convoy.figure", "at_least", 0.5, "intervals"),
        # A local Dask cluster starts a scheduler and, per worker, a new interpreter that
        # imports Dask (about a second of CPU each) and connects over TCP; a pool only forks
        # (about 10 ms here: the cluster measured 100-170x) or spawns bare interpreters (about
        # 50 ms: still 20x or more). 5x means "far longer" with a wide margin for noise and
        # for any start method.
        Claim(
            "cluster_start", "claims.cluster_start", "claims.cluster_start.figure", "at_least", 5.0
        ),
        # Dask's efficiency over the pool's, per round, for tasks of at least
        # beyond_one_machine.CLAIM_SIZE (100 ms, named in the statement). 0.8: Dask takes at
        # most a quarter longer than the pool (1 / 0.8 = 1.25), a cost small enough to trade
        # for what a cluster brings (more machines, surviving a lost worker); the crossover uses
        # the same share. Measured 0.85-0.95 at 100 ms here; below 0.7 at 10 ms.
        Claim(
            "dask_task_size",
            "claims.dask_task_size",
            "claims.dask_task_size.figure",
            "at_least",
            0.8,
            "share",
        ),
        # Thread safety in practice (snippets/thread_safety/shared_ops.py). list.append, dict
        # item assignment and deque.append/popleft are each one call into C that the
        # documentation says is atomic (the GIL, or on a free-threaded build the object's own
        # lock, keeps it whole): a single item lost or doubled, in any trial, refutes it. The
        # figure is an exact count of items over every trial, not an estimate.
        Claim(
            "atomic_builtins",
            "claims.atomic_builtins",
            "claims.atomic_builtins.figure",
            "below",
            1,
            unit="count",
        ),
        # `if key not in d: d[key] = ...` is two operations with a call between them: a
        # single trial that filled a key twice shows that the pair is not atomic (an exact
        # count of trials, over every switch interval the run used).
        Claim(
            "check_then_act",
            "claims.check_then_act",
            "claims.check_then_act.figure",
            "at_least",
            1,
            unit="count",
        ),
        # A lock's time over per-thread counts merged at the end (snippets/thread_safety/
        # fixes_cost.py, paired rounds). The merged way does the same additions on a local
        # variable, without the `with` statement's enter and exit that lock_cost shows make
        # each addition several times slower even uncontended (5.8x under 3.11, 3.0x under
        # 3.14t); contention only adds to that. 1.5x, as for lock_cost, lies far outside the
        # noise of a paired ratio and below what the lock's own cost predicts; 3-7x was
        # measured here.
        Claim(
            "merge_cheaper",
            "claims.merge_cheaper",
            "claims.merge_cheaper.figure",
            "at_least",
            1.5,
        ),
        # asyncio (snippets/async_io/many_waits.py, 10,000 waits of 0.2 s at once): the time
        # until all are done over the floor (one wait). Run one after another they would take
        # 10,000x the floor; run at once, all that adds to the floor is the bookkeeping of the
        # tasks on the loop's one thread (creating, scheduling, waking and collecting each:
        # about 10 µs a task, so about half the floor for 10,000). "Close to the floor" is
        # within 2x: at most one more floor of overhead, room for a busy machine, and far below
        # the threads of the same rounds (13x or more here, their start costs in series).
        # Measured 1.5-1.6x here.
        Claim("asyncio_floor", "claims.asyncio_floor", "claims.asyncio_floor.figure", "below", 2.0),
        # Resident memory per waiting thread over per waiting task (10,000 of each held open).
        # A thread holds at least the touched pages of its own stack (4 KiB each) and its
        # kernel and pthread structures; a task, only Python objects (a task, a coroutine, a
        # future: about 1-2 KiB). 2x means clearly more, beyond the page granularity of a
        # reading; about 12x was measured here.
        Claim(
            "thread_memory", "claims.thread_memory", "claims.thread_memory.figure", "at_least", 2.0
        ),
        # The heartbeat's worst lateness as a share of the block (a coroutine that blocks for
        # 0.1 s; the heartbeat beats every 10 ms). A loop frozen by the block cannot beat until
        # it ends: lateness of at least the block less one beat (90 %). A loop that keeps
        # running is late by timer noise only (a few ms at most on a busy machine, a few %).
        # Half the block lies far from both.
        Claim(
            "blocking_call",
            "claims.blocking_call",
            "claims.blocking_call.figure",
            "at_least",
            0.5,
            "share",
        ),
        # The same figure for a wait or a computation handed to a thread (asyncio.to_thread) or
        # a process (run_in_executor), and for asyncio.sleep: the loop keeps beating, so the
        # lateness stays below the same half-block line, for the same reason.
        Claim(
            "loop_offload",
            "claims.loop_offload",
            "claims.loop_offload.figure",
            "below",
            0.5,
            "share",
        ),
        # Without the GIL, threads that each work on their own data and merge once at the end
        # share nothing while they work: two threads on two free cores ideally take half the
        # time (2x). 1.5x, half-way from no gain to the ideal, as for free_threads_cpu.
        Claim(
            "free_threads_own_data",
            "claims.free_threads_own_data",
            "claims.speedup_figure",
            "at_least",
            1.5,
        ),
        # Without the GIL, threads whose every step takes one shared lock can only add one at
        # a time: at best no faster than one thread. 1.2x, as for threads_cpu: room for noise
        # while still ruling out real parallelism (which would approach 2x).
        Claim(
            "free_threads_shared_lock",
            "claims.free_threads_shared_lock",
            "claims.speedup_figure",
            "below",
            1.2,
        ),
    )
}


@dataclasses.dataclass(frozen=True)
class Evidence:
    """One figure that bears on a claim, with where it comes from."""

    source: str  # in words: "CPython 3.11.7 (GIL on), counting primes, 2 threads"
    estimate: Estimate | None
    not_about: str | None = None  # message key: why the claim does not apply to this figure
    anchor: str | None = None  # where on the site it was measured ("gil.md#...")

    @classmethod
    def unmeasured(cls, snippet: str) -> Evidence:
        """What stands for a program's evidence when its run gave no results."""
        return cls(f"`{snippet}`", None)


@dataclasses.dataclass(frozen=True)
class Verdict:
    claim: Claim
    status: str
    items: tuple[tuple[Evidence, str], ...]  # each piece of evidence with its own status


def decide(claim: Claim, estimate: Estimate) -> str:
    """The verdict of one interval against the claim's threshold."""
    if claim.holds == "below":
        holds, fails = estimate.high < claim.threshold, estimate.low >= claim.threshold
    else:
        holds, fails = estimate.low >= claim.threshold, estimate.high < claim.threshold
    return REPRODUCED if holds else NOT_REPRODUCED if fails else INCONCLUSIVE


def status_of(claim: Claim, evidence: Evidence) -> str:
    if evidence.not_about:
        return NOT_APPLICABLE
    if evidence.estimate is None:
        return NO_DATA
    return decide(claim, evidence.estimate)


def verdict(name: str, evidence: list[Evidence]) -> Verdict:
    """The claim's verdict on all its evidence (see the module's docstring)."""
    claim = CLAIMS[name]
    items = tuple((e, status_of(claim, e)) for e in evidence)
    tested = {status for _, status in items if status in TESTED}
    if len(tested) == 1:
        status = tested.pop()
    elif tested:
        status = INCONCLUSIVE
    elif any(status == NOT_APPLICABLE for _, status in items):
        status = NOT_APPLICABLE
    else:
        status = NO_DATA
    return Verdict(claim, status, items)


# --- Physical limits ----------------------------------------------------------------------------

BELOW_LIMIT, AT_LIMIT, PAST_LIMIT = "below_limit", "at_limit", "past_limit"


def against_limit(estimate: Estimate, ideal: float) -> str:
    """Where a speedup's interval lies against the most the hardware allows.

    An interval that reaches the ideal is *at the limit*: the run cannot be told apart from
    perfect scaling. One that lies wholly above it cannot be real parallelism: something
    disturbed the baseline (or the machine had more cores than it said); the page flags it.
    """
    if estimate.low > ideal:
        return PAST_LIMIT
    if estimate.high >= ideal:
        return AT_LIMIT
    return BELOW_LIMIT


LIMIT_MARK = {BELOW_LIMIT: None, AT_LIMIT: "bench.at_limit", PAST_LIMIT: "bench.past_limit"}


def limit_mark(limit: str, lang: str = "en") -> str:
    """What follows a figure at or past the limit, " **at the limit**", or nothing."""
    mark = LIMIT_MARK[limit]
    return " " + t(mark, lang) if mark else ""


def past_limit_note(limits: Iterable[str], lang: str = "en") -> list[str]:
    """The note under a table that has a figure past the limit, saying what that means; or
    nothing."""
    return [t("bench.past_limit_note", lang)] if PAST_LIMIT in set(limits) else []


# --- Words ------------------------------------------------------------------------------------

ADMONITION = {
    REPRODUCED: "success",
    NOT_REPRODUCED: "failure",
    INCONCLUSIVE: "warning",
    NOT_APPLICABLE: "info",
    NO_DATA: "info",
}
STATUS = {
    REPRODUCED: "claims.status.reproduced",
    NOT_REPRODUCED: "claims.status.not_reproduced",
    INCONCLUSIVE: "claims.status.inconclusive",
    NOT_APPLICABLE: "claims.status.not_applicable",
    NO_DATA: "claims.status.no_data",
}
OVERALL = {
    REPRODUCED: "claims.overall.reproduced",
    NOT_REPRODUCED: "claims.overall.not_reproduced",
    INCONCLUSIVE: "claims.overall.inconclusive",
    NOT_APPLICABLE: "claims.overall.not_applicable",
    NO_DATA: "claims.overall.no_data",
}
RELATION = {"below": "claims.needs_below", "at_least": "claims.needs_at_least"}


# How the figures of each unit are written (Claim.unit).
FORMAT: dict[str, Callable[[float], str]] = {
    "times": times,
    "share": percent,
    "count": lambda value: f"{value:g}",
    "intervals": ratio,
}


def number(value: float, unit: str) -> str:
    """A figure as the claim's unit writes it."""
    return FORMAT[unit](value)


def figure(claim: Claim, estimate: Estimate, lang: str = "en") -> str:
    """The figure with its interval and round count, or the exact count."""
    if estimate.low == estimate.high:
        value = number(estimate.median, claim.unit)
        return t("claims.exact", lang, value=value, rounds=estimate.rounds)
    return with_interval(estimate, FORMAT[claim.unit], lang)


def item_text(claim: Claim, evidence: Evidence, status: str, lang: str = "en") -> str:
    parts = [f"**{t(STATUS[status], lang)}**", t(claim.figure, lang, source=evidence.source)]
    if evidence.estimate is not None:
        parts.append(figure(claim, evidence.estimate, lang))
    if evidence.not_about:
        parts.append("&mdash; " + t(evidence.not_about, lang))
    text = " ".join(parts)
    if evidence.anchor:
        text += " " + t("claims.where", lang, anchor=evidence.anchor)
    return text


def render(result: Verdict, lang: str = "en") -> str:
    """The verdict as an admonition: the claim, its overall verdict, the threshold, and every
    piece of evidence with its figure and interval.

    The box carries ``data-claim`` and ``data-verdict`` so that a test can check that every
    page states the same verdict for the same claim.
    """
    claim = result.claim
    title = t(claim.statement, lang) + " " + t(OVERALL[result.status], lang)
    threshold = t(RELATION[claim.holds], lang, threshold=number(claim.threshold, claim.unit))
    rule = "claims.rule_count" if claim.unit == "count" else "claims.rule"
    lines = [t(rule, lang, threshold=threshold)]
    lines += [f"- {item_text(claim, e, s, lang)}" for e, s in result.items] or [
        t(STATUS[NO_DATA], lang)
    ]
    body = "\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:])
    kind = ADMONITION[result.status]
    return (
        f'<div class="admonition {kind} claim" data-claim="{claim.name}" '
        f'data-verdict="{result.status}" markdown>\n'
        f'<p class="admonition-title">{title}</p>\n\n{body}\n\n</div>'
    )
