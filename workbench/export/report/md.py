"""The report as Markdown, its charts as PNG files in a folder beside it. Text from the data
is escaped: Markdown syntax shows literally and HTML tags show as text."""

from __future__ import annotations

import re
from urllib.parse import quote

from .model import Bullets, Figure, Paragraph, Quote, Report, Table

SPECIAL = re.compile(r"([\\`*_\[\]|~#])")
LINE_START = re.compile(r"^(\d*)([-+=.)])(?=\s|$)")


def text(value: str) -> str:
    """Plain text made inert in Markdown: HTML entities for & < >, backslashes before the
    characters Markdown would read, newlines as spaces."""
    value = " ".join(str(value).split())
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return LINE_START.sub(r"\1\\\2", SPECIAL.sub(r"\\\1", value))


def render(report: Report, folder: str) -> tuple[bytes, dict[str, bytes]]:
    """The Markdown (UTF-8) and the figure files by name, linked as ``folder/name``."""
    out = [f"# {text(report.title)}", ""]
    out += [f"*{text(line)}*  " for line in report.subtitle] + [""]
    files: dict[str, bytes] = {}
    for section in report.sections:
        out += ["#" * min(section.level + 1, 6) + " " + text(section.title), ""]
        for block in section.blocks:
            if isinstance(block, Paragraph):
                out += [
                    f"*{text(block.text)}*"
                    if block.style == "note"
                    else f"**{text(block.text)}**"
                    if block.style == "lead"
                    else text(block.text),
                    "",
                ]
            elif isinstance(block, Bullets):
                out += [f"- {text(i)}" for i in block.items] + [""]
            elif isinstance(block, Quote):
                out += [f"> {text(block.text)}"]
                out += [">", f"> — {text(block.source)}"] if block.source else []
                out += [""]
            elif isinstance(block, Table):
                out += _table(block)
            elif isinstance(block, Figure):
                name = f"figure-{len(files) + 1:02d}.png"
                files[name] = block.png
                out += [
                    f"![{text(block.alt)}]({quote(folder)}/{name})",
                    "",
                    f"*{text(report.figure)} {len(files)}. {text(block.caption)}*",
                    "",
                ]
    out += ["---", "", text(report.footer), ""]
    return "\n".join(out).encode("utf-8"), files


def _table(table: Table) -> list[str]:
    lines = [f"**{text(table.caption)}**", ""] if table.caption else []
    lines += [
        "| " + " | ".join(text(c) for c in table.columns) + " |",
        "|" + "|".join(" --- " for _ in table.columns) + "|",
    ]
    lines += ["| " + " | ".join(text(c) or " " for c in row) + " |" for row in table.rows]
    lines += [""] + [f"*{text(n)}*" for n in table.notes] + ([""] if table.notes else [])
    return lines
