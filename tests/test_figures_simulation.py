"""Code figures by simulation on the demo, with its answer key as a perfect coder (issue 10).

One replication end to end through the Project API (draw a coding sample, code and review it
with the key, suggest, estimate) equals the pure path of benchmarks/coverage_sim.py, which
benchmarks/bench_coverage.py repeats 500 times (the same draw, model scores and estimates);
then a fixed-seed, shorter run of that simulation checks the 95% intervals cover what they
should, and that the model narrows them. The full figures are in benchmarks/README.md.
"""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from workbench import Project
from workbench.analysis.twophase import interval
from workbench.store import samples as sample_sql
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import coverage_sim as sim

pytestmark = pytest.mark.slow

LEIDERSCHAP = "Context en remedies/Leiderschap"  # common: a logistic regression
INTEGRITEIT = "Reacties/Integriteitscoördinator"  # rare: similarity to examples


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    """The demo as the simulation's arrays, read from a copy of the built demo project."""
    path = tmp_path_factory.mktemp("sim") / "demo.db"
    shutil.copy(demo_file, path)
    with Project.open(path, user="ann") as project:
        return sim.load_demo(project), path


def _code_with_the_key(project: Project, name: str, tmp_path: Path) -> None:
    """Code every answer of the sample's respondents as the answer key says, and review."""
    from data.demo.key_codes import THEME_CODES

    key = pd.read_csv(ROOT / "data" / "answer_key.csv", keep_default_na=False)
    themes = {(r, q): t for r, q, t in zip(key["respondent_id"], key["question"], key["themes"])}
    units = sample_sql.answer_units(project.db).set_index("segment_id")
    queue = project.samples.queue(name)
    rows = [
        {"segment": s, "code": THEME_CODES[t], "coder": "ann"}
        for s in queue
        for t in themes[(units.at[s, "respondent"], units.at[s, "question"])].split(";")
        if t
    ]
    path = tmp_path / "codings.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["segment", "code", "coder"])
        writer.writeheader()
        writer.writerows(rows)
    project.coding.import_file(path)
    project.samples.review(queue, coder="ann")


def test_one_replication_through_the_project_equals_the_simulation(demo, tmp_path):
    arrays, built = demo
    path = tmp_path / "demo.db"
    shutil.copy(built, path)
    codes = [LEIDERSCHAP, INTEGRITEIT]
    with Project.open(path, user="ann") as project:
        project.samples.draw("sim", 150, seed=5, allocation="proportional")
        _code_with_the_key(project, "sim", tmp_path)
        # the simulation's model: TF-IDF vectors, human codings only
        run = project.suggestions.run(codes, seed=0, embedding="tfidf", codebook=False)["run"]
        figures = {
            (code, method): project.estimate(
                code=code, method=method, sample="sim", by=["herkomst"]
            )
            for code in codes
            for method in sim.METHODS
        }
        stored = {
            code: sample_sql.scores(project.db, run, project.codebook.get(code).id)
            for code in codes
        }
        respondents = project.respondents()["respondent"].astype(str)
        drawn = sample_sql.frame(project.db, sample_sql.sample(project.db, "sim")["id"])
        answers = sample_sql.answer_units(project.db).drop_duplicates("respondent_id")
        who = answers.set_index("respondent_id")["respondent"]
        product_sample = set(who.reindex(drawn.loc[drawn["draw"].notna(), "unit_id"]))

    # the same draw
    phase1 = sim.Phase1(arrays.frame, arrays.owner, arrays.truth, arrays.direct, arrays.X)
    sampled = sim.draw_coding_sample(arrays.frame, arrays.owner, 150, 5)
    assert set(arrays.frame["respondent"].astype(str)[sampled]) == product_sample
    assert list(arrays.frame["respondent"].astype(str)) == list(respondents)

    # the same model scores (suggest's cross-fitted score of every answer)
    train = np.flatnonzero(sampled[arrays.owner])
    for code in codes:
        k = arrays.codes.index(code)
        ours = sim.unit_scores(arrays.X, train, arrays.direct[:, k], arrays.examples[k])
        theirs = stored[code].reindex(arrays.unit_ids).to_numpy(float)
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-6)  # stored as float32

    # the same figures: estimate, SE (and its coding part) and CI per herkomst group
    result = sim.estimate_sample(phase1, arrays.examples, sampled)
    cells = sim.cell_labels(arrays)
    for (code, method), figure in figures.items():
        m, k = sim.METHODS.index(method), arrays.codes.index(code)
        assert figure["method"] == method
        shown = [row for row in figure["estimates"] if not row["suppressed"]]
        assert len(shown) == 3
        for row in shown:
            c = cells.index(("all", "herkomst", row["herkomst"]))
            for key in ("estimate", "se", "se_phase2", "ci_low", "ci_high"):
                assert row[key] == pytest.approx(result[key][m, k, c], rel=1e-6, abs=1e-9), (
                    code,
                    method,
                    row["herkomst"],
                    key,
                )


@pytest.fixture(scope="module")
def runs(demo):
    arrays, _ = demo
    return {
        "proportional": sim.conditional(arrays, 100, 400, seed=11, methods=("sample",)),
        "population": sim.conditional(
            arrays, 100, 400, seed=11, methods=("sample",), allocation="population"
        ),
        "assisted": sim.conditional(arrays, 20, 400, seed=21, allocation="population"),
        "unconditional": sim.unconditional(
            arrays, 20, 400, seed=31, methods=("sample",), allocation="population"
        ),
    }


def _coverage(
    result: dict, cells: np.ndarray | slice = slice(None), m: int = 0, shrink: float = 1.0
) -> float:
    target = np.broadcast_to(result["target"], result["estimate"].shape)[:, m][..., cells]
    low, high = result["ci_low"][:, m][..., cells], result["ci_high"][:, m][..., cells]
    if shrink != 1.0:
        low, high = interval(
            result["estimate"][:, m][..., cells],
            result["se_phase2"][:, m][..., cells] * shrink,
            result["n_zero_phase2"][:, m][..., cells],
            result["df"][:, m][..., cells],
        )
    have = np.isfinite(result["estimate"][:, m][..., cells])
    return float(((low <= target) & (target <= high))[have].mean())


def _cells(arrays, *, skip_small: bool = False) -> np.ndarray:
    labels = sim.cell_labels(arrays)
    small = ("Europa", "buiten Europa")
    return np.array(
        [i for i, (_, _, level) in enumerate(labels) if not (skip_small and level in small)]
    )


def test_sample_figures_cover_the_complete_coding(runs, demo):
    """The demo fixed, 100 coding samples of 400: the interval on the coding (phase-2) part of
    the variance covers the figure a complete coding gives about 95% of the time, pooled
    over every code, overall and by herkomst and functiegroep, among all and among those who
    answered; a 30% smaller SE would not (the check can fail)."""
    arrays, _ = demo
    population = runs["population"]
    assert 0.93 <= _coverage(population) <= 0.97
    assert _coverage(population, shrink=0.7) < 0.88
    # with the default allocation (in proportion to the answers) the large groups cover;
    # the small herkomst groups fall short (few, heavily weighted mentions: README)
    proportional = runs["proportional"]
    assert 0.93 <= _coverage(proportional, _cells(arrays, skip_small=True)) <= 0.97
    assert _coverage(proportional) < _coverage(population)


def test_model_assisted_figures_cover_and_are_narrower(runs, demo):
    arrays, _ = demo
    assisted = runs["assisted"]
    m = sim.METHODS.index("model-assisted")
    assert 0.92 <= _coverage(assisted, m=m) <= 0.98
    overall = sim.cell_labels(arrays).index(("all", "overall", "(all)"))
    width = assisted["ci_high"][..., overall] - assisted["ci_low"][..., overall]
    modelled = np.isfinite(width[:, m]).all(axis=0)
    gain = np.nanmean(width[:, m][:, modelled]) / np.nanmean(width[:, 0][:, modelled])
    assert gain < 0.9  # the model narrows the interval (about 0.8 on the demo)


def test_full_intervals_cover_the_population(runs):
    """A new survey from a pseudo-population per replication: the figure's whole interval
    (phase 1 + 2) covers the population's prevalence."""
    assert 0.92 <= _coverage(runs["unconditional"]) <= 0.98
