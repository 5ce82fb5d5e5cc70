"""What the bytecode, processes and threads pages share about their paired measurements.

Their timing snippets emit ``{"measurement": measure.rounds(...), ...}``: every round, the
per-configuration statistics, and each ratio (or difference) as the median of its per-round
values with a 95 % interval. Everything here reads that JSON; nothing computes a statistic of
its own.
"""

from __future__ import annotations

from concurrency_live.pages import io_vs_cpu
from concurrency_live.rendering import claims
from concurrency_live.rendering.claims import Estimate
from concurrency_live.rendering.text import duration, label
from concurrency_live.running.runner import Run
from concurrency_live.words import t

ABOVE, BELOW, STRADDLES = "above", "below", "straddles"


def measurement(record: Run) -> dict:
    return record.results["measurement"]


def ratio(record: Run, name: str) -> Estimate | None:
    """The named per-round ratio of the run, with its interval (None if it has none)."""
    return Estimate.of(measurement(record)["ratios"].get(name))


def difference(record: Run, name: str) -> Estimate | None:
    return Estimate.of(measurement(record)["differences"].get(name))


def stats(record: Run, name: str) -> dict:
    """Median, min, max and runs of one configuration's values over the rounds."""
    return measurement(record)["stats"][name]


number = claims.digits


def times(value: float, lang: str = "en") -> str:
    return t("paired.times", lang, ratio=number(value))


def times_cell(estimate: Estimate, lang: str = "en") -> str:
    """A table cell: "30.7x (29.5-32.1)", with the catalogue's signs."""
    return t(
        "paired.times_cell",
        lang,
        ratio=number(estimate.median),
        low=number(estimate.low),
        high=number(estimate.high),
    )


def interval(estimate: Estimate, lang: str = "en", unit=number) -> str:
    """ "97 % interval 29.5-32.1, 43 rounds" (``unit`` writes the bounds)."""
    return t(
        "paired.interval",
        lang,
        low=unit(estimate.low),
        high=unit(estimate.high),
        rounds=estimate.rounds,
    )


def duration_interval(estimate: Estimate, lang: str = "en") -> str:
    return interval(estimate, lang, unit=duration)


def against_one(estimate: Estimate) -> str:
    """Where a ratio's interval lies against 1: wholly above, wholly below, or across it."""
    if estimate.low > 1:
        return ABOVE
    if estimate.high < 1:
        return BELOW
    return STRADDLES


def how_measured(record: Run, lang: str = "en") -> str:
    """How many rounds there were, what ended them, and how busy the machine was meanwhile."""
    m = measurement(record)
    rounds = t(
        io_vs_cpu.STOPPED[m["stopped"]],
        lang,
        python=label(record.interpreter or {}, lang),
        rounds=len(m["rounds"]),
        precision=m["settings"]["precision"],
        budget=m["settings"]["budget"],
    )
    return " ".join(part for part in (rounds, io_vs_cpu.noise(m, lang)) if part)


def settings(record: Run) -> dict:
    """The stopping rule of the rounds, for a sentence that describes it."""
    s = measurement(record)["settings"]
    return {key: s[key] for key in ("min_rounds", "precision", "budget")}
