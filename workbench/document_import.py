"""Document import: a PDF's text layer read (:mod:`workbench.ingest.pdf`) and written as one
document of paragraphs, coded like other documents.

Where it goes in the data model: a document of kind ``transcript`` in a group (``--group``,
default the file name), as import-qdpx stores another tool's text sources: one unit
(segment kind ``turn``, no speaker) per paragraph, and the ``pages`` table says where each
page starts, so every unit, sentence, coding and search hit knows its page. The source is
recorded with format ``pdf``, so the same file is refused a second time. Nothing is written
before the whole file has been read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from .errors import InputError
from .imports import file_digest, refuse_reimport
from .ingest.pdf import PdfText, read_pdf
from .store import queries, records

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

FORMATS = ("pdf",)


def load_document(
    db: sqlite_utils.Database, project: Path, path: str | Path, group: str | None = None
) -> tuple[PdfText, str, str, int]:
    """Read a PDF for ``group`` (default: the file name), refusing a file imported before:
    (its text, the group, sha256, size)."""
    path = Path(path)
    sha256, size = file_digest(path)
    if path.suffix.lower().lstrip(".") not in FORMATS:
        what = path.suffix or "a file without an extension"
        raise InputError(
            path,
            f"import-document reads PDF files (.pdf), not {what}; transcripts: import-transcript",
        )
    refuse_reimport(db, path, sha256, project)
    group = (group or path.stem).strip()
    if not group:
        raise InputError(path, "the group name is empty")
    data = path.read_bytes()
    if b"%PDF-" not in data[:1024]:
        raise InputError(path, "is not a PDF (it does not start with %PDF-); nothing was imported")
    return read_pdf(path, data), group, sha256, size


def import_document(core: Core, path: str | Path, *, group: str | None = None) -> dict:
    """Project.import_document: read the whole PDF, then write it in one event."""
    pdf, group, sha256, size = load_document(core.db, core.path, path, group)
    with core.write("import-document", pdf.path.name) as payload:
        source_id = records.add_source(
            core.db,
            kind="transcript",
            filename=pdf.path.name,
            format="pdf",
            sha256=sha256,
            size=size,
            options={"group": group},
            event_id=payload["event_id"],
        )
        result = write_document(core.db, pdf, group, source_id)
        payload.update(result, source=source_id, warnings=pdf.warnings)
    return {"file": str(pdf.path), "format": "pdf", **result, "warnings": pdf.warnings}


def write_document(
    db: sqlite_utils.Database, pdf: PdfText, group: str, source_id: int, title: str | None = None
) -> dict:
    """Write a read PDF as one document of ``group``: a unit per paragraph, its pages."""
    group_id = queries.group_id(db, group) or records.add_group(db, group)
    [document_id] = records.add_documents(
        db,
        [
            {
                "kind": "transcript",
                "title": title or pdf.title or pdf.path.name,
                "text": pdf.text,
                "respondent_id": None,
                "question_id": None,
                "group_id": group_id,
                "source_id": source_id,
            }
        ],
    )
    records.add_segments(
        db,
        [
            {
                "document_id": document_id,
                "kind": "turn",
                "ordinal": i,
                "start": paragraph.start,
                "end": paragraph.end,
            }
            for i, paragraph in enumerate(pdf.paragraphs)
        ],
    )
    records.add_pages(db, document_id, pdf.pages)
    return {
        "group": group,
        "document": document_id,
        "paragraphs": len(pdf.paragraphs),
        "pages": pdf.page_count,
    }
