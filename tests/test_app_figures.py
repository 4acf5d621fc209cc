"""Code figures in the app say what they rest on: the estimate tool's method choice (complete,
sample, model-assisted) with sample, coding rule and model run; the basis line in the UI's
language, the coverage and the model's agreement under every figure of a code (estimate
tool, joint display, Browse); and a short note, not an error, where no valid figure
exists. Small project files built here (tests/sample_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import Project
from workbench.figures import basis
from conftest import app_on, open_page, open_tab, shown
from sample_helpers import JOKES, code_sample, survey_project, theme_of

HOSTILE = "<b>ronde</b> **1** [x](http://x)"


@pytest.fixture
def coded(tmp_path: Path) -> Path:
    """A sample of 40 of the 80 respondents, 30 of them coded and reviewed by ann."""
    path = survey_project(tmp_path / "coded.db")
    with Project.open(path, user="lead") as project:
        project.samples.draw("s1", 40, seed=1)
    code_sample(path, "s1", 30)
    return path


def figure(path: Path, **request) -> dict:
    with Project.open(path, user="check") as project:
        return project.estimate(code=JOKES, among="answered", **request)


TABS = {
    "estimates": ("Estimates", "Schattingen"),
    "joint": ("Joint display", "Gezamenlijke weergave"),
}


def notes(at, kind: str, tab: str | None = None) -> list[str]:
    """The plain-text notes of ``kind`` (basis, coverage, agreement), in one tab if given."""
    where = at if tab is None else next(x for x in at.tabs if x.label in TABS[tab])
    return [h.proto.body for h in where.get("html") if f"duiding-{kind}" in h.proto.body]


def tab_of(at, tab: str):
    return next(x for x in at.tabs if x.label in TABS[tab])


def code_estimate(path: Path, language: str, method: str, **choices):
    at = open_page(app_on(path, language), "ui/mixed_page.py")
    open_tab(at, "mixed_tab", TABS["estimates"][language == "nl"])  # only the open tab runs
    at.radio(key="est_kind").set_value("code").run()
    at.selectbox(key="est_code").set_value(JOKES)
    at.radio(key="est_method").set_value(method).run()
    for key, value in choices.items():
        at.selectbox(key=key).set_value(value)
    at.run()
    assert not at.exception, at.exception
    return at


def estimate_rows(at):
    return next(d.value for d in tab_of(at, "estimates").dataframe if "n" in d.value.columns)


@pytest.mark.parametrize("language, method_name", [("en", "Sample"), ("nl", "Steekproef")])
@pytest.mark.slow  # several AppTest reruns
def test_estimate_by_sample_shows_its_basis_in_the_ui_language(coded, language, method_name):
    expected = figure(coded, method="sample", sample="s1")
    at = code_estimate(coded, language, "sample", est_sample="s1")
    assert not at.error
    [line] = notes(at, "basis", "estimates")
    assert f"{method_name}: {basis(expected, language)}" in line
    assert (
        "based on 30 human-coded answers of 80"
        if language == "en"
        else "op basis van 30 door mensen gecodeerde antwoorden van 80"
    ) in line
    [row] = estimate_rows(at).to_dict(orient="records")
    assert (
        row[{"en": "Estimate", "nl": "Schatting"}[language]]
        == f"{100 * expected['estimates'][0]['estimate']:.1f}%"
    )
    assert row[{"en": "n coded", "nl": "n gecodeerd"}[language]] == "30"
    [coverage] = notes(at, "coverage", "estimates")
    assert (
        "known for 30 of 80 answers (30 reviewed"
        if language == "en"
        else "bekend voor 30 van 80 antwoorden (30 afgerond"
    ) in coverage
    assert (
        "sample s1: 30 of 40 coded" if language == "en" else "steekproef s1: 30 van 40 gecodeerd"
    ) in coverage


@pytest.mark.slow  # several AppTest reruns
def test_complete_is_refused_with_a_note_until_every_answer_is_known(coded):
    at = code_estimate(coded, "en", "complete")
    assert not at.error
    assert "No valid figure yet" in shown(at)
    assert "known for 30 of 80 answers" in notes(at, "coverage", "estimates")[0]
    with Project.open(coded, user="ann") as project:  # ann reads the other 50 as well
        project.samples.review(list(theme_of(coded)), coder="ann")
    at = code_estimate(coded, "en", "complete")
    assert not at.error and "No valid figure yet" not in shown(at)
    [line] = notes(at, "basis", "estimates")
    assert "Complete: based on all 80 answers in scope, coded by humans" in line


@pytest.mark.slow  # several AppTest reruns
def test_coding_rule_of_one_coder(coded):
    at = code_estimate(coded, "nl", "sample", est_sample="s1", est_rule="ann")
    assert not at.error
    assert "(codeur ann)" in notes(at, "basis", "estimates")[0]
    at = code_estimate(coded, "en", "sample", est_sample="s1")
    assert at.selectbox(key="est_rule").options == [
        "consensus, else any coder",
        "any coder",
        "coder ann",
    ]
    assert "(consensus where recorded, else any coder)" in notes(at, "basis", "estimates")[0]


@pytest.mark.slow  # several AppTest reruns
def test_sample_and_coder_names_in_the_basis_are_plain_text(tmp_path):
    path = survey_project(tmp_path / "hostile.db")
    with Project.open(path, user="lead") as project:
        project.samples.draw(HOSTILE, 40, seed=1)
    code_sample(path, HOSTILE, 30)
    at = code_estimate(path, "en", "sample", est_sample=HOSTILE)
    [line] = notes(at, "basis", "estimates")
    assert "(&lt;b&gt;ronde&lt;/b&gt; **1** [x](http://x))" in line and "<b>ronde" not in line
    assert "&lt;b&gt;ronde&lt;/b&gt;" in notes(at, "coverage", "estimates")[0]


@pytest.mark.slow
def test_model_assisted_shows_the_models_agreement_with_the_coders(coded):
    with Project.open(coded, user="lead") as project:
        run = project.suggestions.run([JOKES])["run"]
    expected = figure(coded, method="model-assisted", sample="s1", model_run=run)
    agreement = expected["model_agreement"]
    at = code_estimate(coded, "en", "model-assisted", est_sample="s1", est_run=run)
    assert not at.error
    assert at.selectbox(key="est_rule").options == [  # the model is no coding rule
        "consensus, else any coder",
        "any coder",
        "coder ann",
    ]
    assert f"Model-assisted: {basis(expected, 'en')}" in notes(at, "basis", "estimates")[0]
    assert f"model-assisted with run {run}" in notes(at, "basis", "estimates")[0]
    [line] = notes(at, "agreement", "estimates")
    assert (
        f"kappa {agreement['kappa']:.2f}, alpha {agreement['alpha']:.2f} (n = {agreement['n']})"
    ) in line and agreement["n"] == 30
    nl = code_estimate(coded, "nl", "model-assisted", est_sample="s1")
    assert f"Modelondersteund: {basis(expected, 'nl')}" in notes(nl, "basis", "estimates")[0]
    [line] = notes(nl, "agreement", "estimates")
    assert "kappa" in line and "alfa" in line


# -- the joint display -------------------------------------------------------------------------
def joint(path: Path, language: str = "en"):
    at = open_page(app_on(path, language), "ui/mixed_page.py")
    at.selectbox(key="joint_code").set_value(JOKES)
    at.selectbox(key="joint_by").set_value("herkomst").run()
    assert not at.exception, at.exception
    return at


def test_joint_display_without_a_valid_figure_shows_a_note_not_an_error(tmp_path):
    path = survey_project(tmp_path / "partly.db")
    themes = theme_of(path)
    with Project.open(path, user="ann") as project:  # coded where seen, nothing reviewed
        for segment in [s for s, theme in themes.items() if theme == JOKES][:12]:
            project.coding.code_segment(segment, JOKES)
    for language, note in (("en", "No valid figure yet"), ("nl", "Nog geen geldig cijfer")):
        at = joint(path, language)
        assert not at.error
        assert any(note in i.value for i in at.info)
        [coverage] = notes(at, "coverage", "joint")
        assert ("known for 12 of 80" if language == "en" else "bekend voor 12 van 80") in coverage
        assert not notes(at, "basis", "joint")
        assert at.text_area  # the verdict can still be recorded


def test_joint_display_shows_the_best_figure_with_its_basis(coded):
    at = joint(coded, "nl")
    assert not at.error
    expected = figure(coded, method="sample", sample="s1", by=["herkomst"])
    assert f"Steekproef: {basis(expected, 'nl')}" in notes(at, "basis", "joint")[0]
    table = next(d.value for d in tab_of(at, "joint").dataframe if "n gecodeerd" in d.value.columns)
    assert list(table["herkomst"]) == [r["herkomst"] for r in expected["estimates"]]


# -- Browse --------------------------------------------------------------------------------------
@pytest.mark.slow  # several AppTest reruns
def test_browse_shows_the_basis_under_a_themes_figure(tmp_path):
    path = survey_project(tmp_path / "browse.db")
    with Project.open(path, user="lead") as project:
        project.samples.draw("s1", 40, seed=1)
    code_sample(path, "s1", 40)
    expected = figure(path, method="sample", sample="s1")
    for language, prefix in (("nl", "Steekproef"), ("en", "Sample")):
        at = open_page(app_on(path, language), "ui/browse_page.py")
        assert not at.exception
        cards = [h.proto.body for h in at.get("html") if "duiding-theme" in h.proto.body]
        card = next(c for c in cards if "Opmerkingen en grappen" in c)
        assert f"{prefix}: {basis(expected, language)}" in card
