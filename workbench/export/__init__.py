"""Exports: coded tables, reports, REFI-QDA projects and anonymised data.

The kinds, their file types and options are declared once in :mod:`.kinds` (the CLI's
choices and the UI's download list are built from it); :func:`export` (:mod:`.run`) writes
one. ``export`` loads on first use, so reading :data:`KINDS` (the CLI's parser) loads no
pandas. See :mod:`workbench.export.common` for the rules every export follows.
"""

from __future__ import annotations

from typing import Any

from .kinds import ALIASES, KINDS, ExportKind

__all__ = ["ALIASES", "KINDS", "ExportKind", "export", "file_type"]


def __getattr__(name: str) -> Any:
    """``export`` and ``file_type`` from :mod:`.run`, on first use."""
    if name in ("export", "file_type"):
        from . import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
