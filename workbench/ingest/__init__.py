"""File readers: survey tables and focus-group transcripts, parsed and validated.

Pure parsing, no database. Every bad input raises one
:class:`workbench.errors.InputError` naming the file, the row or line and the problem.
Names are loaded lazily so that reading a transcript does not import pandas.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Column": "survey",
    "SurveyFile": "survey",
    "read_survey": "survey",
    "check_columns": "survey",
    "validate_ids": "survey",
    "validate_weights": "survey",
    "value_key": "survey",
    "Turn": "transcript",
    "Transcript": "transcript",
    "read_transcript": "transcript",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
