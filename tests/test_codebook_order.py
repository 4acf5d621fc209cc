"""Codebook work: the order of sibling codes (API, CLI, exports), memos that follow a merge,
and a code's history from the event log (followed by id through renames and merges)."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest
import yaml

from workbench import InputError, Project
from workbench.export.common import context
from workbench.export.qdpx import write_qdpx
from codebook_helpers import event_count, last_event, paths
from conftest import run_cli, snapshot

# a codebook a team might build: not the starter's names, not alphabetical
SIBLINGS = ["Werkvloer/Uitsluiting", "Werkvloer/Grappen", "Werkvloer/Bejegening", "Loopbaan"]


@pytest.fixture
def book(project: Project) -> Project:
    for path in SIBLINGS:
        project.codebook.add(path)
    return project


def kids(project: Project, parent: str) -> list[str]:
    return [c.name for c in project.codebook.codes() if c.path.startswith(parent + "/")]


# -- order of siblings -----------------------------------------------------------------
def test_codes_keep_the_order_they_were_added_and_place_moves_one(book):
    assert kids(book, "Werkvloer") == ["Uitsluiting", "Grappen", "Bejegening"]
    version = book.codebook.version
    placed = book.codebook.place("Werkvloer/Bejegening", before="Uitsluiting")
    assert placed.position == 0
    assert kids(book, "Werkvloer") == ["Bejegening", "Uitsluiting", "Grappen"]
    event = last_event(book)
    assert event["action"] == "codebook-reorder" and event["actor"] == "tester"
    assert event["payload"]["parent"] == "Werkvloer"
    assert event["payload"]["path"] == "Werkvloer/Bejegening"
    assert book.codebook.version == version + 1
    book.codebook.place("Werkvloer/Bejegening", after="Werkvloer/Grappen")  # a path works too
    assert kids(book, "Werkvloer") == ["Uitsluiting", "Grappen", "Bejegening"]
    book.codebook.place("Werkvloer/Grappen", position=99)  # past the end: last
    assert kids(book, "Werkvloer") == ["Uitsluiting", "Bejegening", "Grappen"]
    book.codebook.reorder(None, ["Loopbaan", "Werkvloer"])
    assert paths(book)[0] == "Loopbaan"


def test_move_up_and_down_stop_at_the_ends_without_writing(book):
    book.codebook.move_down("Werkvloer/Uitsluiting")
    assert kids(book, "Werkvloer") == ["Grappen", "Uitsluiting", "Bejegening"]
    book.codebook.move_up("Werkvloer/Bejegening")
    assert kids(book, "Werkvloer") == ["Grappen", "Bejegening", "Uitsluiting"]
    before = (event_count(book), book.codebook.version)
    book.codebook.move_up("Werkvloer/Grappen")
    book.codebook.move_down("Werkvloer/Uitsluiting")
    assert (event_count(book), book.codebook.version) == before


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda cb: cb.place("Werkvloer/Grappen", before="Loopbaan"), "is not a sibling"),
        (lambda cb: cb.place("Werkvloer/Grappen", before="Grappen"), "next to itself"),
        (lambda cb: cb.place("Werkvloer/Grappen", position=0), "position must be"),
        (lambda cb: cb.place("Werkvloer/Grappen"), "exactly one of"),
        (lambda cb: cb.reorder("Werkvloer", ["Grappen", "Uitsluiting"]), "missing 'Bejegening'"),
        (lambda cb: cb.reorder("Werkvloer", ["Grappen", "Grappen", "X"]), "no code 'X'"),
        (lambda cb: cb.reorder("Werkvloer", ["Grappen"] * 3), "every code under"),
        (lambda cb: cb.reorder("Nergens", []), "no code 'Nergens'"),
    ],
)
def test_a_wrong_order_is_one_clear_error_and_changes_nothing(book, call, message):
    state = snapshot(book)
    with pytest.raises(InputError) as error:
        call(book.codebook)
    assert message in str(error.value) and "\n" not in str(error.value)
    assert snapshot(book) == state


def test_exports_follow_the_order(book, tmp_path: Path):
    book.codebook.reorder("Werkvloer", ["Grappen", "Bejegening", "Uitsluiting"])
    book.codebook.reorder(None, ["Loopbaan", "Werkvloer"])
    expected = ["Loopbaan", "Werkvloer", "Grappen", "Bejegening", "Uitsluiting"]
    exported = yaml.safe_load(book.codebook.export_file(tmp_path / "cb.yaml").read_text())
    names: list[str] = []

    def walk(nodes: list[dict]) -> None:
        for node in nodes:
            names.append(node["name"])
            walk(node.get("children") or [])

    walk(exported["codes"])
    assert names == expected
    with book.codebook.export_file(tmp_path / "cb.csv").open(encoding="utf-8-sig") as handle:
        rows = [r["path"].split("/")[-1] for r in csv.DictReader(handle)]
    assert rows == expected
    qdc = book.codebook.export_file(tmp_path / "cb.qdc").read_text()
    assert [qdc.index(f'name="{n}"') for n in expected] == sorted(
        qdc.index(f'name="{n}"') for n in expected
    )
    write_qdpx(context(book.core), tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        qde = archive.read("project.qde").decode()
    assert [qde.index(f'name="{n}"') for n in expected] == sorted(
        qde.index(f'name="{n}"') for n in expected
    )


def test_cli_reorders_and_reports_errors_on_one_line(book, tmp_path: Path):
    db = str(book.core.path)
    book.close()
    done = run_cli(["--user", "tester", "codebook", "reorder", db, "Loopbaan", "--position", "1"])
    assert done.returncode == 0, done.stderr
    assert "Loopbaan is now number 1 among its siblings" in done.stdout
    moved = run_cli(
        ["--user", "tester", "codebook", "reorder", db, "Werkvloer/Grappen", "--after",
         "Bejegening", "--json"]
    )  # fmt: skip
    assert json.loads(moved.stdout)["place"] == 3
    bad = run_cli(["--user", "tester", "codebook", "reorder", db, "Loopbaan", "--before", "Zz"])
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1
    with Project.open(db, user="check") as project:
        assert paths(project)[0] == "Loopbaan"
        assert kids(project, "Werkvloer") == ["Uitsluiting", "Bejegening", "Grappen"]


# -- merge moves memos ------------------------------------------------------------------
def test_merge_moves_the_memos_of_the_source_with_author_and_time(book, tmp_path: Path):
    source = book.codebook.get("Werkvloer/Grappen")
    target = book.codebook.get("Werkvloer/Bejegening")
    sub = book.codebook.add("Werkvloer/Grappen/Over naam")
    same = book.codebook.add("Werkvloer/Bejegening/Over naam")
    first = book.coding.add_memo("code", source.id, "Grens met pesten?", coder="ilse")
    nested = book.coding.add_memo("code", sub.id, "Namen apart houden", coder="joris")
    kept = book.coding.add_memo("code", target.id, "Breed opvatten", coder="ilse")
    before = {m["id"]: m for m in book.coding.memos()}
    result = book.codebook.merge("Werkvloer/Grappen", "Werkvloer/Bejegening")
    assert result["memos"] == 2
    on_target = {m["id"]: m for m in book.coding.memos("code", target.id)}
    assert set(on_target) == {first, kept}
    assert [m["id"] for m in book.coding.memos("code", same.id)] == [nested]
    for memo_id, old in before.items():  # text, author and time are as they were written
        now = next(m for m in book.coding.memos() if m["id"] == memo_id)
        assert (now["text"], now["coder"], now["time"]) == (old["text"], old["coder"], old["time"])
    assert on_target[first]["moved_from"] == "Werkvloer/Grappen"
    assert on_target[kept]["moved_from"] is None
    merged = last_event(book)["payload"]["merged"]
    assert [m["memos"] for m in merged] == [[first], [nested]]
    # the qdpx export carries them (a memo left on a retired code was left out)
    write_qdpx(context(book.core), tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        qde = archive.read("project.qde").decode()
    assert "Grens met pesten?" in qde and "Namen apart houden" in qde


# -- history ----------------------------------------------------------------------------
def test_history_follows_the_code_through_rename_move_reorder_and_merge(tmp_path: Path):
    path = tmp_path / "h.db"
    with Project.create(path, user="ilse") as p:
        for code in SIBLINGS:
            p.codebook.add(code)
        p.codebook.update("Werkvloer/Grappen", definition="Grappen over afkomst of naam")
    with Project.open(path, user="joris") as p:
        p.codebook.rename("Werkvloer/Grappen", "Opmerkingen")
        p.codebook.move_up("Werkvloer/Opmerkingen")
        p.coding.add_memo("code", p.codebook.get("Werkvloer/Opmerkingen").id, "x", coder="joris")
        p.codebook.move("Werkvloer/Opmerkingen", "Loopbaan")
        p.codebook.merge("Werkvloer/Uitsluiting", "Loopbaan/Opmerkingen")
        rows = p.codebook.history("Loopbaan/Opmerkingen")
        assert [(r["user"], r["change"]) for r in rows] == [
            ("ilse", "created"),
            ("ilse", "edited"),
            ("joris", "renamed"),
            ("joris", "reordered"),
            ("joris", "memo"),
            ("joris", "moved"),
            ("joris", "merged_from"),
        ]
        assert rows[0]["text"] == "created as Werkvloer/Grappen"
        assert rows[1]["details"] == {"fields": "definition"}
        assert rows[2]["text"] == "renamed from Werkvloer/Grappen to Werkvloer/Opmerkingen"
        assert rows[3]["details"] == {"old": 2, "new": 1}
        assert rows[6]["details"]["source"] == "Werkvloer/Uitsluiting"
        assert [r["time"] for r in rows] == sorted(r["time"] for r in rows)
        gone = next(c for c in p.codebook.codes(include_inactive=True) if c.name == "Uitsluiting")
        assert [r["change"] for r in p.codebook.history(gone.id)] == [
            "created",
            "reordered",  # it gave way to the code moved up
            "merged_into",
        ]
        assert [r["change"] for r in p.codebook.history("Werkvloer/Bejegening")] == ["created"]


def test_history_counts_the_codings_per_coder_and_the_cli_prints_it(tmp_path: Path):
    path = tmp_path / "c.db"
    with Project.create(path, user="ilse") as p:
        doc = tmp_path / "fg.txt"
        doc.write_text("Anna: Er werd gelachen om mijn naam.\nBob: Dat zag ik ook.\n")
        p.import_transcript(doc)
        document = p.documents(kind="transcript")[0]["id"]
        p.codebook.add("Grappen")
        p.coding.code(document, 0, 10, "Grappen", coder="ilse")
        p.coding.code(document, 12, 20, "Grappen", coder="ilse")
        p.coding.code(document, 0, 10, "Grappen", coder="joris")
        p.coding.code(document, 22, 30, "Grappen", coder="joris")
        p.coding.undo(coder="joris")  # an undone coding is not counted
        counts = {
            r["user"]: r["details"]["codings"]
            for r in p.codebook.history("Grappen")
            if r["change"] == "codings"
        }
        assert counts == {"ilse": 2, "joris": 1}
    done = run_cli(["--user", "ilse", "codebook", "history", str(path), "Grappen"])
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "ilse  created as Grappen" in lines[0]
    assert any("joris  applied 1 times" in line for line in lines)
    as_json = json.loads(run_cli(["codebook", "history", str(path), "Grappen", "--json"]).stdout)
    assert {r["change"] for r in as_json} == {"created", "codings"}
    unknown = run_cli(["codebook", "history", str(path), "Grapen"])
    assert unknown.returncode != 0 and "did you mean 'Grappen'" in unknown.stderr
