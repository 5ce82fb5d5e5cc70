"""What docs/thread-safety.md (and its Korean twin) shows: what threads sharing one built-in
object did to it (snippets/thread_safety/shared_ops.py) and what the fixes cost
(snippets/thread_safety/fixes_cost.py), under every interpreter the GIL page compares.

Pure functions Run -> Markdown; the pages get their runs from ``gil.runs_by_interpreter``.
"""

from __future__ import annotations

import dataclasses

from concurrency_live.pages import gil
from concurrency_live.rendering import paired
from concurrency_live.rendering.claims import Estimate, Evidence
from concurrency_live.rendering.tables import table as render_table
from concurrency_live.rendering.text import (
    cell,
    collapsed,
    duration,
    failure,
    interval,
    label,
    times,
)
from concurrency_live.running.runner import Run
from concurrency_live.words import t

OPS = "thread_safety/shared_ops.py"
FIXES = "thread_safety/fixes_cost.py"
OPS_ANCHOR = "thread-safety.md#what-threads-did-to-a-shared-object"
FIXES_ANCHOR = "thread-safety.md#what-the-fixes-cost"

# The operations the program counts (lost or doubled per trial) and those it iterates over,
# each with the message key of its name on the page.
COUNTED = {
    "list_append": "thread_safety.op_list_append",
    "dict_assign": "thread_safety.op_dict_assign",
    "deque_append_popleft": "thread_safety.op_deque",
    "attribute_increment": "thread_safety.op_increment",
    "check_then_act": "thread_safety.op_check_then_act",
}
ITERATED = {
    "list_iteration": "thread_safety.op_list_iteration",
    "dict_iteration": "thread_safety.op_dict_iteration",
}
# One call into C each: the operations the claim ``atomic_builtins`` is about.
ATOMIC = ("list_append", "dict_assign", "deque_append_popleft")

WAYS = {
    "unsafe": "thread_safety.way_unsafe",
    "locked": "thread_safety.way_locked",
    "queued": "thread_safety.way_queued",
    "merged": "thread_safety.way_merged",
}
# Each fix and the ratio (its time / the unsafe version's, per round) that prices it.
FIX_RATIOS = {"locked": "lock", "queued": "queue", "merged": "merge"}


# --- The shared operations ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Column:
    """One interpreter at one switch interval: a column of the table."""

    record: Run
    setting: dict

    @property
    def results(self) -> dict:
        return self.record.results

    @property
    def gil(self) -> bool:
        return self.results["machine"]["gil_enabled"]

    def lost(self, name: str) -> list[int]:
        """Per trial, what the operation lost or did twice."""
        return self.setting["ops"][name]

    def name(self, lang: str = "en") -> str:
        """The interpreter and its switch interval, for a sentence."""
        python = label(self.results["machine"], lang)
        if not self.gil:
            return python
        key = "thread_safety.at_default" if self.setting["default"] else "thread_safety.at_short"
        return t(key, lang, python=python, interval=duration(self.setting["interval"]))

    def head(self, lang: str = "en") -> str:
        """The same, as a column's head: the interval in small print below."""
        python = label(self.results["machine"], lang)
        if not self.gil:
            return python
        key = (
            "thread_safety.head_default" if self.setting["default"] else "thread_safety.head_short"
        )
        return t(key, lang, python=python, interval=duration(self.setting["interval"]))


def columns(records: list[Run]) -> list[Column]:
    """Every (interpreter, switch interval) the runs with results measured."""
    return [
        Column(record, setting)
        for record in records
        if record.results
        for setting in record.results["settings"]
    ]


def counted_cell(column: Column, name: str, lang: str = "en") -> str:
    found = column.lost(name)
    bad = sum(count > 0 for count in found)
    if not bad:
        return t("thread_safety.cell_none", lang)
    return t("thread_safety.cell_lost", lang, total=sum(found), bad=bad, trials=len(found))


def iterated_cell(column: Column, name: str, lang: str = "en") -> str:
    found = column.lost(name)
    return t(
        "thread_safety.cell_iterated",
        lang,
        raised=sum(found["raised"]),
        changed=sum(found["changed"]),
        trials=len(found["raised"]),
    )


def free_threaded_note(records: list[Run], lang: str = "en") -> str:
    """The GIL page's note when no run was free-threaded; nothing otherwise."""
    if any(r.results and r.results["machine"]["free_threaded_build"] for r in records):
        return ""
    return t("gil.no_free_threaded", lang, path=gil.free_threaded_asked())


def ops_table(records: list[Run], lang: str = "en") -> str:
    """Operations x (interpreter, switch interval): what was lost or doubled, in how many
    trials; then what each cell counts."""
    cols = columns(records)
    if not cols:
        return failure(records, lang) or ""
    head = [t("thread_safety.col_operation", lang)] + [c.head(lang) for c in cols]
    rows = [
        [t(key, lang)] + [counted_cell(c, name, lang) for c in cols]
        for name, key in COUNTED.items()
    ]
    rows += [
        [t(key, lang)] + [iterated_cell(c, name, lang) for c in cols]
        for name, key in ITERATED.items()
    ]
    r = cols[0].results
    note = t(
        "thread_safety.ops_note",
        lang,
        threads=r["threads"],
        updates=r["updates"],
        out_of=r["out_of"]["list_append"],
        increments=r["increments"],
        increments_all=r["out_of"]["attribute_increment"],
        keys=r["keys"],
        items=r["items"],
        trials=r["trials"],
    )
    parts = [render_table(head, ["---"] + ["---:"] * len(cols), rows), note]
    if missing := free_threaded_note(records, lang):
        parts.append(missing)
    return "\n\n".join(parts)


def _names(cols: list[Column], lang: str) -> str:
    return "; ".join(c.name(lang) for c in cols)


def ops_summary(records: list[Run], lang: str = "en") -> str:
    """What the table shows, operation by operation, in sentences chosen by the counts."""
    cols = columns(records)
    if not cols:
        return failure(records, lang) or ""
    parts = []

    lost = [c for c in cols if any(sum(c.lost(name)) for name in ATOMIC)]
    parts.append(
        t("thread_safety.atomic_lost", lang, where=_names(lost, lang))
        if lost
        else t("thread_safety.atomic_none", lang)
    )

    lost = [c for c in cols if sum(c.lost("attribute_increment"))]
    kept = [c for c in cols if c not in lost]
    worst = max((max(c.lost("attribute_increment")) for c in cols), default=0)
    values = {"where": _names(lost, lang), "kept": _names(kept, lang), "worst": worst}
    values["out_of"] = cols[0].results["out_of"]["attribute_increment"]
    if not lost:
        key = "thread_safety.counter_none"
    elif any(c.gil for c in lost):
        key = "thread_safety.counter_gil"
    elif kept:
        key = "thread_safety.counter_no_gil"
    else:
        key = "thread_safety.counter_everywhere"
    parts.append(t(key, lang, **values))

    twice = [c for c in cols if sum(c.lost("check_then_act"))]
    kept = [c for c in cols if c not in twice]
    if not twice:
        key = "thread_safety.check_never"
    elif kept:
        key = "thread_safety.check_some"
    else:
        key = "thread_safety.check_everywhere"
    parts.append(t(key, lang, where=_names(twice, lang), kept=_names(kept, lang)))

    raised = [c for c in cols if sum(c.lost("dict_iteration")["raised"])]
    list_raised = [c for c in cols if sum(c.lost("list_iteration")["raised"])]
    grew = [c for c in cols if sum(c.lost("list_iteration")["changed"])]
    key = "thread_safety.dict_raised" if raised else "thread_safety.dict_never"
    parts.append(t(key, lang, where=_names(raised, lang)))
    if list_raised:
        parts.append(t("thread_safety.list_raised", lang, where=_names(list_raised, lang)))
    elif grew:
        parts.append(t("thread_safety.list_grew", lang, where=_names(grew, lang)))
    else:
        parts.append(t("thread_safety.list_quiet", lang))
    return "\n\n".join(parts)


def _ops_source(column: Column, what: str, lang: str) -> str:
    r = column.results
    return t(
        "thread_safety.evidence_ops",
        lang,
        setting=column.name(lang),
        what=what,
        threads=r["threads"],
        trials=r["trials"],
    )


def counter_evidence(record: Run, lang: str = "en") -> Evidence:
    """``shared.value += 1`` on many threads, as evidence for ``lost_updates``: trials that
    lost updates, at every switch interval of the run together (an exact count). Under the GIL
    the loop has no point between its read and its write where a thread hands over, so the
    claim (about threads that *may* switch there) is not about that run."""
    what = t("thread_safety.op_increment", lang)
    if not record.results:
        return Evidence.unmeasured(record.snippet)
    cols = columns([record])
    found = [count for c in cols for count in c.lost("attribute_increment")]
    source = t(
        "thread_safety.evidence_counter",
        lang,
        python=label(record.results["machine"], lang),
        what=what,
        threads=record.results["threads"],
        updates=record.results["increments"],
    )
    not_about = "thread_safety.no_switch_point" if cols[0].gil else None
    estimate = Estimate.exact(sum(count > 0 for count in found), len(found))
    return Evidence(source, estimate, not_about, OPS_ANCHOR)


def atomic_evidence(record: Run, lang: str = "en") -> list[Evidence]:
    """``list.append``, dict item assignment and the deque's append/popleft: items lost or
    doubled over every trial, per switch interval, as evidence for ``atomic_builtins``."""
    if not record.results:
        return [Evidence.unmeasured(record.snippet)]
    items = []
    for column in columns([record]):
        total = sum(sum(column.lost(name)) for name in ATOMIC)
        source = _ops_source(column, t("thread_safety.evidence_atomic_ops", lang), lang)
        items.append(
            Evidence(source, Estimate.exact(total, column.results["trials"]), None, OPS_ANCHOR)
        )
    return items


def check_evidence(record: Run, lang: str = "en") -> Evidence:
    """Check-then-act: trials that filled a key twice, at every switch interval of the run
    together, as evidence for ``check_then_act``."""
    if not record.results:
        return Evidence.unmeasured(record.snippet)
    found = [count for c in columns([record]) for count in c.lost("check_then_act")]
    source = t(
        "thread_safety.evidence_check",
        lang,
        python=label(record.results["machine"], lang),
        threads=record.results["threads"],
        keys=record.results["keys"],
    )
    return Evidence(source, Estimate.exact(sum(n > 0 for n in found), len(found)), None, OPS_ANCHOR)


# --- The fixes --------------------------------------------------------------------------------


def wrong(record: Run, way: str) -> tuple[int, int]:
    """Rounds in which the way's total was wrong, and rounds."""
    totals = record.results["totals"][way]
    return sum(total != record.results["expected"] for total in totals), len(totals)


def fixes_table(records: list[Run], lang: str = "en") -> str:
    """Per interpreter and way: the median time of a run, its time over the unsafe version's
    (paired rounds, with the interval) and the rounds with a wrong total."""
    usable = [r for r in records if r.results]
    if not usable:
        return failure(records, lang) or ""
    head = [
        t(key, lang)
        for key in (
            "thread_safety.col_interpreter",
            "thread_safety.col_way",
            "thread_safety.col_time",
            "thread_safety.col_over_unsafe",
            "thread_safety.col_wrong",
        )
    ]
    rows = []
    for record in usable:
        python = label(record.results["machine"], lang)
        for way, key in WAYS.items():
            estimate = paired.ratio(record, FIX_RATIOS[way]) if way in FIX_RATIOS else None
            bad, rounds = wrong(record, way)
            rows.append(
                [
                    python,
                    t(key, lang),
                    duration(paired.stats(record, way)["median"]),
                    cell(estimate, times) if estimate else "1\u00d7",
                    t("thread_safety.cell_wrong", lang, wrong=bad, rounds=rounds),
                ]
            )
    r = usable[0].results
    note = t("thread_safety.fixes_note", lang, threads=r["threads"], updates=r["updates"])
    how = "\n\n".join(paired.how_measured(record, lang) for record in usable)
    table = render_table(head, ["---", "---", "---:", "---:", "---:"], rows)
    parts = [table, note, collapsed(how, lang)]
    if missing := free_threaded_note(records, lang):
        parts.append(missing)
    return "\n\n".join(parts)


def fixes_summary(records: list[Run], lang: str = "en") -> str:
    """Per interpreter, which fix was cheapest: the lowest median ratio to the unsafe version;
    a tie when its interval overlaps the next one's."""
    usable = [r for r in records if r.results]
    if not usable:
        return failure(records, lang) or ""
    parts = []
    for record in usable:
        ranked = sorted(FIX_RATIOS, key=lambda way: paired.ratio(record, FIX_RATIOS[way]).median)
        first, second = (paired.ratio(record, FIX_RATIOS[way]) for way in ranked[:2])
        values = {
            "python": label(record.results["machine"], lang),
            "fix": t(WAYS[ranked[0]], lang),
            "second": t(WAYS[ranked[1]], lang),
            "ratio": times(first.median),
            "interval": interval(first, times, lang),
            "second_ratio": times(second.median),
            "second_interval": interval(second, times, lang),
        }
        key = (
            "thread_safety.cheapest_tied" if first.high >= second.low else "thread_safety.cheapest"
        )
        parts.append(t(key, lang, **values))
        bad, rounds = wrong(record, "unsafe")
        key = "thread_safety.unsafe_wrong" if bad else "thread_safety.unsafe_right"
        parts.append(t(key, lang, python=values["python"], wrong=bad, rounds=rounds))
    return "\n\n".join(parts)


def lock_evidence(record: Run, lang: str = "en") -> Evidence:
    """The lock fix, as evidence for ``lock_exact``: rounds whose total was wrong."""
    if not record.results:
        return Evidence.unmeasured(record.snippet)
    bad, rounds = wrong(record, "locked")
    return Evidence(_fixes_source(record, lang), Estimate.exact(bad, rounds), None, FIXES_ANCHOR)


def merge_evidence(record: Run, lang: str = "en") -> Evidence:
    """The lock's time over per-thread counts merged at the end, per round: evidence for
    ``merge_cheaper``."""
    if not record.results:
        return Evidence.unmeasured(record.snippet)
    estimate = paired.ratio(record, "lock_over_merge")
    return Evidence(_fixes_source(record, lang), estimate, None, FIXES_ANCHOR)


def _fixes_source(record: Run, lang: str) -> str:
    r = record.results
    return t(
        "thread_safety.evidence_fixes",
        lang,
        python=label(r["machine"], lang),
        threads=r["threads"],
        updates=r["updates"],
    )
