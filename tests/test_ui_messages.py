"""The API's common refusals and empty states reach the Dutch UI in Dutch (ui/messages.py):
each raised by the real API, then shown as the UI would; other messages and the English UI
keep the API's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.messages import localised
from workbench import InputError, PermissionDenied, Project
from conftest import app_on, shown, write_csv


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    with Project.create(path, user="olga") as p:
        p.import_survey(
            write_csv(tmp_path / "s.csv", ["id,stratum,q", "R1,a,Er werden grappen gemaakt."]),
            id="id",
            stratum="stratum",
            weight=None,
            open=["q"],
            warm_nlp=False,
        )
        p.codebook.add("Grappen")
        p.members.add("vera", "viewer")
    return path


def raised(call) -> Exception:
    with pytest.raises((InputError, PermissionDenied)) as caught:
        call()
    return caught.value


def test_common_refusals_and_empty_states_are_dutch(team_file, tmp_path):
    with Project.create(tmp_path / "leeg.db", user="ann") as empty:
        no_codes = raised(lambda: empty.suggestions.run())
        no_units = raised(lambda: empty.topics.run())
        no_respondents = raised(
            lambda: empty.export("report", tmp_path / "r.html", items=[("x", ["a"])])
        )
    with Project.open(team_file, user="olga") as owner:
        twice = raised(lambda: owner.codebook.add("Grappen"))
        [document] = owner.documents(kind="answer")
        segment = owner.segments(document["id"], kind="answer")[0]["id"]
    with Project.open(team_file, user="vera") as viewer:
        refused = raised(lambda: viewer.coding.code_segment(segment, "Grappen"))
        unread = raised(lambda: viewer.search("grappen", unit="answers"))
    expected = {
        no_codes: "het codeboek is leeg: er valt niets voor te stellen",
        no_units: "nog geen antwoorden: lees eerst gegevens in en splits ze in zinnen",
        no_respondents: "het project heeft geen respondenten: lees eerst een enquête in",
        twice: "code 'Grappen' bestaat al (wijzig haar onder Bewerken)",
        refused: "team.db: 'vera' (lezer) mag dit niet: 'code' doen (alleen codeurs en "
        "eigenaren mogen dat); er is niets veranderd",
        unread: "team.db: 'vera' (lezer) mag dit niet: teksten lezen zoals ze zijn opgeslagen "
        "(alleen codeurs en eigenaren mogen dat); er is niets veranderd",
    }
    for error, dutch in expected.items():
        assert localised(error, "nl") == dutch
        assert localised(error, "en") == str(error)  # the English UI: the API's words


def test_a_message_without_a_pattern_keeps_the_api_words_and_its_place():
    error = InputError("enquete.csv", "no survey variable 'leeftijd' to stratify by", row=7)
    assert localised(error, "nl") == "enquete.csv: rij 7: geen enquêtevariabele 'leeftijd'"
    other = InputError("enquete.csv", "stratum column 'laag' has missing values", row=2)
    assert localised(other, "nl") == str(other)


def test_the_dutch_app_tells_a_non_member_in_dutch(team_file):
    at = app_on(team_file, language="nl", coder="eve").run()
    assert "dit project openen; er is niets veranderd" in shown(at)
    assert "may not open this project" not in shown(at)
