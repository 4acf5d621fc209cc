"""The accounts' audit trail: every account added, disabled, enabled or given a new
password is logged in the accounts file with who did it and when, in the same transaction
as the change; ``accounts DIR log [NAME]`` shows it and ``accounts DIR list`` names who made
and last changed each account. A file from before the log opens with nothing lost."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from workbench import InputError
from workbench.accounts import ACCOUNTS_FILE, Accounts
from workbench.store import accounts as store
from conftest import run_cli

PASSWORD = "Drop-en-pepermunt-42"


def _entries(rows: list[dict]) -> list[tuple[str, str, str]]:
    return [(r["actor"], r["action"], r["name"]) for r in rows]


def test_every_change_to_an_account_is_logged_with_who_and_when(tmp_path: Path):
    with Accounts(tmp_path, by="beheerder") as admin:
        admin.add("Anouk", PASSWORD)
        admin.add("bram", PASSWORD)
    with Accounts(tmp_path, by="tweede.beheerder") as other:
        other.set_disabled("anouk")
        other.set_disabled("anouk", False)
        other.set_password("ANOUK", "een nieuwe passphrase")
        assert _entries(other.log()) == [
            ("beheerder", "add", "anouk"),
            ("beheerder", "add", "bram"),
            ("tweede.beheerder", "disable", "anouk"),
            ("tweede.beheerder", "enable", "anouk"),
            ("tweede.beheerder", "password", "anouk"),
        ]
        assert _entries(other.log("bram")) == [("beheerder", "add", "bram")]
        times = [datetime.fromisoformat(r["time"]) for r in other.log()]
        assert times == sorted(times) and all(t.tzinfo is not None for t in times)
        listed = {a["name"]: a for a in other.list()}
        assert (listed["anouk"]["created_by"], listed["anouk"]["changed_by"]) == (
            "beheerder",
            "tweede.beheerder",
        )
        assert (listed["bram"]["created_by"], listed["bram"]["changed_by"]) == (
            "beheerder",
            "beheerder",
        )
        with pytest.raises(InputError, match="no account 'carla'"):
            other.log("carla")
        # a refused change is not logged
        with pytest.raises(InputError, match="already an account"):
            other.add("bram", PASSWORD)
        assert len(other.log()) == 5
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(ACCOUNTS_FILE))
    assert PASSWORD.encode() not in raw  # the log holds no password either


def test_the_command_line_logs_the_acting_user_and_shows_the_log(tmp_path: Path, monkeypatch):
    folder = str(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert run_cli(["accounts", folder, "add", "vera", "--user", "root.admin"]).returncode == 0
    assert run_cli(["--user", "nina", "accounts", folder, "disable", "vera"]).returncode == 0
    shown = run_cli(["accounts", folder, "log"])
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.strip().splitlines()
    assert [line.split()[1:] for line in lines] == [
        ["root.admin", "add", "vera"],
        ["nina", "disable", "vera"],
    ]
    as_json = json.loads(run_cli(["accounts", folder, "log", "vera", "--json"]).stdout)
    assert _entries(as_json) == [("root.admin", "add", "vera"), ("nina", "disable", "vera")]
    listing = run_cli(["accounts", folder, "list"]).stdout
    assert "by root.admin" in listing and "by nina" in listing
    missing = run_cli(["accounts", folder, "log", "wim"])
    assert missing.returncode == 1 and "no account 'wim'" in missing.stderr


def test_an_accounts_file_from_before_the_log_opens_with_nothing_lost(tmp_path: Path):
    """Version 1 (no log): its accounts stay, who made them is unknown (None), and from
    now on changes are logged."""
    path = tmp_path / ACCOUNTS_FILE
    with Accounts(tmp_path, by="x") as made:  # a real hash, then the file taken back to v1
        made.add("oud", PASSWORD)
    with sqlite3.connect(path) as db:
        db.executescript("DROP TABLE log; PRAGMA user_version = 1;")
    with Accounts(tmp_path, by="beheerder") as accounts:
        assert [(a["name"], a["created_by"]) for a in accounts.list()] == [("oud", None)]
        assert accounts.log() == []
        accounts.set_disabled("oud")
        assert _entries(accounts.log()) == [("beheerder", "disable", "oud")]
        assert accounts.db.execute("PRAGMA user_version").fetchone()[0] == store.ACCOUNTS_VERSION
