"""The app's two modes, run headless with AppTest: single-user laptop mode says so and keeps
its coder field; server mode ($DUIDING_PROJECTS) shows nothing but the sign-in form until a
local account signs in, has no coder field and no path field, and creates projects only in
its folder, as the signed-in user. The real browser runs are in test_browser_signin.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench import PermissionDenied, Project
from workbench.accounts import ACCOUNTS_FILE, Accounts
from conftest import ROOT

PASSWORD = "Pindakaas-met-sambal"


@pytest.fixture(scope="module")
def accounts_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An accounts file with vera, hashed once for the module (Argon2 is slow on purpose)."""
    folder = tmp_path_factory.mktemp("accounts")
    with Accounts(folder) as accounts:
        accounts.add("vera", PASSWORD)
    return folder / ACCOUNTS_FILE


@pytest.fixture
def folder(tmp_path: Path, accounts_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "projects"
    root.mkdir()
    shutil.copy(accounts_file, root / ACCOUNTS_FILE)
    with Project.create(root / "studie.db", name="Studie", user="lead") as project:
        project.members.add("lead", role="owner")
        project.members.add("vera", role="coder")
    Project.create(root / "laptop.db", name="Laptop", user="lead").close()  # no members
    monkeypatch.setenv("DUIDING_PROJECTS", str(root))
    monkeypatch.setenv("DUIDING_USER", "server-login-name")
    return root


def app(language: str = "en"):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["ui_language"] = language
    return at


def captions(at) -> str:
    return " ".join(c.value for c in at.caption)


def button(at, label: str):
    """The one button with this label (the page's order is no promise)."""
    [found] = [b for b in at.button if b.label == label]
    return found


def sign_in(at, name: str, password: str):
    at.text_input(key="signin_name").set_value(name)
    at.text_input(key="signin_password").set_value(password)
    return at.button[0].click().run()


def test_laptop_mode_is_marked_single_user_and_keeps_the_coder_field(tmp_path, monkeypatch):
    monkeypatch.delenv("DUIDING_PROJECTS", raising=False)
    at = app()
    at.session_state["project_path"] = str(tmp_path / "p.db")
    at.run()
    assert not at.exception
    assert "Single-user mode, no sign-in" in captions(at)
    assert {"project_path", "coder"} <= {w.key for w in at.text_input}


def test_server_mode_shows_only_the_sign_in_form(folder):
    at = app()
    # what an earlier session or a forged widget value might leave: ignored in server mode
    at.session_state["coder"] = "mallory"
    at.session_state["project_path"] = str(folder / "studie.db")
    at.session_state["project_name"] = "studie"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Sign in"
    assert [w.key for w in at.text_input] == ["signin_name", "signin_password"]
    assert at.text_input(key="signin_password").proto.type == 1  # PASSWORD: never echoed
    assert not at.metric and not at.selectbox(key="ui_language").disabled
    assert "Signed in as" not in captions(at)
    assert "Single-user" not in captions(at)


@pytest.mark.slow  # two Argon2 checks
def test_a_wrong_password_opens_nothing_and_the_right_one_signs_in(folder):
    at = app()
    at.run()
    sign_in(at, "vera", PASSWORD + "!")
    assert not at.exception
    assert [e.value for e in at.error] == ["Error: wrong user name or password"]
    assert at.title[0].value == "Sign in" and not at.metric
    # the typed password is not kept: the field is empty again
    assert at.text_input(key="signin_password").value == ""
    sign_in(at, "Vera", PASSWORD)
    assert not at.exception
    assert "Signed in as vera" in captions(at)
    assert "coder" not in [w.key for w in at.text_input]  # the signed-in user is the coder
    assert "project_path" not in [w.key for w in at.text_input]
    assert at.selectbox(key="project_name").options == ["laptop", "studie"]
    # a new project: only a name in the folder, created as the signed-in user
    before = sorted(p.name for p in folder.parent.rglob("*"))
    for outside in ("../buiten", str(folder.parent / "buiten.db"), "sub/x"):
        at.text_input(key="new_project_path").set_value(outside)
        button(at, "Create").click().run()
        assert len(at.error) == 1 and (
            "outside the projects folder" in at.error[0].value
            or "not a project name" in at.error[0].value
        )
        assert sorted(p.name for p in folder.parent.rglob("*")) == before
    at.text_input(key="new_project_path").set_value("Nieuw onderzoek")
    button(at, "Create").click().run()
    assert not at.exception and not at.error
    with Project.open(folder / "Nieuw onderzoek.db", user="vera") as project:
        assert {e["actor"] for e in project.events(10)} == {"vera"}
        # on a server a new project is a team project: its maker is its owner, and another
        # signed-in user is no member (not a single-user project everyone would own)
        assert project.members.mode == "team" and project.role == "owner"
    with pytest.raises(PermissionDenied):
        Project.open(folder / "Nieuw onderzoek.db", user="tom")
    assert at.selectbox(key="project_name").value == "Nieuw onderzoek"
    button(at, "Sign out").click().run()  # the form again, nothing of the session kept
    assert at.title[0].value == "Sign in"
    assert "project_name" not in at.session_state


@pytest.mark.slow  # one Argon2 check
def test_a_project_without_members_opens_for_nobody_on_a_server(folder):
    """On a laptop the opener of a project without members works as its owner; on a server
    that would make every signed-in user its owner."""
    before = (folder / "laptop.db").read_bytes()
    at = app()
    at.run()
    sign_in(at, "vera", PASSWORD)
    at.selectbox(key="project_name").set_value("laptop").run()
    assert not at.exception
    assert any("has no members yet" in e.value for e in at.error)
    assert "Works as owner" not in captions(at) and not at.metric
    assert (folder / "laptop.db").read_bytes() == before


def test_a_missing_projects_folder_stops_the_app_with_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDING_PROJECTS", str(tmp_path / "nope"))
    at = app()
    at.run()
    assert not at.exception
    assert len(at.error) == 1 and "the projects folder does not exist" in at.error[0].value
    assert not [w for w in at.text_input if w.key == "signin_name"]
