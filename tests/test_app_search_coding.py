"""Coding from the Search page (issue 15): choose a code, press "+" on a hit, and the hit's
unit is coded by the coder at work; every check reads the project file back."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import Project
from conftest import app_on, open_page, shown, write_csv

ANSWERS = [
    "id,stratum,q",
    "R1,a,Collega's maakten grappen over mijn accent. Ik lachte maar mee.",
    "R2,a,Ik werd genegeerd in het werkoverleg.",
    "R3,b,Die grap over mijn hoofddoek vond niemand erg. Behalve ik.",
]


@pytest.fixture
def team(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    with Project.create(path, user="olga") as project:
        project.import_survey(
            write_csv(tmp_path / "s.csv", ANSWERS),
            id="id",
            stratum="stratum",
            weight=None,
            open=["q"],
        )
        project.segment()
        project.codebook.add("Vormen")
        project.codebook.add("Vormen/Grappen")
        project.codebook.add("Vormen/Buitensluiten")
        project.members.add("carl", "coder")
    return path


def answer_segment(path: Path, respondent_text: str) -> int:
    with Project.open(path, user="olga") as project:
        [hit] = [
            h
            for h in project.search("mijn", unit="answers")
            if respondent_text in h["snippet"].replace("[", "").replace("]", "")
        ]
        return hit["segment_id"]


def code_buttons(at) -> dict[int, object]:
    return {
        int(b.key.rsplit("-", 1)[1]): b
        for b in at.button
        if (b.key or "").startswith("search-code-")
    }


@pytest.mark.slow  # several AppTest reruns
def test_a_hit_is_coded_from_the_search_page_as_the_coder(team):
    at = open_page(app_on(team, coder="carl"), "ui/search_page.py")
    at.text_input(key="search_query").set_value("mijn").run()
    assert not at.exception, at.exception
    assert len(code_buttons(at)) == 2  # both hits, each with its button
    choose = at.selectbox(key="search_code")
    assert choose.options == ["Vormen/Grappen", "Vormen/Buitensluiten", "Vormen"]  # leaves first
    with Project.open(team, user="olga") as project:
        grappen = project.codebook.get("Vormen/Grappen").id
    choose.set_value(grappen).run()
    r3 = answer_segment(team, "Die grap over mijn hoofddoek")
    code_buttons(at)[r3].click().run()
    assert not at.exception, at.exception
    with Project.open(team, user="olga") as project:
        [coding] = project.coding.codings()
    assert (coding["segment_id"], coding["code_id"], coding["coder"]) == (r3, grappen, "carl")
    assert coding["text"] == "Die grap over mijn hoofddoek vond niemand erg. Behalve ik."
    assert "Coded: Vormen/Grappen" in [t.proto.body for t in at.toast][0]
    # the coded hit says so and cannot be coded twice; the other hit still can
    buttons = code_buttons(at)
    assert buttons[r3].disabled and buttons[r3].label.startswith("✓")
    others = [b for sid, b in buttons.items() if sid != r3]
    assert len(others) == 1 and not others[0].disabled
    assert "accent" in shown(at)  # the hits are still shown after the rerun
