"""The bytecode page: its programs run on their own, and its renderers say what the data shows."""

from __future__ import annotations

import importlib.util
import os

import pytest

from snippet_runner import bytecode
from snippet_runner.run import Run
from tests.conftest import SNIPPETS


def record(results: dict | None, snippet: str = "bytecode/dis_increment.py") -> Run:
    return Run(snippet, [], "", 1.0, 0, {}, results, None if results else "exited with code 1")


def op(opname: str, argval: str = "", argrepr: str = "") -> dict:
    return {"opname": opname, "argval": argval, "argrepr": argrepr}


# `counter += 1` as three Python versions compile it.
PY310 = [
    op("LOAD_GLOBAL", "counter", "counter"),
    op("LOAD_CONST", "1", "1"),
    op("INPLACE_ADD"),
    op("STORE_GLOBAL", "counter", "counter"),
]
PY311 = [
    op("RESUME", "0"),
    op("LOAD_GLOBAL", "counter", "counter"),
    op("LOAD_CONST", "1", "1"),
    op("BINARY_OP", "13", "+="),
    op("STORE_GLOBAL", "counter", "counter"),
    op("LOAD_CONST", "None", "None"),
    op("RETURN_VALUE"),
]
PY314 = [
    op("RESUME", "0"),
    op("LOAD_GLOBAL", "counter", "counter"),
    op("LOAD_SMALL_INT", "1"),
    op("BINARY_OP", "13", "+="),
    op("STORE_GLOBAL", "counter", "counter"),
    op("LOAD_CONST", "None", "None"),
    op("RETURN_VALUE"),
]


# --- The programs, run as a reader would run them -------------------------------------------


def test_counter_increment_is_a_load_an_add_and_a_store(snippet):
    ran = snippet("bytecode/dis_increment.py")
    assert ran.returncode == 0, ran.output
    found = bytecode.steps(record(ran.results))
    assert found is not None, ran.results["instructions"]
    assert found["load"]["opname"].startswith("LOAD_")
    assert found["store"]["opname"].startswith("STORE_")
    assert found["load"]["argval"] == found["store"]["argval"] == "counter"
    # The instructions the claim names are the ones in the listing the reader sees.
    for name in ("load", "add", "store"):
        assert found[name]["opname"] in ran.output
    text = bytecode.increment_claim(record(ran.results))
    assert f"`{found['load']['opname']} counter` reads" in text


def test_print_numbers_is_disassembled_from_the_seed(snippet):
    ran = snippet("bytecode/dis_print_numbers.py")
    assert ran.returncode == 0, ran.output
    names = [i["opname"] for i in ran.results["instructions"]]
    assert ran.results["function"] == "print_numbers"
    # range(), stamp(), print() and time.sleep(): four calls, and one jump back per loop.
    assert sum(bytecode.is_call(name) for name in names) == 4
    assert names.count("JUMP_BACKWARD") == 1
    argvals = {i["argval"] for i in ran.results["instructions"]}
    assert {"NUMBER_PAUSE", "stamp", "sleep"} <= argvals
    assert "JUMP_BACKWARD" in ran.output


def test_py_compile_writes_a_pyc_that_this_interpreter_would_load(snippet):
    seed_cache = SNIPPETS / "seed" / "__pycache__"
    before = set(seed_cache.iterdir()) if seed_cache.is_dir() else set()
    ran = snippet("bytecode/pyc_compile.py")
    assert ran.returncode == 0, ran.output
    results = ran.results
    source = SNIPPETS / "seed" / "numbers_letters_threads.py"
    expected = importlib.util.cache_from_source(str(source))
    assert results["cache_path"] == os.path.relpath(expected, SNIPPETS)
    assert results["magic"] == results["interpreter_magic"] == importlib.util.MAGIC_NUMBER.hex()
    assert {"stamp", "print_numbers", "print_letters"} <= set(results["functions"])
    assert results["dont_write_bytecode"] == bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
    # The header's copies of the source's mtime and size match the source file.
    for line in ran.lines:
        if line.startswith(("bytes 8-11", "bytes 12-15")):
            left, right = line.split(":", 1)[1].split("=")
            assert left.strip() == right.strip()
    # It wrote into a temporary folder, not beside the seed.
    after = set(seed_cache.iterdir()) if seed_cache.is_dir() else set()
    assert after == before


def test_a_switch_point_between_read_and_write_loses_updates(snippet):
    ran = snippet("bytecode/counter_unlocked.py")
    assert ran.returncode == 0, ran.output
    expected, totals = ran.results["expected"], ran.results["totals"]
    assert len(totals) == 5
    assert all(0 < total <= expected for total in totals)
    assert any(total < expected for total in totals)
    assert "Updates were lost" in bytecode.race_claim(record(ran.results))


def test_the_lock_makes_every_total_exact(snippet):
    ran = snippet("bytecode/counter_locked.py")
    assert ran.returncode == 0, ran.output
    assert ran.results["totals"] == [ran.results["expected"]] * 5
    assert "counted exactly 4,000" in bytecode.locked_claim(record(ran.results))


def test_a_bare_increment_never_overshoots(snippet):
    ran = snippet("bytecode/counter_bare.py")
    assert ran.returncode == 0, ran.output
    expected, totals = ran.results["expected"], ran.results["totals"]
    assert expected == 1_000_000
    assert all(total <= expected for total in totals)
    if ran.results["gil_enabled"]:
        # CPython >= 3.10 hands the GIL over only at calls and backward jumps, never between
        # this loop's load and store: the lost updates need a switch point or no GIL.
        assert totals == [expected] * 5


@pytest.mark.slow
def test_the_lock_costs_time_per_addition(snippet):
    ran = snippet("bytecode/lock_cost.py")
    assert ran.returncode == 0, ran.output
    results = ran.results
    assert results["bare"]["runs"] == results["locked"]["runs"] == 7
    assert results["locked"]["median"] > results["bare"]["median"]
    assert "per addition" in bytecode.lock_cost_claim(record(results))


# --- The renderers, fed constructed runs ---------------------------------------------------


@pytest.mark.parametrize(
    ("instructions", "between", "add"),
    [
        (PY310, "`LOAD_CONST 1`", "`INPLACE_ADD`"),
        (PY311, "`LOAD_CONST 1`", "`BINARY_OP +=`"),
        (PY314, "`LOAD_SMALL_INT`", "`BINARY_OP +=`"),
    ],
)
def test_the_increment_claim_names_this_versions_instructions(instructions, between, add):
    text = bytecode.increment_claim(record({"variable": "counter", "instructions": instructions}))
    assert "is 4 instructions" in text
    assert "`LOAD_GLOBAL counter` reads" in text
    assert f"{between} pushes the 1" in text
    assert f"{add} computes" in text
    assert "`STORE_GLOBAL counter` writes it back" in text


def test_unknown_instructions_get_the_general_sentence():
    instructions = [op("LOAD_GLOBAL", "counter", "counter"), op("INCREMENT_GLOBAL", "counter")]
    text = bytecode.increment_claim(record({"variable": "counter", "instructions": instructions}))
    assert text.startswith("The listing above shows")


def test_switch_points_count_calls_and_backward_jumps():
    instructions = [
        op("RESUME"),
        op("PRECALL"),
        op("CALL"),
        op("CALL_KW"),
        op("CALL_INTRINSIC_1"),
        op("JUMP_BACKWARD"),
        op("JUMP_BACKWARD_NO_INTERRUPT"),
    ]
    results = {"function": "f", "instructions": instructions}
    text = bytecode.switch_points(record(results))
    assert "`f` became 7 instructions" in text
    assert "2 calls (`CALL`, `CALL_KW`)" in text
    assert "1 backward jump (`JUMP_BACKWARD`)" in text


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        ([1065, 1002, 4000], "**Updates were lost in 2 of 3 runs.**"),
        ([4000, 4000, 4000], "**No update was lost in 3 runs**"),
    ],
)
def test_the_race_claim_follows_the_totals(totals, expected):
    text = bytecode.race_claim(record({"expected": 4000, "totals": totals}))
    assert expected in text
    if "were lost" in text:
        assert "the totals were 1,002 to 4,000, so up to 2,998 additions (75 %)" in text


def test_the_locked_claim_says_exact_or_broken():
    exact = bytecode.locked_claim(record({"expected": 4000, "totals": [4000, 4000]}))
    assert "All 2 runs counted exactly 4,000" in exact
    broken = bytecode.locked_claim(record({"expected": 4000, "totals": [4000, 3999]}))
    assert "**1 of 2 runs did not count 4,000**" in broken


@pytest.mark.parametrize(
    ("totals", "gil_on", "expected"),
    [
        ([10, 10], True, "No update was lost in 2 runs of 10 additions"),
        ([10, 7], True, "handed over the GIL between the load and the store"),
        ([4, 10], False, "up to 6 of 10, 60 %"),
        ([10, 10], False, "even with the GIL off"),
    ],
)
def test_the_bare_claim_covers_both_outcomes_with_and_without_the_gil(totals, gil_on, expected):
    results = {"expected": 10, "totals": totals, "gil_enabled": gil_on}
    assert expected in bytecode.bare_claim(record(results))


def test_the_lock_cost_is_the_difference_per_addition():
    results = {
        "adds": 1000,
        "bare": {"median": 40e-6, "min": 39e-6, "max": 50e-6, "runs": 7},
        "locked": {"median": 200e-6, "min": 190e-6, "max": 210e-6, "runs": 7},
    }
    text = bytecode.lock_cost_claim(record(results))
    assert "cost 160 ns per addition" in text
    assert "5.0&times; as long" in text
    rows = bytecode.lock_cost_table(record(results)).splitlines()[2:]
    assert rows[0] == "| `counter += 1` | 40 ns | 39 ns &ndash; 50 ns | 7 |"
    free = {**results, "locked": results["bare"]}
    assert "nothing measurable" in bytecode.lock_cost_claim(record(free))


@pytest.mark.parametrize(
    ("dont_write", "magic", "expected"),
    [
        (True, "a70d0d0a", ["`sys.dont_write_bytecode` was true", "this interpreter's magic"]),
        (False, "a70d0d0a", ["was false", "later imports load it"]),
        (True, "cb0d0d0a", ["differ from this interpreter's magic number"]),
    ],
)
def test_the_pyc_claim_follows_the_run(dont_write, magic, expected):
    results = {
        "dont_write_bytecode": dont_write,
        "cache_path": "seed/__pycache__/x.cpython-311.pyc",
        "magic": magic,
        "interpreter_magic": "a70d0d0a",
    }
    text = bytecode.pyc_claim(record(results))
    for part in expected:
        assert part in text


def test_a_failed_run_is_reported_not_rendered():
    for render in (
        bytecode.increment_claim,
        bytecode.race_claim,
        bytecode.bare_claim,
        bytecode.lock_cost_table,
        bytecode.pyc_claim,
        bytecode.switch_points,
    ):
        assert render(record(None)).startswith("This example failed in the build")
