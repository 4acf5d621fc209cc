"""import-qdpx with PDF sources (PDFSource, as NVivo, MAXQDA and ATLAS.ti write them): the
PDF in the archive is read like import-document reads one, page areas are placed by the
text the tool read there, and what cannot be placed is counted and named, never guessed."""

from __future__ import annotations

import zipfile
from pathlib import Path

from workbench import Project
from workbench.qdpx_import import import_qdpx
from pdf_helpers import write_memo, write_scan, write_truncated

USER = "0A1B2C3D-0000-4000-8000-000000000001"
MELDPUNT = "0A1B2C3D-0000-4000-8000-0000000000C1"
DREMPEL = "0A1B2C3D-0000-4000-8000-0000000000C2"
BELEID = "0A1B2C3D-0000-4000-8000-0000000000C3"
MEMO, SCAN, BROKEN = (f"0A1B2C3D-0000-4000-8000-00000000005{i}" for i in range(3))
# the text NVivo read from the whole memo: its own line joins and its own offsets
TOOL_TEXT = "1. Aanleiding\nUit het medewerkersonderzoek ... Ook het zorg- en welzijnsbeleid van"


def _coding(n: int, code: str) -> str:
    return (
        f'<Coding guid="0A1B2C3D-0000-4000-8000-0000000001{n:02d}" creatingUser="{USER}">'
        f'<CodeRef targetGUID="{code}"/></Coding>'
    )


def _area(n: int, page: int, code: str, text: str | None) -> str:
    shown = f"<Representation guid=\"0A1B2C3D-0000-4000-8000-0000000002{n:02d}\"><PlainTextContent>{text}</PlainTextContent></Representation>" if text is not None else ""  # fmt: skip
    return (
        f'<PDFSelection guid="0A1B2C3D-0000-4000-8000-0000000003{n:02d}" page="{page}" '
        f'firstX="40" firstY="80" secondX="560" secondY="140">{shown}{_coding(n, code)}'
        "</PDFSelection>"
    )


def write_qdpx(folder: Path) -> Path:
    memo = write_memo(folder / "memo.pdf")
    start = TOOL_TEXT.index("zorg- en welzijnsbeleid")
    areas = "".join(
        [
            # as a tool reads it: the line break and the hyphen of "vertrouwens-personen"
            _area(1, 1, MELDPUNT, "onafhankelijk meldpunt in te richten, de vertrouwens-\npersonen"),
            _area(2, 0, DREMPEL, None),  # a rectangle only: no text to place it by
            _area(3, 2, MELDPUNT, "meldpunt"),  # on pages 2 and 3: the page decides
            _area(4, 0, DREMPEL, "een passage die niet in de tekst staat"),
        ]
    )  # fmt: skip
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Beleidsanalyse" origin="NVivo 14">
<Users><User guid="{USER}" name="Fatima"/></Users>
<CodeBook><Codes>
<Code guid="{MELDPUNT}" name="Meldpunt" isCodable="true"/>
<Code guid="{DREMPEL}" name="Drempel" isCodable="true"/>
<Code guid="{BELEID}" name="Beleid" isCodable="true"/>
</Codes></CodeBook>
<Sources>
<PDFSource guid="{MEMO}" name="Beleidsnotitie inclusie.pdf" path="internal://{MEMO}.pdf">{areas}
<Representation guid="0A1B2C3D-0000-4000-8000-000000000400" plainTextPath="internal://{MEMO}.txt">
<PlainTextSelection guid="0A1B2C3D-0000-4000-8000-000000000401" startPosition="{start}" endPosition="{start + 23}">{_coding(20, BELEID)}</PlainTextSelection>
</Representation>
{_coding(21, BELEID)}
</PDFSource>
<PDFSource guid="{SCAN}" name="Gescande brief.pdf" path="internal://{SCAN}.pdf">{_area(5, 0, DREMPEL, "brief")}</PDFSource>
<PDFSource guid="{BROKEN}" name="Afgebroken.pdf" path="internal://{BROKEN}.pdf"/>
</Sources>
</Project>"""
    path = folder / "beleid.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.writestr(f"sources/{MEMO}.pdf", memo.read_bytes())
        archive.writestr(f"sources/{MEMO}.txt", TOOL_TEXT)
        archive.writestr(f"sources/{SCAN}.pdf", write_scan(folder / "scan.pdf").read_bytes())
        archive.writestr(
            f"sources/{BROKEN}.pdf", write_truncated(folder / "kapot.pdf", memo).read_bytes()
        )
    return path


def test_pdf_sources_are_imported_with_their_placeable_codings(tmp_path: Path):
    result = import_qdpx(write_qdpx(tmp_path), tmp_path / "beleid.db")
    assert result["sources"]["read"] == 1
    reasons = {s["name"]: (s["kind"], s["reason"], s["codings"]) for s in result["sources"]["skipped"]}  # fmt: skip
    assert reasons["Gescande brief.pdf"][0] == "PDFSource"
    assert reasons["Gescande brief.pdf"][1].startswith("its PDF has no text layer (a scanned PDF?)")
    assert reasons["Gescande brief.pdf"][2] == 1
    assert reasons["Afgebroken.pdf"][1].startswith("its PDF cannot be read as a PDF (damaged")
    # placed: two areas by their text, the tool's text selection, the whole PDF
    assert result["codings"] == 4
    assert result["codings_skipped"]["on PDF page areas not found in the text"] == 2
    assert result["codings_skipped"]["on skipped sources"] == 1
    [warning] = [w for w in result["warnings"] if "could not be placed" in w]
    assert warning.startswith("Beleidsnotitie inclusie.pdf: 2 coded page area(s) could not be")
    assert "(p. 1, p. 1)" in warning
    with Project.open(tmp_path / "beleid.db") as project:
        [doc] = project.documents()
        assert doc["group"] == "Beleidsanalyse"
        assert [u["page"] for u in project.segments(doc["id"], kind="turn")] == [
            1, 1, 1, 1, 1, 2, 2, 3,
        ]  # fmt: skip
        meldpunt = project.coding.retrieve("Meldpunt")
        assert sorted(zip(meldpunt["page"], meldpunt["text"], meldpunt["coder"])) == [
            (2, "onafhankelijk meldpunt in te richten, de vertrouwenspersonen", "Fatima"),
            (3, "meldpunt", "Fatima"),
        ]
        beleid = project.coding.retrieve("Beleid")
        texts = sorted(beleid["text"], key=len)
        assert texts[0] == "zorg- en welzijnsbeleid"
        assert texts[1] == project.document(doc["id"])["text"]  # the whole PDF
