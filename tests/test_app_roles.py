"""The app shows who is acting and as what, and its pages hide what the role cannot do (the
API refuses it anyway: tests/test_roles.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import Project
from conftest import app_on, open_page, shown, write_csv


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    with Project.create(path, user="olga") as p:
        p.import_survey(
            write_csv(tmp_path / "s.csv", ["id,stratum,q", "R1,a,Grappen over afkomst."]),
            id="id",
            stratum="stratum",
            weight=None,
            open=["q"],
            warm_nlp=False,
        )
        p.codebook.add("Grappen")
        p.members.add("carl", "coder")
        p.members.add("vera", "viewer")
    return path


def _sidebar(at) -> str:
    return "\n".join([c.value for c in at.sidebar.caption] + [e.value for e in at.sidebar.error])


def test_a_viewer_gets_browse_only(team_file):
    at = app_on(team_file, coder="vera").run()
    assert not at.exception
    assert "vera works as viewer." in _sidebar(at)
    assert at.title[0].value == "Browse"
    with pytest.raises(ValueError, match=r"Known pages: \['[^,]*browse_page.py'\]"):
        at.switch_page("ui/code_page.py")


def test_someone_who_is_no_member_is_told_so_and_gets_nothing(team_file):
    at = app_on(team_file, coder="eve").run()
    assert "eve is not a member of this project" in _sidebar(at)
    assert "may not open this project" in shown(at)
    with pytest.raises(ValueError, match="Known pages"):
        at.switch_page("ui/project_page.py")


def test_a_coder_sees_no_owner_controls(team_file):
    at = open_page(app_on(team_file, coder="carl"), "ui/codebook_page.py")
    assert "carl works as coder." in _sidebar(at)
    assert "Grappen" in shown(at)  # the codebook is read
    assert not at.tabs and not at.main.text_input  # no forms to change it
    at.switch_page("ui/export_page.py").run()
    assert not at.exception
    assert not [t for t in at.toggle if t.key == "export_viewer"]  # always the viewer rules
    at.switch_page("ui/project_page.py").run()
    assert not at.exception and not at.tabs  # no imports
    at.switch_page("ui/agreement_page.py").run()
    assert not at.exception and not at.get("form")  # no double-coding sample to assign
    owner = open_page(app_on(team_file, coder="olga"), "ui/codebook_page.py")
    assert "olga works as owner." in _sidebar(owner) and owner.tabs
    owner.switch_page("ui/agreement_page.py").run()
    assert owner.get("form")  # the owner designs double-coding samples


def test_a_single_user_project_says_so(tmp_path: Path):
    Project.create(tmp_path / "s.db", user="ann").close()
    at = app_on(tmp_path / "s.db", coder="ann").run()
    assert not at.exception
    assert "Single-user: ann works as owner (no members set)." in _sidebar(at)
