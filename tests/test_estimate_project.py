"""Weighted estimates on a project: the published PER figures from the demo, codes as
respondent-level indicators, small groups suppressed, and the CLI's JSON at full precision."""

from __future__ import annotations

import json

import pytest

from workbench import InputError, Project
from workbench.estimation import code_indicator
from conftest import review_all, run_cli

EXPERIENCED = ("racisme_ervaren", ["een enkele keer", "vaak"])
NOTICED = ("racisme_collega", ["een enkele keer", "vaak"])


@pytest.fixture(scope="module")
def demo(demo_file):
    with Project.open(demo_file) as project:
        yield project


def by_group(result: dict, variable: str) -> dict:
    return {row[variable]: row for row in result["estimates"]}


def test_the_published_per_figures_come_out(demo):
    overall = demo.estimate(proportion=EXPERIENCED)["estimates"][0]
    assert overall["estimate"] == pytest.approx(0.10, abs=0.005)
    assert 0 < overall["ci_low"] < overall["estimate"] < overall["ci_high"] < 1
    assert overall["se"] > 0 and overall["deff"] > 1  # weighting costs precision
    assert demo.estimate(proportion=("racisme_ervaren", ["vaak"]))["estimates"][0][
        "estimate"
    ] == pytest.approx(0.01, abs=0.005)
    assert demo.estimate(proportion=NOTICED)["estimates"][0]["estimate"] == pytest.approx(
        0.17, abs=0.005
    )
    origin = demo.estimate(proportion=EXPERIENCED, by=["herkomst"])
    assert by_group(origin, "herkomst")["buiten Europa"]["estimate"] == pytest.approx(
        0.29, abs=0.005
    )
    assert origin["test"]["p"] < 0.05 and origin["test"]["sig"] == "*"
    scale = by_group(demo.estimate(proportion=NOTICED, by=["schaal"]), "schaal")
    assert scale["1-4"]["estimate"] == pytest.approx(0.35, abs=0.005)
    managers = by_group(demo.estimate(proportion=NOTICED, by=["functiegroep"]), "functiegroep")
    assert managers["leidinggevende"]["estimate"] == pytest.approx(0.25, abs=0.005)


def test_codes_become_respondent_indicators(demo_copy):
    with Project.open(demo_copy, user="ann") as project:
        hits = project.search("vertrouwenspersoon", unit="answers", limit=1000)
        for hit in hits:
            project.coding.code_segment(hit["segment_id"], "Reacties/Vertrouwenspersoon")
        coded = {h["document_id"] for h in hits}
        with pytest.raises(InputError, match="is known for"):  # not every answer read yet
            project.estimate(code="Reacties")
        review_all(project)
        all_ = project.estimate(code="Reacties")["estimates"][0]  # a parent brings its sub-codes
        answered = project.estimate(code="Reacties/Vertrouwenspersoon", among="answered")
        indicator = code_indicator(project.core, "Reacties/Vertrouwenspersoon")
        assert indicator.sum() == len(
            {
                d["respondent"]
                for d in project.documents(kind="answer", limit=10_000)
                if d["id"] in coded
            }
        )
        assert 0 < all_["estimate"] < answered["estimates"][0]["estimate"] < 1
        crossed = project.estimate(code="Reacties/Vertrouwenspersoon", by=["racisme_ervaren"])
        assert crossed["test"] is not None and len(crossed["estimates"]) == 3


@pytest.mark.slow  # estimates over the demo's crossed groups
def test_small_groups_are_suppressed(demo):
    result = demo.estimate(proportion=EXPERIENCED, by=["departement", "stratum"])
    hidden = [r for r in result["estimates"] if r["suppressed"]]
    assert hidden and all(r["estimate"] is None and r["n"] is None for r in hidden)
    shown = [r for r in result["estimates"] if not r["suppressed"]]
    assert all(r["n"] >= 10 for r in shown)
    with pytest.raises(InputError, match="only be raised"):
        demo.estimate(proportion=EXPERIENCED, min_cell=5)


def test_cli_estimate_prints_full_precision_json(demo_file):
    done = run_cli(
        [
            "estimate",
            str(demo_file),
            "--proportion",
            "racisme_ervaren=een enkele keer,vaak",
            "--by",
            "herkomst",
            "--json",
        ]
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    row = by_group(result, "herkomst")["buiten Europa"]
    assert len(repr(row["estimate"])) > 8  # not rounded
    text = run_cli(
        ["estimate", str(demo_file), "--mean", "leeftijd", "--by", "functiegroep"]
    ).stdout
    assert "mean of leeftijd by functiegroep" in text and "Wald F = " in text
    bad = run_cli(["estimate", str(demo_file), "--proportion", "racisme_ervaren"])
    assert bad.returncode == 1 and "VARIABLE=VALUE" in bad.stderr


def test_weights_and_representativeness_show_the_bias_and_its_correction(demo):
    report = demo.survey.weights_report()
    assert set(report["weights"]) == {"imported", "design", "raked"}
    design = report["weights"]["design"]
    assert design["sum"] == pytest.approx(130_000) and design["deff_kish"] > 1
    rows = {(r["variable"], r["value"]): r for r in report["representativeness"]}
    managers = rows[("functiegroep", "leidinggevende")]
    assert managers["unweighted"] > 2 * managers["population"]  # over-represented
    assert managers["design"] == pytest.approx(managers["population"], abs=1e-3)  # corrected
    abroad = rows[("herkomst", "buiten Europa")]
    assert abs(abroad["gap_raked"]) < 1e-6 < abs(abroad["gap_design"])  # raking fixes origin


def test_a_code_nobody_applied_says_so(demo):
    with pytest.raises(InputError, match="'Vormen' is known for 0 of 1745 answers"):
        demo.estimate(code="Vormen")


def test_without_imported_weights_design_weights_come_from_the_strata(tmp_path):
    import pandas as pd

    from conftest import ROOT as root

    survey = pd.read_csv(root / "data/survey/per_demo.csv", sep=";", encoding="cp1252", dtype=str)
    survey.drop(columns="weight").to_csv(tmp_path / "no_weights.csv", index=False)
    with Project.create(tmp_path / "p.db") as project:
        with pytest.raises(InputError, match="'weight' would clash"):
            project.import_survey(
                root / "data/survey/per_demo.csv",
                id="respondent_id",
                stratum="stratum",
                weight=None,
            )
        project.import_survey(
            tmp_path / "no_weights.csv", id="respondent_id", stratum="stratum", weight=None
        )
        assert set(project.respondents()["weight"]) == {1.0}
        unweighted = project.estimate(proportion=EXPERIENCED)["estimates"][0]["estimate"]
        with pytest.raises(InputError, match="import-design"):
            project.estimate(proportion=EXPERIENCED, weights="design")
        project.survey.import_strata(
            root / "data/survey/strata.csv", stratum="stratum", population="populatie"
        )
        weighted = project.estimate(proportion=EXPERIENCED, weights="design")["estimates"][0]
    assert unweighted == pytest.approx(0.082, abs=0.005)  # the sample's own share
    assert weighted["estimate"] == pytest.approx(0.10, abs=0.005)  # the population's
