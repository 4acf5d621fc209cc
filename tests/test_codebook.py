"""The codebook: tree changes (each one event and one version), codings surviving them,
the starter codebook."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from workbench import InputError, Project
from workbench.codebook import PALETTE
from codebook_helpers import (
    ANSWER_MAP,
    GUID,
    STARTER,
    add_codings,
    code_of,
    event_count,
    last_event,
    make_document,
    paths,
    starter,
)
from conftest import ROOT, fixture_write, snapshot


@pytest.fixture
def document(project: Project, tmp_path: Path) -> int:
    return make_document(project, tmp_path)


# -- adding and reading ----------------------------------------------------------------
def test_add_creates_missing_parents_with_stripped_names(project):
    code = project.codebook.add(
        " Vormen / Grappen ",
        definition=" Grappen over afkomst. ",
        examples=["Een grap.", " ", "Nog een."],
        color="#ABC",
        label_en="Jokes",
    )
    assert paths(project) == ["Vormen", "Vormen/Grappen"]
    assert (code.name, code.definition, code.examples, code.color, code.label_en) == (
        "Grappen",
        "Grappen over afkomst.",
        ["Een grap.", "Nog een."],
        "#aabbcc",
        "Jokes",
    )
    parent = project.codebook.get("Vormen")
    assert code.parent_id == parent.id and parent.color in PALETTE
    assert GUID.fullmatch(code.guid) and GUID.fullmatch(parent.guid) and code.guid != parent.guid
    assert project.codebook.version == 1
    event = last_event(project)
    assert event["action"] == "codebook-add" and event["target"] == "Vormen/Grappen"
    assert [c["path"] for c in event["payload"]["created"]] == ["Vormen", "Vormen/Grappen"]


def test_add_refuses_existing_path_and_bad_values_changing_nothing(project):
    project.codebook.add("Vormen/Grappen")
    before = snapshot(project)
    for path, kwargs, problem in [
        ("Vormen/Grappen", {}, "already exists"),
        ("Vormen//Grappen", {}, "empty level"),
        ("", {}, "empty"),
        ("Vormen/Nieuw", {"color": "red"}, "#rrggbb"),
        ("Vormen/Nieuw", {"color": "#12345"}, "#rrggbb"),
        ("Vormen/Nieuw", {"examples": [["nested"]]}, "must be text"),
    ]:
        with pytest.raises(InputError, match=problem):
            project.codebook.add(path, **kwargs)
    assert snapshot(project) == before


def test_colours_are_stable_and_always_present(project):
    first = project.codebook.add("A")
    project.codebook.add("B")
    project.codebook.rename("A", "A2")
    project.codebook.move("B", "A2")
    assert project.codebook.get("A2").color == first.color
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c.color) for c in project.codebook.codes())
    project.codebook.update("A2", color="#FF0000")
    assert project.codebook.get("A2").color == "#ff0000"
    project.codebook.update("A2", color=None)  # back to its palette colour
    assert project.codebook.get("A2").color == first.color


def test_codes_are_in_tree_order_by_position_then_name(project):
    for path in ["B", "A/Z", "A/Y", "C", "A/Y/1"]:
        project.codebook.add(path)
    assert paths(project) == ["B", "A", "A/Z", "A/Y", "A/Y/1", "C"]
    tree = project.codebook.tree()
    assert [n["name"] for n in tree] == ["B", "A", "C"]
    assert [n["path"] for n in tree[1]["children"]] == ["A/Z", "A/Y"]
    assert tree[1]["children"][1]["children"][0]["path"] == "A/Y/1"


def test_unknown_path_names_it_and_suggests(project):
    project.codebook.add("Vormen/Opmerkingen en grappen")
    with pytest.raises(InputError) as info:
        project.codebook.get("Vormen/Opmerkingen en grapen")
    assert "'Vormen/Opmerkingen en grapen'" in str(info.value)
    assert "did you mean 'Vormen/Opmerkingen en grappen'" in str(info.value)
    with pytest.raises(InputError, match="no code 'Nergens'"):
        project.codebook.update("Nergens", definition="x")
    with pytest.raises(InputError, match="no code with id 99"):
        project.codebook.get(99)


# -- every change is one event and one version -----------------------------------------
def test_every_change_is_one_event_and_bumps_the_version_once(project, document):
    cb = project.codebook
    cb.add("Vormen/Grappen")
    cb.add("Vormen/Pesten")
    cb.add("Gronden")
    ids = add_codings(project, document, "Vormen/Grappen", 3)
    steps = [
        ("update", lambda: cb.update("Vormen/Grappen", definition="Nieuw.")),
        ("rename", lambda: cb.rename("Vormen/Grappen", "Opmerkingen")),
        ("move", lambda: cb.move("Vormen/Pesten", "Gronden")),
        ("split", lambda: cb.split("Vormen/Opmerkingen", "Grappen", ids[:1])),
        ("merge", lambda: cb.merge("Vormen/Grappen", "Vormen/Opmerkingen")),
        ("delete", lambda: cb.delete("Gronden/Pesten")),
        ("add", lambda: cb.add("Uitkomsten")),
    ]
    for verb, step in steps:
        version, events = cb.version, event_count(project)
        step()
        assert (cb.version, event_count(project)) == (version + 1, events + 1), verb
        event = last_event(project)
        assert event["action"] == f"codebook-{verb}"
        assert event["payload"]["version"] == cb.version
    assert int(project.settings["codebook_version"]) == cb.version == 10


def test_a_change_that_changes_nothing_writes_nothing(project):
    project.codebook.add("Vormen/Grappen", definition="Def.")
    before = snapshot(project)
    project.codebook.update("Vormen/Grappen", definition="Def.")
    project.codebook.rename("Vormen/Grappen", "Grappen")
    project.codebook.move("Vormen/Grappen", "Vormen")
    assert snapshot(project) == before


def test_update_records_old_and_new_values(project):
    project.codebook.add("Vormen", definition="Oud.", examples=["a"])
    project.codebook.update("Vormen", definition="Nieuw.", examples=["a", "b"], label_en="Forms")
    payload = last_event(project)["payload"]
    assert payload["old"] == {"definition": "Oud.", "examples": ["a"], "label_en": None}
    assert payload["new"] == {"definition": "Nieuw.", "examples": ["a", "b"], "label_en": "Forms"}
    with pytest.raises(InputError, match="unknown field 'defintion'"):
        project.codebook.update("Vormen", defintion="typo")


# -- rename and move -------------------------------------------------------------------
def test_rename_keeps_guid_children_and_codings(project, document):
    code = project.codebook.add("Vormen/Grappen")
    project.codebook.add("Vormen/Grappen/Over naam")
    ids = add_codings(project, document, "Vormen/Grappen", 2)
    renamed = project.codebook.rename("Vormen/Grappen", "Opmerkingen en grappen")
    assert (renamed.id, renamed.guid) == (code.id, code.guid)
    assert paths(project) == [
        "Vormen",
        "Vormen/Opmerkingen en grappen",
        "Vormen/Opmerkingen en grappen/Over naam",
    ]
    assert {code_of(project, i) for i in ids} == {code.id}
    payload = last_event(project)["payload"]
    assert (payload["old"]["path"], payload["new"]["path"]) == (
        "Vormen/Grappen",
        "Vormen/Opmerkingen en grappen",
    )


def test_rename_to_an_existing_sibling_or_with_a_slash_is_refused(project):
    project.codebook.add("Vormen/Grappen")
    project.codebook.add("Vormen/Pesten")
    before = snapshot(project)
    with pytest.raises(InputError, match="'Vormen/Pesten' already exists"):
        project.codebook.rename("Vormen/Grappen", "Pesten")
    with pytest.raises(InputError, match="separates levels"):
        project.codebook.rename("Vormen/Grappen", "Grappen/Grollen")
    assert snapshot(project) == before


def test_move_keeps_guid_and_subtree(project):
    code = project.codebook.add("Vormen/Grappen/Over naam")
    project.codebook.add("Gronden")
    project.codebook.move("Vormen", "Gronden")
    assert paths(project) == [
        "Gronden",
        "Gronden/Vormen",
        "Gronden/Vormen/Grappen",
        "Gronden/Vormen/Grappen/Over naam",
    ]
    assert project.codebook.get("Gronden/Vormen/Grappen/Over naam").guid == code.guid
    project.codebook.move("Gronden/Vormen", None)
    assert paths(project)[:2] == ["Gronden", "Vormen"]


def test_move_under_itself_or_its_descendant_is_refused(project):
    project.codebook.add("Vormen/Grappen/Over naam")
    before = snapshot(project)
    for parent in ("Vormen", "Vormen/Grappen", "Vormen/Grappen/Over naam"):
        with pytest.raises(InputError, match="own subcodes"):
            project.codebook.move("Vormen", parent)
    assert snapshot(project) == before


# -- merge, split, delete ---------------------------------------------------------------
def test_merge_moves_all_codings_and_children_and_keeps_the_source(project, document):
    cb = project.codebook
    cb.add("Vormen/Grappen/Over naam")
    cb.add("Vormen/Grappen/Over geloof")
    cb.add("Vormen/Opmerkingen/Over naam")
    source = cb.get("Vormen/Grappen")
    target = cb.get("Vormen/Opmerkingen")
    own = add_codings(project, document, "Vormen/Grappen", 3)
    suggested = add_codings(project, document, "Vormen/Grappen", 1, source="suggestion")
    child = add_codings(project, document, "Vormen/Grappen/Over naam", 2)
    already = add_codings(project, document, "Vormen/Opmerkingen", 1)  # same span as own[0]

    result = cb.merge("Vormen/Grappen", "Vormen/Opmerkingen")

    assert result == {
        "source": "Vormen/Grappen",
        "target": "Vormen/Opmerkingen",
        "codings": 6,
        "memos": 0,
        "codes": 2,
        "children": 1,
        "duplicates": 1,
    }
    assert {code_of(project, i) for i in own + suggested + already} == {target.id}
    assert {code_of(project, i) for i in child} == {cb.get("Vormen/Opmerkingen/Over naam").id}
    assert paths(project) == [
        "Vormen",
        "Vormen/Opmerkingen",
        "Vormen/Opmerkingen/Over naam",
        "Vormen/Opmerkingen/Over geloof",
    ]
    retired = cb.get(source.id)
    assert (retired.active, retired.merged_into) == (False, target.id)
    assert "Vormen/Grappen" in paths(project, include_inactive=True)
    with pytest.raises(InputError, match="was merged into 'Vormen/Opmerkingen'"):
        cb.get("Vormen/Grappen")
    payload = last_event(project)["payload"]  # enough to undo: which codings came from where
    moved = {m["path"]: m["codings"] for m in payload["merged"]}
    assert moved == {"Vormen/Grappen": own + suggested, "Vormen/Grappen/Over naam": child}
    assert payload["moved"][0]["old"]["path"] == "Vormen/Grappen/Over geloof"
    # own[0] and already are one coding by one coder now: own[0] is kept, marked removed by
    # the merge (no twins), and counts once; the suggestion does not count
    assert cb.coding_counts()["Vormen/Opmerkingen"] == 3
    removed = project.db.execute(
        "SELECT removed_event FROM codings WHERE id = ?", [own[0]]
    ).fetchone()[0]
    assert removed == last_event(project)["id"] and payload["merged"][0]["twins_removed"] == [
        own[0]
    ]
    assert [
        c["id"] for c in project.coding.codings(codes=[target.id]) if c["start"] == 0
    ] == already


def test_merge_into_itself_or_its_own_subcode_is_refused(project):
    project.codebook.add("Vormen/Grappen")
    before = snapshot(project)
    with pytest.raises(InputError, match="into itself"):
        project.codebook.merge("Vormen", "Vormen")
    with pytest.raises(InputError, match="own subcode"):
        project.codebook.merge("Vormen", "Vormen/Grappen")
    with pytest.raises(InputError, match="no code 'Gronden'"):
        project.codebook.merge("Vormen", "Gronden")
    assert snapshot(project) == before


def test_merge_into_the_parent_lifts_the_children(project, document):
    project.codebook.add("Vormen/Grappen/Over naam")
    ids = add_codings(project, document, "Vormen/Grappen", 2)
    project.codebook.merge("Vormen/Grappen", "Vormen")
    assert paths(project) == ["Vormen", "Vormen/Over naam"]
    assert {code_of(project, i) for i in ids} == {project.codebook.get("Vormen").id}


def test_split_moves_the_given_codings_to_a_new_sibling(project, document):
    project.codebook.add("Vormen/Grappen")
    ids = add_codings(project, document, "Vormen/Grappen", 4)
    new = project.codebook.split(
        "Vormen/Grappen", "Grappen over naam", ids[2:], definition="Over namen."
    )
    assert new.path == "Vormen/Grappen over naam" and new.definition == "Over namen."
    assert [code_of(project, i) for i in ids] == [project.codebook.get("Vormen/Grappen").id] * 2 + [
        new.id
    ] * 2
    assert last_event(project)["payload"]["codings"] == ids[2:]
    assert project.codebook.coding_counts() == {
        "Vormen": 0,
        "Vormen/Grappen": 2,
        "Vormen/Grappen over naam": 2,
    }


def test_split_refuses_codings_of_another_code_changing_nothing(project, document):
    project.codebook.add("Vormen/Grappen")
    project.codebook.add("Vormen/Pesten")
    mine = add_codings(project, document, "Vormen/Grappen", 1)
    other = add_codings(project, document, "Vormen/Pesten", 1)
    before = snapshot(project)
    with pytest.raises(InputError, match=f"coding {other[0]} does not belong to 'Vormen/Grappen'"):
        project.codebook.split("Vormen/Grappen", "Nieuw", mine + other)
    with pytest.raises(InputError, match="no coding with id 999"):
        project.codebook.split("Vormen/Grappen", "Nieuw", [999])
    with pytest.raises(InputError, match="already exists"):
        project.codebook.split("Vormen/Grappen", "Pesten", mine)
    assert snapshot(project) == before


def test_delete_only_unused_leaves(project, document):
    project.codebook.add("Vormen/Grappen")
    project.codebook.add("Vormen/Leeg")
    add_codings(project, document, "Vormen/Grappen", 1, source="rejected")
    before = snapshot(project)
    with pytest.raises(InputError, match="1 coding.*merge it into another code instead"):
        project.codebook.delete("Vormen/Grappen")
    with pytest.raises(InputError, match="subcode.*merge"):
        project.codebook.delete("Vormen")
    assert snapshot(project) == before
    project.codebook.delete("Vormen/Leeg")
    assert paths(project) == ["Vormen", "Vormen/Grappen"]
    assert last_event(project)["payload"]["deleted"]["path"] == "Vormen/Leeg"
    with pytest.raises(InputError, match="was deleted"):
        project.codebook.get("Vormen/Leeg")
    project.codebook.add("Vormen/Leeg")  # the name is free again


def test_coding_counts_count_only_live_human_and_accepted_codings(project, document):
    project.codebook.add("Vormen/Grappen")
    for n, source in enumerate(("human", "accepted", "suggestion", "rejected")):
        add_codings(project, document, "Vormen/Grappen", 2, source=source, start=10 * n)
    removed = add_codings(project, document, "Vormen/Grappen", 1, start=50)
    with fixture_write(project, "test-remove") as payload:
        project.db.execute(
            "UPDATE codings SET removed_event = ? WHERE id = ?", [payload["event_id"], removed[0]]
        )
    assert project.codebook.coding_counts() == {"Vormen": 0, "Vormen/Grappen": 4}
    assert project.codebook.tree(include_counts=True)[0]["children"][0]["codings"] == 4


# -- the starter codebook -----------------------------------------------------------------
def test_starter_codebook_imports_with_definitions_for_every_leaf(project):
    result = project.codebook.import_file(STARTER)
    codes = project.codebook.codes()
    assert result["added"] == len(codes) >= 30
    assert [c.path for c in codes if c.depth == 0] == [
        "Vormen",
        "Gronden",
        "Actoren",
        "Reacties",
        "Uitkomsten",
        "Context en remedies",
    ]
    leaves = [c for c in codes if not any(o.parent_id == c.id for o in codes)]
    assert len(leaves) >= 25
    for leaf in leaves:
        assert leaf.definition.count(".") >= 2, leaf.path
        assert leaf.inclusion and leaf.exclusion and leaf.label_en, leaf.path
        assert 1 <= len(leaf.examples) <= 2, leaf.path
    assert project.codebook.get("Vormen/Benadeeld (promotie, beoordeling, opdrachten)")
    assert project.codebook.version == 1


def test_answer_key_map_covers_every_leaf_and_stays_out_of_the_codebook(project):
    starter(project)
    codes = project.codebook.codes()
    leaves = {c.path for c in codes if not any(o.parent_id == c.id for o in codes)}
    with ANSWER_MAP.open(encoding="utf-8") as handle:
        mapping = {row["path"]: row["theme"] for row in csv.DictReader(handle)}
    assert set(mapping) == leaves
    assert len(set(mapping.values())) == len(mapping)
    key = ROOT / "data" / "answer_key.csv"
    if key.is_file():
        with key.open(encoding="utf-8") as handle:
            themes = {t for row in csv.DictReader(handle) for t in row["themes"].split(";") if t}
        assert set(mapping.values()) == themes
    text = STARTER.read_text(encoding="utf-8")
    assert not any(theme in text for theme in mapping.values())
