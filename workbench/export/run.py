"""Writing one export: the file type from the output's suffix, the options checked against
the kind's (:mod:`.kinds`), the writer of the kind, the file only when complete.

Each writer writes to a temporary file beside the target and renames it only when complete
(:func:`workbench.export.common.write_atomically`), so a failed export never leaves a
half-written file. See :mod:`workbench.export.common` for the rules every export follows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import privacy
from ..codebook import Codebook
from ..errors import InputError
from ..progress import Progress, step
from .common import ExportContext, context
from .kinds import ALIASES, KINDS

if TYPE_CHECKING:  # pragma: no cover
    from ..core import Core


def file_type(kind: str, out: Path) -> str:
    """The file type for ``kind`` from the suffix of ``out``, or one clear error."""
    if kind not in KINDS:
        raise InputError(None, f"unknown export {kind!r}; choose one of {', '.join(KINDS)}")
    suffix = out.suffix.lower().lstrip(".")
    fmt = ALIASES.get(suffix, suffix)
    formats = KINDS[kind].formats
    if fmt not in formats:
        shown = " or ".join("." + f for f in formats)
        raise InputError(
            out, f"a {kind} export is written as {shown}, not {out.suffix or 'no suffix'}"
        )
    return fmt


def export(
    core: Core,
    kind: str,
    out: str | Path,
    *,
    viewer: bool = False,
    min_cell: int | None = None,
    progress: Progress | None = None,
    **options: Any,
) -> dict:
    """Write one export of ``project`` to ``out``; returns what was written. ``options`` go to
    the export (see each writer; :data:`.kinds.KINDS` names those each kind takes). The file
    appears only when complete. ``progress`` hears the stages (the report's: themes,
    method, render; every other kind's: render)."""
    out = Path(out)
    fmt = file_type(kind, out)
    unknown = sorted(set(options) - set(KINDS[kind].options))
    if unknown:
        takes = ", ".join(KINDS[kind].options) or "no options"
        raise InputError(None, f"a {kind} export takes {takes}, not {unknown[0]!r}")
    if not out.parent.is_dir():
        raise InputError(out, f"folder {out.parent} does not exist")
    ctx = context(core, viewer=viewer, min_cell=min_cell)
    if kind == "report":
        options["progress"] = progress
    else:
        step(progress, "render")
    result = _writer(kind)(ctx, out, fmt, **options)
    return {"kind": kind, "format": fmt, "path": str(out), **(result or {}), "meta": ctx.meta}


def _writer(kind: str) -> Callable[..., dict]:
    """The writer of ``kind``, imported on first use (the report's charts need matplotlib)."""
    if kind == "segments":
        from .tables import write_segments

        return write_segments
    if kind == "table":
        from .tables import write_subgroups

        return write_subgroups
    if kind == "dataset":
        from .anonymise import write_dataset

        return write_dataset
    if kind == "report":
        from .report import write_report

        return write_report
    if kind == "qdpx":
        from .qdpx import write_qdpx

        return lambda ctx, out, fmt: write_qdpx(ctx, out)
    return _write_codebook


def _write_codebook(ctx: ExportContext, out: Path, fmt: str) -> dict:
    """The codebook; for viewers its example quotes are redacted of personal data."""
    redact = privacy.redact if ctx.viewer else None
    part = out.with_name(f".{out.name}.part{out.suffix}")
    try:
        Codebook(ctx.core).export_file(part, fmt, redact=redact)
        part.replace(out)
    finally:
        part.unlink(missing_ok=True)
    return {"version": ctx.meta["codebook_version"]}
