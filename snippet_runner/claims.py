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
rests on is gathered in one place, :mod:`snippet_runner.evidence`.
"""

from __future__ import annotations

import dataclasses
from snippet_runner.messages import t

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


@dataclasses.dataclass(frozen=True)
class Claim:
    """What the site says, the figure that decides it, and where the threshold lies."""

    name: str
    statement: str  # message key: the claim in one sentence
    figure: str  # message key: what the figure of one piece of evidence is ({source})
    holds: str  # "below" or "at_least": where the figure must lie for the claim to hold
    threshold: float
    unit: str = "times"  # how figures are written: "times" (1.23×), "count", "intervals"


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
        # A local Dask cluster starts a scheduler and, per worker, a new interpreter that
        # imports Dask (about a second of CPU each) and connects over TCP; a pool only forks
        # (about 10 ms here: the cluster measured 100-170x) or spawns bare interpreters (about
        # 50 ms: still 20x or more). 5x means "far longer" with a wide margin for noise and
        # for any start method.
        Claim(
            "cluster_start", "claims.cluster_start", "claims.cluster_start.figure", "at_least", 5.0
        ),
        # Dask's efficiency over the pool's, per round, for tasks of at least
        # cluster.CLAIM_SIZE (100 ms, named in the statement). 0.8: Dask takes at most a quarter
        # longer than the pool (1 / 0.8 = 1.25), a cost small enough to trade for what a
        # cluster brings (more machines, surviving a lost worker); the page's crossover uses
        # the same share. Measured 0.85-0.95 at 100 ms here; below 0.7 at 10 ms.
        Claim(
            "dask_task_size",
            "claims.dask_task_size",
            "claims.dask_task_size.figure",
            "at_least",
            0.8,
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


def number(value: float, unit: str) -> str:
    """A figure as the claim's unit writes it."""
    if unit == "count":
        return f"{value:g}"
    if unit == "intervals":
        return f"{value:.2f}"
    return f"{value:.2f}\u00d7"


def figure(claim: Claim, estimate: Estimate, lang: str = "en") -> str:
    """ "1.02× (95 % interval 0.97–1.08, 12 rounds)", or the exact count."""
    value = number(estimate.median, claim.unit)
    if estimate.low == estimate.high:
        return t("claims.exact", lang, value=value, rounds=estimate.rounds)
    return t(
        "claims.interval",
        lang,
        value=value,
        low=number(estimate.low, claim.unit),
        high=number(estimate.high, claim.unit),
        rounds=estimate.rounds,
        confidence=estimate.confidence,
    )


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
    lines = [t("claims.rule", lang, threshold=threshold)]
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
