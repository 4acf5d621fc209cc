"""Sentence segmentation, lemmas and the full-text index; search over it.

Answers and turns (units) are made at import. Here each unit is split into sentences,
every unit and sentence gets its lemmas, and both go into the FTS5 index.
"""

from __future__ import annotations

import html
import re
import sqlite3
import time
from typing import TYPE_CHECKING

from . import nlp
from .errors import InputError
from .store import queries, records

if TYPE_CHECKING:  # pragma: no cover
    from .project import Progress, Project

UNITS = {
    "units": ("answer", "turn"),
    "answers": ("answer",),
    "answer": ("answer",),
    "turns": ("turn",),
    "turn": ("turn",),
    "sentences": ("sentence",),
    "sentence": ("sentence",),
}
MARK_START, MARK_END = "\x02", "\x03"  # what the store's snippet() puts around matches
_PLAIN_QUERY = re.compile(r"^[\w\s'’-]+$", re.UNICODE)


def segment_pending(project: "Project", *, batch: int = 5000,
                    progress: "Progress | None" = None) -> dict:
    """Segment every document not yet segmented; returns counts and seconds taken."""
    db = project.db
    total = queries.count_unsegmented(db)
    done = sentences = 0
    started = time.perf_counter()
    with nlp.Analyser(project.language) as analyser:
        while True:
            found = _segment_batch(project, analyser, batch, total - done)
            if found is None:
                break
            done += found[0]
            sentences += found[1]
            if progress:
                progress(done, total)
    return {"documents": done, "sentences": sentences,
            "seconds": round(time.perf_counter() - started, 3)}


def _segment_batch(project: "Project", analyser: "nlp.Analyser", batch: int,
                   remaining: int) -> tuple[int, int] | None:
    """Segment up to ``batch`` documents in one transaction; None when none are left."""
    db = project.db
    units = queries.pending_units(db, batch)
    empty = queries.unsegmented_without_units(db, batch)
    if not units and not empty:
        return None
    analyses = analyser.analyse([text for _, _, _, text in units], total=remaining)
    sentence_rows, unit_rows = [], []
    for (document_id, segment_id, offset, _), analysis in zip(units, analyses):
        unit_rows.append((segment_id, analysis.n_tokens, analysis.lemmas))
        for ordinal, (start, end, n_tokens, lemmas) in enumerate(analysis.sentences):
            sentence_rows.append({
                "document_id": document_id, "kind": "sentence", "parent_id": segment_id,
                "ordinal": ordinal, "start": offset + start, "end": offset + end,
                "n_tokens": n_tokens, "lemmas": lemmas,
            })
    document_ids = sorted({u[0] for u in units} | set(empty))
    with project._write("segment") as payload:
        records.set_segment_lemmas(db, unit_rows)
        sentence_ids = records.add_segments(db, sentence_rows)
        records.index_segments(db, [u[1] for u in units] + sentence_ids)
        records.mark_segmented(db, document_ids)
        payload.update(documents=len(document_ids), sentences=len(sentence_ids),
                       pipeline=nlp.pipeline_name(project.language))
    return len(document_ids), len(sentence_ids)


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def build_match(query: str, language: str) -> str:
    """An FTS5 expression for a plain query: every word must match, as typed or as a lemma.

    Queries with FTS5 syntax (quotes, AND/OR/NOT, *, parentheses) are passed through.
    """
    query = query.strip()
    if not query:
        raise InputError(None, "search: the query is empty")
    if not _PLAIN_QUERY.match(query) or re.search(r"\b(AND|OR|NOT|NEAR)\b", query):
        return query
    words = query.split()
    parts = []
    for word in words:
        lemmas = nlp.lemmatise(word, language) or [word.lower()]
        lemma = " ".join(lemmas)
        parts.append(f"(text : {_fts_string(word)} OR lemmas : {_fts_string(lemma)})")
    return " AND ".join(parts)


def mark_lemmas(text: str, lemmas: set[str], language: str) -> str:
    """Put match marks around the words of ``text`` whose lemma is in ``lemmas``."""
    if not lemmas:
        return text
    out, last = [], 0
    for token in nlp.pipeline(language)(text):
        if (token.lemma_ or token.text).lower() in lemmas:
            out += [text[last:token.idx], MARK_START, token.text, MARK_END]
            last = token.idx + len(token.text)
    return "".join(out) + text[last:]


def search(project: "Project", query: str, *, unit: str = "units", limit: int = 50) -> list[dict]:
    if unit not in UNITS:
        raise InputError(None, f"search: unknown unit {unit!r}; use one of {', '.join(UNITS)}")
    match = build_match(query, project.language)
    try:
        hits = queries.search(project.db, match, UNITS[unit], limit)
    except sqlite3.OperationalError as error:
        raise InputError(None, f"search: cannot read the query {query!r} ({error})") from None
    lemmas = {lemma for word in query.split() for lemma in nlp.lemmatise(word, project.language)}
    for hit in hits:
        marked = hit.pop("snippet")
        if MARK_START not in marked:  # matched through lemmas only: mark those words
            marked = mark_lemmas(marked, lemmas, project.language)
        hit["snippet"] = marked.replace(MARK_START, "[").replace(MARK_END, "]")
        hit["snippet_html"] = (
            html.escape(marked).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
        )
    return hits
