"""Two-phase estimates (analysis/twophase.py) against R's `survey` package.

The fixtures come from scripts/r_twophase.R (a seeded survey with weights and fpc, an open
question some answered, coding samples stratified by another variable and by the survey
strata, model scores): R's ``twophase(method="approx")``, ``calibrate(phase=2)`` and
``svyratio`` per domain. Every estimate, SE, phase variance, CI bound and df is compared at
rel=1e-6, from the committed fixtures and once more live when Rscript is installed.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from workbench import InputError
from workbench.analysis import twophase
from workbench.analysis.design import SurveyDesign
from test_survey_estimates import r_available

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "r_twophase"
REL = 1e-6
SAMPLES = {
    "sample_region": ("sampled", "sstratum", "y"),
    "sample_strata": ("sampled2", "sstratum2", "y2"),
}


def load(folder: Path) -> tuple[pd.DataFrame, list[dict]]:
    data = pd.read_csv(folder / "data.csv", keep_default_na=False, na_values=[""])
    return data, json.loads((folder / "results.json").read_text(encoding="utf-8"))["checks"]


def compute(
    data: pd.DataFrame, design_name: str, method: str, among: str, by: str
) -> tuple[dict, list[str]]:
    sampled, stratum, y = SAMPLES[design_name]
    design = SurveyDesign(data, strata="stratum", weights="w", fpc="N")
    phase2 = twophase.PhaseTwo.from_labels(data[stratum].to_numpy(), data[sampled].to_numpy())
    if by:
        labels = sorted(data[by].unique())
        groups = data[by].map({v: k for k, v in enumerate(labels)}).to_numpy()
    else:
        labels, groups = [""], np.zeros(len(data), dtype=np.intp)
    if among == "answered":
        groups = np.where(data["answered"].to_numpy() == 1, groups, -1)
    calibration = data[["c1", "c2", "c3"]].to_numpy() if method == "model-assisted" else None
    values = twophase.ratio(
        design, phase2, data[y].to_numpy(float), groups, len(labels), calibration
    )
    return values, labels


def compare(data: pd.DataFrame, checks: list[dict]) -> float:
    worst = 0.0
    for check in checks:
        values, labels = compute(
            data, check["design"], check["method"], check["among"], check["by"]
        )
        j = labels.index(check["level"])
        mine = {
            "estimate": values["estimate"][j],
            "se": values["se"][j],
            "var_phase1": values["se_phase1"][j] ** 2,
            "var_phase2": values["se_phase2"][j] ** 2,
            "ci_low": values["ci_low"][j],
            "ci_high": values["ci_high"][j],
            "df": values["df"][j],
        }
        for key, expected in check.items():
            if key in mine:
                assert mine[key] == pytest.approx(expected, rel=REL), (check, key)
                worst = max(worst, abs(mine[key] - expected) / abs(expected))
    return worst


def test_matches_r_twophase_and_phase_two_calibration():
    data, checks = load(FIXTURES)
    assert len(checks) == 36
    assert {c["method"] for c in checks} == {"sample", "model-assisted"}
    assert compare(data, checks) < REL


@pytest.mark.slow
def test_live_r_twophase(tmp_path: Path):
    if not r_available():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("Rscript with the survey and jsonlite packages is required in CI")
        pytest.skip("Rscript with the survey and jsonlite packages is not installed")
    subprocess.run(
        ["Rscript", str(ROOT / "scripts" / "r_twophase.R"), str(tmp_path)],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    data, checks = load(tmp_path)
    committed = load(FIXTURES)[1]
    assert [(c["design"], c["method"], c["among"], c["level"]) for c in checks] == [
        (c["design"], c["method"], c["among"], c["level"]) for c in committed
    ]
    assert compare(data, checks) < REL


def test_all_domains_at_once_equal_one_domain_at_a_time():
    data, _ = load(FIXTURES)
    together, labels = compute(data, "sample_region", "model-assisted", "answered", "group")
    for j, level in enumerate(labels):
        alone = data.assign(group=np.where(data["group"] == level, level, "other"))
        values, names = compute(alone, "sample_region", "model-assisted", "answered", "group")
        k = names.index(level)
        for key in ("estimate", "se", "se_phase1", "se_phase2"):
            assert together[key][j] == pytest.approx(values[key][k], rel=1e-12)
    assert np.allclose(np.sqrt(np.diagonal(together["cov"])), together["se"], rtol=1e-12)


def test_a_complete_phase_two_is_the_survey_estimate():
    """Everyone coded: no phase-2 variance, and the survey's own estimate and SE."""
    from workbench.analysis import survey

    data, _ = load(FIXTURES)
    design = SurveyDesign(data, strata="stratum", weights="w", fpc="N")
    everyone = twophase.PhaseTwo.from_labels(np.zeros(len(data)), np.ones(len(data), bool))
    values = twophase.ratio(
        design, everyone, data["truth"].to_numpy(float), np.zeros(len(data), dtype=np.intp), 1
    )
    data["truth_label"] = data["truth"]
    reference = survey.proportion(design, "truth_label", [1]).iloc[0]
    assert values["estimate"][0] == pytest.approx(reference["estimate"], rel=1e-12)
    assert values["se"][0] == pytest.approx(reference["se"], rel=1e-9)
    assert values["se_phase2"][0] == 0


def test_a_better_model_narrows_the_interval_a_useless_one_does_not_break_it():
    data, _ = load(FIXTURES)
    design = SurveyDesign(data, strata="stratum", weights="w", fpc="N")
    phase2 = twophase.PhaseTwo.from_labels(data["sstratum"].to_numpy(), data["sampled"].to_numpy())
    answered = data["answered"].to_numpy(float)
    w = data["w"].to_numpy()
    groups = np.zeros(len(data), dtype=np.intp)

    def se(score: np.ndarray | None) -> float:
        columns = (
            None
            if score is None
            else np.column_stack([w * answered, w * answered * score, w * (1 - answered)])
        )
        return twophase.ratio(design, phase2, data["y"].to_numpy(float), groups, 1, columns)[
            "se_phase2"
        ][0]

    truth = data["truth"].to_numpy(float)
    noise = np.random.default_rng(0).uniform(size=len(data))
    assert se(truth * 0.9 + 0.05) < 0.2 * se(None)  # a near-perfect model
    assert se(noise) == pytest.approx(se(None), rel=0.15)  # pure noise: no gain, no harm


def test_an_empty_or_lonely_sample_stratum_is_refused():
    data, _ = load(FIXTURES)
    design = SurveyDesign(data, strata="stratum", weights="w", fpc="N")
    groups = np.zeros(len(data), dtype=np.intp)
    sampled = data["sampled"].to_numpy().copy()
    noord = (data["sstratum"] == "noord").to_numpy()
    none = sampled & ~noord
    with pytest.raises(InputError, match="'noord' has no coded answers"):
        twophase.ratio(
            design,
            twophase.PhaseTwo.from_labels(data["sstratum"].to_numpy(), none),
            data["y"].to_numpy(float),
            groups,
            1,
        )
    one = none.copy()
    one[np.flatnonzero(noord)[0]] = True
    with pytest.raises(InputError, match="only one coded answer"):
        twophase.ratio(
            design,
            twophase.PhaseTwo.from_labels(data["sstratum"].to_numpy(), one),
            data["y"].to_numpy(float),
            groups,
            1,
        )


def test_wald_test_of_equal_domains():
    data, _ = load(FIXTURES)
    values, labels = compute(data, "sample_strata", "sample", "answered", "group")
    test = twophase.wald_equal(values["estimate"], values["cov"], 150)
    assert test["ndf"] == 2 and 0 <= test["p"] <= 1
    d = values["estimate"][0] - values["estimate"][2]
    v = values["cov"][0, 0] + values["cov"][2, 2] - 2 * values["cov"][0, 2]
    two = twophase.wald_equal(
        values["estimate"][[0, 2]], values["cov"][np.ix_([0, 2], [0, 2])], 150
    )
    assert two["statistic"] == pytest.approx(d * d / v, rel=1e-10)
