"""The Suggestions page: run a model, review its proposals, accept and reject as the coder."""

from __future__ import annotations

import pytest

from workbench import Project
from conftest import app_on, open_page, shown

CODE = "Reacties/Vertrouwenspersoon"


@pytest.mark.slow  # a model fitted, then the app under AppTest
def test_review_accept_and_reject_suggestions(demo_copy):
    with Project.open(demo_copy, user="ann") as project:
        for hit in project.search("vertrouwenspersoon", unit="answers", limit=1000)[:15]:
            project.coding.code_segment(hit["segment_id"], CODE)
        for doc in project.documents(kind="answer", limit=40):
            project.coding.code(doc["id"], 0, 3, "Vormen/Cultuur")
    at = open_page(app_on(demo_copy, timeout=180), "ui/suggest_page.py")
    at.multiselect(key="suggest_codes").set_value([CODE])
    [run] = [b for b in at.button if b.label == "Make suggestions"]
    run.click().run()
    assert not at.exception
    accepts = [b for b in at.button if b.label == "Accept"]
    rejects = [b for b in at.button if b.label == "Reject"]
    assert accepts and len(accepts) == len(rejects)
    accepts[0].click().run()
    [b for b in at.button if b.label == "Reject"][0].click().run()
    assert not at.exception
    with Project.open(demo_copy) as project:
        decided = project.coding.codings(sources=("accepted", "rejected"))
        assert sorted(c["source"] for c in decided) == ["accepted", "rejected"]
        assert {c["coder"] for c in decided} == {"ann"}


@pytest.mark.slow  # a model fitted, then the app under AppTest
def test_suggestions_in_the_code_page_queue(demo_copy):
    """Suggestions are reviewed in the coding queue itself: the unit in view carries the
    proposal; accepting writes an accepted coding for this coder and the next proposal
    moves up."""
    with Project.open(demo_copy, user="ann") as project:
        for hit in project.search("vertrouwenspersoon", unit="answers", limit=1000)[:15]:
            project.coding.code_segment(hit["segment_id"], CODE)
        for doc in project.documents(kind="answer", limit=40):
            project.coding.code(doc["id"], 0, 3, "Vormen/Cultuur")
        project.suggestions.run([CODE])
        queue = project.suggestions.queue(coder="bob", code=CODE, limit=2)
    at = open_page(app_on(demo_copy, coder="bob", timeout=180), "ui/code_page.py")
    at.segmented_control(key="code_source").set_value("queue").run()
    at.radio(key="queue_source").set_value("suggested").run()
    at.selectbox(key="queue_code").set_value(CODE).run()
    assert not at.exception
    in_view = [b.key for b in at.button if (b.key or "").startswith("apply-")]
    assert in_view == [f"apply-{queue[0]['segment_id']}"]  # the proposal's unit is in view
    assert CODE in shown(at)
    at.button(key="queue_accept").click().run()
    assert not at.exception
    with Project.open(demo_copy) as project:
        [accepted] = project.coding.codings(sources=("accepted",))
        assert (accepted["coder"], accepted["segment_id"]) == ("bob", queue[0]["segment_id"])
        assert project.suggestions.queue(coder="bob", code=CODE, limit=1)[0]["id"] == queue[1]["id"]
    at.button(key="queue_reject").click().run()
    with Project.open(demo_copy) as project:
        [rejected] = project.coding.codings(sources=("rejected",))
        assert rejected["segment_id"] == queue[1]["segment_id"]
