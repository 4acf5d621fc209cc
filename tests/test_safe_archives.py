"""Malicious archives and XML, built on the fly: zip slip entry names, billion laughs,
external entities, zip bombs (a high compression ratio; 100,000 entries). Every import
route refuses each with one InputError that names the file and the problem, and changes
nothing: the project stays as it was, and a .qdpx import leaves no project file behind."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from workbench.qdpx_import import import_qdpx
from conftest import input_error, snapshot, write

QDE = (
    b'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
    b'name="p"><CodeBook><Codes><Code guid="11111111-2222-3333-4444-555555555555" '
    b'name="a" isCodable="true"/></Codes></CodeBook></Project>'
)
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE Project [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>\n'
).encode()
XXE = (
    b'<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    b'<Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>\n'
)
SLIPS = [
    "../../evil.txt",
    "/etc/x",
    "..\\..\\evil.txt",
    "C:/Windows/evil.txt",
    "sources/../../evil.txt",
]


def archive(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as target:
        for name, data in entries.items():
            target.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buffer.getvalue()


def bomb() -> dict[str, bytes]:
    """A small archive entry that unpacks to 64 MB of zeros (ratio about 1000:1)."""
    return {"sources/bomb.txt": bytes(64 * 1024 * 1024)}


@pytest.fixture(scope="module")
def many_entries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A .qdpx with 100,000 (empty) entries."""
    path = tmp_path_factory.mktemp("many") / "many.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as target:
        target.writestr("project.qde", QDE)
        for i in range(99_999):
            target.writestr(f"sources/{i}.txt", b"")
    return path


def refuse_qdpx(path: Path, *problems: str) -> None:
    """import-qdpx refuses ``path`` naming it and one of ``problems``; no project is left."""
    target = path.parent / "new.db"
    message = input_error(import_qdpx, path, target=target)
    assert any(p in message for p in problems), message
    assert not [n for n in os.listdir(path.parent) if n.startswith((".new.db", "new.db"))]


def refuse_codebook(project, path: Path, *problems: str) -> None:
    """Importing ``path`` as a codebook is refused and changes nothing."""
    before = snapshot(project)
    message = input_error(project.codebook.import_file, path)
    assert any(p in message for p in problems), message
    assert snapshot(project) == before


def docx_bytes(**extra: bytes) -> bytes:
    """A real transcript .docx (python-docx), with ``extra`` entries added or replaced."""
    import docx

    document = docx.Document()
    document.add_paragraph("Anna: Ik werd niet uitgenodigd.")
    document.add_paragraph("Bob: Dat herken ik.")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source:
        entries = {i.filename: source.read(i) for i in source.infolist()}
    return archive({**entries, **{k.replace("|", "/"): v for k, v in extra.items()}})


def refuse_transcript(project, path: Path, *problems: str) -> None:
    before = snapshot(project)
    message = input_error(project.import_transcript, path)
    assert any(p in message for p in problems), message
    assert snapshot(project) == before


# -- zip slip ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", SLIPS)
def test_zip_slip_entries_are_refused_everywhere(project, tmp_path, name):
    data = archive({"project.qde": QDE, name: b"owned"})
    assert name in zipfile.ZipFile(io.BytesIO(data)).namelist()
    path = write(tmp_path, "slip.qdpx", data)
    refuse_qdpx(path, "zip-slip")
    refuse_codebook(project, path, "zip-slip")
    refuse_transcript(
        project, write(tmp_path, "slip.docx", docx_bytes(**{name: b"owned"})), "zip-slip"
    )
    assert not (tmp_path.parent / "evil.txt").exists()


# -- XML entities -------------------------------------------------------------------------
@pytest.mark.parametrize("xml", [LAUGHS, XXE], ids=["billion-laughs", "external-entity"])
def test_entities_are_refused_in_projects_and_codebooks(project, tmp_path, xml):
    path = write(tmp_path, "evil.qdpx", archive({"project.qde": xml}))
    refuse_qdpx(path, "DOCTYPE")
    refuse_codebook(project, path, "DOCTYPE")
    refuse_codebook(project, write(tmp_path, "evil.qde", xml), "DOCTYPE")
    codebook = xml.replace(b"Project", b"CodeBook").replace(b"project:1.0", b"codebook:1.0")
    refuse_codebook(project, write(tmp_path, "evil.qdc", codebook), "DOCTYPE")


@pytest.mark.parametrize("xml", [LAUGHS, XXE], ids=["billion-laughs", "external-entity"])
def test_entities_are_refused_in_a_docx_transcript(project, tmp_path, xml):
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as source:
        body = source.read("word/document.xml")
    declaration = xml.split(b"<Project")[0].replace(b"Project", b"w:document")
    evil = body.replace(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>", b"").replace(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', b""
    )
    evil = declaration + evil.replace(b"Dat herken ik.", b"&lol9;&xxe;", 1)
    path = write(tmp_path, "evil.docx", docx_bytes(**{"word|document.xml": evil}))
    refuse_transcript(project, path, "DOCTYPE/ENTITY")


# -- zip bombs ----------------------------------------------------------------------------
def test_a_high_compression_ratio_is_refused(project, tmp_path):
    path = write(tmp_path, "bomb.qdpx", archive({"project.qde": QDE, **bomb()}))
    assert path.stat().st_size < 1024 * 1024
    refuse_qdpx(path, "compression ratio")
    refuse_codebook(project, path, "compression ratio")
    docx = write(
        tmp_path, "bomb.docx", docx_bytes(**{"word|media|x.bin": bomb()["sources/bomb.txt"]})
    )
    refuse_transcript(project, docx, "possible zip bomb")


@pytest.mark.slow  # an archive of 100,000 entries
def test_a_hundred_thousand_entries_are_refused(project, many_entries):
    refuse_qdpx(many_entries, "100000 entries")
    refuse_codebook(project, many_entries, "100000 entries")
