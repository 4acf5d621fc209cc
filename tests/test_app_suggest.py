"""The Suggestions page: run a model, review its proposals, accept and reject as the coder."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from workbench import Project
from conftest import ROOT

CODE = "Reacties/Vertrouwenspersoon"


def test_review_accept_and_reject_suggestions(demo_copy):
    with Project.open(demo_copy, user="ann") as project:
        for hit in project.search("vertrouwenspersoon", unit="answers", limit=1000)[:15]:
            project.code_segment(hit["segment_id"], CODE)
        for doc in project.documents(kind="answer", limit=40):
            project.code(doc["id"], 0, 3, "Vormen/Cultuur")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.session_state["project_path"] = str(demo_copy)
    at.session_state["ui_language"] = "en"
    at.session_state["coder"] = "ann"
    at.run()
    at.switch_page("ui/suggest_page.py").run()
    assert not at.exception
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
