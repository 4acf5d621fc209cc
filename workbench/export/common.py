"""What every export shares: the header that names project, codebook version and state,
the privacy rules, and spreadsheet-safe cells.

Privacy: figures (counts, percentages, estimates) from groups under the small-cell
threshold are suppressed in every export, since figures leave the project. A viewer export
(``viewer=True``, and every export from Browse mode) also redacts personal data in quotes and
leaves out respondent ids and speaker names.

Exports are deterministic: the "time" an export names is the time of the project's newest
event (the state it shows), never the wall clock, so the same state gives the same bytes.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import privacy, small_cells
from ..codebook import Codebook
from ..store import queries

if TYPE_CHECKING:  # pragma: no cover
    from ..core import Core

# The dataset's column of a code: "code: PATH" (respondent-level 0/1).
CODE_PREFIX = "code: "
# A cell starting with one of these can run as a formula in Excel, LibreOffice or Sheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportContext:
    """One export's project, audience and the state it shows."""

    core: Core
    viewer: bool
    min_cell: int
    meta: dict[str, Any] = field(default_factory=dict)

    def quote(self, text: str) -> str:
        """A quote as this audience may see it: redacted for viewers."""
        return privacy.redact(text) if self.viewer else text

    def small(self, n: int | float | None) -> bool:
        """True when a figure from ``n`` respondents must be suppressed (the small-cell rule
        at this export's threshold; an unknown ``n`` is suppressed). Figures leave the
        project in every export, so this holds for researchers and viewers alike."""
        return small_cells.suppressed(n, self.min_cell)


def context(core: Core, *, viewer: bool = False, min_cell: int | None = None) -> ExportContext:
    """The context for an export of ``project`` as it is now."""
    newest = queries.events(core.db, 1)
    meta = {
        "project": core.settings.get("name") or core.path.stem,
        "codebook_version": Codebook(core).version,
        "as_of": newest[0]["time"] if newest else None,
        "last_event": newest[0]["id"] if newest else 0,
        "audience": "viewer" if viewer else "researcher",
        "min_cell": small_cells.min_cell(core, min_cell),
    }
    return ExportContext(core=core, viewer=viewer, min_cell=meta["min_cell"], meta=meta)


def header_line(ctx: ExportContext) -> str:
    """One line naming what an export shows, for file headers and footers."""
    m = ctx.meta
    return (
        f"Duiding export of project {m['project']!r}, codebook version "
        f"{m['codebook_version']}, state as of {m['as_of']} (event {m['last_event']}), "
        f"audience {m['audience']}, small-cell threshold {m['min_cell']}"
    )


def safe_cell(value: Any) -> Any:
    """``value`` made safe for a spreadsheet: text that could start a formula gets a
    leading apostrophe, so Excel and LibreOffice show it as text. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def stable_zip(data: bytes) -> bytes:
    """The same zip archive (docx, xlsx, qdpx) with fixed entry dates and modes, so equal
    content gives equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def write_atomically(out: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``out`` and rename it over ``out``, so a
    failed export never leaves a half-written file."""
    handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(name, out)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return out
