"""The codebook: tree changes (each one event and one version), codings surviving them,
import/export round trips, REFI-QDA validity and tolerance, bad files changing nothing."""

from __future__ import annotations

import csv
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from workbench import InputError, Project
from workbench.codebook import PALETTE
from workbench.store import codes as code_store
from conftest import ROOT, input_error, snapshot, write

REFI = Path("/work/shared/reference/refi-qda")
XSD = REFI / "Codebook.repaired.xsd"
STARTER = ROOT / "codebooks" / "per_racisme.yaml"
ANSWER_MAP = ROOT / "codebooks" / "per_racisme_answer_key_map.csv"
GUID = re.compile(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")

needs_refi = pytest.mark.skipif(not REFI.is_dir(), reason="REFI-QDA reference files not present")


# -- helpers -------------------------------------------------------------------------
def paths(project: Project, **kwargs: bool) -> list[str]:
    return [c.path for c in project.codebook.codes(**kwargs)]


def event_count(project: Project) -> int:
    return project.db.execute("SELECT count(*) FROM events").fetchone()[0]


def last_event(project: Project) -> dict:
    return project.events(1)[0]


@pytest.fixture
def document(project: Project, tmp_path: Path) -> int:
    """One transcript document to hang codings on."""
    source = write(tmp_path, "fg.txt", "Anna: Er werd een grap gemaakt over mijn naam.\n"
                                       "Bob: Dat heb ik ook gezien.\n")
    project.import_transcript(source)
    return project.documents(kind="transcript")[0]["id"]


def add_codings(project: Project, document: int, path: str, n: int,
                source: str = "human", coder: str = "anna", start: int = 0) -> list[int]:
    """Insert codings directly (the coding API is not what is tested here)."""
    code = project.codebook.get(path)
    with project._write("test-codings") as payload:
        return [code_store.insert_coding(project.db, document_id=document, start=start + i,
                                         end=start + i + 3, code_id=code.id, coder=coder,
                                         source=source, event_id=payload["event_id"])
                for i in range(n)]


def code_of(project: Project, coding_id: int) -> int:
    return project.db.execute("SELECT code_id FROM codings WHERE id = ?", [coding_id]).fetchone()[0]


def plain(tree: list[dict], *, guids: bool = False) -> list[dict]:
    """A tree without the project-specific ids (and GUIDs, unless asked)."""
    drop = {"id", "position"} | (set() if guids else {"guid"})
    return [{**{k: v for k, v in node.items() if k not in drop and k != "children"},
             "children": plain(node["children"], guids=guids)} for node in tree]


def starter(project: Project) -> Project:
    project.codebook.import_file(STARTER)
    return project


# -- adding and reading ----------------------------------------------------------------
def test_add_creates_missing_parents_with_stripped_names(project):
    code = project.codebook.add(" Vormen / Grappen ", definition=" Grappen over afkomst. ",
                                examples=["Een grap.", " ", "Nog een."], color="#ABC",
                                label_en="Jokes")
    assert paths(project) == ["Vormen", "Vormen/Grappen"]
    assert (code.name, code.definition, code.examples, code.color, code.label_en) == (
        "Grappen", "Grappen over afkomst.", ["Een grap.", "Nog een."], "#aabbcc", "Jokes")
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
    assert paths(project) == ["Vormen", "Vormen/Opmerkingen en grappen",
                              "Vormen/Opmerkingen en grappen/Over naam"]
    assert {code_of(project, i) for i in ids} == {code.id}
    payload = last_event(project)["payload"]
    assert (payload["old"]["path"], payload["new"]["path"]) == (
        "Vormen/Grappen", "Vormen/Opmerkingen en grappen")


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
    assert paths(project) == ["Gronden", "Gronden/Vormen", "Gronden/Vormen/Grappen",
                              "Gronden/Vormen/Grappen/Over naam"]
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

    assert result == {"source": "Vormen/Grappen", "target": "Vormen/Opmerkingen",
                      "codings": 6, "codes": 2, "children": 1, "duplicates": 1}
    assert {code_of(project, i) for i in own + suggested + already} == {target.id}
    assert {code_of(project, i) for i in child} == {cb.get("Vormen/Opmerkingen/Over naam").id}
    assert paths(project) == ["Vormen", "Vormen/Opmerkingen", "Vormen/Opmerkingen/Over naam",
                              "Vormen/Opmerkingen/Over geloof"]
    retired = cb.get(source.id)
    assert (retired.active, retired.merged_into) == (False, target.id)
    assert "Vormen/Grappen" in paths(project, include_inactive=True)
    with pytest.raises(InputError, match="was merged into 'Vormen/Opmerkingen'"):
        cb.get("Vormen/Grappen")
    payload = last_event(project)["payload"]  # enough to undo: which codings came from where
    moved = {m["path"]: m["codings"] for m in payload["merged"]}
    assert moved == {"Vormen/Grappen": own + suggested, "Vormen/Grappen/Over naam": child}
    assert payload["moved"][0]["old"]["path"] == "Vormen/Grappen/Over geloof"
    assert cb.coding_counts()["Vormen/Opmerkingen"] == 4  # the suggestion does not count


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
    new = project.codebook.split("Vormen/Grappen", "Grappen over naam", ids[2:],
                                 definition="Over namen.")
    assert new.path == "Vormen/Grappen over naam" and new.definition == "Over namen."
    assert [code_of(project, i) for i in ids] == [project.codebook.get("Vormen/Grappen").id] * 2 + [new.id] * 2
    assert last_event(project)["payload"]["codings"] == ids[2:]
    assert project.codebook.coding_counts() == {"Vormen": 0, "Vormen/Grappen": 2,
                                                "Vormen/Grappen over naam": 2}


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
    for source in ("human", "accepted", "suggestion", "rejected"):
        add_codings(project, document, "Vormen/Grappen", 2, source=source)
    removed = add_codings(project, document, "Vormen/Grappen", 1)
    with project._write("test-remove") as payload:
        project.db.execute("UPDATE codings SET removed_event = ? WHERE id = ?",
                           [payload["event_id"], removed[0]])
    assert project.codebook.coding_counts() == {"Vormen": 0, "Vormen/Grappen": 4}
    assert project.codebook.tree(include_counts=True)[0]["children"][0]["codings"] == 4


# -- the starter codebook -----------------------------------------------------------------
def test_starter_codebook_imports_with_definitions_for_every_leaf(project):
    result = project.codebook.import_file(STARTER)
    codes = project.codebook.codes()
    assert result["added"] == len(codes) >= 30
    assert [c.path for c in codes if c.depth == 0] == [
        "Vormen", "Gronden", "Actoren", "Reacties", "Uitkomsten", "Context en remedies"]
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


# -- round trips ------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["yaml", "csv", "qdc"])
def test_round_trip_through_a_file_gives_the_same_tree(project, tmp_path, fmt):
    starter(project)
    project.codebook.add("Extra/Met regels", definition="Eerste regel.\n\nTweede; met \"quotes\".",
                         inclusion="Wel: a, b", exclusion="Niet | dit", label_en="Lines",
                         examples=["Één voorbeeld,\nover twee regels."], color="#123456")
    exported = project.codebook.export_file(tmp_path / f"cb.{fmt}")
    with Project.create(tmp_path / "other.db", user="tester") as other:
        result = other.codebook.import_file(exported)
        assert result["added"] == len(project.codebook.codes())
        assert plain(other.codebook.tree(), guids=fmt == "qdc") == plain(
            project.codebook.tree(), guids=fmt == "qdc")


def test_import_updates_existing_paths_and_adds_new_ones(project, tmp_path):
    project.codebook.add("Vormen/Grappen", definition="Oud.", color="#010101")
    path = write(tmp_path, "cb.yaml", """
codes:
  - name: Vormen
    children:
      - name: Grappen
        definition: Nieuw.
      - name: Pesten
        definition: Herhaald.
""")
    result = project.codebook.import_file(path)
    assert (result["added"], result["updated"], result["unchanged"]) == (1, 1, 1)
    grappen = project.codebook.get("Vormen/Grappen")
    assert (grappen.definition, grappen.color) == ("Nieuw.", "#010101")  # colour not given: kept
    event = last_event(project)
    assert (event["action"], event["target"]) == ("codebook-import", "cb.yaml")
    assert event["payload"]["updated"][0]["old"] == {"definition": "Oud."}
    version = project.codebook.version
    before = snapshot(project)
    again = project.codebook.import_file(path)  # nothing new: no event, same version
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 3)
    assert snapshot(project) == before and project.codebook.version == version


def test_exports_are_deterministic_and_name_project_and_version(project, tmp_path):
    starter(project)
    for fmt in ("yaml", "csv", "qdc", "md", "docx"):
        first = project.codebook.export_file(tmp_path / f"a.{fmt}").read_bytes()
        second = project.codebook.export_file(tmp_path / f"b.{fmt}").read_bytes()
        assert first == second, fmt
        if fmt != "docx":  # project name and codebook version in the first lines
            head = first.decode("utf-8-sig")[:300]
            assert "project 'p'" in head or "project p" in head, fmt
            assert "version 1" in head or "Codeboekversie 1" in head, fmt
    md = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "### 1.1 Opmerkingen en grappen" in md and "**Wel coderen:**" in md
    import docx
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs]
    assert "1.1 Opmerkingen en grappen" in paragraphs


def test_export_to_a_missing_folder_or_unknown_format_is_an_input_error(project, tmp_path):
    project.codebook.add("A")
    with pytest.raises(InputError, match="does not exist"):
        project.codebook.export_file(tmp_path / "nope" / "cb.yaml")
    with pytest.raises(InputError, match="unknown codebook extension '.txt'"):
        project.codebook.export_file(tmp_path / "cb.txt")


# -- REFI-QDA ------------------------------------------------------------------------------
@needs_refi
def test_qdc_export_validates_against_the_refi_qda_schema(project, tmp_path):
    import lxml.etree as etree
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    starter(project)
    exported = project.codebook.export_file(tmp_path / "cb.qdc")
    assert schema.validate(etree.parse(str(exported))), schema.error_log
    # the schema is strict enough to catch a wrong file (Taguette's empty <Sets/>)
    assert not schema.validate(etree.parse(str(REFI / "taguette-expected-codebook.qdc")))


def test_qdc_round_trip_keeps_guids_and_description_fields(project, tmp_path):
    starter(project)
    exported = project.codebook.export_file(tmp_path / "cb.qdc")
    text = exported.read_text(encoding="utf-8")
    assert 'xmlns="urn:QDA-XML:codebook:1.0"' in text and "Inclusion: " in text
    with Project.create(tmp_path / "other.db", user="tester") as other:
        other.codebook.import_file(exported)
        theirs = {c.path: c for c in other.codebook.codes()}
        for code in project.codebook.codes():
            copy = theirs[code.path]
            assert (copy.guid, copy.definition, copy.inclusion, copy.exclusion, copy.examples,
                    copy.label_en, copy.color) == (code.guid, code.definition, code.inclusion,
                                                   code.exclusion, code.examples, code.label_en,
                                                   code.color)


def test_qdc_import_follows_a_known_guid_to_its_new_name(project, tmp_path):
    code = project.codebook.add("Vormen/Grappen")
    path = write(tmp_path, "cb.qdc", f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="{{{code.guid.lower()}}}" name="Grappen en opmerkingen" isCodable="true">
    <Code guid="11111111-2222-3333-4444-555555555555" name="Over namen" isCodable="true"/>
  </Code>
</Codes></CodeBook>""")
    result = project.codebook.import_file(path)
    assert (result["added"], result["updated"]) == (1, 1)
    assert paths(project) == ["Vormen", "Grappen en opmerkingen", "Grappen en opmerkingen/Over namen"]
    assert project.codebook.get(code.id).path == "Grappen en opmerkingen"
    assert project.codebook.get(code.id).guid == code.guid


@needs_refi
def test_taguette_codebook_imports(project):
    result = project.codebook.import_file(REFI / "taguette-expected-codebook.qdc")
    assert result["added"] == 3
    codes = {c.name: c.guid for c in project.codebook.codes()}
    assert codes == {"interesting": "0D62985D-B147-5D01-A9B5-CAE5DCD98342",
                     "people": "DFE5C38E-9449-5959-A1F7-E3D895CFA87F",
                     "interesting\\places": "55BB6892-6F30-5129-8CB8-557A1B12137B"}


@needs_refi
def test_atlas_ti_project_codebook_imports_from_qdpx(project, tmp_path):
    source = shutil.copy(REFI / "atlasti-8.4-standard-project.qdpx", tmp_path / "atlas.qdpx")
    result = project.codebook.import_file(source)
    assert result["added"] == 14
    coke = project.codebook.get("Coke::full-fat Coke")
    assert (coke.definition, coke.color, coke.guid) == (
        "aka regular", "#966450", "0983E32E-6866-431A-BD94-DAC9BB963825")


def test_qdc_with_prefixes_and_oddities_is_read_tolerantly(project, tmp_path):
    path = write(tmp_path, "odd.qdc", """<?xml version="1.0"?>
<q:CodeBook xmlns:q="urn:QDA-XML:codebook:1.0" origin="x"><q:Codes>
  <q:Code guid="not-a-guid" name="in/out" isCodable="true" color="blue">
    <q:Description>Just a description.</q:Description>
    <q:Code guid="11111111-2222-3333-4444-555555555555" name="kind" isCodable="false"/>
    <q:Code guid="11111111-2222-3333-4444-555555555555" name="kind" isCodable="true"/>
  </q:Code>
</q:Codes><q:Sets/><q:Unknown/></q:CodeBook>""")
    result = project.codebook.import_file(path)
    assert paths(project) == ["in-out", "in-out/kind", "in-out/kind (2)"]
    assert project.codebook.get("in-out").definition == "Just a description."
    assert project.codebook.get("in-out/kind").guid == "11111111-2222-3333-4444-555555555555"
    assert len(result["warnings"]) == 5  # renamed, bad guid, bad colour, twin name, twin guid


@pytest.mark.parametrize("xml", [
    '<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY x "boom">]>'
    '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="11111111-2222-3333-4444-'
    '555555555555" name="&x;" isCodable="true"/></Codes></CodeBook>',
    '<?xml version="1.0"?><!DOCTYPE CodeBook SYSTEM "file:///etc/passwd">'
    '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>',
])
def test_qdc_with_doctype_or_entities_is_refused(project, tmp_path, xml):
    path = write(tmp_path, "evil.qdc", xml)
    before = snapshot(project)
    message = input_error(project.codebook.import_file, path)
    assert "DOCTYPE" in message
    assert snapshot(project) == before


def test_malformed_or_foreign_xml_is_an_input_error(project, tmp_path):
    broken = write(tmp_path, "broken.qdc", "<CodeBook><Codes></CodeBook>")
    assert "line 1" in input_error(project.codebook.import_file, broken)
    other = write(tmp_path, "other.qdc", "<html/>")
    assert "root element is <html>" in input_error(project.codebook.import_file, other)


def test_empty_codebook_cannot_be_exported_as_qdc(project, tmp_path):
    with pytest.raises(InputError, match="at least one code"):
        project.codebook.export_file(tmp_path / "cb.qdc")


# -- bad files change nothing ----------------------------------------------------------------
def test_yaml_error_names_place_and_line_and_changes_nothing(project, tmp_path):
    starter(project)
    before = snapshot(project)
    path = write(tmp_path, "bad.yaml", """codebook: {name: x}
codes:
  - name: Vormen
    children:
      - name: Grappen
      - definition: geen naam
""")
    message = input_error(project.codebook.import_file, path)
    assert message == f"{path}: line 6: codes[0].children[1]: 'name' is missing"
    cases = {
        "codes:\n  - name: A\n    color: rood\n": "line 3: codes[0] ('A').color: colour 'rood'",
        "codes:\n  - name: A\n    defintion: x\n": "unknown key 'defintion' (did you mean 'definition'?)",
        "codes:\n  - name: A\n  - name: A\n": "line 3: codes[1] ('A'): code 'A' appears twice (also at line 2)",
        "codes: [\n": "not valid YAML",
        "codes:\n  - name: a/b\n": "line 2: codes[0]: the name 'a/b' contains '/'",
        "codes:\n  - name: A\n    children: x\n": "codes[0] ('A').children: 'children' must be a list",
        "- just a string\n": "codes[0]: expected a code",
    }
    for text, expected in cases.items():
        assert expected in input_error(project.codebook.import_file, write(tmp_path, "b.yaml", text))
    assert snapshot(project) == before


def test_csv_import_reads_dutch_spreadsheets_and_errors_name_the_row(project, tmp_path):
    good = write(tmp_path, "cb.csv", "path;definition;examples;color\n"
                                     "Vormen/Grappen;Opmerkingen über afkomst;één | twee;#FFAA00\n"
                                     "Gronden;;;\n", encoding="cp1252")
    result = project.codebook.import_file(good)
    assert result["added"] == 3
    grappen = project.codebook.get("Vormen/Grappen")
    assert (grappen.definition, grappen.examples, grappen.color) == (
        "Opmerkingen über afkomst", ["één", "twee"], "#ffaa00")
    before = snapshot(project)
    cases = {
        "path,color\nA,#000000\nB,oranje\n": "row 3: column 'color': colour 'oranje'",
        "path,color\nA,#000000\n,#000000\n": "row 3: column 'path': the code path is empty",
        "path,definition\nA,x\nB,y\nA,z\n": "row 4: code 'A' appears twice (also at row 2)",
        "naam,definition\nA,x\n": "row 1: unknown column 'naam'",
        "definition\nx\n": "no 'path' column",
        "# comment\npath,definitie\nA,x\n": "row 2: unknown column 'definitie'",
    }
    for text, expected in cases.items():
        message = input_error(project.codebook.import_file, write(tmp_path, "bad.csv", text))
        assert expected in message, message
    assert snapshot(project) == before


def test_an_import_that_fails_half_way_changes_nothing(project, tmp_path):
    grappen = project.codebook.add("Vormen/Grappen")
    project.codebook.add("Vormen/Pesten")
    before = snapshot(project)
    # the first code would be added, the second names a GUID that belongs to another path
    path = write(tmp_path, "cb.qdc", f"""<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="{'A' * 8}-AAAA-AAAA-AAAA-{'A' * 12}" name="Nieuw" isCodable="true"/>
  <Code guid="{grappen.guid}" name="Vormen" isCodable="true">
    <Code guid="{grappen.guid}" name="Pesten" isCodable="true"/>
  </Code>
</Codes></CodeBook>""")
    with pytest.raises(InputError):
        project.codebook.import_file(path)
    assert snapshot(project) == before


def test_import_of_an_unknown_format_or_missing_file(project, tmp_path):
    with pytest.raises(InputError, match="unknown codebook extension"):
        project.codebook.import_file(write(tmp_path, "cb.txt", "x"))
    assert "file not found" in input_error(project.codebook.import_file, tmp_path / "gone.yaml")
    with pytest.raises(InputError, match="unknown codebook format 'md'"):
        project.codebook.import_file(write(tmp_path, "cb.md", "# x"), format="md")


def test_qdc_export_is_a_zip_free_plain_xml_file(project, tmp_path):
    project.codebook.add("A")
    exported = project.codebook.export_file(tmp_path / "cb.qdc")
    assert not zipfile.is_zipfile(exported)
    assert exported.read_bytes().startswith(b'<?xml version="1.0" encoding="utf-8"?>\n<CodeBook')
