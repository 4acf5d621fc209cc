"""The Streamlit pages, run headless with AppTest on real project files."""

from __future__ import annotations

import pytest

from workbench import Project
from conftest import ROOT, app_on, write_csv


@pytest.fixture
def hostile(tmp_path):
    """A project whose data tries to run script and markdown in the UI."""
    path = tmp_path / "hostile.db"
    with Project.create(path, name="hostile") as project:
        survey = write_csv(
            tmp_path / "s.csv",
            [
                "id,stratum,w,q",
                '1,a,1,"<script>alert(1)</script> **vet** [link](http://x) genegeerd"',
            ],
        )
        project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
        project.segment()
    return path


def test_project_page_shows_counts_of_the_demo(demo_file):
    at = app_on(demo_file).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Respondents"] == "4,481"
    assert int(metrics["Transcripts"]) == 6
    assert "PER 2023 demo" in at.title[0].value


def test_project_page_without_a_project_offers_to_create_one(tmp_path):
    at = app_on(tmp_path / "new.db").run()
    assert not at.exception
    at.text_input(key="new_project_path").set_value(str(tmp_path / "new.db"))
    at.button[0].click().run()
    assert not at.exception
    assert (tmp_path / "new.db").exists()
    assert at.title[0].value == "new"


def test_ui_language_switches(demo_file):
    english = app_on(demo_file, "en").run()
    dutch = app_on(demo_file, "nl").run()
    assert "Import survey" in [t.label for t in english.tabs]
    assert "Enquête importeren" in [t.label for t in dutch.tabs]


def test_documents_page_shows_turns_with_speakers(demo_file):
    at = app_on(demo_file).run()
    at.switch_page("ui/documents_page.py").run()
    assert not at.exception
    frame = at.dataframe[0].value
    assert {"Speaker", "Text", "Time"} <= set(frame.columns)  # labelled in the UI's language
    assert len(frame) >= 40
    assert "Moderator" in set(frame["Speaker"]) or frame["Speaker"].nunique() >= 6


def test_search_page_escapes_data_text(hostile):
    at = app_on(hostile).run()
    at.switch_page("ui/search_page.py").run()
    at.text_input(key="search_query").set_value("genegeerd").run()
    assert not at.exception
    [block] = [h.proto.body for h in at.get("html") if "genegeerd" in h.proto.body]
    assert "<script>" not in block and "&lt;script&gt;" in block
    assert "**vet**" in block  # markdown is shown, not rendered


def test_documents_page_shows_answer_text_escaped(hostile):
    at = app_on(hostile).run()
    at.switch_page("ui/documents_page.py").run()
    at.radio(key="doc_kind").set_value("Answers").run()
    assert not at.exception
    [block] = [h.proto.body for h in at.get("html") if "vet" in h.proto.body]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; **vet**" in block


def test_every_ui_string_is_defined_once_in_both_languages():
    """Read from the parts' source: a key written twice in one dict literal, or in two parts,
    would silently show one string in place of the other. Every part is merged."""
    import ast
    from pathlib import Path

    from ui import i18n

    folder = ROOT / "ui" / "strings"
    assert {Path(part.__file__) for part in i18n.PARTS} == set(folder.glob("[!_]*.py"))
    keys = []
    for part in i18n.PARTS:
        tree = ast.parse(Path(part.__file__).read_text(encoding="utf-8"))
        [table] = [
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.AnnAssign) and getattr(n.target, "id", "") == "STRINGS"
        ]
        keys += [k.value for k in table.keys]
        for key, entry in zip(table.keys, table.values):
            assert {k.value for k in entry.keys} == {"nl", "en"}, (part.__name__, key.value)
            assert all(isinstance(v, ast.Constant) and v.value for v in entry.values), key.value
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
    assert sorted(keys) == sorted(i18n.STRINGS)


def test_a_ui_string_in_two_parts_stops_the_merge():
    from types import ModuleType

    from ui.i18n import merged

    one, two = ModuleType("ui.strings.one"), ModuleType("ui.strings.two")
    one.STRINGS = {"save": {"nl": "Opslaan", "en": "Save"}}
    two.STRINGS = {"save": {"nl": "Bewaren", "en": "Keep"}}
    assert merged((one,)) == one.STRINGS
    with pytest.raises(
        ValueError, match="'save' is defined in both ui.strings.one and ui.strings.two"
    ):
        merged((one, two))
