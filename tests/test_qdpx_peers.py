"""Our .qdpx as QualCoder's REFI-QDA importer reads it. QualCoder is not on PyPI (``pip
download qualcoder`` finds no distribution), so it cannot run here; this test reads the
export a second, independent way, with xml.etree, checking what QualCoder's importer
(``RefiImport.import_project`` in src/qualcoder/refi.py) relies on:

- a ``*.qde`` at the top of the zip, ``Project@origin`` present (QualCoder calls
  ``.upper()`` on it when there is no basePath), the project:1.0 namespace;
- each TextSource's ``plainTextPath`` "internal://NAME" is the file ``sources/NAME`` in the
  zip, strict UTF-8 and without "\\r" (QualCoder reads it in universal-newline mode and,
  after a first "\\r\\n", shifts every position);
- each PlainTextSelection has integer positions within the text (code points), its
  ``creatingUser`` is a User, every Coding in it is by that same user (QualCoder gives all
  codings of a selection to the selection's creatingUser) and starts with its CodeRef
  (QualCoder reads ``list(coding)[0]``), whose code exists;
- Cases, Sets and NoteRefs point at things that exist.

It also checks that, read this way, every live coding comes out once with its coder, code
and exact text, and that the export validates against Project.xsd."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from workbench import Project
from codebook_helpers import REFI
from conftest import write, write_csv
from media_helpers import VTT, sine_wav

NS = "{urn:QDA-XML:project:1.0}"
GRAPPEN, STEUN = "Thema/Grappen", "Thema/Steun"


def peer_project(folder: Path) -> Path:
    """Answers (one with a Windows line break inside its cell, one with an emoji outside
    the Basic Multilingual Plane), a VTT focus group with its recording linked, the same
    span coded by two coders with the same code, a memo on a coding."""
    survey = write_csv(
        folder / "s.csv",
        [
            "id,stratum,w,q",
            'R1,a,1,"Collega\'s maakten grappen over mijn afkomst.\r\nIk zei niets."',
            "R2,a,1,Mijn leidinggevende steunde mij 👍 bij de melding.",
            "R3,b,2,Niets gemerkt.",
        ],
    )
    path = folder / "peer.db"
    with Project.create(path, user="ann") as p:
        p.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
        p.import_transcript(write(folder, "fg.vtt", VTT), group="uitvoering")
        p.link_media("uitvoering", sine_wav(folder / "fg.wav", 14))
        p.segment()
        p.codebook.add(GRAPPEN)
        p.codebook.add(STEUN)
        answers = {d["title"]: d for d in p.documents(kind="answer")}
        r1 = next(d for t, d in answers.items() if "R1" in t)
        r2 = next(d for t, d in answers.items() if "R2" in t)
        for coder in ("ann", "bob"):  # the same span, code and coder twice: one each
            p.coding.code(r1["id"], 0, 44, GRAPPEN, coder=coder)
        p.coding.code(r1["id"], 0, 44, STEUN, coder="bob")
        r2_text = p.document(r2["id"])["text"]
        start = r2_text.index("steunde")
        coding = p.coding.code(r2["id"], start, len(r2_text), STEUN, coder="carla")
        p.coding.add_memo("coding", coding, "Steun met een duim.", coder="carla")
        [fg] = p.documents(kind="transcript")
        for turn in p.segments(fg["id"], kind="turn")[1:3]:
            p.coding.code_segment(turn["id"], GRAPPEN, coder="ann")
            p.coding.code_segment(turn["id"], GRAPPEN, coder="bob")
    return path


def read_like_qualcoder(qdpx: Path) -> dict:
    """The second reader: what QualCoder's importer takes from the archive, with every
    assumption it makes checked (AssertionError names the one that fails)."""
    with zipfile.ZipFile(qdpx) as archive:
        names = archive.namelist()
        [qde] = [n for n in names if "/" not in n and n.endswith(".qde")]
        root = ET.fromstring(archive.read(qde))
        files = {n: archive.read(n) for n in names}
    assert root.tag == f"{NS}Project"
    assert root.get("origin"), "Project@origin is missing (QualCoder calls .upper() on it)"
    users = {u.get("guid"): u.get("name") for u in root.iter(f"{NS}User")}
    assert all(users) and all(users.values())
    codes = {c.get("guid"): c.get("name") for c in root.iter(f"{NS}Code")}
    assert all(codes) and all(codes.values())
    folder = "sources" if any(n.startswith("sources/") for n in names) else "Sources"
    sources: dict[str, str] = {}
    codings: list[tuple[str, str, str, int, int, str]] = []
    selections: set[str] = set()
    for source in root.iter(f"{NS}TextSource"):
        where = source.get("plainTextPath")
        assert where and where.startswith("internal://"), where
        member = folder + where.split("internal:/")[1]
        assert member in files, f"{member} named by {source.get('name')!r} is not in the zip"
        text = files[member].decode("utf-8")  # strict: QualCoder would replace bad bytes
        assert "\r" not in text, f"{member} holds '\\r': QualCoder's positions would shift"
        sources[source.get("guid")] = text
        for selection in source.findall(f"{NS}PlainTextSelection"):
            selections.add(selection.get("guid"))
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            assert 0 <= start <= end <= len(text), (member, start, end, len(text))
            owner = selection.get("creatingUser")
            for coding in selection.findall(f"{NS}Coding"):
                assert owner in users, f"selection {selection.get('guid')}: no such user"
                assert coding.get("creatingUser") == owner, (
                    f"selection {selection.get('guid')} by {users[owner]!r} holds a coding by"
                    f" {users.get(coding.get('creatingUser'))!r}: QualCoder gives it to"
                    f" {users[owner]!r}"
                )
                first = list(coding)[0]
                assert first.tag == f"{NS}CodeRef", "QualCoder reads a Coding's first child"
                assert first.get("targetGUID") in codes
                codings.append(
                    (
                        source.get("guid"),
                        codes[first.get("targetGUID")],
                        users[owner],
                        start,
                        end,
                        text[start:end],
                    )
                )
    notes = {n.get("guid") for n in root.iter(f"{NS}Note")}
    assert {r.get("targetGUID") for r in root.iter(f"{NS}NoteRef")} <= notes
    assert {r.get("targetGUID") for r in root.iter(f"{NS}SourceRef")} <= set(sources)
    assert {r.get("targetGUID") for r in root.iter(f"{NS}SelectionRef")} <= selections
    assert {r.get("targetGUID") for r in root.iter(f"{NS}MemberSource")} <= set(sources)
    return {"users": users, "codes": codes, "sources": sources, "codings": codings}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("peers")
    path = peer_project(folder)
    with Project.open(path, user="ann") as p:
        p.export("qdpx", folder / "peer.qdpx")
    return path, folder / "peer.qdpx"


def test_the_export_validates_against_the_refi_qda_schema(exported):
    _, qdpx = exported
    xsd = etree.XMLSchema(etree.parse(str(REFI / "Project-mrt2019.xsd")))
    with zipfile.ZipFile(qdpx) as archive:
        document = etree.fromstring(archive.read("project.qde"))
    assert xsd.validate(document), xsd.error_log


def test_qualcoder_reads_every_coding_once_with_its_coder_code_and_text(exported):
    path, qdpx = exported
    read = read_like_qualcoder(qdpx)
    with Project.open(path, user="ann") as p:
        texts = {d["id"]: p.document(d["id"])["text"] for d in p.documents(limit=100)}
        paths = {c.id: c.path for c in p.codebook.codes()}
        ours = Counter(
            (
                paths[c["code_id"]].rsplit("/", 1)[-1],
                c["coder"],
                texts[c["document_id"]][c["start"] : c["end"]],
            )
            for c in p.coding.codings()
        )
    theirs = Counter((code, coder, text) for _, code, coder, _, _, text in read["codings"])
    assert theirs == ours
    # the same span, code and coder once (QualCoder's code_text is unique on them)
    keys = Counter((src, code, coder, s, e) for src, code, coder, s, e, _ in read["codings"])
    assert max(keys.values()) == 1
    assert {"ann", "bob", "carla"} <= set(read["users"].values())
    # the emoji is one code point, as in Python strings (QualCoder's slicing)
    assert any(text.endswith("👍 bij de melding.") for *_, text in read["codings"])


def test_our_own_import_reads_the_per_coder_selections_back(exported, tmp_path: Path):
    path, qdpx = exported
    Project.import_qdpx(qdpx, tmp_path / "copy.db", user="eve")

    def codings(project_file: Path) -> Counter:
        with Project.open(project_file, user="ann") as p:
            paths = {c.id: c.path for c in p.codebook.codes()}
            return Counter(
                (paths[c["code_id"]], c["coder"], c["start"], c["end"]) for c in p.coding.codings()
            )

    assert codings(tmp_path / "copy.db") == codings(path)
