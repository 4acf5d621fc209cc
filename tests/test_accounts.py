"""Local accounts (workbench.accounts, the accounts file, the ``accounts`` command) and the
projects folder of server mode (workbench.projects_folder): real Argon2 hashes in a real
SQLite file."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from pathlib import Path

import pytest

from workbench import InputError, Project
from workbench.accounts import (
    ACCOUNTS_FILE,
    FREE_ATTEMPTS,
    Accounts,
    SignInError,
    wait_after,
)
from workbench.projects_folder import ProjectsFolder
from conftest import run_cli

PASSWORD = "Stroopwafel-2026!"


@pytest.fixture
def accounts(tmp_path: Path):
    with Accounts(tmp_path) as a:
        a.add("Vera.de-Wit", PASSWORD)
        yield a


class Clock:
    """A clock the test moves by hand, for the waits after failed attempts."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_password_is_stored_only_as_an_argon2id_hash(accounts, tmp_path):
    assert accounts.verify("vera.de-wit", PASSWORD) == "vera.de-wit"
    assert accounts.verify("  VERA.DE-WIT ", PASSWORD) == "vera.de-wit"  # as typed in a form
    accounts.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(ACCOUNTS_FILE))
    assert PASSWORD.encode() not in raw
    with sqlite3.connect(tmp_path / ACCOUNTS_FILE) as db:
        [(stored,)] = db.execute("SELECT password_hash FROM accounts").fetchall()
    assert stored.startswith("$argon2id$")
    assert [a["name"] for a in Accounts(tmp_path).list()] == ["vera.de-wit"]
    assert "password_hash" not in Accounts(tmp_path).list()[0]


@pytest.mark.slow  # several Argon2 checks (slow on purpose)
def test_a_wrong_password_and_an_unknown_name_are_refused_alike(accounts):
    with pytest.raises(SignInError) as wrong:
        accounts.verify("vera.de-wit", PASSWORD.lower())
    with pytest.raises(SignInError) as unknown:
        accounts.verify("nobody", PASSWORD)
    with pytest.raises(SignInError):
        accounts.verify("vera.de-wit", "")
    assert str(wrong.value) == str(unknown.value) == "wrong user name or password"


@pytest.mark.slow  # several Argon2 checks (slow on purpose)
def test_a_disabled_account_cannot_sign_in_until_enabled(accounts):
    accounts.set_disabled("vera.de-wit")
    with pytest.raises(SignInError, match="disabled"):
        accounts.verify("vera.de-wit", PASSWORD)
    assert accounts.list()[0]["disabled"] is True
    accounts.set_disabled("VERA.DE-WIT", False)
    assert accounts.verify("vera.de-wit", PASSWORD) == "vera.de-wit"


def test_a_disabled_account_is_not_revealed_to_a_wrong_password(accounts):
    accounts.set_disabled("vera.de-wit")
    with pytest.raises(SignInError, match="wrong user name or password"):
        accounts.verify("vera.de-wit", "a guess of someone")


@pytest.mark.slow  # several Argon2 checks (slow on purpose)
def test_failed_attempts_slow_down_and_a_success_resets_them(accounts):
    clock = Clock()
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(SignInError, match="wrong"):
            accounts.verify("vera.de-wit", "guess guess guess", clock=clock)
    # now even the right password must wait: the check is not even made
    with pytest.raises(SignInError, match=r"too many failed attempts: try again in 2 s"):
        accounts.verify("vera.de-wit", PASSWORD, clock=clock)
    clock.now += wait_after(FREE_ATTEMPTS)
    with pytest.raises(SignInError, match="wrong"):
        accounts.verify("vera.de-wit", "guess again, more", clock=clock)
    with pytest.raises(SignInError, match=r"try again in 3 s"):  # the wait doubled: 2 s
        accounts.verify("vera.de-wit", PASSWORD, clock=clock)
    clock.now += wait_after(FREE_ATTEMPTS + 1)
    assert accounts.verify("vera.de-wit", PASSWORD, clock=clock) == "vera.de-wit"
    for _ in range(FREE_ATTEMPTS):  # counting starts again from zero
        with pytest.raises(SignInError, match="wrong"):
            accounts.verify("vera.de-wit", "guess guess guess", clock=clock)


@pytest.mark.slow  # several Argon2 checks (slow on purpose)
def test_guessing_names_is_slowed_down_too(accounts):
    clock = Clock()
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(SignInError, match="wrong"):
            accounts.verify("admin", PASSWORD, clock=clock)
    with pytest.raises(SignInError, match="too many"):
        accounts.verify("admin", PASSWORD, clock=clock)
    assert wait_after(100) == 60.0


@pytest.mark.slow  # several Argon2 checks (slow on purpose)
def test_a_new_password_replaces_the_old_one(accounts):
    accounts.set_password("vera.de-wit", "a brand new passphrase")
    with pytest.raises(SignInError):
        accounts.verify("vera.de-wit", PASSWORD)
    assert accounts.verify("vera.de-wit", "a brand new passphrase") == "vera.de-wit"


@pytest.mark.parametrize(
    ("name", "password", "problem"),
    [
        ("vera.de-wit", PASSWORD, "there is already an account 'vera.de-wit'"),
        ("VERA.DE-WIT", PASSWORD, "there is already an account 'vera.de-wit'"),
        ("bob", "short", "the password is too short"),
        ("../bob", PASSWORD, "is not a valid user name"),
        ("bob smith", PASSWORD, "is not a valid user name"),
        ("", PASSWORD, "is not a valid user name"),
    ],
)
def test_a_bad_account_is_refused_with_one_line_and_nothing_changes(
    accounts, tmp_path, name, password, problem
):
    before = accounts.list()
    with pytest.raises(InputError) as error:
        accounts.add(name, password)
    message = str(error.value)
    assert "\n" not in message and problem in message
    assert message.startswith(str(tmp_path / ACCOUNTS_FILE))
    assert accounts.list() == before
    assert accounts.verify("vera.de-wit", PASSWORD) == "vera.de-wit"


def test_an_unknown_account_cannot_be_disabled_or_reset(accounts):
    with pytest.raises(InputError, match="no account 'bob'"):
        accounts.set_disabled("bob")
    with pytest.raises(InputError, match="no account 'bob'"):
        accounts.set_password("bob", PASSWORD)


def test_accounts_need_an_existing_folder(tmp_path):
    with pytest.raises(InputError, match="is not a folder"):
        Accounts(tmp_path / "missing")
    assert not (tmp_path / "missing").exists()


@pytest.mark.slow  # several Argon2 checks (slow on purpose)
def test_the_accounts_command_adds_disables_and_lists(tmp_path, monkeypatch):
    folder = str(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    run = run_cli(["accounts", folder, "add", "Anouk"])
    assert run.returncode == 0 and run.stdout.strip() == "added anouk"
    assert PASSWORD not in run.stdout + run.stderr
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    run = run_cli(["accounts", folder, "add", "anouk"])
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [
        f"error: {tmp_path / ACCOUNTS_FILE}: there is already an account 'anouk'"
    ]
    assert run_cli(["accounts", folder, "disable", "anouk"]).stdout.strip() == "disabled anouk"
    listing = json.loads(run_cli(["accounts", folder, "list", "--json"]).stdout)
    assert [(a["name"], a["disabled"]) for a in listing] == [("anouk", True)]
    assert "disabled" in run_cli(["accounts", folder, "list"]).stdout
    monkeypatch.setattr("sys.stdin", io.StringIO("another passphrase\n"))
    assert run_cli(["accounts", folder, "password", "anouk"]).returncode == 0
    assert run_cli(["accounts", folder, "enable", "anouk"]).returncode == 0
    assert Accounts(tmp_path).verify("anouk", "another passphrase") == "anouk"
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    run = run_cli(["accounts", folder, "add", "bram"])
    assert run.returncode == 1 and "no password given" in run.stderr
    assert run_cli(["accounts", str(tmp_path / "nope"), "list"]).returncode == 1


# -- the projects folder ---------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> ProjectsFolder:
    root = tmp_path / "projects"
    root.mkdir()
    Project.create(root / "Studie 2026.db", user="lead").close()
    Project.create(tmp_path / "elsewhere.db", user="lead").close()
    (root / "notes.txt").write_text("not a project")
    (root / "sub").mkdir()
    Project.create(root / "sub" / "deeper.db", user="lead").close()
    os.symlink(tmp_path / "elsewhere.db", root / "linked.db")
    return ProjectsFolder(root)


def test_the_folder_lists_only_its_own_project_files(folder):
    assert folder.names() == ["Studie 2026"]


@pytest.mark.parametrize("name", ["Studie 2026", "Studie 2026.db", "nieuw_project-2"])
def test_a_project_name_is_a_file_directly_in_the_folder(folder, name):
    path = folder.path(name)
    assert path.parent == folder.root and path.name.endswith(".db")
    assert folder.path(str(folder.root / "Studie 2026.db")) == folder.root / "Studie 2026.db"


@pytest.mark.parametrize(
    "name",
    [
        "../elsewhere",
        "../elsewhere.db",
        "/tmp/evil.db",
        "sub/deeper",
        "sub/../../elsewhere.db",
        "..",
        ".hidden",
        "linked",
        "linked.db",
        "",
        "a\x00b",
        "C:\\evil.db",
    ],
)
def test_a_path_outside_the_folder_is_refused_with_one_line(folder, tmp_path, name):
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(InputError) as error:
        folder.path(name)
    assert "\n" not in str(error.value)
    assert "outside the projects folder" in str(error.value) or "not a project name" in str(
        error.value
    )
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_a_missing_projects_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="the projects folder does not exist"):
        ProjectsFolder(tmp_path / "nope")
