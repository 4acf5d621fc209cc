"""Members from the command line (``members PROJECT list/add/remove/role``, ``--user`` on
every command), and single-user projects: a project without members, new or made before
members existed, works as it always has, its opener acting as owner."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import InputError, PermissionDenied, Project
from workbench.store import migrations
from conftest import run_cli, snapshot, write_csv

SURVEY = [
    "id,stratum,q",
    "R1,a,Collega's maken grappen over mijn afkomst.",
    "R2,b,De vertrouwenspersoon steunde mij.",
]


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    """A project with a survey and a code: olga owner, carl coder, vera viewer."""
    path = tmp_path / "t.db"
    with Project.create(path, user="olga") as p:
        p.import_survey(
            write_csv(tmp_path / "s.csv", SURVEY),
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


def _codings(tmp_path: Path, path: Path, coder: str) -> Path:
    with Project.open(path, user="olga") as p:
        document = p.documents(kind="answer")[0]["id"]
    return write_csv(
        tmp_path / f"c-{coder}.csv",
        ["document,start,end,code,coder", f"{document},0,8,Grappen,{coder}"],
    )


def _state(path: Path) -> str:
    with Project.open(path, user="olga") as p:
        return snapshot(p)


def test_a_viewer_coding_from_the_command_line_is_refused_in_one_line(team_file, tmp_path):
    codings = _codings(tmp_path, team_file, "vera")
    before = _state(team_file)
    for args in (
        ["--user", "vera", "code", str(team_file), str(codings)],
        ["code", str(team_file), str(codings), "--user", "vera"],  # after the command too
    ):
        run = run_cli(args)
        assert run.returncode == 1
        assert run.stderr.strip() == (
            "error: t.db: 'vera' (viewer) may not do 'import-codings' "
            "(coders and owners may); nothing was changed"
        )
        assert _state(team_file) == before
    run = run_cli(
        ["code", str(team_file), str(_codings(tmp_path, team_file, "carl")), "--user", "carl"]
    )
    assert run.returncode == 0, run.stderr
    with Project.open(team_file, user="carl") as p:
        assert [c["coder"] for c in p.coding.codings()] == ["carl"]


def test_a_forged_coder_name_from_the_command_line_is_refused(team_file, tmp_path):
    before = _state(team_file)
    forged = _codings(tmp_path, team_file, "olga")
    run = run_cli(["code", str(team_file), str(forged), "--user", "carl"])
    assert run.returncode == 1
    assert (
        run.stderr.strip()
        == "error: t.db: 'carl' (coder) may not act as 'olga'; nothing was changed"
    )
    run = run_cli(["undo", str(team_file), "--coder", "olga", "--user", "carl"])
    assert run.returncode == 1 and "may not act as 'olga'" in run.stderr
    assert _state(team_file) == before


def test_members_from_the_command_line(tmp_path: Path):
    path = tmp_path / "m.db"
    assert run_cli(["init", str(path), "--user", "olga"]).returncode == 0
    listed = run_cli(["members", str(path), "list", "--user", "olga"])
    assert listed.stdout.startswith(
        "single-user project: whoever opens it acts as owner (now olga)"
    )
    added = run_cli(["--user", "olga", "members", str(path), "add", "carl", "--role", "coder"])
    assert added.stdout.strip() == "added carl as coder (olga is the first owner)"
    run = run_cli(["members", str(path), "add", "vera", "--role", "viewer", "--user", "carl"])
    assert run.returncode == 1
    assert run.stderr.strip() == (
        "error: m.db: 'carl' (coder) may not do 'members-add' (owners may); nothing was changed"
    )
    assert (
        run_cli(
            ["members", str(path), "add", "vera", "--role", "viewer", "--user", "olga"]
        ).returncode
        == 0
    )
    assert (
        run_cli(
            ["members", str(path), "role", "carl", "--role", "owner", "--user", "olga"]
        ).returncode
        == 0
    )
    run = run_cli(["members", str(path), "remove", "vera", "--user", "olga"])
    assert run.stdout.strip() == "removed vera (viewer)"
    listed = run_cli(["members", str(path), "list", "--user", "carl"])
    assert listed.stdout.splitlines() == ["owner   carl", "owner   olga", "you: carl (owner)"]
    info = run_cli(["info", str(path), "--user", "carl"])
    assert "team project: carl acts as owner" in info.stdout
    stranger = run_cli(["info", str(path), "--user", "eve"])
    assert stranger.returncode == 1
    assert (
        stranger.stderr.strip()
        == "error: m.db: 'eve' (not a member) may not open this project; nothing was changed"
    )


def test_the_last_owner_cannot_be_removed_from_the_command_line(tmp_path: Path):
    path = tmp_path / "m.db"
    run_cli(["init", str(path), "--user", "olga"])
    run_cli(["members", str(path), "add", "carl", "--role", "coder", "--user", "olga"])
    before = _state(path)
    run = run_cli(["members", str(path), "remove", "olga", "--user", "olga"])
    assert run.returncode == 1
    assert "'olga' is the project's only owner" in run.stderr
    assert _state(path) == before


def test_a_new_project_is_single_user_and_works_as_before(tmp_path: Path):
    with Project.create(tmp_path / "s.db", user="ann") as p:
        assert (p.members.mode, p.role, p.members.list()) == ("single-user", "owner", [])
        assert p.info()["mode"] == "single-user"
        p.codebook.add("Grappen")
        p.coding.add_memo("project", None, "door bob", coder="bob")  # as today: no members
        assert p.coding.memos()[0]["coder"] == "bob"
    with Project.open(tmp_path / "s.db", user="someone") as p:  # anyone who opens it: owner
        assert p.role == "owner"
        p.codebook.add("Steun")


def test_the_first_member_of_a_single_user_project_is_its_owner(tmp_path: Path):
    with Project.create(tmp_path / "s.db", user="ann") as p:
        before = snapshot(p)
        with pytest.raises(InputError, match="the first member of a project is its owner"):
            p.members.add("ann", "coder")
        assert snapshot(p) == before
        assert p.members.add("ann", "owner") == {
            "name": "ann",
            "role": "owner",
            "first_owner": None,
        }
        assert p.members.mode == "team"
        with pytest.raises(PermissionDenied, match="'ann' \\(owner\\) may not act as 'bob'"):
            p.coding.add_memo("project", None, "door bob", coder="bob")


def test_a_project_made_before_members_existed_opens_single_user(tmp_path: Path):
    """A file at the schema version before ``members`` (made by the previous release) is
    migrated, and its opener works as owner, as before."""
    path = tmp_path / "old.db"
    with Project.create(path, user="ann") as p:
        p.codebook.add("Grappen")
        before = migrations.MIGRATIONS.index(migrations._v8)  # _v8 made `members`
        later = "DROP TABLE llm_calls;"  # what the versions after it made (_v9)
        p.db.executescript(f"DROP TABLE members; {later} PRAGMA user_version = {before};")
    with Project.open(path, user="bob") as p:
        assert p.info()["schema_version"] == migrations.SCHEMA_VERSION
        assert (p.members.mode, p.role) == ("single-user", "owner")
        p.codebook.add("Steun")
        p.coding.add_memo("code", 1, "een memo", coder="carla")
        assert [e["actor"] for e in p.events(2)] == ["carla", "bob"]
