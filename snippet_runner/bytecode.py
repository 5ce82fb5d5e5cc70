"""What the bytecode page says: claims and tables derived from the runs of snippets/bytecode/.

Pure functions Run -> Markdown. Instruction names differ between Python versions (3.11 has
PRECALL, 3.14 LOAD_SMALL_INT ...), so every sentence about bytecode names the instructions
found in the run's own ``dis`` results rather than a list written here.
"""

from __future__ import annotations

from snippet_runner.gil import duration, failed
from snippet_runner.messages import t
from snippet_runner.render import spread
from snippet_runner.run import Run

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
    if notice := failed(record, lang):
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
    if notice := failed(record, lang):
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
    if notice := failed(record, lang):
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


def race_claim(record: Run, lang: str = "en") -> str:
    """The race with a switch point between read and write: did it lose updates?"""
    if notice := failed(record, lang):
        return notice
    values = totals(record)
    return t("bytecode.race_lost" if values["lost_runs"] else "bytecode.race_none", lang, **values)


def locked_claim(record: Run, lang: str = "en") -> str:
    if notice := failed(record, lang):
        return notice
    values = totals(record)
    wrong = sum(total != values["expected"] for total in record.results["totals"])
    if wrong:
        return t("bytecode.locked_wrong", lang, wrong=wrong, **values)
    return t("bytecode.locked_exact", lang, **values)


def bare_claim(record: Run, lang: str = "en") -> str:
    """The bare ``counter += 1`` race: lost updates or not, with or without the GIL."""
    if notice := failed(record, lang):
        return notice
    values = totals(record)
    gil = record.results["gil_enabled"]
    if values["lost_runs"]:
        key = "bytecode.bare_lost_gil" if gil else "bytecode.bare_lost_ft"
    else:
        key = "bytecode.bare_none_gil" if gil else "bytecode.bare_none_ft"
    return t(key, lang, **values)


def lock_cost_table(record: Run, lang: str = "en") -> str:
    if notice := failed(record, lang):
        return notice
    adds = record.results["adds"]
    lines = [
        "| "
        + " | ".join(t(f"bytecode.col_{c}", lang) for c in ("loop", "per_add", "range", "runs"))
        + " |",
        "|---|---:|---:|---:|",
    ]
    for name in ("bare", "locked"):
        stats = record.results[name]
        lines.append(
            f"| {t('bytecode.loop_' + name, lang)} | {duration(stats['median'] / adds)} | "
            f"{spread(stats, adds)} | {stats['runs']} |"
        )
    return "\n".join(lines)


def lock_cost_claim(record: Run, lang: str = "en") -> str:
    if notice := failed(record, lang):
        return notice
    results = record.results
    bare, locked = results["bare"]["median"], results["locked"]["median"]
    cost = (locked - bare) / results["adds"]
    if cost <= 0:
        return t("bytecode.lock_free", lang)
    return t(
        "bytecode.lock_cost",
        lang,
        cost=duration(cost),
        ratio=locked / bare,
        adds=results["adds"],
        runs=results["locked"]["runs"],
    )
