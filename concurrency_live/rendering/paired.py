"""What the pages share about their paired measurements.

Every timing snippet emits ``{"measurement": measure.rounds(...), ...}``: every round, the
per-configuration statistics, and each ratio (or difference) as the median of its per-round
values with a 95 % interval. Everything here reads that JSON; nothing computes a statistic of
its own. How the rounds went (:func:`how_measured`) is said the same way on every page.
"""

from __future__ import annotations

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


def side(estimate: Estimate, line: float = 1.0) -> str:
    """Where an interval lies against ``line`` (for a ratio, 1: the same time): wholly above,
    wholly below, or across it."""
    if estimate.low > line:
        return ABOVE
    if estimate.high < line:
        return BELOW
    return STRADDLES


def time_cells(record: Run, name: str) -> list[str]:
    """The median, min and max of one configuration's times over the rounds, as table cells."""
    values = stats(record, name)
    return [duration(values["median"]), duration(values["min"]), duration(values["max"])]


STOPPED = {
    "precise": "bench.stopped_precise",
    "budget": "bench.stopped_budget",
    "max_rounds": "bench.stopped_max_rounds",
}


def rounds_note(record: Run, lang: str = "en") -> str:
    """How many rounds ran under which interpreter, and what ended them."""
    m = measurement(record)
    facts = record.results.get("machine") or record.interpreter or {}
    return t(
        STOPPED[m["stopped"]],
        lang,
        python=label(facts, lang),
        rounds=len(m["rounds"]),
        precision=m["settings"]["precision"],
        budget=m["settings"]["budget"],
    )


def noise(measurement: dict, lang: str = "en") -> str:
    """How busy the machine was during the rounds: load average before and after, and the CPU
    time the hypervisor gave to other machines."""
    n = measurement["noise"]
    parts = []
    if n.get("load_before") is not None:
        parts.append(
            t(
                "measure.load",
                lang,
                before=n["load_before"],
                after=n["load_after"],
                cores=n["cores"],
            )
        )
    if n.get("steal") is not None:
        share = n["steal"] / (n["elapsed"] * n["cores"]) if n["elapsed"] else 0.0
        elapsed = duration(n["elapsed"])
        parts.append(t("measure.steal", lang, steal=n["steal"], share=share, elapsed=elapsed))
    return " ".join(parts)


def how_measured(record: Run, lang: str = "en") -> str:
    """How the rounds went: how many ran under which interpreter, what ended them, and how
    busy the machine was meanwhile."""
    parts = (rounds_note(record, lang), noise(measurement(record), lang))
    return " ".join(part for part in parts if part)


def settings(record: Run) -> dict:
    """The stopping rule of the rounds, for a sentence that describes it."""
    s = measurement(record)["settings"]
    return {key: s[key] for key in ("min_rounds", "precision", "budget")}
