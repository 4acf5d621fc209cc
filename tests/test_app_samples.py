"""Coding samples in the app: the Samples page (draw, status per stratum, extend, which
answers to code next) and the Code page's queue from a coding sample (stored order, "done"
reviews, undo, the coder's place), run headless with AppTest on small project files built
here; every check reopens the project file to see what was written."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import Project
from conftest import app_on, open_page, open_tab, shown, snapshot
from sample_helpers import JOKES, code_sample, survey_project


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    return survey_project(tmp_path / "survey.db")


@pytest.fixture
def drawn(survey: Path) -> Path:
    with Project.open(survey, user="lead") as project:
        project.samples.draw("s1", 30, seed=1)
    return survey


def status(path: Path, name: str = "s1", coder: str | None = None) -> dict:
    with Project.open(path, user="check") as project:
        return project.samples.status(name, coder)


def samples_page(path: Path, language: str = "en", tab: str | None = None):
    at = open_page(app_on(path, language), "ui/samples_page.py")
    return open_tab(at, "samples_tab", tab) if tab else at


# -- Samples page ------------------------------------------------------------------------------
@pytest.mark.slow  # several AppTest reruns
def test_draw_a_stratified_sample_and_see_its_status(survey):
    at = samples_page(survey, tab="Draw a sample")
    assert "Frame: 80 units in 2 strata." in shown(at)
    at.text_input(key="draw_name").set_value("eerste ronde")
    at.number_input(key="draw_size").set_value(30)
    at.number_input(key="draw_seed").set_value(4)
    at.button(key="draw_go").click().run()
    assert not at.exception and not at.error
    found = status(survey, "eerste ronde")
    assert found["drawn"] == 30 and found["frame"] == 80 and found["reviewed"] == 0
    sizes = {r["stratum"]: r["drawn"] for r in found["strata"]}
    assert sum(sizes.values()) == 30 and found["draws"][0]["allocation"] == "population"
    assert sizes["uitvoering"] > sizes["rijk"] >= 2  # its answers stand for more people
    assert found["draws"][0]["seed"] == 4
    assert "Sample drawn: 30 of 80 units." in shown(at)
    open_tab(at, "samples_tab", "Status")
    table = next(d.value for d in at.dataframe if "Stratum" in d.value.columns)
    assert table.set_index("Stratum").loc["uitvoering"].to_dict() == {
        "Frame": 40,
        "Drawn": sizes["uitvoering"],
        "Reviewed": 0,
    }


@pytest.mark.slow  # several draws under AppTest
def test_draw_by_other_strata_equal_allocation_answers_and_per_stratum_sizes(survey):
    at = samples_page(survey, "nl", tab="Steekproef trekken")
    at.text_input(key="draw_name").set_value("per herkomst")
    at.radio(key="draw_unit").set_value("answer")
    at.multiselect(key="draw_strata").set_value(["herkomst"])
    at.number_input(key="draw_size").set_value(12)
    at.radio(key="draw_allocation").set_value("equal").run()
    at.button(key="draw_go").click().run()
    assert not at.exception and not at.error
    found = status(survey, "per herkomst")
    assert found["unit"] == "answer" and found["stratify_by"] == ["herkomst"]
    assert sorted(r["drawn"] for r in found["strata"]) == [4, 4, 4]
    # a size per stratum, typed into the table of strata
    at = samples_page(survey, tab="Draw a sample")
    at.text_input(key="draw_name").set_value("handmatig")
    at.radio(key="draw_size_mode").set_value("per_stratum").run()
    table = next(d.value for d in at.dataframe if "Available" in d.value.columns)
    assert table.to_dict(orient="list") == {
        "Stratum": ["rijk", "uitvoering"],
        "Available": [40, 40],
        "Size": [0, 0],
    }
    at.session_state["draw_sizes_stratum_respondent_None"] = {
        "edited_rows": {0: {"Size": 3}, 1: {"Size": 5}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.button(key="draw_go").click().run()
    assert not at.exception and not at.error
    found = status(survey, "handmatig")
    assert {r["stratum"]: r["drawn"] for r in found["strata"]} == {"rijk": 3, "uitvoering": 5}


@pytest.mark.slow  # several AppTest reruns
def test_neyman_draw_from_a_coded_pilot(drawn):
    code_sample(drawn, "s1", 30)
    at = samples_page(drawn, tab="Draw a sample")
    at.text_input(key="draw_name").set_value("hoofdronde")
    at.number_input(key="draw_size").set_value(20)
    at.radio(key="draw_allocation").set_value("neyman").run()
    at.selectbox(key="draw_pilot").set_value("s1")
    at.multiselect(key="draw_codes").set_value([JOKES]).run()
    at.button(key="draw_go").click().run()
    assert not at.exception and not at.error
    found = status(drawn, "hoofdronde")
    draw = found["draws"][0]
    assert found["drawn"] == 20 and draw["allocation"] == "neyman"
    assert draw["params"]["pilot"] == "s1" and draw["params"]["code"] == [JOKES]
    with Project.open(drawn, user="check") as project:  # the same draw as the API makes
        project.samples.draw("api", 20, allocation="neyman", pilot="s1", code=[JOKES])
    assert draw["sizes"] == status(drawn, "api")["draws"][0]["sizes"]


def test_a_bad_draw_says_why_and_changes_nothing(drawn):
    with Project.open(drawn, user="check") as project:
        before = snapshot(project)
    at = samples_page(drawn, tab="Draw a sample")
    at.text_input(key="draw_name").set_value("s1")  # taken
    at.number_input(key="draw_size").set_value(10)
    at.button(key="draw_go").click().run()
    assert not at.exception
    [error] = at.error
    assert "a sample named 's1' exists already" in error.value.replace("\\", "")
    at.text_input(key="draw_name").set_value("  ")
    at.button(key="draw_go").click().run()
    assert "the sample needs a name" in at.error[0].value
    with Project.open(drawn, user="check") as project:
        assert snapshot(project) == before


@pytest.mark.slow  # several AppTest reruns
def test_extend_a_sample(drawn):
    at = samples_page(drawn, tab="Extend")
    at.number_input(key="extend_size").set_value(10)
    at.button(key="extend_go").click().run()
    assert not at.exception and not at.error
    found = status(drawn)
    assert found["drawn"] == 40 and len(found["draws"]) == 2
    assert "Sample extended: now 40 of 80 units drawn." in shown(at)
    overview = at.dataframe[0].value
    assert overview.set_index("Sample").loc["s1", "Draws"] == 2


@pytest.mark.slow
def test_which_answers_to_code_next_draws_where_the_model_is_unsure(drawn):
    code_sample(drawn, "s1", 30)
    with Project.open(drawn, user="lead") as project:
        project.suggestions.run([JOKES])
    at = samples_page(drawn, tab="Which answers to code next")
    assert at.button(key="next_go").disabled  # no code chosen yet
    at.multiselect(key="next_codes").set_value([JOKES])
    at.number_input(key="next_size").set_value(8).run()
    at.button(key="next_go").click().run()
    assert not at.exception and not at.error
    found = status(drawn)
    assert found["drawn"] == 38 and found["draws"][-1]["allocation"] == "uncertainty"
    with Project.open(drawn, user="check") as project:
        queue = project.samples.queue("s1", coder="ann")
    assert len(queue) == 8  # the first 30 are reviewed: the new ones are all that is left
    listed = next(d.value for d in at.dataframe if "Text" in d.value.columns)
    assert len(listed) == 8 and "8 more units drawn" in shown(at)
    at.button(key="next_code").click().run()  # straight to the Code page on this sample
    assert not at.exception
    assert at.radio(key="queue_source").value == "sample"
    assert at.selectbox(key="queue_coding_sample").value == "s1"
    assert apply_ids(at) == [queue[0]]


def test_samples_page_without_answers(tmp_path):
    path = tmp_path / "empty.db"
    Project.create(path).close()
    at = samples_page(path, "nl")
    assert "Nog geen open antwoorden" in shown(at)


# -- the Code page's queue from a coding sample ---------------------------------------------------
def apply_ids(at) -> list[int]:
    return [int(b.key.split("-")[1]) for b in at.button if (b.key or "").startswith("apply-")]


def sample_queue(path: Path, coder: str = "ann", language: str = "en"):
    at = open_page(app_on(path, language, coder=coder), "ui/code_page.py")
    at.segmented_control(key="code_source").set_value("queue").run()
    at.radio(key="queue_source").set_value("sample").run()
    assert not at.exception
    return at


def progress(at) -> str:
    [bar] = at.get("progress")
    return bar.proto.text


@pytest.mark.slow  # several AppTest reruns
def test_the_sample_queue_serves_answers_in_the_stored_order_and_done_records_a_review(drawn):
    with Project.open(drawn, user="check") as project:
        order = project.samples.queue("s1")
    at = sample_queue(drawn)
    assert apply_ids(at) == [order[0]]
    assert progress(at).startswith("Reviewed by you: 0 of 30 drawn")
    # code the answer, then say nothing more applies
    at.button(key=f"apply-{order[0]}").click().run()
    at.button(key="sample_done").click().run()
    assert not at.exception and not at.error
    assert status(drawn, coder="ann")["reviewed"] == 1
    with Project.open(drawn, user="check") as project:
        assert project.samples.queue("s1", coder="ann") == order[1:]
        assert [c["segment_id"] for c in project.coding.codings()] == [order[0]]
    assert apply_ids(at) == [order[1]]  # moved on
    assert progress(at).startswith("Reviewed by you: 1 of 30 drawn")
    at.button(key="sample_done").click().run()
    assert status(drawn, coder="ann")["reviewed"] == 2 and apply_ids(at) == [order[2]]
    # another coder's queue is their own: bob starts at the beginning
    bob = sample_queue(drawn, coder="bob")
    assert apply_ids(bob) == [order[0]] and "by anyone: 2" in progress(bob)


@pytest.mark.slow  # several AppTest reruns
def test_a_refused_review_says_why_in_plain_text(drawn):
    """The error names the coder as typed: Markdown in it is shown, not rendered."""
    at = sample_queue(drawn, coder="model:**vet**")
    with Project.open(drawn, user="check") as project:
        before = snapshot(project)
    at.button(key="sample_done").click().run()
    assert not at.exception
    [error] = at.error
    assert "\\*\\*vet\\*\\*" in error.value  # escaped: the reader sees **vet**
    with Project.open(drawn, user="check") as project:
        assert snapshot(project) == before


@pytest.mark.slow  # several AppTest reruns
def test_undo_takes_back_a_review_and_returns_to_that_answer(drawn):
    with Project.open(drawn, user="check") as project:
        order = project.samples.queue("s1")
    at = sample_queue(drawn)
    at.button(key=f"apply-{order[0]}").click().run()
    at.button(key="sample_done").click().run()
    assert apply_ids(at) == [order[1]]
    at.button(key="undo").click().run()
    assert not at.exception
    assert "Undone: review" in shown(at)
    assert status(drawn, coder="ann")["reviewed"] == 0
    assert apply_ids(at) == [order[0]]  # back on the answer whose review was undone
    assert progress(at).startswith("Reviewed by you: 0 of 30")
    with Project.open(drawn, user="check") as project:  # the coding itself stays
        assert [c["segment_id"] for c in project.coding.codings()] == [order[0]]
    at.button(key="undo").click().run()  # the next undo takes back the coding
    with Project.open(drawn, user="check") as project:
        assert project.coding.codings() == []


@pytest.mark.slow  # several AppTest reruns
def test_the_coder_keeps_their_place(drawn):
    with Project.open(drawn, user="check") as project:
        order = project.samples.queue("s1")
    code_sample(drawn, "s1", 3)  # ann reviewed the first three in an earlier session
    at = sample_queue(drawn)
    assert apply_ids(at) == [order[3]]  # a new session starts at the first not reviewed
    at.button(key="sample_next").click().run()
    at.button(key="sample_next").click().run()
    assert apply_ids(at) == [order[5]]
    at.radio(key="queue_source").set_value("uncoded").run()  # away and back
    at.radio(key="queue_source").set_value("sample").run()
    assert apply_ids(at) == [order[5]]
    at.button(key="sample_prev").click().run()
    assert apply_ids(at) == [order[4]]
    at.number_input(key="sample_queue_pos").set_value(1).run()  # a reviewed one: says so
    assert apply_ids(at) == [order[0]] and "You have reviewed this answer." in shown(at)
    at.button(key="sample_done").click().run()  # no second review; on to the next open one
    assert apply_ids(at) == [order[3]]
    with Project.open(drawn, user="check") as project:
        assert sum(e["action"] == "review" for e in project.events(200)) == 3


@pytest.mark.slow  # several AppTest reruns
def test_the_sample_queue_when_every_answer_is_reviewed_and_when_there_is_no_sample(survey):
    at = sample_queue(survey, language="nl")
    assert "Nog geen codeersteekproef" in shown(at)
    with Project.open(survey, user="lead") as project:
        project.samples.draw("klein", 4, seed=2)
    code_sample(survey, "klein", 4)
    at = sample_queue(survey)
    assert "You have reviewed all 4 answers of this sample." in shown(at)
    assert progress(at).startswith("Reviewed by you: 4 of 4 drawn")
