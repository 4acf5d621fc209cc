"""Codebook documents for reports: Markdown and Word (.docx). One numbered heading per code
with its definition, inclusion and exclusion criteria and examples; headings in Dutch for a
Dutch project, else in English. Same codebook state, same bytes (the .docx zip is written
with fixed dates)."""

from __future__ import annotations

import io
from datetime import datetime

from ..export.common import stable_zip
from ..formats.codes import Document

LABELS = {
    "nl": {
        "title": "Codeboek",
        "version": "Codeboekversie {v} van project {p}",
        "changed": "laatst gewijzigd {t}",
        "codes": "{n} codes",
        "english": "Engels",
        "definition": "Definitie",
        "inclusion": "Wel coderen",
        "exclusion": "Niet coderen",
        "examples": "Voorbeelden",
        "empty": "Het codeboek is leeg.",
    },
    "en": {
        "title": "Codebook",
        "version": "Codebook version {v} of project {p}",
        "changed": "last changed {t}",
        "codes": "{n} codes",
        "english": "English",
        "definition": "Definition",
        "inclusion": "Include",
        "exclusion": "Exclude",
        "examples": "Examples",
        "empty": "The codebook is empty.",
    },
}


def _labels(document: Document) -> dict[str, str]:
    return LABELS.get(document.language, LABELS["en"])


def _numbered(document: Document) -> list[tuple[str, int, dict]]:
    """(number such as '2.3', depth, node) for every code."""
    out: list[tuple[str, int, dict]] = []

    def visit(nodes: list[dict], prefix: str, depth: int) -> None:
        for index, node in enumerate(nodes, start=1):
            number = f"{prefix}{index}"
            out.append((number, depth, node))
            visit(node["children"], number + ".", depth + 1)

    visit(document.codes, "", 0)
    return out


def _subtitle(document: Document, labels: dict[str, str]) -> str:
    parts = [labels["version"].format(v=document.version, p=document.project)]
    if document.changed:
        parts.append(labels["changed"].format(t=document.changed[:10]))
    parts.append(labels["codes"].format(n=len(document.walk())))
    return ", ".join(parts) + f" ({document.origin})."


def render_markdown(document: Document) -> bytes:
    labels = _labels(document)
    lines = [f"# {labels['title']}: {document.project}", "", _subtitle(document, labels), ""]
    if not document.codes:
        lines += [labels["empty"], ""]
    for number, depth, node in _numbered(document):
        lines += [f"{'#' * min(depth + 2, 6)} {number} {node['name']}", ""]
        meta = [f"`{node['path']}`"]
        if node["label_en"]:
            meta.append(f"{labels['english']}: *{node['label_en']}*")
        lines += [" · ".join(meta), ""]
        if node["definition"]:
            lines += [node["definition"], ""]
        for key in ("inclusion", "exclusion"):
            if node[key]:
                lines += [f"**{labels[key]}:** {node[key]}", ""]
        if node["examples"]:
            lines += [f"**{labels['examples']}:**", ""]
            for example in node["examples"]:
                lines += ["> " + example.replace("\n", "\n> "), ""]
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


def render_docx(document: Document) -> bytes:
    import docx  # python-docx: only needed for this export

    labels = _labels(document)
    word = docx.Document()
    word.core_properties.title = f"{labels['title']}: {document.project}"
    word.core_properties.author = document.origin
    if document.changed:  # instead of the template's dates
        changed = datetime.fromisoformat(document.changed).replace(microsecond=0)
        word.core_properties.created = word.core_properties.modified = changed
    word.add_heading(f"{labels['title']}: {document.project}", level=0)
    word.add_paragraph(_subtitle(document, labels))
    if not document.codes:
        word.add_paragraph(labels["empty"])
    for number, depth, node in _numbered(document):
        word.add_heading(f"{number} {node['name']}", level=min(depth + 1, 9))
        if node["label_en"]:
            word.add_paragraph().add_run(f"{labels['english']}: {node['label_en']}").italic = True
        if node["definition"]:
            word.add_paragraph(node["definition"])
        for key in ("inclusion", "exclusion"):
            if node[key]:
                paragraph = word.add_paragraph()
                paragraph.add_run(f"{labels[key]}: ").bold = True
                paragraph.add_run(node[key])
        if node["examples"]:
            word.add_paragraph().add_run(f"{labels['examples']}:").bold = True
            for example in node["examples"]:
                word.add_paragraph(example, style="Quote")
    buffer = io.BytesIO()
    word.save(buffer)
    return stable_zip(buffer.getvalue())
