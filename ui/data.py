"""Cached reads for the pages. Each function takes the project's resolved path and a
version: the newest event id for data that any change can alter (codes, codings), or a
count that only imports change (document lists); immutable data (a document's text and
units) takes no version at all. The pages get the arguments from ui.common.cache_key."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ui.common import coder
from workbench import Project


def _open(path: str) -> Project:
    """The project as the session's user (in a team project the API checks their role).
    Cached reads are shared per project state; coders and owners may read the same, and
    a viewer's pages (Browse) read nothing else, so no read crosses a role."""
    return Project.open(path, user=coder())


@st.cache_data(show_spinner=False, max_entries=32)
def codes(path: str, version: str) -> list[dict[str, Any]]:
    """Active codes in tree order, as plain dicts, with live coding counts and leaf flag."""
    with _open(path) as project:
        book = project.codebook
        found = book.codes()
        counts = book.coding_counts()
    parents = {c.parent_id for c in found}
    return [
        {
            "id": c.id,
            "path": c.path,
            "name": c.name,
            "parent_id": c.parent_id,
            "depth": c.depth,
            "color": c.color,
            "definition": c.definition,
            "inclusion": c.inclusion,
            "exclusion": c.exclusion,
            "examples": list(c.examples),
            "label_en": c.label_en,
            "guid": c.guid,
            "leaf": c.id not in parents,
            "codings": counts.get(c.path, 0),
        }
        for c in found
    ]


@st.cache_data(show_spinner=False, max_entries=8)
def codebook_version(path: str, version: str) -> int:
    with _open(path) as project:
        return project.codebook.version


@st.cache_data(show_spinner=False, max_entries=8)
def counts(path: str, version: str) -> dict[str, int]:
    with _open(path) as project:
        return project.info()["counts"]


@st.cache_data(show_spinner=False, max_entries=256)
def document(path: str, document_id: int) -> dict:
    """A document (id, kind, title, text): stored once and never edited, so no version."""
    with _open(path) as project:
        return project.document(document_id)


@st.cache_data(show_spinner=False, max_entries=256)
def units(path: str, document_id: int, kind: str) -> list[dict]:
    """Unit segments (answer or turn) of a document, which never change after import."""
    with _open(path) as project:
        return [
            {
                k: s[k]
                for k in (
                    "id",
                    "kind",
                    "ordinal",
                    "start",
                    "end",
                    "speaker",
                    "time_start",
                    "page",
                    "time_end",
                    "text",
                )
            }
            for s in project.segments(document_id, kind=kind)
        ]


@st.cache_data(show_spinner=False, max_entries=64)
def documents(path: str, kind: str, limit: int, offset: int, n_documents: int) -> list[dict]:
    """One page of documents; ``n_documents`` (the count) changes only with imports."""
    with _open(path) as project:
        return project.documents(kind=kind, limit=limit, offset=offset)


@st.cache_data(show_spinner=False, max_entries=64)
def segments_by_id(path: str, ids: tuple[int, ...], n_segments: int) -> dict[int, dict]:
    """Segments known only by id (assignments, disagreements): document, kind, text, title.
    ``n_segments`` (the count) changes only when segments are added."""
    with _open(path) as project:
        return project.segments_by_id(ids)


@st.cache_data(show_spinner=False, max_entries=16)
def all_codings(path: str, version: str) -> pd.DataFrame:
    """Every live human/accepted coding (id, document, span, code, coder, segment)."""
    with _open(path) as project:
        rows = project.coding.codings()
    columns = ["id", "document_id", "segment_id", "start", "end", "code_id", "coder"]
    return pd.DataFrame([{k: r[k] for k in columns} for r in rows], columns=columns)


@st.cache_data(show_spinner=False, max_entries=16)
def coders(path: str, version: str) -> list[str]:
    """Everyone who has live codings or assignments."""
    with _open(path) as project:
        return project.coders()


@st.cache_resource(show_spinner=False, max_entries=2)
def respondents(path: str, n_respondents: int) -> pd.DataFrame:
    """Every respondent with their survey variables; shared, so callers must not change it."""
    with _open(path) as project:
        return project.respondents()


@st.cache_data(show_spinner=False, max_entries=8)
def variables(path: str, n_respondents: int) -> list[dict]:
    with _open(path) as project:
        return [v for v in project.variables() if v["role"] == "variable"]


@st.cache_data(show_spinner=False, max_entries=8)
def media(path: str, version: str) -> dict[int, dict]:
    """The recording linked to each transcript document (path, MIME type, audio/video)."""
    with _open(path) as project:
        return {m["document_id"]: m for m in project.media()}


@st.cache_data(show_spinner=False, max_entries=8)
def speakers(path: str, version: str) -> list[dict]:
    with _open(path) as project:
        return project.speakers()


@st.cache_data(show_spinner=False, max_entries=16)
def retrieve(
    path: str,
    version: str,
    code: str,
    coders: tuple[str, ...] | None,
    unit: str,
    respondent_filter: tuple,
    group: str | None,
    speaker_filter: tuple,
) -> pd.DataFrame:
    with _open(path) as project:
        return project.coding.retrieve(
            code,
            coders=list(coders) if coders else None,
            unit=unit,
            respondents={k: list(v) for k, v in respondent_filter} or None,
            group=group,
            speakers={k: list(v) for k, v in speaker_filter} or None,
        )


@st.cache_data(show_spinner=False, max_entries=8)
def cooccurrence(
    path: str, version: str, unit: str, coders: tuple[str, ...] | None
) -> pd.DataFrame:
    with _open(path) as project:
        return project.coding.cooccurrence(None, unit=unit, coders=list(coders) if coders else None)


@st.cache_data(show_spinner=False, max_entries=8)
def assignments(path: str, version: str, coder: str | None) -> list[dict]:
    with _open(path) as project:
        return project.coding.assignments(coder)


@st.cache_data(show_spinner=False, max_entries=8)
def browse(path: str, version: str) -> dict:
    with _open(path) as project:
        return project.browse()


@st.cache_data(show_spinner=False, max_entries=16)
def browse_by(path: str, version: str, code: str, variable: str) -> tuple[pd.DataFrame, int, dict]:
    """(table, threshold, notes): the table's attrs do not survive the cache, so the
    threshold and what the figure rests on (among, method, basis, bases) travel next to it."""
    with _open(path) as project:
        table = project.browse_by(code, variable)
    notes = {k: table.attrs.get(k) for k in ("among", "method", "basis", "bases")}
    return table, table.attrs.get("min_cell"), notes


# -- coding samples and the coverage of figures ----------------------------------------------
@st.cache_data(show_spinner=False, max_entries=8)
def samples(path: str, version: str) -> list[dict]:
    """Every coding sample's status: frame, draws, and per stratum frame / drawn / reviewed."""
    with _open(path) as project:
        return project.samples.list()


@st.cache_data(show_spinner=False, max_entries=16)
def sample_status(path: str, version: str, name: str, coder: str | None) -> dict:
    """One sample's status; ``coder`` counts only that coder's reviews."""
    with _open(path) as project:
        return project.samples.status(name, coder)


@st.cache_data(show_spinner=False, max_entries=16)
def sample_queue(
    path: str, version: str, name: str, coder: str | None, include_reviewed: bool = False
) -> list[int]:
    """The sample's answer segments in coding order (see workbench.samples.queue)."""
    with _open(path) as project:
        return project.samples.queue(name, coder, include_reviewed)


@st.cache_data(show_spinner=False, max_entries=8)
def questions(path: str, n_documents: int) -> list[str]:
    """The open questions; ``n_documents`` (the count) changes only with imports."""
    with _open(path) as project:
        return project.samples.questions()


@st.cache_data(show_spinner=False, max_entries=16)
def frame_strata(
    path: str, n_documents: int, strata: tuple[str, ...], unit: str, question: str | None
) -> dict[str, int]:
    """Frame units per stratum label for a draw with these settings."""
    with _open(path) as project:
        return project.samples.frame_strata(strata, unit=unit, question=question)


@st.cache_data(show_spinner=False, max_entries=32)
def coverage(path: str, version: str, code: str, question: str | None, rule: str) -> dict:
    """How far a code's figure can rest on human coding (answers known, reviewed, samples)."""
    with _open(path) as project:
        return project.samples.coverage(code, question=question, rule=rule)


@st.cache_data(show_spinner=False, max_entries=8)
def model_runs(path: str, version: str) -> list[int]:
    """The suggestion runs, newest first (their scores can assist a figure)."""
    with _open(path) as project:
        return [run["id"] for run in reversed(project.model_runs("suggestions"))]


# -- matrices ------------------------------------------------------------------------------
def _matrix(project, columns: str, codes: tuple[str, ...] | None, unit: str, weighted: bool):
    if columns == "codes":
        return project.matrices.cooccurrence(list(codes) if codes else None, unit=unit)
    return project.matrices.by_variable(
        columns, list(codes) if codes else None, unit=unit, weighted=weighted
    )


@st.cache_data(show_spinner=False, max_entries=16)
def matrix(
    path: str, version: str, columns: str, codes: tuple[str, ...] | None, unit: str, weighted: bool
) -> dict:
    """Codes x ``columns`` as plain values (see workbench.matrices.Matrix.to_dict)."""
    with _open(path) as project:
        return _matrix(project, columns, codes, unit, weighted).to_dict()


@st.cache_data(show_spinner=False, max_entries=16)
def matrix_chart(
    path: str,
    version: str,
    columns: str,
    codes: tuple[str, ...] | None,
    unit: str,
    weighted: bool,
    figure: str,
    fmt: str,
) -> bytes:
    """The matrix's heatmap (png, svg) with suppressed cells blanked."""
    with _open(path) as project:
        found = _matrix(project, columns, codes, unit, weighted)
        return project.matrices.chart(found, figure, fmt)


@st.cache_data(show_spinner=False, max_entries=16)
def matrix_csv(
    path: str, version: str, columns: str, codes: tuple[str, ...] | None, unit: str, weighted: bool
) -> bytes:
    """Every cell of the matrix as CSV, suppressed cells blanked, spreadsheet-safe."""
    with _open(path) as project:
        return project.matrices.csv(_matrix(project, columns, codes, unit, weighted))


@st.cache_data(show_spinner=False, max_entries=16)
def words(
    path: str, version: str, code: str | None, by: str | None, top: int, unit: str
) -> tuple[pd.DataFrame, int]:
    """(words, threshold): the table's attrs do not survive the cache."""
    with _open(path) as project:
        table = project.matrices.words(code, by, top=top, unit=unit)
    return table, table.attrs["min_cell"]
