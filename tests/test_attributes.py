"""Hand corrections of a speaker attribute and of a respondent's survey variable: one event
with the old and new value each, read back by every later read; a bad value, an unknown
speaker, respondent or variable, or a design column is refused in one line and leaves the
project exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from workbench import InputError, Project
from conftest import snapshot, write, write_csv

TRANSCRIPT = """Gespreksleider: Wat hebt u meegemaakt?
Fatma: Mijn teamleider sprak mijn naam expres verkeerd uit.
Jeroen: Bij ons werd daar om gelachen.
"""


@pytest.fixture
def project(tmp_path: Path):
    import pyreadstat

    frame = pd.DataFrame(
        {
            "respnr": ["2024-0017", "2024-0018", "2024-0019"],
            "strat": ["rijk", "rijk", "gemeente"],
            "gew": [1.25, 0.8, 2.0],
            "herkomst": [1.0, 2.0, 1.0],
            "leeftijd": [34.0, 51.0, 28.0],
            "afdeling": ["Financiën", "HR", "ICT"],
            "toelichting": ["Ik werd buitengesloten.", "Grappen over mijn naam.", ""],
        }
    )
    sav = tmp_path / "per.sav"
    pyreadstat.write_sav(
        frame,
        sav,
        variable_value_labels={"herkomst": {1.0: "Nederland", 2.0: "Buiten Europa"}},
    )
    with Project.create(tmp_path / "p.db", user="lead") as p:
        p.import_survey(sav, id="respnr", stratum="strat", weight="gew", open=["toelichting"])
        p.import_transcript(write(tmp_path, "fg.txt", TRANSCRIPT), group="fg-uitvoering")
        p.import_speakers(
            write_csv(
                tmp_path / "sp.csv",
                ["group,speaker,rol", "fg-uitvoering,Fatma,deelnemer"],
            )
        )
        yield p


def last_event(p: Project) -> tuple[str, dict]:
    action, payload = p.db.execute(
        "SELECT action, payload FROM events ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return action, json.loads(payload)


def attributes_of(p: Project, speaker: str) -> dict:
    [found] = [s for s in p.speakers("fg-uitvoering") if s["name"] == speaker]
    return found["attributes"]


def test_a_speaker_attribute_is_set_changed_and_removed_with_one_event_each(project):
    project.set_speaker_attribute("fg-uitvoering", "Jeroen", "rol", " deelnemer ")
    assert attributes_of(project, "Jeroen") == {"rol": "deelnemer"}
    project.set_speaker_attribute("fg-uitvoering", "Fatma", "rol", "gespreksleider")
    assert attributes_of(project, "Fatma") == {"rol": "gespreksleider"}
    assert last_event(project) == (
        "set-speaker",
        {
            "group": "fg-uitvoering",
            "speaker": "Fatma",
            "attribute": "rol",
            "old": "deelnemer",
            "new": "gespreksleider",
        },
    )
    project.set_speaker_attribute("fg-uitvoering", "Fatma", "rol", "")
    assert attributes_of(project, "Fatma") == {}
    assert last_event(project)[1]["new"] is None


@pytest.mark.parametrize(
    "args, says",
    [
        (("fg-uitvoering", "Fatima", "rol", "x"), "no speaker 'Fatima' in group 'fg-uitvoering'"),
        (("fg-beleid", "Fatma", "rol", "x"), "no such group"),
        (("fg-uitvoering", "Fatma", "  ", "x"), "the attribute has no name"),
        (("fg-uitvoering", "Fatma", "speaker", "x"), "names the speaker"),
    ],
)
def test_a_bad_speaker_edit_is_one_line_and_changes_nothing(project, args, says):
    before = snapshot(project)
    with pytest.raises(InputError) as refused:
        project.set_speaker_attribute(*args)
    assert says in str(refused.value) and "\n" not in str(refused.value)
    assert snapshot(project) == before


def test_a_respondent_variable_is_corrected_and_every_read_sees_it(project):
    result = project.set_respondent_value("2024-0018", "herkomst", "Nederland")  # by label
    assert (result["old"], result["new"]) == (2, 1)
    project.set_respondent_value("2024-0017", "leeftijd", "35,5")  # a Dutch decimal comma
    project.set_respondent_value("2024-0019", "afdeling", " Juridische Zaken ")
    frame = project.respondents().set_index("respondent")
    assert frame.loc["2024-0018", "herkomst"] == 1
    assert frame.loc["2024-0017", "leeftijd"] == 35.5
    assert frame.loc["2024-0019", "afdeling"] == "Juridische Zaken"
    assert last_event(project) == (
        "set-variable",
        {
            "respondent": "2024-0019",
            "variable": "afdeling",
            "old": "ICT",
            "new": "Juridische Zaken",
        },
    )
    project.set_respondent_value("2024-0019", "leeftijd", "")  # cleared: missing
    assert pd.isna(project.respondents().set_index("respondent").loc["2024-0019", "leeftijd"])


@pytest.mark.parametrize(
    "args, says",
    [
        (("2024-0099", "leeftijd", "40"), "no respondent '2024-0099'"),
        (("2024-0017", "lengte", "180"), "no survey variable 'lengte'"),
        (("2024-0017", "leeftijd", "veertig"), "'veertig' is not a number"),
        (
            ("2024-0017", "herkomst", "3"),
            "'3' is none of its codes: 1 (Nederland), 2 (Buiten Europa)",
        ),
        (("2024-0017", "herkomst", "Azië"), "'Azië' is none of its codes: 1 (Nederland)"),
        (("2024-0017", "gew", "3"), "it is the survey's weight and is not edited by hand"),
        (("2024-0017", "strat", "gemeente"), "it is the survey's stratum"),
    ],
)
def test_a_bad_respondent_edit_is_one_line_and_changes_nothing(project, args, says):
    before = snapshot(project)
    with pytest.raises(InputError) as refused:
        project.set_respondent_value(*args)
    assert says in str(refused.value) and "\n" not in str(refused.value)
    assert snapshot(project) == before
