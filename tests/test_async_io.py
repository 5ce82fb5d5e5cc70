"""The asyncio page: its programs run on their own and do what the page says, and its renderers
say what the data shows, every branch, on recorded and constructed runs."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from concurrency_live.pages import async_io, choosing, evidence
from concurrency_live.rendering import claims
from concurrency_live.rendering.claims import Estimate, Evidence
from concurrency_live.running.runner import Run
from concurrency_live.words import CATALOGUE, t
from tests.conftest import PROJECT, constants, free_threaded_python, prose
from tests.paired_results import estimate, measurement

DATA = Path(__file__).parent / "data" / "async_io"


def record(results: dict | None, snippet: str = async_io.WAITS) -> Run:
    problem = None if results else "exited with code 1"
    return Run(snippet, [], "", 1.0, 0 if results else 1, {}, results, problem)


def recorded(name: str) -> Run:
    """A run recorded on this machine (2 usable cores), as the program wrote it."""
    snippet = "async_io/" + name.split("-")[0] + ".py"
    return record(json.loads((DATA / f"{name}.json").read_text()), snippet)


def lead(key: str, lang: str = "en") -> str:
    """The words of a message up to its first placeholder."""
    return CATALOGUE[lang][key].split("{")[0]


def facts(gil_on: bool = True) -> dict:
    return {
        "implementation": "CPython",
        "version": "3.11.7" if gil_on else "3.14.7",
        "free_threaded_build": not gil_on,
        "gil_enabled": gil_on,
        "usable_cores": 2,
    }


# --- The programs, run as a reader would -------------------------------------------------------


def test_two_coroutines_take_turns_at_their_awaits(snippet):
    ran = snippet("async_io/two_coroutines.py")
    assert ran.returncode == 0, ran.output
    steps = constants("async_io/two_coroutines.py")["STEPS"]
    expected = [f"{name}{step}" for step in range(1, steps + 1) for name in "AB"]
    assert ran.results == {"steps": steps, "order": expected}
    assert ran.lines[0] == "worker('A') gave a coroutine object"
    assert ran.lines[1:-1] == [f"{o[0]}: step {o[1:]}, then await" for o in expected]
    assert ran.lines[-1] == "['A done', 'B done']"
    assert "took turns" in async_io.turns(record(ran.results, async_io.COROUTINES))


def test_the_timeout_and_the_task_group_cancel_what_the_page_says(snippet):
    ran = snippet("async_io/cancel_timeout.py")
    assert ran.returncode == 0, ran.output
    outcomes = {
        "slow": "cancelled",
        "quick": "done",
        "broken": "failed",
        "long 1": "cancelled",
        "long 2": "cancelled",
    }
    limit = constants("async_io/cancel_timeout.py")["LIMIT"]
    assert ran.results == {"limit": limit, "outcomes": outcomes}
    # The outcomes are printed sorted by name, after what the timeout and the group raised.
    assert ran.lines[0] == f"slow: gave up after {ran.results['limit']} s"
    assert ran.lines[1] == "the group raised: ValueError('broken: bad reply')"
    assert ran.lines[2:] == [f"{name}: {outcomes[name]}" for name in sorted(outcomes)]
    sentence = async_io.cancelled(record(ran.results, async_io.CANCEL))
    assert "`long 1`, `long 2`" in sentence and "`quick` had already finished" in sentence


@pytest.mark.free_threaded
def test_cancellation_is_the_same_without_the_gil(tmp_path):
    python = free_threaded_python()
    results = tmp_path / "r.json"
    proc = subprocess.run(
        [python, "snippets/async_io/cancel_timeout.py"],
        cwd=PROJECT,
        env={**os.environ, "SNIPPET_RESULTS": str(results)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    outcomes = json.loads(results.read_text())["outcomes"]
    assert sorted(name for name, seen in outcomes.items() if seen == "cancelled") == [
        "long 1",
        "long 2",
        "slow",
    ]


@pytest.mark.slow
def test_many_waits_measures_tasks_and_threads_in_paired_rounds(snippet):
    ran = snippet("async_io/many_waits.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    params = constants("async_io/many_waits.py")
    assert r["sleep"] == params["SLEEP"] and r["counts"] == list(params["COUNTS"])
    m = r["measurement"]
    assert m["settings"]["budget"] == params["BUDGET"]
    assert 6 <= len(m["rounds"]) <= 60
    assert len(r["memory"]["tasks"]) == len(r["memory"]["threads"]) == len(m["rounds"])
    for count in r["counts"]:
        # No way of waiting beats the floor; the waits overlapped (in series: count x floor).
        for kind in ("tasks", "threads"):
            over = r["over_floor"][f"{kind} {count}"]
            assert 1 <= over["low"] <= over["median"] < count / 10
    # Tasks start without a hand-over to another thread, and hold no stack: a thread costs
    # more of both (generous margins: this is a shared machine).
    assert m["ratios"]["start threads/tasks"]["median"] > 1.5
    assert r["memory_ratio"]["median"] > 2
    assert async_io.waits_summary(record(r)).startswith(f"With {max(r['counts']):,} waits")


@pytest.mark.slow
def test_a_blocking_call_delays_the_heartbeat_and_the_others_do_not(snippet):
    ran = snippet("async_io/heartbeat.py")
    assert ran.returncode == 0, ran.output
    r = ran.results
    params = constants("async_io/heartbeat.py")
    assert (r["beat"], r["block"]) == (params["BEAT"], params["BLOCK"])
    assert len(r["measurement"]["rounds"]) >= params["ROUNDS"]
    late = {way["way"]: way["lateness"]["median"] / r["block"] for way in r["ways"]}
    assert set(late) == set(async_io.WAY)
    for name in async_io.BLOCKING:
        assert late[name] > 0.8, late  # the loop waited for (nearly) the whole block
    for name in async_io.OFFLOADED:
        assert late[name] < 0.3, late
    for way in r["ways"]:
        begin, end = way["ran"]
        assert 0 < begin < end <= way["beats"][-1]


def test_the_claims_name_the_programs_parameters():
    """The claim and the decision row say "10,000": the program's count of waits."""
    assert max(constants("async_io/many_waits.py")["COUNTS"]) == async_io.CLAIM_COUNT == 10_000
    assert constants("async_io/many_waits.py")["COUNT"] == async_io.CLAIM_COUNT
    for key in ("claims.asyncio_floor", "choosing.asyncio_evidence"):
        for lang in ("en", "ko"):
            assert "10,000" in CATALOGUE[lang][key]


def test_the_page_shows_every_program_and_claim_in_both_languages():
    for page in ("asyncio.md", "asyncio.ko.md"):
        text = prose(page)
        for snippet in (async_io.COROUTINES, async_io.WAITS, async_io.HEARTBEAT, async_io.CANCEL):
            assert f'show("{snippet}"' in text
        for claim in ("asyncio_floor", "thread_memory", "blocking_call", "loop_offload"):
            assert f'evidence.show("{claim}"' in text


# --- Renderers, on recorded runs -----------------------------------------------------------------


@pytest.mark.parametrize("tag", ["3.11", "3.14t"])
def test_recorded_waits_render_with_their_verdicts(tag):
    run = recorded(f"many_waits-{tag}")
    table = async_io.waits_table(run)
    assert table.count("\n| ") >= 2 and "10,000" in table
    held = async_io.held_table(run)
    assert "KiB" in held and "\u00d7" in held
    summary = async_io.waits_summary(run)
    assert "took" in summary and "resident memory" in summary
    (floor,) = async_io.floor_evidence(run)
    assert claims.status_of(claims.CLAIMS["asyncio_floor"], floor) in claims.TESTED
    (memory,) = async_io.memory_evidence(run)
    assert claims.status_of(claims.CLAIMS["thread_memory"], memory) == claims.REPRODUCED
    ko = async_io.waits_summary(run, "ko")
    assert "상주 메모리" in ko


@pytest.mark.parametrize("tag", ["3.11", "3.14t"])
def test_recorded_heartbeats_froze_with_the_blocking_calls_only(tag):
    """Both recorded runs froze the loop with the blocking calls and with nothing else. (The
    free-threaded run was recorded on a very busy machine: its process pool's worst lateness
    has an interval up to the whole block, which the page calls "cannot tell".)"""
    run = recorded(f"heartbeat-{tag}")
    found = {way.name: way.status for way in async_io.ways(run.results)}
    assert {found[name] for name in async_io.BLOCKING} == {claims.REPRODUCED}
    offloaded = {found[name] for name in async_io.OFFLOADED}
    assert claims.REPRODUCED not in offloaded
    expected = offloaded == {claims.NOT_REPRODUCED}
    key = "async_io.summary_expected" if expected else "async_io.summary_unexpected"
    assert async_io.heartbeat_summary(run).endswith(t(key))
    drawn = async_io.heartbeat_timeline(run)
    assert drawn.count("<svg") == 1 and drawn.count("| froze the loop |") == 2
    items = async_io.heartbeat_evidence(run, async_io.BLOCKING)
    assert claims.verdict("blocking_call", items).status == claims.REPRODUCED
    items = async_io.heartbeat_evidence(run, async_io.OFFLOADED)
    status = claims.REPRODUCED if expected else claims.INCONCLUSIVE
    assert claims.verdict("loop_offload", items).status == status


# --- Renderers, every branch on constructed runs -------------------------------------------------


def waits_results(
    time_ratio, start_ratio, memory_ratio, *, tasks_floor=(1.5, 1.4, 1.6), memory=True
):
    """A run of many_waits.py with the comparisons chosen by the test: (median, low, high)."""
    counts = [1_000, 10_000]
    configs = {f"{k} {n}": 0.3 for n in counts for k in ("tasks", "threads")}
    configs |= {"start tasks": 1e-5, "start threads": 1e-4}
    ratios = {f"threads/tasks {n}": estimate(*time_ratio) for n in counts}
    ratios["start threads/tasks"] = estimate(*start_ratio)
    rounds = 8
    floor = {f"tasks {n}": estimate(*tasks_floor) for n in counts}
    floor |= {f"threads {n}": estimate(3.0, 2.5, 3.5) for n in counts}
    return {
        "machine": facts(),
        "sleep": 0.2,
        "counts": counts,
        "held": 10_000,
        "over_floor": floor,
        "memory": {
            "tasks": [1400.0] * rounds if memory else [None] * rounds,
            "threads": [16000.0] * rounds if memory else [None] * rounds,
        },
        "memory_ratio": estimate(*memory_ratio) if memory else None,
        "measurement": measurement(configs, ratios, rounds=rounds),
    }


ABOVE, BELOW, ACROSS = (8.0, 6.0, 10.0), (0.5, 0.4, 0.6), (1.0, 0.8, 1.3)


@pytest.mark.parametrize(
    ("ratio", "time_key", "start_key", "memory_key"),
    [
        (ABOVE, "time_threads_slower", "start_threads_slower", "memory_threads_more"),
        (BELOW, "time_threads_faster", "start_threads_faster", "memory_threads_less"),
        (ACROSS, "time_same", "start_same", "memory_same"),
    ],
)
def test_the_waits_sentences_follow_the_intervals(ratio, time_key, start_key, memory_key):
    summary = async_io.waits_summary(record(waits_results(ratio, ratio, ratio)))
    for key in (time_key, start_key, memory_key):
        first_words = lead(f"async_io.{key}")
        assert first_words in summary, key


def test_without_memory_readings_the_page_says_so():
    r = waits_results(ABOVE, ABOVE, ABOVE, memory=False)
    assert t("async_io.memory_unavailable") in async_io.waits_summary(record(r))
    assert t("async_io.unavailable") in async_io.held_table(record(r))
    (item,) = async_io.memory_evidence(record(r))
    assert claims.status_of(claims.CLAIMS["thread_memory"], item) == claims.NO_DATA


def test_a_time_below_the_floor_is_flagged_and_one_at_it_marked():
    past = async_io.waits_table(
        record(waits_results(ABOVE, ABOVE, ABOVE, tasks_floor=(0.9, 0.85, 0.95)))
    )
    assert t("bench.past_limit") in past and t("bench.past_limit_note") in past
    at = async_io.waits_table(
        record(waits_results(ABOVE, ABOVE, ABOVE, tasks_floor=(1.1, 0.99, 1.2)))
    )
    assert t("bench.at_limit") in at and t("bench.past_limit_note") not in at
    below = async_io.waits_table(record(waits_results(ABOVE, ABOVE, ABOVE)))
    assert t("bench.at_limit") not in below and t("bench.past_limit") not in below


@pytest.mark.parametrize(
    ("figure", "status"),
    [
        ((1.5, 1.4, 1.6), claims.REPRODUCED),
        ((2.5, 2.2, 3.0), claims.NOT_REPRODUCED),
        ((1.9, 1.7, 2.2), claims.INCONCLUSIVE),
    ],
)
def test_the_floor_claim_every_way(figure, status):
    (item,) = async_io.floor_evidence(
        record(waits_results(ABOVE, ABOVE, ABOVE, tasks_floor=figure))
    )
    assert claims.verdict("asyncio_floor", [item]).status == status


@pytest.mark.parametrize(
    ("figure", "status"),
    [
        ((12.0, 11.0, 13.0), claims.REPRODUCED),
        ((1.2, 1.0, 1.5), claims.NOT_REPRODUCED),
        ((2.2, 1.8, 2.6), claims.INCONCLUSIVE),
    ],
)
def test_the_memory_claim_every_way(figure, status):
    (item,) = async_io.memory_evidence(record(waits_results(ABOVE, ABOVE, figure)))
    assert claims.verdict("thread_memory", [item]).status == status


def heartbeat_results(shares: dict[str, tuple[float, float, float]], block: float = 0.1) -> dict:
    """A run of heartbeat.py whose worst lateness per way is ``shares`` of the block."""
    ways = []
    for name in async_io.WAY:
        m, low, high = shares[name]
        beats = [0.01 * i for i in range(4)] + [0.03 + block + 0.01 * i for i in range(4)]
        ways.append(
            {
                "way": name,
                "lateness": estimate(m * block, low * block, high * block, 8),
                "beats": beats,
                "ran": [0.03, 0.03 + block],
            }
        )
    return {
        "machine": facts(),
        "beat": 0.01,
        "block": block,
        "ways": ways,
        "measurement": measurement(dict.fromkeys(async_io.WAY, 0.01), {}, rounds=8),
    }


FROZE, KEPT, UNCLEAR = (0.98, 0.95, 1.0), (0.01, 0.005, 0.03), (0.5, 0.2, 0.9)
EXPECTED = {name: FROZE if name in async_io.BLOCKING else KEPT for name in async_io.WAY}


def test_the_heartbeat_says_which_froze_the_loop():
    run = record(heartbeat_results(EXPECTED), async_io.HEARTBEAT)
    summary = async_io.heartbeat_summary(run)
    assert summary.startswith("These froze the event loop: time.sleep (blocking), 98 ms late;")
    assert summary.endswith(t("async_io.summary_expected"))
    assert lead("async_io.summary_unclear") not in summary
    table = async_io.heartbeat_timeline(run)
    assert table.count("| froze the loop |") == 2 and table.count("| the loop kept beating |") == 3


def test_a_heartbeat_that_cannot_tell_says_so_and_flags_the_surprise():
    shares = {**EXPECTED, "time.sleep": UNCLEAR, "to_thread(time.sleep)": FROZE}
    run = record(heartbeat_results(shares), async_io.HEARTBEAT)
    summary = async_io.heartbeat_summary(run)
    assert lead("async_io.summary_unclear") in summary
    assert summary.endswith(t("async_io.summary_unexpected"))
    assert "| cannot tell |" in async_io.heartbeat_timeline(run)
    items = async_io.heartbeat_evidence(run, async_io.BLOCKING)
    assert claims.verdict("blocking_call", items).status == claims.INCONCLUSIVE
    items = async_io.heartbeat_evidence(run, async_io.OFFLOADED)
    assert claims.verdict("loop_offload", items).status == claims.INCONCLUSIVE
    # Every blocking way free: the claim is not reproduced.
    free = record(heartbeat_results(dict.fromkeys(async_io.WAY, KEPT)), async_io.HEARTBEAT)
    items = async_io.heartbeat_evidence(free, async_io.BLOCKING)
    assert claims.verdict("blocking_call", items).status == claims.NOT_REPRODUCED


@pytest.mark.parametrize(
    ("outcomes", "key"),
    [
        ({"slow": "cancelled", "quick": "done", "broken": "failed", "long 1": "cancelled"}, "both"),
        ({"slow": "cancelled", "quick": "done", "broken": "failed"}, "timeout_only"),
        ({"slow": "done", "broken": "failed", "long 1": "cancelled"}, "group_only"),
        ({"slow": "done", "quick": "done", "broken": "failed"}, "neither"),
    ],
)
def test_the_cancellation_sentence_follows_the_outcomes(outcomes, key):
    sentence = async_io.cancelled(record({"limit": 0.1, "outcomes": outcomes}, async_io.CANCEL))
    assert sentence.startswith(lead(f"async_io.cancel_{key}"))


def test_coroutines_out_of_turn_are_described_as_such():
    run = record({"steps": 2, "order": ["A1", "A2", "B1", "B2"]}, async_io.COROUTINES)
    assert async_io.turns(run) == t("async_io.turns_other", order="A1 A2 B1 B2", steps=2)


def test_a_failed_run_shows_the_failure_everywhere():
    for render in (
        async_io.turns,
        async_io.waits_table,
        async_io.held_table,
        async_io.waits_summary,
        async_io.heartbeat_timeline,
        async_io.heartbeat_summary,
        async_io.cancelled,
    ):
        assert "failed in the build" in render(record(None))
    assert async_io.floor_evidence(record(None))[0].estimate is None
    assert async_io.heartbeat_evidence(record(None), async_io.BLOCKING)[0].estimate is None


# --- The decision page's row ------------------------------------------------------------------


def fake_verdicts(monkeypatch, statuses: dict[str, str]) -> None:
    def verdict(name, lang="en"):
        item = Evidence("here", Estimate(1.5, 1.4, 1.6, 8, 0.96))
        return claims.Verdict(claims.CLAIMS[name], statuses[name], ((item, statuses[name]),))

    monkeypatch.setattr(evidence, "verdict", verdict)


def test_the_decision_row_recommends_asyncio_only_when_both_claims_hold(monkeypatch):
    names = ("asyncio_floor", "thread_memory", "blocking_call")
    fake_verdicts(monkeypatch, dict.fromkeys(names, claims.REPRODUCED))
    _, use, measured = choosing.asyncio_row()
    assert use == t("choosing.asyncio_use") and "asyncio.md" in measured
    fake_verdicts(
        monkeypatch,
        {**dict.fromkeys(names, claims.REPRODUCED), "thread_memory": claims.INCONCLUSIVE},
    )
    assert choosing.asyncio_row()[1] == t("choosing.asyncio_use_unconfirmed")
    assert choosing.asyncio_row("ko")[1] == t("choosing.asyncio_use_unconfirmed", "ko")


def test_runs_are_recorded_with_and_without_the_gil():
    for name in ("many_waits", "heartbeat"):
        gil = {
            recorded(f"{name}-{tag}").results["machine"]["gil_enabled"] for tag in ("3.11", "3.14t")
        }
        assert gil == {True, False}
