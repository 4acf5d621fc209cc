"""The summary report (html, docx, md) for a policy reader and a committee: per theme a
joint display (survey figures, the theme's weighted prevalence by subgroup with 95% CIs as
a chart, focus-group counts, redacted quotes, the verdict), the p-values of every group
difference, and a method section generated from the project's records.

Every figure from fewer than ``ctx.min_cell`` respondents is suppressed, in every audience;
quotes are always redacted. The same project state gives the same bytes; exporting changes
nothing in the project. Files are written beside the target and renamed when complete.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from ...errors import InputError
from ...progress import Progress, step
from ..common import ExportContext, write_atomically
from . import docx, html, md
from .content import Item, build
from .model import Figure, Table

FORMATS = ("html", "docx", "md")


def write_report(
    ctx: ExportContext,
    out: str | Path,
    fmt: str,
    *,
    by: Sequence[str] | None = None,
    codes: Sequence[str | int] | None = None,
    items: Sequence[Item] | None = None,
    language: str | None = None,
    progress: Progress | None = None,
) -> dict:
    """Write the report of ``ctx``'s project to ``out`` as ``fmt`` ("html", "docx", "md").

    ``by``: survey variables to break every theme and item down by (default: those with
    known population margins); ``codes``: the themes (default: every top-level code with
    codings); ``items``: survey items as (variable, values counted), e.g.
    ``("racisme_ervaren", ["een enkele keer", "vaak"])``, shown overall, next to each
    theme and in the p-value table. Markdown writes its charts as PNG files into the
    folder ``<out stem>_files`` beside it. ``language``: of every heading, table header,
    caption and the method section, "nl" or "en" (default: the project's language); the
    data (code names, values, quotes) stays as it is. ``progress`` hears the stages (themes,
    method, render). Returns what was written."""
    if fmt not in FORMATS:
        raise InputError(out, f"the report format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    report = build(
        ctx,
        by=by,
        codes=codes,
        items=items,
        language=language or ctx.core.language,
        progress=progress,
    )
    step(progress, "render")
    files = [out]
    if fmt == "html":
        write_atomically(out, html.render(report))
    elif fmt == "docx":
        write_atomically(out, docx.render(report, ctx.meta.get("as_of")))
    else:
        folder = out.parent / f"{out.stem}_files"
        text, figures = md.render(report, folder.name)
        _replace_folder(folder, figures)
        files += [folder / name for name in figures]
        write_atomically(out, text)
    return {
        "path": str(out),
        "format": fmt,
        "files": [str(f) for f in files],
        "size": out.stat().st_size,
        "language": report.language,
        "sections": [s.title for s in report.sections],
        "figures": len(report.blocks(Figure)),
        "tables": len(report.blocks(Table)),
        "suppressed": report.suppressed,
        "min_cell": ctx.min_cell,
        "as_of": ctx.meta.get("as_of"),
        "last_event": ctx.meta.get("last_event"),
    }


def _replace_folder(folder: Path, files: dict[str, bytes]) -> None:
    """Fill a fresh folder beside ``folder`` with ``files``, then swap it into place."""
    temporary = folder.with_name(f".{folder.name}.tmp")
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir(parents=True)
    try:
        for name, data in files.items():
            (temporary / name).write_bytes(data)
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(temporary, folder)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


__all__ = ["FORMATS", "write_report", "build"]
