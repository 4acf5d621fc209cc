"""analysis.twophase_batch.ratios (many codes x many groupings at once) gives what one
analysis.twophase.ratio call per (code, grouping) gives, and R's numbers; and the interval of
a figure whose sample holds no mention of the code in a subgroup."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from workbench.analysis import twophase
from workbench.analysis.design import SurveyDesign
from workbench.analysis.estimates import _groups
from workbench.analysis.twophase_batch import KEYS, ratios

FIXTURES = Path(__file__).parent / "fixtures" / "r_twophase"


@pytest.fixture(scope="module")
def survey():
    """R's fixture survey (scripts/r_twophase.R) with four more codes: a common, a rare, one
    never mentioned in a subgroup's sample, and one whose score is 0 on every coded answer
    (its calibration column is dropped, as ratio drops it)."""
    data = pd.read_csv(FIXTURES / "data.csv")
    design = SurveyDesign(data, strata="stratum", weights="w", fpc="N")
    rng = np.random.default_rng(3)
    answered = data["answered"].to_numpy(float)
    sampled = data["sampled"].to_numpy(bool)
    common = (rng.random(len(data)) < 0.4) * answered
    rare = (rng.random(len(data)) < 0.02) * answered
    absent = common * (data["group"] != "z").to_numpy()  # none in group z
    Y = np.column_stack(
        [data["y"].to_numpy(float)]
        + [np.where(sampled, v, np.nan) for v in (common, rare, absent, rare)]
    )
    noisy = np.clip(data["score"].to_numpy() + rng.normal(0, 0.2, len(data)), 0.01, 0.99)
    S = np.column_stack([data["score"], noisy, noisy, noisy, np.where(sampled, 0.0, noisy)])
    phase2 = twophase.PhaseTwo.from_labels(data["sstratum"].to_numpy(), sampled)
    groupings = []
    for by in ([], ["group"], ["region"], ["group", "region"]):
        groups, levels = _groups(design, by)
        groupings.append((groups, len(levels)))
        among = groups.copy()
        among[answered == 0] = -1  # among who answered
        groupings.append((among, len(levels)))
    w = design.weights_
    shared = np.column_stack([w * answered, w * (1 - answered)])
    return data, design, phase2, Y, (w * answered)[:, None] * S, shared, groupings


def _close(batched: np.ndarray, single: np.ndarray, key: str) -> None:
    if key == "cov":  # relative to the variances, so that near-zero covariances compare
        scale = np.sqrt(np.outer(np.diag(single), np.diag(single)))
        assert np.all(np.abs(batched - single) <= 1e-12 * np.where(scale > 0, scale, 1))
    else:
        np.testing.assert_allclose(batched, single, rtol=1e-12, atol=0, equal_nan=True)


@pytest.mark.parametrize("method", ["sample", "model-assisted"])
def test_batched_equals_one_call_per_code_and_grouping(survey, method):
    _, design, phase2, Y, scores, shared, groupings = survey
    assisted = method == "model-assisted"
    results = ratios(
        design, phase2, Y, groupings, shared if assisted else None, scores if assisted else None
    )
    assert len(results) == len(groupings)
    for result, (groups, count) in zip(results, groupings):
        for k in range(Y.shape[1]):
            calibration = np.column_stack([shared, scores[:, k]]) if assisted else None
            single = twophase.ratio(design, phase2, Y[:, k], groups, count, calibration)
            for key in (*KEYS, "cov"):
                _close(result[key][k], single[key], key)


def test_blocks_of_codes_give_the_same_numbers(survey, monkeypatch):
    _, design, phase2, Y, scores, shared, groupings = survey
    whole = ratios(design, phase2, Y, groupings, shared, scores)
    monkeypatch.setattr("workbench.analysis.twophase_batch.BLOCK", 2)
    split = ratios(design, phase2, Y, groupings, shared, scores)
    for a, b in zip(whole, split):
        for key in KEYS:
            np.testing.assert_allclose(a[key], b[key], rtol=1e-12, atol=0, equal_nan=True)


def test_batched_reproduces_r_twophase(survey):
    """The fixture's design sample_region, code y: R's estimates and SEs (rel 1e-6)."""
    data, design, phase2, Y, scores, shared, groupings = survey
    checks = json.loads((FIXTURES / "results.json").read_text())["checks"]
    by_index = {("", "all"): 0, ("", "answered"): 1, ("group", "all"): 2, ("group", "answered"): 3}
    done = 0
    for method in ("sample", "model-assisted"):
        assisted = method == "model-assisted"
        results = ratios(
            design, phase2, Y, groupings, shared if assisted else None, scores if assisted else None
        )
        for check in checks:
            if (
                check["design"] != "sample_region"
                or check["method"] != method
                or "var_phase1" in check
            ):
                continue
            result = results[by_index[(check["by"], check["among"])]]
            j = 0 if not check["by"] else sorted(data["group"].unique()).index(check["level"])
            assert result["estimate"][0, j] == pytest.approx(check["estimate"], rel=1e-6)
            assert result["se"][0, j] == pytest.approx(check["se"], rel=1e-6)
            done += 1
    assert done == 16


def test_no_mention_in_a_subgroup_gives_an_interval_for_a_rare_code(survey):
    """Where a subgroup's coded answers hold no mention, the estimate is 0 without a variance:
    the upper bound must reflect the coded answers, not every respondent (those without an
    answer are known 0s and say nothing about how rare the code is among answers). Among
    all respondents it is then about the bound among those who answered times their share;
    it used to be three times smaller (counting the respondents without an answer)."""
    data, design, phase2, Y, scores, shared, groupings = survey
    z = sorted(data["group"].unique()).index("z")
    for calibration in (None, shared):
        results = ratios(
            design,
            phase2,
            Y[:, [3]],
            groupings,
            calibration,
            None if calibration is None else scores[:, [3]],
        )
        everyone, answered = results[2], results[3]  # by group: all / answered
        assert everyone["estimate"][0, z] == 0 and answered["estimate"][0, z] == 0
        share = (design.weights_ * (data["group"] == "z") * data["answered"]).sum() / (
            design.weights_ * (data["group"] == "z")
        ).sum()
        assert everyone["ci_low"][0, z] == 0
        assert everyone["ci_high"][0, z] == pytest.approx(
            answered["ci_high"][0, z] * share, rel=0.05
        )
        assert 0.01 < answered["ci_high"][0, z] < 0.2


def test_interval_of_an_estimate_outside_zero_one():
    """Calibrated weights can be negative, so a model-assisted estimate can fall just below
    0 or above 1: the interval is then the bound's, never NaN."""
    low, high = twophase.interval(
        np.array([-0.004, 1.002, 0.3]),
        np.array([0.003, 0.002, 0.05]),
        np.array([400.0, 400.0, 400.0]),
        np.array([300, 300, 300]),
    )
    assert low[0] == 0 and 0 < high[0] < 0.02
    assert high[1] == 1 and 0.98 < low[1] < 1
    assert 0.2 < low[2] < 0.3 < high[2] < 0.41
    assert np.isfinite(low).all() and np.isfinite(high).all()


def test_an_empty_domain_has_no_interval(survey):
    """A subgroup with no sampled row has no estimate, and so no interval (it was 0 to 1)."""
    data, design, phase2, Y, scores, shared, _ = survey
    groups = np.where(data["group"] == "z", 2, 0)
    groups[data["group"].to_numpy() == "y"] = 1
    [result] = ratios(design, phase2, Y[:, :1], [(groups, 4)])  # domain 3: nobody
    single = twophase.ratio(design, phase2, Y[:, 0], groups, 4)
    for values in (result, {k: v[None] for k, v in single.items() if k != "cov"}):
        assert np.isnan(values["estimate"][0, 3])
        assert np.isnan(values["ci_low"][0, 3]) and np.isnan(values["ci_high"][0, 3])
        assert np.isfinite(values["ci_low"][0, :3]).all()
