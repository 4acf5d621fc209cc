"""Uploaded files, written to a private temporary folder under their own (base) name.

The importers name the file in their errors and pick the format from the extension, so
an upload keeps its name; ``Path(name).name`` drops any folder part a browser might send.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st


@st.cache_resource
def _upload_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="duiding-uploads-"))


def save_upload(upload) -> Path:
    """Write an ``st.file_uploader`` file to disk and return its path."""
    folder = _upload_dir() / upload.file_id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (Path(upload.name).name or "upload")
    path.write_bytes(upload.getvalue())
    return path


@st.cache_data(max_entries=4, show_spinner=False)
def survey_columns(path: str, size: int) -> list[str]:
    """Column names of a survey file (cached per file), to offer in the import form."""
    from workbench.ingest.survey import read_survey

    return list(read_survey(path).columns)
