"""What the bytecode page says: claims and tables derived from the runs of snippets/bytecode/.

Pure functions Run -> Markdown. Instruction names differ between Python versions (3.11 has
PRECALL, 3.14 LOAD_SMALL_INT ...), so every sentence about bytecode names the instructions
found in the run's own ``dis`` results rather than a list written here.
"""

from __future__ import annotations

from concurrency_live.rendering import claims, paired
from concurrency_live.rendering.claims import Estimate, Evidence
from concurrency_live.rendering.tables import table as render_table
from concurrency_live.rendering.text import (
    collapsed,
    duration,
    failure,
    interval,
    label,
    spread,
    times,
)
from concurrency_live.running.runner import Run
from concurrency_live.words import t

RACE = "bytecode/counter_unlocked.py"
LOCKED = "bytecode/counter_locked.py"
LOCK_COST = "bytecode/lock_cost.py"

# Instructions after which the interpreter checks its "eval breaker", the flag another thread
# sets to ask for the GIL (CPython >= 3.10). JUMP_BACKWARD_NO_INTERRUPT skips the check.
NOT_CALLS = ("CALL_INTRINSIC",)


def is_call(opname: str) -> bool:
    return (opname == "CALL" or opname.startswith("CALL_")) and not opname.startswith(NOT_CALLS)


def is_backward_jump(opname: str) -> bool:
    return opname == "JUMP_BACKWARD"


def code(instruction: dict) -> str:
    """`LOAD_GLOBAL counter`, as it reads in a dis listing."""
    arg = instruction["argrepr"]
    return f"`{instruction['opname']} {arg}`" if arg else f"`{instruction['opname']}`"


def switch_points(record: Run, lang: str = "en") -> str:
    """How many instructions print_numbers became, and where its thread may hand over the GIL."""
    if notice := failure(record, lang):
        return notice
    instructions = record.results["instructions"]
    calls = sorted({i["opname"] for i in instructions if is_call(i["opname"])})
    jumps = sorted({i["opname"] for i in instructions if is_backward_jump(i["opname"])})
    return t(
        "bytecode.switch_points",
        lang,
        function=record.results["function"],
        count=len(instructions),
        calls=sum(is_call(i["opname"]) for i in instructions),
        call_names=", ".join(f"`{name}`" for name in calls),
        jumps=sum(is_backward_jump(i["opname"]) for i in instructions),
        jump_names=", ".join(f"`{name}`" for name in jumps),
    )


def steps(record: Run) -> dict | None:
    """The load, the add and the store of ``counter += 1``, found in the run's instructions."""
    name = record.results["variable"]
    instructions = record.results["instructions"]
    found = {}
    for index, instruction in enumerate(instructions):
        opname, argval = instruction["opname"], instruction["argval"]
        if "load" not in found and opname.startswith("LOAD_") and argval == name:
            found["load"] = index
        elif (
            "load" in found
            and "add" not in found
            and (
                opname in {"INPLACE_ADD", "BINARY_ADD"}
                or (opname == "BINARY_OP" and instruction["argrepr"] in {"+=", "+"})
            )
        ):
            found["add"] = index
        elif "add" in found and opname.startswith("STORE_") and argval == name:
            found["store"] = index
            break
    if len(found) < 3:
        return None
    return {
        "load": instructions[found["load"]],
        "between": instructions[found["load"] + 1 : found["add"]],
        "add": instructions[found["add"]],
        "store": instructions[found["store"]],
        "count": found["store"] - found["load"] + 1,
    }


def increment_claim(record: Run, lang: str = "en") -> str:
    """The separate read, add and write of ``counter += 1``, named as this build compiled them."""
    if notice := failure(record, lang):
        return notice
    found = steps(record)
    if found is None:
        return t("bytecode.inc_unknown", lang)
    return t(
        "bytecode.inc_steps",
        lang,
        count=found["count"],
        load=code(found["load"]),
        between=", ".join(code(i) for i in found["between"]) or "?",
        add=code(found["add"]),
        store=code(found["store"]),
    )


def pyc_claim(record: Run, lang: str = "en") -> str:
    if notice := failure(record, lang):
        return notice
    results = record.results
    parts = [
        t(
            "bytecode.pyc_nowrite" if results["dont_write_bytecode"] else "bytecode.pyc_write",
            lang,
            path=results["cache_path"],
        )
    ]
    same = results["magic"] == results["interpreter_magic"]
    parts.append(
        t("bytecode.magic_same" if same else "bytecode.magic_differs", lang, magic=results["magic"])
    )
    return " ".join(parts)


def totals(record: Run) -> dict:
    expected, got = record.results["expected"], record.results["totals"]
    lost = [expected - total for total in got if total < expected]
    return {
        "runs": len(got),
        "expected": expected,
        "lost_runs": len(lost),
        "low": min(got),
        "high": max(got),
        "worst": max(lost, default=0),
        "share": 100 * max(lost, default=0) / expected,
    }


def race_evidence(record: Run, lang: str = "en") -> Evidence:
    """The race without a lock, as evidence for the claim ``lost_updates``: how many runs lost
    updates, out of how many (an exact count)."""
    source = t("bytecode.evidence_race", lang, **_source_values(record, lang))
    if not record.results:
        return Evidence(source, None, anchor="bytecode.md#a-race-that-loses-updates")
    values = totals(record)
    estimate = Estimate.exact(values["lost_runs"], values["runs"])
    return Evidence(source, estimate, anchor="bytecode.md#a-race-that-loses-updates")


def locked_evidence(record: Run, lang: str = "en") -> Evidence:
    """The race with a lock, as evidence for ``lock_exact``: runs whose total was wrong."""
    source = t("bytecode.evidence_locked", lang, **_source_values(record, lang))
    if not record.results:
        return Evidence(source, None, anchor="bytecode.md#the-same-race-with-a-lock")
    r = record.results
    wrong = sum(total != r["expected"] for total in r["totals"])
    estimate = Estimate.exact(wrong, len(r["totals"]))
    return Evidence(source, estimate, anchor="bytecode.md#the-same-race-with-a-lock")


def _source_values(record: Run, lang: str) -> dict:
    r = record.results or {}
    return {
        "python": label(record.interpreter or {}, lang),
        "threads": r.get("threads", "?"),
        "adds": r.get("adds", 0),
    }


def race_claim(record: Run, lang: str = "en") -> str:
    """The race with a switch point between read and write: did it lose updates? Worded by
    the verdict of the claim ``lost_updates`` on this run."""
    if notice := failure(record, lang):
        return notice
    values = totals(record)
    verdict = claims.verdict("lost_updates", [race_evidence(record, lang)])
    key = "bytecode.race_lost" if verdict.status == claims.REPRODUCED else "bytecode.race_none"
    return t(key, lang, **values)


def locked_claim(record: Run, lang: str = "en") -> str:
    """The same race under a lock: worded by the verdict of the claim ``lock_exact``."""
    if notice := failure(record, lang):
        return notice
    values = totals(record)
    wrong = sum(total != values["expected"] for total in record.results["totals"])
    verdict = claims.verdict("lock_exact", [locked_evidence(record, lang)])
    if verdict.status == claims.REPRODUCED:
        return t("bytecode.locked_exact", lang, **values)
    return t("bytecode.locked_wrong", lang, wrong=wrong, **values)


def bare_claim(record: Run, lang: str = "en") -> str:
    """The bare ``counter += 1`` race: lost updates or not, with or without the GIL."""
    if notice := failure(record, lang):
        return notice
    values = totals(record)
    gil = record.results["machine"]["gil_enabled"]
    if values["lost_runs"]:
        key = "bytecode.bare_lost_gil" if gil else "bytecode.bare_lost_ft"
    else:
        key = "bytecode.bare_none_gil" if gil else "bytecode.bare_none_ft"
    return t(key, lang, **values)


def lock_cost_evidence(record: Run, lang: str = "en") -> Evidence:
    """The locked loop's time over the bare loop's, per round: evidence for ``lock_cost``."""
    adds = (record.results or {}).get("adds", 0)
    source = t(
        "bytecode.evidence_lock_cost", lang, python=label(record.interpreter or {}, lang), adds=adds
    )
    estimate = paired.ratio(record, "lock") if record.results else None
    return Evidence(source, estimate, anchor="bytecode.md#the-same-race-with-a-lock")


def lock_cost_table(record: Run, lang: str = "en") -> str:
    """Time per addition of each loop over the rounds, then how the rounds were run."""
    if notice := failure(record, lang):
        return notice
    head = [
        t(key, lang) for key in ("bytecode.col_loop", "bytecode.col_per_add", "bytecode.col_range")
    ]
    rows = []
    for name, key in (("bare", "bytecode.loop_bare"), ("locked", "bytecode.loop_locked")):
        stats = paired.stats(record, name)
        rows.append([t(key, lang), duration(stats["median"]), spread(stats)])
    setup = t(
        "bytecode.lock_setup",
        lang,
        adds=record.results["adds"],
        **paired.settings(record),
    )
    table = render_table(head, ["---", "---:", "---:"], rows)
    return "\n\n".join([table, collapsed(setup + " " + paired.how_measured(record, lang), lang)])


def lock_cost_claim(record: Run, lang: str = "en") -> str:
    """What the lock cost per addition and as a multiple of the bare loop, each with its
    interval; worded by the verdict of the claim ``lock_cost`` on this run."""
    if notice := failure(record, lang):
        return notice
    ratio = paired.ratio(record, "lock")
    cost = paired.difference(record, "cost")
    status = claims.verdict("lock_cost", [lock_cost_evidence(record, lang)]).status
    if status == claims.REPRODUCED:
        key = "bytecode.lock_cost"
    elif status == claims.INCONCLUSIVE:
        key = "bytecode.lock_unclear"
    elif paired.side(ratio) == paired.ABOVE:
        key = "bytecode.lock_cheap"
    else:
        key = "bytecode.lock_free"
    return t(
        key,
        lang,
        cost=duration(cost.median),
        cost_interval=interval(cost, duration, lang),
        ratio=times(ratio.median),
        interval=interval(ratio, times, lang),
    )
