"""The facade: one open project file, as users and the CLI and UI see it.

Every method is a thin call into the module that owns the work, which takes the
:class:`~workbench.core.Core` (the connection, the acting user and the one write operation:
one transaction that appends one event). Methods are grouped by what users do; the
codebook and the coding samples are namespaces of their own (``project.codebook``,
``project.samples``), like sqlite-utils' ``Database`` and ``Table``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import sqlite_utils

from . import (
    assist,
    browse,
    coding,
    coding_import,
    design,
    estimation,
    imports,
    joint,
    retrieval,
    segmentation,
    small_cells,
)
from .analysis.agreement import AgreementReport
from .analysis.survey import SurveyDesign
from .assist import topics as topic_runs
from .codebook import Codebook
from .core import Core, Progress, default_user
from .errors import InputError
from .export.run import export
from .qdpx_import import import_qdpx
from .samples import Samples
from .store import assist as assist_sql
from .store import codings as codings_sql
from .store import design as design_sql
from .store import migrations, queries

__all__ = ["Progress", "Project", "default_user"]


class Project:
    """An open project file. Use :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(self, core: Core):
        self.core = core

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        name: str | None = None,
        language: str = "nl",
        user: str | None = None,
    ) -> Project:
        """Create a new, empty project file; refuses to touch an existing file."""
        return cls(Core.create(path, name=name, language=language, user=user))

    @classmethod
    def open(cls, path: str | Path, *, user: str | None = None) -> Project:
        """Open an existing project file, migrating it to the current schema if needed."""
        return cls(Core.open(path, user=user))

    def close(self) -> None:
        self.core.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.core.path

    @property
    def db(self) -> sqlite_utils.Database:
        """The open database, for readers and tests; writes go through the API."""
        return self.core.db

    @property
    def user(self) -> str:
        """Who is acting: codings, reviews and events are attributed to them."""
        return self.core.user

    # -- reading -----------------------------------------------------------------------
    @property
    def settings(self) -> dict[str, str]:
        return self.core.settings

    @property
    def language(self) -> str:
        return self.core.language

    def info(self) -> dict:
        """Name, schema version and counts: what ``info`` shows."""
        settings = self.settings
        return {
            "path": str(self.path),
            "name": settings.get("name"),
            "language": settings.get("language"),
            "created": settings.get("created"),
            "schema_version": migrations.schema_version(self.db),
            "counts": queries.counts(self.db),
        }

    def events(self, limit: int = 50) -> list[dict]:
        """The newest events first: the audit trail."""
        return queries.events(self.db, limit)

    def variables(self) -> list[dict]:
        return queries.variables(self.db)

    def respondents(self) -> pd.DataFrame:
        """One row per respondent with stratum, weight and every survey variable (a copy)."""
        return self.core.respondents()

    def documents(self, kind: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
        return queries.documents(self.db, kind, limit, offset)

    def document(self, document_id: int) -> dict:
        found = queries.document(self.db, document_id)
        if found is None:
            raise InputError(None, f"no document with id {document_id}")
        return found

    def segments(self, document_id: int, kind: str | None = None) -> list[dict]:
        return queries.segments(self.db, document_id, kind)

    def segment_by_id(self, segment_id: int) -> dict:
        """One segment with its text, document id and title, kind, speaker and time."""
        found = queries.segments_by_id(self.db, [segment_id])
        if segment_id not in found:
            raise InputError(None, f"no segment with id {segment_id}")
        return found[segment_id]

    def segments_by_id(self, ids: Sequence[int]) -> dict[int, dict]:
        """Several segments at once (unknown ids are left out)."""
        return queries.segments_by_id(self.db, list(ids))

    def coders(self) -> list[str]:
        """Everyone who has coded anything or has been assigned a double-coding sample."""
        return queries.coders(self.db)

    def speakers(self, group: str | None = None) -> list[dict]:
        return queries.speakers(self.db, group)

    @property
    def codebook(self) -> Codebook:
        """The project's code tree: add, rename, move, merge, split, import, export."""
        return Codebook(self.core)

    @property
    def samples(self) -> Samples:
        """Coding samples (draw, extend, next to code, status, queue) and reviews."""
        return Samples(self.core)

    # -- importing ---------------------------------------------------------------------
    def import_survey(
        self,
        path: str | Path,
        *,
        id: str,
        stratum: str,
        weight: str | None,
        open: Sequence[str] = (),
        delimiter: str | None = None,
        encoding: str | None = None,
        sheet: str | int | None = None,
        decimal: str | None = None,
        warm_nlp: bool = True,
    ) -> dict:
        """Import respondents (CSV, XLSX, SPSS .sav, Parquet) and their open answers.

        Every column other than id, stratum, weight and the ``open`` questions becomes a
        respondent variable. Without a ``weight`` column every weight is 1 until design
        weights are computed from the strata (import-design, then ``weights="design"``);
        each non-empty open answer becomes a document with one answer segment. All or
        nothing: on any problem an InputError names file, row and problem. CSV is read in
        chunks (memory stays flat); with many answers the NLP workers of :meth:`segment`
        start loading meanwhile (``warm_nlp=False`` when no segmentation follows).
        """
        return imports.import_survey(
            self.core,
            Path(path),
            id=id,
            stratum=stratum,
            weight=weight,
            open=list(open),
            delimiter=delimiter,
            encoding=encoding,
            sheet=sheet,
            decimal=decimal,
            warm_nlp=warm_nlp,
        )

    def import_transcript(
        self,
        path: str | Path,
        *,
        group: str | None = None,
        encoding: str | None = None,
        format: str | None = None,
        speakers: Sequence[str] = (),
        not_speakers: Sequence[str] = (),
    ) -> dict:
        """Import a focus-group transcript (txt, docx, vtt, srt) as one document of turns.

        ``speakers`` / ``not_speakers`` settle labels the reader cannot decide on (see
        :meth:`preview_transcript`); while one is left, an InputError names its line and
        nothing is written. The result's ``warnings`` are the reader's other notices.
        """
        return imports.import_transcript(
            self.core,
            path,
            group=group,
            encoding=encoding,
            format=format,
            speakers=speakers,
            not_speakers=not_speakers,
        )

    def preview_transcript(self, path: str | Path, **options: Any) -> dict:
        """What :meth:`import_transcript` (same options) would write: title, speakers and
        their turns, and what to check first (``warnings``; ``ambiguous`` labels must be
        settled before an import). Writes nothing."""
        return imports.preview(self.core, path, **options)

    def import_speakers(self, path: str | Path) -> dict:
        """Set speaker attributes (role, function group, ...) from a table: group, speaker, ..."""
        return imports.import_speakers(self.core, Path(path))

    def import_strata(
        self, path: str | Path, *, stratum: str, population: str, sampled: str | None = None
    ) -> dict:
        """The design: population size (and number sampled) per stratum, from a table."""
        return design.import_strata(
            self.core, path, stratum=stratum, population=population, sampled=sampled
        )

    def import_margins(self, path: str | Path) -> dict:
        """Known population shares (variable, value, share), for raking and checks."""
        return design.import_margins(self.core, path)

    def strata(self) -> list[dict]:
        return design_sql.strata(self.db)

    def margins(self) -> dict[str, dict[str, float]]:
        return design_sql.margins(self.db)

    @classmethod
    def import_qdpx(cls, path: str | Path, target: str | Path, *, user: str | None = None) -> dict:
        """Read a REFI-QDA project (.qdpx) into a NEW project file ``target``; sources that
        are missing or not text are reported, not fatal."""
        return import_qdpx(Path(path), Path(target), user=user)

    # -- segmenting and search ---------------------------------------------------------
    def segment(self, *, batch: int = 5000, progress: Progress | None = None) -> dict:
        """Split new documents' answers and turns into sentences, lemmatise, and index them.

        Works in batches of documents, each one transaction and one event, so a long run
        can be interrupted and resumed without losing or repeating work.
        """
        return segmentation.segment(self.core, batch=batch, progress=progress)

    def search(self, query: str, *, unit: str = "units", limit: int = 50) -> list[dict]:
        """Full-text search over segments, on words and their lemmas (so inflections match).

        ``unit``: any name of :mod:`workbench.units` (units = answers and turns, answers,
        turns, sentences, or a singular), as every ``unit=`` takes.
        """
        return segmentation.search(self.core, query, unit=unit, limit=limit)

    # -- coding --------------------------------------------------------------------------
    def code(
        self, document_id: int, start: int, end: int, code: str | int, *, coder: str | None = None
    ) -> int:
        """Apply ``code`` (path or id) to characters ``start:end`` of a document."""
        return coding.code_span(self.core, document_id, start, end, code, coder or self.user)

    def code_segment(self, segment_id: int, code: str | int, *, coder: str | None = None) -> int:
        """Apply ``code`` to a whole segment (answer, turn or sentence)."""
        return coding.code_segment(self.core, segment_id, code, coder or self.user)

    def uncode(self, coding_id: int, *, coder: str | None = None) -> None:
        """Remove one of your codings (it stays in the file, marked removed, and can be undone)."""
        coding.uncode(self.core, coding_id, coder or self.user)

    def undo(self, *, coder: str | None = None) -> dict | None:
        """Reverse the coder's last coding action (code, uncode, memo, import, consensus)."""
        return coding.undo(self.core, coder or self.user)

    def add_memo(
        self, kind: str, target_id: int | None, text: str, *, coder: str | None = None
    ) -> int:
        """A memo on the project, a document, a segment, a code or a coding."""
        return coding.add_memo(self.core, kind, target_id, text, coder or self.user)

    def memos(self, kind: str | None = None, target_id: int | None = None) -> list[dict]:
        return codings_sql.memos(self.db, kind, target_id)

    def codings(
        self,
        *,
        document_id: int | None = None,
        codes: Sequence[str | int] | None = None,
        coders: Sequence[str] | None = None,
        sources: Sequence[str] = ("human", "accepted"),
        include_removed: bool = False,
    ) -> list[dict]:
        """Codings with their text; by default live human and accepted ones."""
        return coding.codings(
            self.core,
            document_id=document_id,
            codes=codes,
            coders=coders,
            sources=sources,
            include_removed=include_removed,
        )

    def import_codings(
        self, path: str | Path, *, coder: str | None = None, dotted_levels: bool | None = None
    ) -> dict:
        """Codings made elsewhere (CSV: document or segment, start, end, code, coder; or
        another tool's highlights: document name, coded text, code); all or nothing."""
        return coding_import.import_codings(self.core, path, coder, dotted_levels=dotted_levels)

    def retrieve(self, code: str | int, **filters: Any) -> pd.DataFrame:
        """Coded passages of a code with context; see :func:`workbench.retrieval.retrieve`."""
        return retrieval.retrieve(self.core, code, **filters)

    def cooccurrence(
        self, codes: Sequence[str | int] | None = None, **options: Any
    ) -> pd.DataFrame:
        """Code x code counts of units where both were applied."""
        return retrieval.cooccurrence(self.core, codes, **options)

    # -- several coders ------------------------------------------------------------------
    def agreement(
        self,
        coders: Sequence[str],
        codes: Sequence[str | int] | None = None,
        *,
        unit: str = "units",
    ) -> AgreementReport:
        """Per code and overall: percent agreement, Cohen's kappa, Krippendorff's alpha."""
        return retrieval.agreement(self.core, coders, codes, unit)

    def disagreements(
        self,
        coders: Sequence[str],
        codes: Sequence[str | int] | None = None,
        *,
        unit: str = "units",
    ) -> pd.DataFrame:
        """(unit, code, one column per coder) where the coders who saw the unit differ."""
        return retrieval.disagreements(self.core, coders, codes, unit)

    def consensus(self, segment_id: int, code: str | int, applied: bool) -> int | None:
        """Record the agreed decision as the coder 'consensus'; the originals stay."""
        return coding.consensus(self.core, segment_id, code, applied, decided_by=self.user)

    def assign_sample(
        self,
        coders: Sequence[str],
        size: int,
        *,
        unit: str = "answer",
        seed: int = 0,
        sample: str | None = None,
    ) -> dict:
        """Assign one random sample of units to each of ``coders`` for double coding."""
        return coding.assign_sample(self.core, coders, size, unit=unit, seed=seed, sample=sample)

    def assignments(self, coder: str | None = None, sample: str | None = None) -> list[dict]:
        return codings_sql.assignments(self.db, coder, sample)

    # -- models that assist coders -------------------------------------------------------
    def embed(self, *, unit: str = "answers", embedding: str | None = None):
        """Vectors of every segment of ``unit``, computed once and stored: (ids, matrix)."""
        return assist.embed(self.core, assist.make_backend(embedding), unit)

    def suggest(
        self,
        codes: Sequence[str | int] | None = None,
        *,
        unit: str = "answers",
        embedding: str | None = None,
        threshold: float = 0.5,
        limit_per_code: int = 200,
        min_examples: int = 10,
        seed: int = 0,
    ) -> dict:
        """Model suggestions for units no human coded with a code (never human codings)."""
        return assist.suggest(
            self.core,
            codes,
            unit,
            assist.make_backend(embedding, seed=seed),
            threshold,
            limit_per_code,
            min_examples=min_examples,
            seed=seed,
        )

    def accept_suggestion(self, suggestion_id: int, *, coder: str | None = None) -> int:
        """Accept a suggestion: an 'accepted' coding by the coder (undoable)."""
        return assist.accept(self.core, suggestion_id, coder or self.user)

    def reject_suggestion(self, suggestion_id: int, *, coder: str | None = None) -> int:
        """Reject a suggestion: kept as a 'rejected' row, a negative for retraining (undoable)."""
        return assist.reject(self.core, suggestion_id, coder or self.user)

    def suggestion_queue(
        self,
        *,
        coder: str | None = None,
        order: str = "confidence",
        code: str | int | None = None,
        limit: int = 50,
    ) -> list[dict]:
        """Open suggestions to review: by score, or by closeness to 0.5 (uncertainty)."""
        return assist.queue(self.core, coder or self.user, order, code, limit)

    def model_runs(self, kind: str | None = None) -> list[dict]:
        """Model runs (suggestions, topics) with params, seed and metrics."""
        return assist_sql.runs(self.db, kind)

    # -- topics ---------------------------------------------------------------------------
    def run_topics(
        self,
        *,
        unit: str = "answers",
        question: str | None = None,
        embedding: str | None = None,
        min_size: int = 10,
        seed: int = 0,
        **params: Any,
    ) -> dict:
        """Topics of the stored vectors (BERTopic; neighbour smoothing + k-means by default), one event."""
        return topic_runs.run_topics(self.core, unit, question, embedding, min_size, seed, **params)

    def rerun_topics(self, run_id: int | None = None) -> dict:
        """Make a topic run again from its record alone (steps, parameters, seed)."""
        return topic_runs.rerun(self.core, run_id)

    def topics(self, run_id: int | None = None) -> list[dict]:
        """The topics of a run (the newest by default) with representative segments."""
        return topic_runs.topics(self.core, run_id)

    def topic_members(self, run_id: int | None = None, topic: int | None = None) -> list[dict]:
        return topic_runs.topic_members(self.core, run_id, topic)

    def topics_by(self, variable: str | None = None, run_id: int | None = None) -> pd.DataFrame:
        """Topic x subgroup counts (a survey variable, or focus group / speaker attribute)."""
        return topic_runs.topics_by(self.core, run_id, variable)

    def promote_topic(
        self, topic: int, path: str, *, run_id: int | None = None, include_outliers: bool = True
    ) -> dict:
        """A new draft code from a topic; its members become suggestions, not codings
        (its former outliers too, unless ``include_outliers`` is False)."""
        return topic_runs.promote(self.core, run_id, topic, path, include_outliers)

    def merge_topic(
        self,
        topic: int,
        code: str | int,
        *,
        run_id: int | None = None,
        include_outliers: bool = True,
    ) -> dict:
        """A topic's members become suggestions for an existing code."""
        return topic_runs.merge_into(self.core, run_id, topic, code, include_outliers)

    def dismiss_topic(self, topic: int, *, run_id: int | None = None) -> dict:
        return topic_runs.dismiss(self.core, run_id, topic)

    def code_keywords(
        self, codes: Sequence[str | int] | None = None, *, unit: str = "answers", top: int = 10
    ) -> dict:
        """c-TF-IDF keywords of human codes: the words that characterise each code."""
        return topic_runs.code_keywords(self.core, codes, unit, top)

    # -- browsing (read-only, for viewers) ------------------------------------------------
    def browse(self, min_cell: int | None = None) -> dict:
        """Themes with counts and redacted quotes; anything from < min_cell people suppressed."""
        return browse.themes(self.core, min_cell)

    def browse_by(
        self, code: str | int, variable: str, min_cell: int | None = None
    ) -> pd.DataFrame:
        """Respondents coded with ``code`` per value of a survey variable, small cells suppressed."""
        return browse.by_group(self.core, code, variable, min_cell)

    def set_min_cell(self, value: int) -> None:
        """Raise the small-cell threshold (never below 10)."""
        small_cells.set_min_cell(self.core, value)

    # -- mixed methods -------------------------------------------------------------------
    def focus_group_counts(self, code: str | int, attribute: str | None = None) -> pd.DataFrame:
        """Speakers and turns coded with ``code`` per focus group or speaker attribute."""
        return joint.focus_group_counts(self.core, code, attribute)

    def quotes_by(self, code: str | int, variable: str, per_group: int = 2) -> dict[str, list[str]]:
        """Redacted quotes of a code per value of a survey variable (small groups get none)."""
        return joint.quotes_by(self.core, code, variable, per_group)

    def record_verdict(self, code: str | int, verdict: str, memo: str = "") -> int:
        """Converge / diverge / complement for a theme, with a memo on contradictions."""
        return joint.record_verdict(self.core, code, verdict, memo)

    def verdicts(self, code: str | int | None = None) -> list[dict]:
        return joint.verdicts(self.core, code)

    def joint_display(
        self,
        code: str | int,
        by: str,
        item: tuple[str, list[str]] | None = None,
        among: str = "answered",
    ) -> dict:
        """A theme's survey figures, prevalence, focus-group counts, quotes and verdicts per
        subgroup of ``by``; see :func:`workbench.joint.joint_display`."""
        return joint.joint_display(self.core, code, by, item, among)

    # -- survey estimates ----------------------------------------------------------------
    def survey_design(
        self, *, weights: str = "imported", rake: Sequence[str] = (), lonely_psu: str = "fail"
    ) -> SurveyDesign:
        """The respondents as a stratified design; see :func:`workbench.design.survey_design`."""
        return design.survey_design(self.core, weights=weights, rake=rake, lonely_psu=lonely_psu)

    def estimate(self, **request: Any) -> dict:
        """A weighted estimate with SE, CI, design effect and a test of group differences;
        see :func:`workbench.estimation.estimate` for the arguments."""
        return estimation.estimate(self.core, **request)

    def weights_report(self) -> dict:
        """Weight summaries and the respondents against the population margins."""
        return estimation.weights_report(self.core)

    # -- exports -----------------------------------------------------------------------------
    def export(
        self,
        kind: str,
        out: str | Path,
        *,
        viewer: bool = False,
        min_cell: int | None = None,
        **options: Any,
    ) -> dict:
        """Write an export: ``kind`` is one of :data:`workbench.export.KINDS` (which lists
        each kind's file types and options); the file type comes from ``out``'s suffix. ``viewer`` applies the viewer rules
        (quotes redacted, no respondent ids or speaker names); figures from groups under the
        small-cell threshold are suppressed in every export. Deterministic for one state."""
        return export(self.core, kind, out, viewer=viewer, min_cell=min_cell, **options)
