"""The Suggestions page: run a model, review its proposals, accept and reject as the coder."""

from __future__ import annotations

from workbench import Project
from conftest import app_on, open_page

CODE = "Reacties/Vertrouwenspersoon"


def test_review_accept_and_reject_suggestions(demo_copy):
    with Project.open(demo_copy, user="ann") as project:
        for hit in project.search("vertrouwenspersoon", unit="answers", limit=1000)[:15]:
            project.code_segment(hit["segment_id"], CODE)
        for doc in project.documents(kind="answer", limit=40):
            project.code(doc["id"], 0, 3, "Vormen/Cultuur")
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
        decided = project.codings(sources=("accepted", "rejected"))
        assert sorted(c["source"] for c in decided) == ["accepted", "rejected"]
        assert {c["coder"] for c in decided} == {"ann"}
