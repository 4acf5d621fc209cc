"""The coding commands of the CLI, run as a user would: codebook, code, undo, retrieve,
assign and agreement on a copy of the demo project (through the entry point in this process:
conftest.run_cli)."""

from __future__ import annotations

import json

import pytest

from workbench import Project
from conftest import CliRun, run_cli, write


def cli(*args: str, user: str = "ann") -> CliRun:
    return run_cli(["--user", user, *args])


def test_two_coders_code_and_compare_through_the_cli(demo_copy, tmp_path):
    db = str(demo_copy)
    sample = json.loads(
        cli("assign", db, "--coders", "ann", "bob", "--size", "6", "--seed", "1", "--json").stdout
    )
    units = sample["units"]
    rows = ["segment,code,coder"]
    rows += [f"{u},Vormen/Opmerkingen en grappen,ann" for u in units[:4]]
    rows += [f"{u},Vormen/Opmerkingen en grappen,bob" for u in units[:3]]
    done = cli("code", db, str(write(tmp_path, "codings.csv", "\n".join(rows) + "\n")), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["codings"] == 7
    report = json.loads(
        cli("agreement", db, "--coders", "ann", "bob", "--unit", "answers", "--json").stdout
    )
    [row] = report["per_code"]
    assert row["code"] == "Vormen/Opmerkingen en grappen"
    assert row["units"] == 6 and abs(row["percent_agreement"] - 5 / 6) < 1e-12
    table = cli("agreement", db, "--coders", "ann", "bob", "--unit", "answers").stdout
    assert "Vormen/Opmerkingen en grappen" in table and "kappa" in table
    passages = json.loads(cli("retrieve", db, "Vormen", "--coder", "bob", "--json").stdout)
    assert len(passages) == 3 and {p["coder"] for p in passages} == {"bob"}


def test_undo_and_codebook_round_trip_through_the_cli(demo_copy, tmp_path):
    db = str(demo_copy)
    with Project.open(demo_copy) as project:
        answer = project.documents(kind="answer", limit=1)[0]
        project.coding.code(answer["id"], 0, 5, "Gronden/Huidskleur", coder="cas")
    assert "undid code" in cli("undo", db, user="cas").stdout
    assert "nothing to undo" in cli("undo", db, user="cas").stdout
    out = tmp_path / "codebook.yaml"
    assert cli("codebook", "export", db, str(out)).returncode == 0
    assert "Huidskleur" in out.read_text(encoding="utf-8")
    bad = write(tmp_path, "bad.csv", "path,definition\nVormen//Leeg,x\n")
    failed = cli("codebook", "import", db, str(bad))
    assert failed.returncode == 1 and "bad.csv" in failed.stderr and failed.stderr.count("\n") == 1


@pytest.mark.slow  # a model fitted on the demo
def test_suggestions_reviewed_through_the_cli(demo_copy):
    db = str(demo_copy)
    code = "Reacties/Vertrouwenspersoon"
    with Project.open(demo_copy, user="ann") as project:
        hits = project.search("vertrouwenspersoon", unit="answers", limit=1000)
        for hit in hits[:15]:
            project.coding.code_segment(hit["segment_id"], code)
        for doc in project.documents(kind="answer", limit=40)[:40]:
            project.coding.code(doc["id"], 0, 3, "Vormen/Cultuur")  # seen by ann: negatives
    run = json.loads(cli("suggest", db, "--code", code, "--json").stdout)
    assert run["suggested"] > 0 and run["codes"][code]["method"] == "logreg"
    queue = json.loads(cli("suggestions", db, "--code", code, "--json").stdout)
    assert queue and queue[0]["score"] >= queue[-1]["score"]
    first, second = queue[0]["id"], queue[1]["id"]
    assert cli("accept", db, str(first)).returncode == 0
    assert cli("reject", db, str(second)).returncode == 0
    with Project.open(demo_copy) as project:
        sources = {c["source"] for c in project.coding.codings(sources=("accepted", "rejected"))}
        assert sources == {"accepted", "rejected"}
        assert (
            len(project.coding.codings(coders=["ann"], codes=[code])) == 16
        )  # 15 + the accepted one
    assert "undid reject" in cli("undo", db).stdout
    bad = cli("accept", db, "999999")
    assert bad.returncode == 1 and bad.stderr.startswith("error: ")


@pytest.mark.slow  # a topic model run on the demo
def test_topics_through_the_cli_then_promote_as_suggestions(demo_copy):
    db = str(demo_copy)
    done = cli("topics", db, "--seed", "3", "--json")
    assert done.returncode == 0, done.stderr
    run = json.loads(done.stdout)
    assert run["topics"] and sum(t["size"] for t in run["topics"]) == run["units"]
    promoted = json.loads(
        cli(
            "topic-promote", db, "0", "Nieuw/Uit onderwerp 0", "--run", str(run["run"]), "--json"
        ).stdout
    )
    assert promoted["suggested"] == run["topics"][0]["size"]
    with Project.open(demo_copy) as project:
        assert project.codebook.get("Nieuw/Uit onderwerp 0").definition
        assert project.coding.codings() == []  # members became suggestions, not codings
        assert len(project.coding.codings(sources=("suggestion",))) == promoted["suggested"]
