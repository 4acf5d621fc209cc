"""A code's figure at any coverage (workbench/figures.py, samples.py): coding samples,
reviews, the three methods, the coding rule, and bad requests that change nothing."""

from __future__ import annotations

import csv
import json
import sys

import numpy as np
import pytest

from workbench import InputError, Project, figures
from workbench.store import samples as sample_sql
from conftest import ROOT, run_cli, snapshot

sys.path.insert(0, str(ROOT / "data"))
from demo.key_codes import THEME_CODES

CODE = "Context en remedies/Leiderschap"
THEME = "context/leadership"


def key() -> dict[tuple[str, str], list[str]]:
    with open(ROOT / "data" / "answer_key.csv", encoding="utf-8") as handle:
        return {
            (r["respondent_id"], r["question"]): [t for t in r["themes"].split(";") if t]
            for r in csv.DictReader(handle)
        }


def units(project: Project) -> dict[int, dict]:
    return {u["segment_id"]: u for u in sample_sql.answer_units(project.db).to_dict("records")}


def code_like_the_key(project: Project, segments: list[int], themes=(THEME,)) -> None:
    """A perfect coder: apply the key's themes to these answers and mark them reviewed."""
    truth, found = key(), units(project)
    for segment in segments:
        unit = found[segment]
        for theme in truth.get((unit["respondent"], unit["question"]), []):
            if theme in themes:
                project.coding.code_segment(segment, THEME_CODES[theme])
    project.samples.review(segments)


def true_share(project: Project) -> float:
    """The complete figure a perfect coder of every answer would give."""
    truth, found = key(), units(project)
    positive = {
        u["respondent"]
        for u in found.values()
        if THEME in truth.get((u["respondent"], u["question"]), [])
    }
    frame = project.respondents()
    answered = {u["respondent"] for u in found.values()}
    frame = frame[frame["respondent"].isin(answered)]
    w = frame["weight"].to_numpy()
    return float((w * frame["respondent"].isin(positive)).sum() / w.sum())


@pytest.fixture
def study(starter):
    with Project.open(starter, user="ann") as project:
        yield project


@pytest.mark.slow  # the demo coded and estimated
def test_complete_is_refused_until_every_answer_is_known(study):
    segments = list(units(study))
    code_like_the_key(study, segments[:100])
    before = snapshot(study)
    with pytest.raises(InputError) as refused:
        study.estimate(code=CODE, among="answered")
    message = str(refused.value)
    assert "known for 100 of 1745 answers" in message and "--method sample" in message
    assert "model-assisted" in message and "\n" not in message
    assert snapshot(study) == before
    code_like_the_key(study, segments[100:])
    figure = study.estimate(code=CODE, among="answered")
    assert figure["method"] == "complete" and figure["coverage"]["complete"]
    assert figure["estimates"][0]["estimate"] == pytest.approx(true_share(study), rel=1e-12)
    assert figure["basis"].startswith("based on all 1745 answers")


def test_a_stratified_sample_is_drawn_recorded_and_reproducible(study):
    status = study.samples.draw("s1", 300, seed=7, allocation="proportional")
    sizes = {row["stratum"]: row for row in status["strata"]}
    assert sum(r["drawn"] for r in sizes.values()) == 300 and status["frame"] == 1420
    for row in sizes.values():  # proportional to the frame, within rounding
        assert abs(row["drawn"] - 300 * row["frame_size"] / 1420) < 1.01
    event = study.events(limit=1)[0]
    assert event["action"] == "draw-sample" and event["payload"]["seed"] == 7
    first = study.samples.queue("s1")
    study.samples.draw("s2", 300, seed=7, allocation="proportional")
    assert sorted(study.samples.queue("s2")) == sorted(first)  # same seed, same answers
    study.samples.draw("s3", 300, seed=8, allocation="proportional")
    default = study.samples.draw("s4", 300, seed=7)  # to the population the answers stand for
    assert default["draws"][0]["allocation"] == "population"
    assert sorted(study.samples.queue("s3")) != sorted(first)


@pytest.mark.parametrize(
    "request_, message",
    [
        (dict(name="big", size=5000), "larger than the frame"),
        (dict(name="x", sizes={"nowhere": 3}), "no stratum 'nowhere'"),
        (dict(name="x", size=10), "cannot give each of the 8 strata 2 answers"),
        (dict(name="x", size=50, stratify_by=["no_such_var"]), "no survey variable"),
        (dict(name="x", size=50, allocation="neyman"), "needs --pilot"),
    ],
)
def test_bad_draws_say_why_and_change_nothing(study, request_, message):
    before = snapshot(study)
    with pytest.raises(InputError, match=message):
        study.samples.draw(request_.pop("name"), **request_)
    assert snapshot(study) == before


def test_the_sample_estimate_rests_on_reviewed_drawn_answers_only(study):
    study.samples.draw("s1", 400, seed=3)
    queue = study.samples.queue("s1")
    code_like_the_key(study, queue[:300])
    result = study.estimate(code=CODE, method="sample", sample="s1", among="answered")
    row = result["estimates"][0]
    assert result["sample"]["coded"] < 300 + 1 and result["sample"]["drawn"] == 400
    assert row["ci_low"] < true_share(study) < row["ci_high"]
    assert row["se"] ** 2 == pytest.approx(row["se_phase1"] ** 2 + row["se_phase2"] ** 2)
    # codings outside the sample (e.g. found by search) are never taken for part of it
    outside = [s for s in units(study) if s not in set(queue)][:200]
    for segment in outside:
        study.coding.code_segment(segment, CODE)
    study.samples.review(outside)
    again = study.estimate(code=CODE, method="sample", sample="s1", among="answered")
    assert again["estimates"][0]["estimate"] == pytest.approx(row["estimate"], rel=1e-12)
    assert again["estimates"][0]["se"] == pytest.approx(row["se"], rel=1e-12)


def test_an_extension_is_a_recorded_second_draw_of_the_same_frame(study):
    study.samples.draw("s1", 200, seed=3)
    first = set(study.samples.queue("s1", include_reviewed=True))
    status = study.samples.extend("s1", 100, seed=4)
    assert status["drawn"] == 300 and len(status["draws"]) == 2
    assert first <= set(study.samples.queue("s1", include_reviewed=True))
    assert status["draws"][1]["seed"] == 4
    before = snapshot(study)
    with pytest.raises(InputError, match="not drawn yet"):
        study.samples.extend("s1", 5000)
    assert snapshot(study) == before


@pytest.mark.slow  # a model fitted on the coded demo
def test_model_assisted_needs_scores_then_narrows_the_interval(study):
    study.samples.draw("s1", 400, seed=5)
    code_like_the_key(study, study.samples.queue("s1"))
    before = snapshot(study)
    with pytest.raises(InputError, match="no model scores"):
        study.estimate(code=CODE, method="model-assisted", sample="s1")
    assert snapshot(study) == before
    plain = study.estimate(code=CODE, method="sample", sample="s1", among="answered")
    run = study.suggestions.run([CODE])["run"]
    assisted = study.estimate(code=CODE, method="model-assisted", sample="s1", among="answered")
    assert assisted["model_run"] == run and "model-assisted with run" in assisted["basis"]
    agreement = assisted["model_agreement"]
    assert agreement["n"] == assisted["sample"]["coded"] and agreement["kappa"] is not None
    row = assisted["estimates"][0]
    assert row["ci_low"] < true_share(study) < row["ci_high"]
    assert row["se_phase2"] < plain["estimates"][0]["se_phase2"]
    scores = sample_sql.scores(study.db, run, study.codebook.get(CODE).id)
    assert len(scores) == 1745 and np.all((scores >= 0) & (scores <= 1))


@pytest.mark.slow  # a model fitted on the coded demo
def test_next_to_code_extends_where_the_model_is_unsure(study):
    study.samples.draw("s1", 200, seed=5)
    code_like_the_key(study, study.samples.queue("s1"))
    with pytest.raises(InputError, match="no model scores"):
        study.samples.next_to_code("s1", 40, CODE)
    study.suggestions.run([CODE])
    status = study.samples.next_to_code("s1", 40, CODE, seed=2)
    assert status["drawn"] == 240 and status["draws"][-1]["allocation"] == "uncertainty"
    assert study.samples.status("s1")["reviewed"] == 200  # the 40 new ones wait
    waiting = study.samples.queue("s1")
    assert 40 <= len(waiting) <= 80 and not set(waiting) & set(
        sample_sql.live_reviews(study.db)["segment_id"]
    )


def test_the_coding_rule_decides_and_is_recorded(study):
    study.samples.draw("s1", 200, seed=1, stratify_by=[])
    queue = study.samples.queue("s1")
    study.samples.review(queue)
    study.samples.review(queue, coder="bob")
    for segment in queue[:30]:
        study.coding.code_segment(segment, CODE)  # ann says yes to 30
    for segment in queue[:10]:
        study.coding.consensus(segment, CODE, applied=False)  # the team says no to 10 of them
    share = {
        rule: study.estimate(code=CODE, method="sample", sample="s1", rule=rule, among="answered")[
            "estimates"
        ][0]["estimate"]
        for rule in ("any", "consensus", "ann", "bob")
    }
    assert share["any"] == pytest.approx(share["ann"]) and share["bob"] == 0
    assert share["consensus"] == pytest.approx(share["any"] * 20 / 30, rel=0.2)
    assert 0 < share["consensus"] < share["any"]
    figure = study.estimate(code=CODE, method="sample", sample="s1", rule="bob")
    assert figure["rule"] == "bob" and "coder bob" in figure["basis"]
    with pytest.raises(InputError, match="coding rule"):
        study.estimate(code=CODE, method="sample", sample="s1", rule="nobody")


def test_a_review_covers_only_codes_that_existed_and_can_be_undone(study):
    segments = list(units(study))
    study.samples.review(segments)
    assert study.samples.coverage(CODE)["complete"]
    study.codebook.add("Vormen/Nieuw")
    assert study.samples.coverage("Vormen/Nieuw")["known"] == 0
    assert study.samples.coverage(CODE)["reviewed"] == 1745


def test_undo_removes_a_review(study):
    [segment] = list(units(study))[:1]
    study.samples.review([segment])
    assert study.samples.coverage(CODE)["reviewed"] == 1
    assert study.coding.undo()["undid"] == "review"
    assert study.samples.coverage(CODE)["reviewed"] == 0


def test_a_double_coding_assignment_is_a_coding_sample(study):
    study.coding.assign_sample(["ann", "bob"], 120, seed=2, sample="dubbel")
    status = study.samples.status("dubbel")
    assert status["unit"] == "answer" and status["drawn"] == 120 and status["frame"] == 1745
    queue = study.samples.queue("dubbel")
    code_like_the_key(study, queue)
    figure = study.estimate(
        code=CODE, method="sample", sample="dubbel", among="answered", question="open_verbetering"
    )
    assert figure["sample"]["coded"] > 0
    with pytest.raises(InputError, match="one question at a time"):
        study.estimate(code=CODE, method="sample", sample="dubbel")


def test_small_cells_count_the_coded_sample(study):
    study.samples.draw("s1", 60, seed=1)
    code_like_the_key(study, study.samples.queue("s1"))
    figure = study.estimate(
        code=CODE, method="sample", sample="s1", by=["herkomst"], among="answered"
    )
    rows = {r["herkomst"]: r for r in figure["estimates"]}
    for row in rows.values():
        if row["suppressed"]:
            assert row["estimate"] is None and row["n_coded"] is None
        else:
            assert row["n_coded"] >= 10
    assert any(r["suppressed"] for r in rows.values())  # few coded outside the Netherlands


def test_a_figure_resting_on_few_coded_mentions_is_flagged_thin(study):
    """The coverage simulation found intervals leave 93-97% below about 5 coded mentions:
    such figures say so (API, CLI text), counted per cell. A rare code (the integrity
    coordinator) and a common one (leadership) on the same coded sample."""
    rare_theme, rare = "response/integrity", THEME_CODES["response/integrity"]
    study.samples.draw("s1", 400, seed=4)
    queue = study.samples.queue("s1")
    code_like_the_key(study, queue, themes=(THEME, rare_theme))
    truth, found, frame = key(), units(study), study.respondents().set_index("respondent")
    seen = set()
    for theme, code in ((rare_theme, rare), (THEME, CODE)):
        mentions: dict[str, set] = {}
        for segment in queue:
            unit = found[segment]
            if theme in truth.get((unit["respondent"], unit["question"]), []):
                group = str(frame.loc[unit["respondent"], "herkomst"])
                mentions.setdefault(group, set()).add(unit["respondent"])
        figure = study.estimate(code=code, method="sample", sample="s1", by=["herkomst"])
        for row in figure["estimates"]:
            if row["suppressed"]:
                assert row["thin"] is None
                continue
            count = len(mentions.get(str(row["herkomst"]), ()))
            assert row["thin"] is (count < figures.THIN_MENTIONS), (code, row["herkomst"], count)
            seen.add(row["thin"])
    assert seen == {True, False}  # both kinds occur here, so the check above can fail
    text = run_cli(
        [
            "estimate",
            str(study.path),
            "--code",
            rare,
            "--method",
            "sample",
            "--sample",
            "s1",
            "--by",
            "herkomst",
        ]
    )
    assert text.returncode == 0, text.stderr
    assert "(thin: fewer than 5 coded mentions)" in text.stdout


@pytest.mark.slow  # a sample of the demo coded and estimated
def test_cli_estimate_json_carries_method_coverage_sample_and_full_precision(starter):
    with Project.open(starter, user="ann") as study:
        study.samples.draw("s1", 300, seed=2)
        code_like_the_key(study, study.samples.queue("s1"))
        expected = study.estimate(code=CODE, method="sample", sample="s1", by=["herkomst"])
    run = run_cli(
        [
            "estimate",
            str(starter),
            "--code",
            CODE,
            "--method",
            "sample",
            "--sample",
            "s1",
            "--by",
            "herkomst",
            "--json",
        ]
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["method"] == "sample" and result["sample"]["name"] == "s1"
    assert result["coverage"]["answers"] == 1745 and result["rule"] == "consensus"
    assert result["estimates"][0]["estimate"] == expected["estimates"][0]["estimate"]
    refused = run_cli(["estimate", str(starter), "--code", CODE])
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert "--method sample" in refused.stderr


def test_double_coding_samples_of_a_version_4_file_become_coding_samples(tmp_path):
    from workbench.store import migrations
    from conftest import answers_project, back_to_version_4

    rows = [f"R{i};s{i % 2};Antwoord nummer {i} over het werk." for i in range(20)]
    with answers_project(tmp_path / "old.db", "id;stratum;antwoord", rows) as project:
        answers = sorted(sample_sql.answer_units(project.db)["segment_id"])
        event = project.events(limit=1)[0]["id"]
        project.db.conn.execute(
            "UPDATE events SET payload = json_object('seed', 4) WHERE id = ?", [event]
        )
        project.db.conn.executemany(
            "INSERT INTO assignments (sample, segment_id, coder, event_id) VALUES (?, ?, ?, ?)",
            [("oud", s, c, event) for s in answers[:6] for c in ("ann", "bob")],
        )
        back_to_version_4(project.db.conn)
    with Project.open(tmp_path / "old.db") as project:
        assert project.info()["schema_version"] == migrations.SCHEMA_VERSION
        status = project.samples.status("oud")
        assert status["legacy"] and status["unit"] == "answer"
        assert (status["frame"], status["drawn"]) == (20, 6)
        assert status["draws"][0]["seed"] == 4
        assert sorted(project.samples.queue("oud")) == answers[:6]


@pytest.mark.slow  # a pilot of the demo coded, then a draw
def test_neyman_allocation_puts_more_where_the_pilot_varies_more(study):
    study.samples.draw("pilot", 160, seed=1, allocation="equal")
    code_like_the_key(study, study.samples.queue("pilot"))
    status = study.samples.draw("main", 400, seed=2, allocation="neyman", pilot="pilot", code=CODE)
    drawn = {r["stratum"]: r["drawn"] for r in status["strata"]}
    assert sum(drawn.values()) == 400 and min(drawn.values()) >= 2
    draw = status["draws"][0]
    assert draw["allocation"] == "neyman" and draw["params"]["pilot"] == "pilot"
    frame = {r["stratum"]: r["frame_size"] for r in status["strata"]}
    assert draw["params"]["probabilities"] == pytest.approx({k: drawn[k] / frame[k] for k in frame})
    proportional = study.samples.draw("prop", 400, seed=2)
    assert drawn != {r["stratum"]: r["drawn"] for r in proportional["strata"]}
