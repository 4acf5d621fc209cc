"""Sentence segmentation, lemmas and the full-text index; search over it.

Answers and turns (units) are made at import. Here each unit is split into sentences,
every unit and sentence gets its lemmas, and both go into the FTS5 index.
"""

from __future__ import annotations

import html
import re
import sqlite3
import time
from array import array
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from . import nlp, units
from .errors import InputError
from .store import queries, records

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core, Progress

MARK_START, MARK_END = "\x02", "\x03"  # what the store's snippet() puts around matches
_PLAIN_QUERY = re.compile(r"^[\w\s'’-]+$", re.UNICODE)


def start_nlp(core: Core, texts: int) -> bool:
    """Start :func:`segment`'s NLP workers ahead (they load while an import reads its
    file); True if started. They stop when the project closes, or with
    :meth:`Core.stop_analyser`."""
    if core.analyser is not None:
        return False
    analyser = nlp.Analyser(core.language)
    if analyser.start(texts):
        core.analyser = analyser
    return core.analyser is analyser


def segment(core: Core, *, batch: int = 5000, progress: Progress | None = None) -> dict:
    """Split new documents' answers and turns into sentences, lemmatise, and index them,
    with the workers started ahead if any (see :func:`segment_pending`)."""
    analyser, core.analyser = core.analyser or nlp.Analyser(core.language), None
    return segment_pending(core, analyser, batch=batch, progress=progress)


def segment_pending(
    core: Core, analyser: nlp.Analyser, *, batch: int = 5000, progress: Progress | None = None
) -> dict:
    """Segment every document not yet segmented; returns counts and seconds taken.

    Batches are pipelined: while one batch is written (one transaction), the next one is
    being analysed (in worker processes when there are many documents).
    """
    db = core.db
    total = queries.count_unsegmented(db)
    done = sentences = 0
    started = time.perf_counter()
    with analyser:
        upcoming = _start_batch(db, analyser, 0, batch, total)
        name = analyser.pipeline_name() if upcoming else ""
        while upcoming is not None:
            current = upcoming
            upcoming = _start_batch(
                db, analyser, current.last, batch, total - done - len(current.documents)
            )
            written = _write_batch(core, current, name)
            done += written[0]
            sentences += written[1]
            if progress:
                progress(done, total)
    return {
        "documents": done,
        "sentences": sentences,
        "seconds": round(time.perf_counter() - started, 3),
    }


class _Batch(NamedTuple):
    documents: list[int]  # every document of the batch, ascending
    rows: Callable[[], _Rows]  # what its unit segments write, in order

    @property
    def last(self) -> int:
        return self.documents[-1]


class _Rows:
    """What analysed units write: each unit's token count and lemmas, and its sentences.

    Kept as columns (integers in arrays, lemmas in lists) rather than a tuple per row:
    the workers send these to the main process, and a pickled array is one copy where
    a list of tuples is an object per value on both sides.
    """

    UNIT, SENTENCE = 3, 6  # integers per unit (document, segment, n_tokens) and sentence

    def __init__(self) -> None:
        self.units = array("q")  # document, segment id, n_tokens
        self.unit_lemmas: list[str] = []
        self.sentences = array("q")  # document, parent segment, ordinal, start, end, n_tokens
        self.sentence_lemmas: list[str] = []

    def add(self, document_id: int, segment_id: int, offset: int, analysis: nlp.Analysis) -> None:
        self.units.extend((document_id, segment_id, analysis.n_tokens))
        self.unit_lemmas.append(analysis.lemmas)
        ints, lemmas = self.sentences, self.sentence_lemmas
        for ordinal, (start, end, n, sentence_lemmas) in enumerate(analysis.sentences):
            ints.extend((document_id, segment_id, ordinal, offset + start, offset + end, n))
            lemmas.append(sentence_lemmas)

    @classmethod
    def joined(cls, parts: list[_Rows]) -> _Rows:
        whole = cls()
        for part in parts:
            whole.units.extend(part.units)
            whole.unit_lemmas.extend(part.unit_lemmas)
            whole.sentences.extend(part.sentences)
            whole.sentence_lemmas.extend(part.sentence_lemmas)
        return whole

    def without(self, documents: set[int]) -> _Rows:
        """These rows less those of ``documents``."""
        kept = _Rows()
        u, s = self.UNIT, self.SENTENCE
        for i, lemmas in enumerate(self.unit_lemmas):
            if self.units[i * u] not in documents:
                kept.units.extend(self.units[i * u : i * u + u])
                kept.unit_lemmas.append(lemmas)
        for i, lemmas in enumerate(self.sentence_lemmas):
            if self.sentences[i * s] not in documents:
                kept.sentences.extend(self.sentences[i * s : i * s + s])
                kept.sentence_lemmas.append(lemmas)
        return kept

    def segment_ids(self) -> array:
        return self.units[1 :: self.UNIT]

    def unit_rows(self) -> Iterator[tuple[int, str, int]]:
        """(n_tokens, lemmas, segment id) per unit, as records.set_segment_lemmas takes them."""
        u = self.units
        return zip(u[2 :: self.UNIT], self.unit_lemmas, u[1 :: self.UNIT])

    def sentence_rows(self) -> Iterator[tuple[int, int, int, int, int, int, str]]:
        """Rows as records.add_sentences takes them."""
        s, n = self.sentences, self.SENTENCE
        return zip(*(s[i::n] for i in range(n)), self.sentence_lemmas)


def _rows(job: tuple[str, list[tuple[int, int, int, str]]]) -> _Rows:
    """Analyse units (document, segment, offset, text) into the rows they write; runs in
    the analyser's workers, so the main process only writes."""
    language, units = job
    rows = _Rows()
    for (document_id, segment_id, offset, _), analysis in zip(
        units, nlp.analyse([text for *_, text in units], language)
    ):
        rows.add(document_id, segment_id, offset, analysis)
    return rows


def _start_batch(
    db, analyser: nlp.Analyser, after: int, batch: int, remaining: int
) -> _Batch | None:
    """The next ``batch`` unsegmented documents after id ``after``, their analysis started;
    None when there are none."""
    found = queries.pending_units(db, after, batch)
    if not found:
        return None
    documents = sorted({r[0] for r in found})
    units = [r for r in found if r[1] is not None]
    return _Batch(
        documents, analyser.submit(units, total=remaining, task=_rows, combine=_Rows.joined)
    )


def _write_batch(core: Core, batch: _Batch, pipeline: str) -> tuple[int, int]:
    """Write one analysed batch in one transaction: unit lemmas, sentences, index entries."""
    db = core.db
    rows = batch.rows()
    with core.write("segment") as payload:
        # another process may have segmented some of these meanwhile: leave those alone
        taken = queries.segmented_among(db, batch.documents[0], batch.last)
        if taken:
            rows = rows.without(taken)
        documents = [d for d in batch.documents if d not in taken]
        records.set_segment_lemmas(db, rows.unit_rows())
        sentence_ids = records.add_sentences(db, rows.sentence_rows())
        records.index_segments(db, rows.segment_ids())
        records.index_segments(db, sentence_ids)
        records.mark_segmented(db, documents)
        payload.update(documents=len(documents), sentences=len(sentence_ids), pipeline=pipeline)
    return len(documents), len(sentence_ids)


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
            out += [text[last : token.idx], MARK_START, token.text, MARK_END]
            last = token.idx + len(token.text)
    return "".join(out) + text[last:]


def search(core: Core, query: str, *, unit: str = "units", limit: int = 50) -> list[dict]:
    kinds = units.kinds(unit)
    match = build_match(query, core.language)
    try:
        hits = queries.search(core.db, match, kinds, limit)
    except sqlite3.OperationalError as error:
        raise InputError(None, f"search: cannot read the query {query!r} ({error})") from None
    lemmas = {lemma for word in query.split() for lemma in nlp.lemmatise(word, core.language)}
    for hit in hits:
        marked = hit.pop("snippet")
        if MARK_START not in marked:  # matched through lemmas only: mark those words
            marked = mark_lemmas(marked, lemmas, core.language)
        hit["snippet"] = marked.replace(MARK_START, "[").replace(MARK_END, "]")
        hit["snippet_html"] = (
            html.escape(marked).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
        )
    return hits
