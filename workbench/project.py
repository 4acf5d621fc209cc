"""The facade: one open project file, as users and the CLI and UI see it.

Every method is a thin call into the module that owns the work, which takes the
:class:`~workbench.core.Core` (the connection, the acting user and the one write operation:
one transaction that appends one event). Reading, importing, search, figures and
exports are methods; what users do in groups are namespaces (``project.codebook``,
``project.coding``, ``project.samples``, ``project.suggestions``, ``project.topics``,
``project.survey``, ``project.mixed``), like sqlite-utils' ``Database`` and ``Table``.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import sqlite_utils

from . import (
    attributes,
    browse,
    coding,
    document_import,
    estimation,
    events,
    media,
    segmentation,
    small_cells,
    survey_import,
    transcribe,
    transcript_import,
)
from .codebook import Codebook
from .core import Core, Progress, default_user
from .errors import InputError
from .export.kinds import viewer_kinds
from .export.run import export
from .namespaces import Coding, Llm, Matrices, Members, Mixed, Suggestions, Survey, Topics
from .progress import Progress as Stages
from .qdpx_import import import_qdpx
from .samples import Samples
from .store import assist as assist_sql
from .store import migrations, queries

__all__ = ["Progress", "Project", "default_user"]

# flat name of version 0.1 -> its namespace and method now (project.topics(...) is answered
# by Topics.__call__)
MOVED = {
    "code": "coding.code",
    "code_segment": "coding.code_segment",
    "uncode": "coding.uncode",
    "undo": "coding.undo",
    "add_memo": "coding.add_memo",
    "memos": "coding.memos",
    "codings": "coding.codings",
    "import_codings": "coding.import_file",
    "consensus": "coding.consensus",
    "assign_sample": "coding.assign_sample",
    "assignments": "coding.assignments",
    "agreement": "coding.agreement",
    "disagreements": "coding.disagreements",
    "retrieve": "coding.retrieve",
    "cooccurrence": "coding.cooccurrence",
    "embed": "suggestions.embed",
    "suggest": "suggestions.run",
    "accept_suggestion": "suggestions.accept",
    "reject_suggestion": "suggestions.reject",
    "suggestion_queue": "suggestions.queue",
    "run_topics": "topics.run",
    "rerun_topics": "topics.rerun",
    "topic_members": "topics.members",
    "topics_by": "topics.by",
    "promote_topic": "topics.promote",
    "merge_topic": "topics.merge",
    "dismiss_topic": "topics.dismiss",
    "code_keywords": "topics.keywords",
    "import_strata": "survey.import_strata",
    "import_margins": "survey.import_margins",
    "strata": "survey.strata",
    "margins": "survey.margins",
    "survey_design": "survey.design",
    "weights_report": "survey.weights_report",
    "focus_group_counts": "mixed.focus_group_counts",
    "quotes_by": "mixed.quotes_by",
    "record_verdict": "mixed.record_verdict",
    "verdicts": "mixed.verdicts",
    "joint_display": "mixed.joint_display",
}


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

    @property
    def role(self) -> str | None:
        """The acting user's role (owner, coder, viewer); "owner" in a single-user project."""
        return self.core.role

    @property
    def members(self) -> Members:
        """Members and roles: list, add, remove, set_role; ``mode`` single-user or team."""
        return Members(self.core)

    @staticmethod
    def models() -> list[dict]:
        """The embedding models by name (``embedding=NAME``), with what is installed here;
        needs no project."""
        from .assist.models import models

        return models()

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
            "mode": self.members.mode,
            "user": self.user,
            "role": self.role,
        }

    def backup(self, path: str | Path) -> dict:
        """Copy the project to a new file ``path`` with SQLite's online backup (owners):
        consistent while others write; an existing file is never overwritten."""
        return self.core.backup(path)

    def state(self) -> int:
        """The newest event id (0 for none): every change is one event, so cached reads keyed
        on it are fresh. Every member may read it (it says nothing of the content)."""
        return queries.newest_event_id(self.db)

    def events(self, limit: int = 50) -> list[dict]:
        """The newest events first: the audit trail."""
        self.core.require(events.READ_TEXT)
        return coding.audit_trail(self.core, limit)

    def variables(self) -> list[dict]:
        return queries.variables(self.db)

    def respondents(self) -> pd.DataFrame:
        """One row per respondent with stratum, weight and every survey variable (a copy)."""
        self.core.require(events.READ_TEXT)
        return self.core.respondents()

    def documents(self, kind: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
        self.core.require(events.READ_TEXT)
        return queries.documents(self.db, kind, limit, offset)

    def document(self, document_id: int) -> dict:
        self.core.require(events.READ_TEXT)
        found = queries.document(self.db, document_id)
        if found is None:
            raise InputError(None, f"no document with id {document_id}")
        return found

    def segments(self, document_id: int, kind: str | None = None) -> list[dict]:
        self.core.require(events.READ_TEXT)
        return queries.segments(self.db, document_id, kind)

    def segment_by_id(self, segment_id: int) -> dict:
        """One segment with its text, document id and title, kind, speaker and time."""
        self.core.require(events.READ_TEXT)
        found = queries.segments_by_id(self.db, [segment_id])
        if segment_id not in found:
            raise InputError(None, f"no segment with id {segment_id}")
        return found[segment_id]

    def segments_by_id(self, ids: Sequence[int]) -> dict[int, dict]:
        """Several segments at once (unknown ids are left out)."""
        self.core.require(events.READ_TEXT)
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
        progress: Stages | None = None,
    ) -> dict:
        """Import respondents (CSV, XLSX, SPSS .sav, Parquet) and their open answers.

        Every column other than id, stratum, weight and the ``open`` questions becomes a
        respondent variable. Without a ``weight`` column every weight is 1 until design
        weights are computed from the strata (import-design, then ``weights="design"``);
        each non-empty open answer becomes a document with one answer segment. All or
        nothing: on any problem an InputError names file, row and problem. CSV is read in
        chunks (memory stays flat); with many answers the NLP workers of :meth:`segment`
        start loading meanwhile (``warm_nlp=False`` when no segmentation follows).
        ``progress`` hears the stages (read, check, write; :mod:`workbench.progress`).
        """
        return survey_import.import_survey(
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
            progress=progress,
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
        progress: Stages | None = None,
    ) -> dict:
        """Import a focus-group transcript (txt, docx, vtt, srt) as one document of turns.

        ``speakers`` / ``not_speakers`` settle labels the reader cannot decide on (see
        :meth:`preview_transcript`); while one is left, an InputError names its line and
        nothing is written. The result's ``warnings`` are the reader's other notices.
        """
        return transcript_import.import_transcript(
            self.core,
            path,
            group=group,
            encoding=encoding,
            format=format,
            speakers=speakers,
            not_speakers=not_speakers,
            progress=progress,
        )

    def preview_transcript(self, path: str | Path, **options: Any) -> dict:
        """What :meth:`import_transcript` (same options) would write: title, speakers and
        their turns, and what to check first (``warnings``; ``ambiguous`` labels must be
        settled before an import). Writes nothing."""
        return transcript_import.preview(self.core, path, **options)

    def import_document(self, path: str | Path, *, group: str | None = None) -> dict:
        """Import a PDF's text layer as one document of ``group`` (default: the file name),
        one unit per paragraph, each knowing its page; a scan without text, an encrypted or
        a damaged file is refused with one line and nothing is written."""
        return document_import.import_document(self.core, path, group=group)

    def link_media(self, group_or_document: str | int, path: str | Path) -> dict:
        """Link an audio or video file (.mp3 .wav .m4a .ogg .mp4 .webm) to a focus group's
        transcript (a group name, or a document id), copied into the media folder beside
        the project file; coded turns then play from their time. One event."""
        return media.link_media(self.core, group_or_document, path)

    def transcribe(
        self,
        path: str | Path,
        *,
        group: str | None = None,
        language: str | None = None,
        progress: Stages | None = None,
    ) -> dict:
        """Transcribe a recording with the local Whisper model (2 threads, int8; loaded on
        first use) into a timed transcript of ``group`` (default: the file name), one turn
        per segment by the unknown speaker "Spreker ?" (Whisper does not tell speakers
        apart), and link the recording to it; one event. ``language``: "nl", "en", ...,
        "auto" to detect; default the project's language."""
        return transcribe.transcribe(
            self.core, path, group=group, language=language, progress=progress
        )

    def media(self, document: int | None = None, *, verify: bool = False) -> list[dict]:
        """The media linked to transcripts: stored path, MIME type, audio/video, present."""
        return media.media(self.core, document, verify=verify)

    def import_speakers(self, path: str | Path) -> dict:
        """Set speaker attributes (role, function group, ...) from a table: group, speaker, ..."""
        return transcript_import.import_speakers(self.core, Path(path))

    def set_speaker_attribute(
        self, group: str, speaker: str, attribute: str, value: object
    ) -> dict:
        """Set one attribute of one speaker by hand (an empty value removes it); one event
        with the old and the new value (owners)."""
        return attributes.set_speaker_attribute(self.core, group, speaker, attribute, value)

    def set_respondent_value(self, respondent: str, variable: str, value: object) -> dict:
        """Correct one survey variable of one respondent (by the survey's id; an empty value
        clears it), checked against the variable's type and value labels; one event with the
        old and the new value (owners)."""
        return attributes.set_respondent_value(self.core, respondent, variable, value)

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
        self.core.require(events.READ_TEXT)
        return segmentation.search(self.core, query, unit=unit, limit=limit)

    # -- the namespaces: what users do, grouped ---------------------------------------------
    @property
    def coding(self) -> Coding:
        """Coding by hand, undo, memos, consensus, double coding, agreement, retrieval."""
        return Coding(self.core)

    @property
    def suggestions(self) -> Suggestions:
        """Model suggestions: vectors, runs, accept, reject, the review queue."""
        return Suggestions(self.core)

    @property
    def topics(self) -> Topics:
        """Topic runs: run, rerun, list, members, by subgroup, promote, merge, dismiss."""
        return Topics(self.core)

    @property
    def llm(self) -> Llm:
        """The LLM coder: settings, check on the double-coding sample, gated bulk coding."""
        return Llm(self.core)

    @property
    def survey(self) -> Survey:
        """The survey design: strata, margins, the design, weights."""
        return Survey(self.core)

    @property
    def mixed(self) -> Mixed:
        """Mixed methods: focus-group counts, quotes by subgroup, verdicts, joint displays."""
        return Mixed(self.core)

    @property
    def matrices(self) -> Matrices:
        """Matrices: codes x codes, codes x groups, word frequencies; heatmaps of them."""
        return Matrices(self.core)

    def __getattr__(self, name: str) -> Any:
        """The flat names of version 0.1 (``project.code_segment``...), moved into the
        namespaces: still answered, with a DeprecationWarning naming the new place."""
        target = MOVED.get(name)
        if target is None:
            raise AttributeError(f"'Project' object has no attribute {name!r}")
        warnings.warn(f"Project.{name} is now Project.{target}", DeprecationWarning, stacklevel=2)
        space, method = target.split(".")
        return getattr(getattr(self, space), method)

    # -- reading what the models did ------------------------------------------------------
    def model_runs(self, kind: str | None = None) -> list[dict]:
        """Model runs (suggestions, topics) with params, seed and metrics."""
        return assist_sql.runs(self.db, kind)

    # -- browsing (read-only, for viewers) ------------------------------------------------
    def browse(self, min_cell: int | None = None) -> dict:
        """Themes with counts and redacted quotes; anything from < min_cell people suppressed."""
        return browse.themes(self.core, min_cell)

    def browse_by(
        self, code: str | int, variable: str, min_cell: int | None = None
    ) -> pd.DataFrame:
        """Browse's figure per value of a survey variable (weighted share of respondents who
        answered, 95% CI, best method, as the themes tab), small cells suppressed."""
        return browse.by_group(self.core, code, variable, min_cell)

    def set_min_cell(self, value: int) -> None:
        """Raise the small-cell threshold (never below 10)."""
        small_cells.set_min_cell(self.core, value)

    # -- figures ----------------------------------------------------------------------------
    def estimate(self, **request: Any) -> dict:
        """A weighted estimate with SE, CI, design effect and a test of group differences;
        see :func:`workbench.estimation.estimate` for the arguments."""
        return estimation.estimate(self.core, **request)

    # -- exports -----------------------------------------------------------------------------
    def export(
        self,
        kind: str,
        out: str | Path,
        *,
        viewer: bool = False,
        min_cell: int | None = None,
        progress: Stages | None = None,
        **options: Any,
    ) -> dict:
        """Write an export: ``kind`` is one of :data:`workbench.export.KINDS` (which lists
        each kind's file types and options); the file type comes from ``out``'s suffix. ``viewer`` applies the viewer rules
        (quotes redacted, no respondent ids or speaker names); figures from groups under the
        small-cell threshold are suppressed in every export. Deterministic for one state.
        An export without the viewer rules, or of a kind not offered to viewers (the whole
        project, the dataset), is for owners (PermissionDenied otherwise)."""
        if not viewer or kind not in viewer_kinds():
            self.core.require(events.EXPORT_RAW)
        return export(
            self.core, kind, out, viewer=viewer, min_cell=min_cell, progress=progress, **options
        )
