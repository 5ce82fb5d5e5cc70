"""The claims registry: one definition per claim, a verdict decided by the interval."""

from __future__ import annotations

import re

import pytest

from concurrency_live.rendering import claims
from concurrency_live.rendering.claims import Estimate, Evidence


def est(low: float, high: float, median: float | None = None) -> Estimate:
    return Estimate((low + high) / 2 if median is None else median, low, high, 10, 0.98)


BELOW = claims.CLAIMS["threads_cpu"]  # holds below 1.2
AT_LEAST = claims.CLAIMS["processes_cpu"]  # holds at or above 1.5


@pytest.mark.parametrize(
    ("claim", "estimate", "status"),
    [
        (BELOW, est(0.9, 1.1), claims.REPRODUCED),
        (BELOW, est(1.25, 1.4), claims.NOT_REPRODUCED),
        (BELOW, est(1.1, 1.3, median=1.15), claims.INCONCLUSIVE),  # median below, yet it straddles
        (BELOW, est(1.2, 1.3), claims.NOT_REPRODUCED),  # the threshold itself is not below
        (AT_LEAST, est(1.5, 1.9), claims.REPRODUCED),
        (AT_LEAST, est(1.0, 1.4), claims.NOT_REPRODUCED),
        (AT_LEAST, est(1.4, 1.6, median=1.55), claims.INCONCLUSIVE),
        (AT_LEAST, est(2.05, 2.2), claims.REPRODUCED),  # superlinear: the claim holds ...
    ],
)
def test_a_verdict_is_decided_by_the_whole_interval(claim, estimate, status):
    assert claims.decide(claim, estimate) == status


def test_a_superlinear_figure_is_flagged_against_the_limit_not_by_the_claim():
    # ... but the page flags a speedup wholly above min(workers, cores) as an anomaly.
    assert claims.against_limit(est(2.05, 2.2), ideal=2.0) == claims.PAST_LIMIT
    assert claims.against_limit(est(1.9, 2.05), ideal=2.0) == claims.AT_LIMIT
    assert claims.against_limit(est(1.7, 1.95), ideal=2.0) == claims.BELOW_LIMIT


def test_evidence_must_agree():
    good, bad = Evidence("a", est(0.9, 1.1)), Evidence("b", est(1.5, 1.9))
    assert claims.verdict("threads_cpu", [good, good]).status == claims.REPRODUCED
    assert claims.verdict("threads_cpu", [bad]).status == claims.NOT_REPRODUCED
    assert claims.verdict("threads_cpu", [good, bad]).status == claims.INCONCLUSIVE
    straddle = Evidence("c", est(1.1, 1.3))
    assert claims.verdict("threads_cpu", [good, straddle]).status == claims.INCONCLUSIVE


def test_evidence_the_claim_is_not_about_does_not_count():
    off = Evidence("GIL off", est(1.8, 1.9), not_about="evidence.gil_off")
    good = Evidence("GIL on", est(0.9, 1.1))
    assert claims.verdict("threads_cpu", [good, off]).status == claims.REPRODUCED
    assert claims.verdict("threads_cpu", [off]).status == claims.NOT_APPLICABLE
    assert claims.verdict("threads_cpu", [Evidence("x", None)]).status == claims.NO_DATA
    assert claims.verdict("threads_cpu", []).status == claims.NO_DATA


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_rendered_verdict_carries_the_claim_its_figures_and_the_rule(lang):
    result = claims.verdict(
        "threads_cpu",
        [Evidence("A", est(0.95, 1.05, 1.0), anchor="gil.md"), Evidence("B", est(1.1, 1.3))],
    )
    html = claims.render(result, lang)
    assert html.startswith('<div class="admonition warning claim" data-claim="threads_cpu" ')
    assert 'data-verdict="inconclusive"' in html
    assert "1.00\u00d7 (" in html and "0.95\u20131.05, 10" in html
    assert "1.20\u00d7" in html  # the threshold
    assert "10" in html and "(gil.md)" in html


def test_exact_counts_are_written_as_counts():
    claim = claims.Claim("x", "claims.threads_cpu", "claims.speedup_figure", "at_least", 1, "count")
    assert claims.figure(claim, Estimate.exact(3, 20)) == "3 (20 runs)"


def test_every_claim_has_its_words_in_both_languages():
    from concurrency_live.words import CATALOGUE

    for claim in claims.CLAIMS.values():
        for key in (claim.statement, claim.figure):
            assert key in CATALOGUE["en"] and key in CATALOGUE["ko"], key
        assert claim.holds in claims.RELATION
        assert re.fullmatch(r"[a-z_]+", claim.name)
