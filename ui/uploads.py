"""Uploaded files, in a private temporary folder only while a script run needs them.

The importers read files by path, name the file in their errors and pick the format from the
extension, so an upload is written to disk under its own (base) name (``Path(name).name``
drops any folder part a browser might send) -- into a fresh folder that only the server's
user can read (``tempfile.TemporaryDirectory``, mode 0700), removed with everything in it
when the block ends, also when the run stops or reruns half-way. Nothing an upload held stays
on the server after the run (the browser keeps the file; the next run writes it again).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

import streamlit as st

PREFIX = "duiding-upload-"


@contextlib.contextmanager
def uploaded(*uploads) -> Iterator[list[Path]]:
    """Write ``st.file_uploader`` files into a private temporary folder and yield their
    paths (one per upload, in order); the folder is removed when the block ends."""
    with tempfile.TemporaryDirectory(prefix=PREFIX) as folder:
        paths = []
        for number, upload in enumerate(uploads):
            place = Path(folder) / str(number)
            place.mkdir()
            path = place / (Path(upload.name).name or "upload")
            path.write_bytes(upload.getvalue())
            paths.append(path)
        yield paths


@st.cache_data(max_entries=4, show_spinner=False)
def survey_columns(_path: str, file_id: str, size: int) -> list[str]:
    """Column names of an uploaded survey file, cached per upload (``file_id``, ``size``:
    the temporary path differs on every run, so it is not part of the key)."""
    from workbench.ingest.survey import read_survey

    return list(read_survey(_path).columns)
