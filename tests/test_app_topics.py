"""The Topics page: run a topic model, read topics, promote one to a draft code."""

from __future__ import annotations

from workbench import Project
from conftest import app_on, open_page


def test_run_read_and_promote_a_topic(demo_copy):
    at = open_page(app_on(demo_copy, timeout=300), "ui/topics_page.py")
    assert any("No topics yet" in i.value for i in at.info)
    [run] = [b for b in at.button if b.label == "Find topics"]
    run.click().run()
    assert not at.exception
    assert len(at.expander) >= 2
    at.text_input(key="promote-path-1-0").set_value("Nieuw/Onderwerp nul").run()
    [promote] = [b for b in at.button if b.key == "promote-1-0"]
    promote.click().run()
    assert not at.exception
    with Project.open(demo_copy) as project:
        code = project.codebook.get("Nieuw/Onderwerp nul")
        assert "draft" in code.definition.lower() or "concept" in code.definition.lower()
        assert project.codings() == []
        assert project.codings(sources=("suggestion",))
