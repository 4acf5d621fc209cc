"""The Documents page: an owner corrects a speaker's attribute and a respondent's survey
variable (recorded, read back from the file); a bad value is one error line and changes
nothing; a coder sees the values but no form."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import Project
from conftest import app_on, open_page, snapshot, write, write_csv

TRANSCRIPT = """Gespreksleider: Wat hebt u meegemaakt?
Fatma: Mijn teamleider sprak mijn naam expres verkeerd uit.
Jeroen: Bij ons werd daar om gelachen.
"""


@pytest.fixture
def owned(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    with Project.create(path, user="olga") as p:
        p.import_survey(
            write_csv(
                tmp_path / "s.csv",
                ["respnr,strat,leeftijd,q", "2024-0017,rijk,34,Ik werd buitengesloten."],
            ),
            id="respnr",
            stratum="strat",
            weight=None,
            open=["q"],
        )
        p.import_transcript(write(tmp_path, "fg.txt", TRANSCRIPT), group="fg-uitvoering")
        p.import_speakers(
            write_csv(tmp_path / "sp.csv", ["group,speaker,rol", "fg-uitvoering,Fatma,deelnemer"])
        )
    return path


def speakers(path: Path) -> dict[str, dict]:
    with Project.open(path, user="olga") as p:
        return {s["name"]: s["attributes"] for s in p.speakers("fg-uitvoering")}


def speakers_table(at):
    [table] = [
        d.value
        for d in at.dataframe
        if {"Speaker", "Spreker"} & set(d.value.columns) and "turns" in d.value.columns
    ]
    return table


@pytest.mark.slow  # several AppTest reruns
def test_an_owner_sets_a_speaker_attribute_on_the_documents_page(owned):
    at = open_page(app_on(owned, coder="olga", language="nl"), "ui/documents_page.py")
    prefix = "speaker_edit_fg-uitvoering"
    at.selectbox(key=f"{prefix}_speaker").set_value("Jeroen").run()
    choose = at.selectbox(key=f"{prefix}_attribute")
    assert choose.options[0] == "rol"  # the attributes the group's speakers have
    choose.select_index(len(choose.options) - 1).run()  # a new one
    at.text_input(key=f"{prefix}_new").set_value("functie")
    at.text_input(key=f"{prefix}_value").set_value("jurist")
    at.button(key=f"{prefix}_save").click().run()
    assert not at.exception, at.exception
    assert speakers(owned)["Jeroen"] == {"functie": "jurist"}
    assert [s.value for s in at.success] == ["Opgeslagen: Jeroen · functie = jurist"]
    # the speakers table shows the new value
    table = speakers_table(at)
    assert table.set_index("Spreker").loc["Jeroen", "functie"] == "jurist"


@pytest.mark.slow  # several AppTest reruns
def test_a_bad_respondent_value_is_one_error_line_and_changes_nothing(owned):
    at = open_page(app_on(owned, coder="olga", language="nl"), "ui/documents_page.py")
    at.radio(key="doc_kind").set_value("Antwoorden").run()
    prefix = "respondent_edit_2024-0017"
    at.selectbox(key=f"{prefix}_variable").set_value("leeftijd")
    with Project.open(owned, user="olga") as p:
        before = snapshot(p)
    at.text_input(key=f"{prefix}_value").set_value("veertig")
    at.button(key=f"{prefix}_save").click().run()
    assert not at.exception, at.exception
    [error] = at.error
    shown = error.value.replace("\\", "")  # as Markdown-escaped for display
    assert "'veertig' is not a number" in shown and "\n" not in shown
    with Project.open(owned, user="olga") as p:
        assert snapshot(p) == before
    at.text_input(key=f"{prefix}_value").set_value("35").run()
    at.button(key=f"{prefix}_save").click().run()
    assert not at.error
    with Project.open(owned, user="olga") as p:
        assert p.respondents().set_index("respondent").loc["2024-0017", "leeftijd"] == 35
        [event] = [e for e in p.events() if e["action"] == "set-variable"]
        assert event["actor"] == "olga"


def test_a_coder_sees_speakers_but_no_form(owned):
    with Project.open(owned, user="olga") as p:
        p.members.add("carl", "coder")
    at = open_page(app_on(owned, coder="carl"), "ui/documents_page.py")
    assert "rol" in speakers_table(at).columns
    assert not [b for b in at.button if (b.key or "").endswith("_save")]
