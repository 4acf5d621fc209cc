"""The project: one SQLite file holding everything about one study.

Every change goes through :meth:`Project._write`: one transaction that also appends one row
to the events table (who, what, when), so the file is never half-changed and the events
table is a complete audit trail.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
import sqlite_utils

from . import imports
from .errors import InputError, ProjectError
from .store import db as store_db
from .store import migrations, queries, records

if TYPE_CHECKING:  # pragma: no cover
    from .analysis.survey import SurveyDesign
    from . import nlp
    from .codebook import Codebook
    from .samples import Samples

Progress = Callable[[int, int], None]
UNIT_KINDS = ("answer", "turn")


def default_user() -> str:
    """Who is working: $DUIDING_USER, else the login name."""
    try:
        return os.environ.get("DUIDING_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Project:
    """An open project file. Use :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(self, path: str | Path, db: sqlite_utils.Database, user: str | None = None):
        self.path = Path(path)
        self.db = db
        self.user = user or default_user()
        self._respondents: tuple[int, pd.DataFrame] | None = None
        self._analyser: "nlp.Analyser | None" = None  # NLP workers started ahead of segment()

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, name: str | None = None, language: str = "nl",
               user: str | None = None) -> "Project":
        """Create a new, empty project file; refuses to touch an existing file."""
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path}: already exists; open it, or choose another name")
        if not path.parent.is_dir():
            raise ProjectError(f"{path}: folder {path.parent} does not exist")
        project = cls(path, store_db.connect(path), user)
        migrations.migrate(project.db)
        with project._write("create", str(path.name)) as payload:
            records.set_setting(project.db, "name", name or path.stem)
            records.set_setting(project.db, "language", language)
            records.set_setting(project.db, "created", records.now())
            payload.update({"name": name or path.stem, "language": language})
        return project

    @classmethod
    def open(cls, path: str | Path, *, user: str | None = None) -> "Project":
        """Open an existing project file, migrating it to the current schema if needed."""
        path = Path(path)
        if not path.is_file():
            raise ProjectError(f"{path}: no such project file (create one with 'init')")
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise ProjectError(f"{path}: not a project file (not an SQLite database)")
        project = cls(path, store_db.connect(path), user)
        migrations.migrate(project.db)
        if "name" not in queries.settings(project.db):
            project.close()
            raise ProjectError(f"{path}: an SQLite file, but not a Duiding project")
        return project

    def close(self) -> None:
        self._stop_nlp()
        self.db.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self, action: str, target: str | None = None,
               actor: str | None = None) -> Iterator[dict]:
        """One transaction + one event by ``actor`` (default: the user); fill the payload."""
        with store_db.transaction(self.db):
            event_id = records.add_event(self.db, actor or self.user, action, target, {})
            payload: dict[str, Any] = {"event_id": event_id}
            yield payload
            payload.pop("event_id")
            records.set_event_payload(self.db, event_id, payload)

    # -- reading -----------------------------------------------------------------------
    @property
    def settings(self) -> dict[str, str]:
        return queries.settings(self.db)

    @property
    def language(self) -> str:
        return self.settings.get("language", "nl")

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
        """One row per respondent with stratum, weight and every survey variable (a copy;
        the frame is read once per project state, since every estimate needs it)."""
        if self.db.conn.in_transaction:  # a write under way: its event id is not final yet
            return queries.respondents_frame(self.db)
        state = queries.newest_event_id(self.db)
        if self._respondents is None or self._respondents[0] != state:
            self._respondents = (state, queries.respondents_frame(self.db))
        return self._respondents[1].copy()

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
    def codebook(self) -> "Codebook":
        """The project's code tree: add, rename, move, merge, split, import, export."""
        from .codebook import Codebook

        return Codebook(self)

    @property
    def samples(self) -> "Samples":
        """Coding samples (draw, extend, next to code, status, queue) and reviews."""
        from .samples import Samples

        return Samples(self)

    # -- importing ---------------------------------------------------------------------
    def import_survey(
        self, path: str | Path, *, id: str, stratum: str, weight: str | None,
        open: Sequence[str] = (), delimiter: str | None = None, encoding: str | None = None,
        sheet: str | int | None = None, decimal: str | None = None, warm_nlp: bool = True,
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
            self, Path(path), id=id, stratum=stratum, weight=weight, open=list(open),
            delimiter=delimiter, encoding=encoding, sheet=sheet, decimal=decimal,
            warm_nlp=warm_nlp)

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
        return imports.import_transcript(self, path, group=group, encoding=encoding, format=format,
                                         speakers=speakers, not_speakers=not_speakers)

    def preview_transcript(self, path: str | Path, **options: Any) -> dict:
        """What :meth:`import_transcript` (same options) would write: title, speakers and
        their turns, and what to check first (``warnings``; ``ambiguous`` labels must be
        settled before an import). Writes nothing."""
        loaded = imports.load_transcript(self.db, self.path, path, **options)
        return imports.preview_transcript(loaded.transcript, loaded.group)

    def import_speakers(self, path: str | Path) -> dict:
        """Set speaker attributes (role, function group, ...) from a table: group, speaker, ..."""
        path = Path(path)
        imports.file_digest(path)
        updates = imports.prepare_speakers(self.db, path)
        with self._write("import-speakers", path.name) as payload:
            for speaker_id, attributes in updates:
                records.update_speaker_attributes(self.db, speaker_id, attributes)
            payload.update(speakers=len(updates))
        return {"file": str(path), "speakers": len(updates)}

    def import_strata(self, path: str | Path, *, stratum: str, population: str,
                      sampled: str | None = None) -> dict:
        """The design: population size (and number sampled) per stratum, from a table."""
        from . import design

        return design.import_strata(self, path, stratum=stratum, population=population,
                                    sampled=sampled)

    def import_margins(self, path: str | Path) -> dict:
        """Known population shares (variable, value, share), for raking and checks."""
        from . import design

        return design.import_margins(self, path)

    def strata(self) -> list[dict]:
        from .store import design

        return design.strata(self.db)

    def margins(self) -> dict[str, dict[str, float]]:
        from .store import design

        return design.margins(self.db)

    # -- segmenting and search ---------------------------------------------------------
    def _start_nlp(self, texts: int) -> bool:
        """Start :meth:`segment`'s NLP workers ahead (they load meanwhile); True if started."""
        from . import nlp

        if self._analyser is not None:
            return False
        analyser = nlp.Analyser(self.language)
        if analyser.start(texts):
            self._analyser = analyser
        return self._analyser is analyser

    def _stop_nlp(self) -> None:
        if self._analyser is not None:
            self._analyser, analyser = None, self._analyser
            analyser.close()

    def segment(self, *, batch: int = 5000, progress: Progress | None = None) -> dict:
        """Split new documents' answers and turns into sentences, lemmatise, and index them.

        Works in batches of documents, each one transaction and one event, so a long run
        can be interrupted and resumed without losing or repeating work.
        """
        from . import nlp, segmentation

        analyser, self._analyser = self._analyser or nlp.Analyser(self.language), None
        return segmentation.segment_pending(self, analyser, batch=batch, progress=progress)

    def search(self, query: str, *, unit: str = "units", limit: int = 50) -> list[dict]:
        """Full-text search over segments, on words and their lemmas (so inflections match).

        ``unit`` is "units" (answers and turns), "sentences", or one of answer/turn/sentence.
        """
        from . import segmentation

        return segmentation.search(self, query, unit=unit, limit=limit)

    # -- coding --------------------------------------------------------------------------
    def code(self, document_id: int, start: int, end: int, code: str | int, *,
             coder: str | None = None) -> int:
        """Apply ``code`` (path or id) to characters ``start:end`` of a document."""
        from . import coding

        return coding.code_span(self, document_id, start, end, code, coder or self.user)

    def code_segment(self, segment_id: int, code: str | int, *, coder: str | None = None) -> int:
        """Apply ``code`` to a whole segment (answer, turn or sentence)."""
        from . import coding

        return coding.code_segment(self, segment_id, code, coder or self.user)

    def uncode(self, coding_id: int, *, coder: str | None = None) -> None:
        """Remove one of your codings (it stays in the file, marked removed, and can be undone)."""
        from . import coding

        coding.uncode(self, coding_id, coder or self.user)

    def undo(self, *, coder: str | None = None) -> dict | None:
        """Reverse the coder's last coding action (code, uncode, memo, import, consensus)."""
        from . import coding

        return coding.undo(self, coder or self.user)

    def add_memo(self, kind: str, target_id: int | None, text: str, *,
                 coder: str | None = None) -> int:
        """A memo on the project, a document, a segment, a code or a coding."""
        from . import coding

        return coding.add_memo(self, kind, target_id, text, coder or self.user)

    def memos(self, kind: str | None = None, target_id: int | None = None) -> list[dict]:
        from .store import codings

        return codings.memos(self.db, kind, target_id)

    def codings(self, *, document_id: int | None = None, codes: Sequence[str | int] | None = None,
                coders: Sequence[str] | None = None,
                sources: Sequence[str] = ("human", "accepted"),
                include_removed: bool = False) -> list[dict]:
        """Codings with their text; by default live human and accepted ones."""
        from .store import codings

        code_ids = None if codes is None else [self.codebook.get(c).id for c in codes]
        return codings.codings(self.db, document_id=document_id, code_ids=code_ids,
                               coders=coders, sources=sources, include_removed=include_removed)

    def import_codings(self, path: str | Path, *, coder: str | None = None,
                       dotted_levels: bool | None = None) -> dict:
        """Codings made elsewhere (CSV: document or segment, start, end, code, coder; or
        another tool's highlights: document name, coded text, code); all or nothing."""
        from . import coding

        return coding.import_codings(self, path, coder, dotted_levels=dotted_levels)

    def retrieve(self, code: str | int, **filters: Any) -> pd.DataFrame:
        """Coded passages of a code with context; see :func:`workbench.retrieval.retrieve`."""
        from . import retrieval

        return retrieval.retrieve(self, code, **filters)

    def cooccurrence(self, codes: Sequence[str | int] | None = None, **options: Any) -> pd.DataFrame:
        """Code x code counts of units where both were applied."""
        from . import retrieval

        return retrieval.cooccurrence(self, codes, **options)

    # -- several coders ------------------------------------------------------------------
    def agreement(self, coders: Sequence[str], codes: Sequence[str | int] | None = None, *,
                  unit: str = "units"):
        """Per code and overall: percent agreement, Cohen's kappa, Krippendorff's alpha."""
        from . import retrieval
        from .analysis.agreement import agreement

        seen, applied, paths = retrieval.agreement_tables(self, coders, codes, unit)
        return agreement(seen, applied, list(coders), paths)

    def disagreements(self, coders: Sequence[str], codes: Sequence[str | int] | None = None, *,
                      unit: str = "units") -> pd.DataFrame:
        """(unit, code, one column per coder) where the coders who saw the unit differ."""
        from . import retrieval
        from .analysis.agreement import disagreements

        seen, applied, paths = retrieval.agreement_tables(self, coders, codes, unit)
        return disagreements(seen, applied, list(coders), paths)

    def consensus(self, segment_id: int, code: str | int, applied: bool) -> int | None:
        """Record the agreed decision as the coder 'consensus'; the originals stay."""
        from . import coding

        return coding.consensus(self, segment_id, code, applied, decided_by=self.user)

    def assign_sample(self, coders: Sequence[str], size: int, *, unit: str = "answer",
                      seed: int = 0, sample: str | None = None) -> dict:
        """Assign one random sample of units to each of ``coders`` for double coding."""
        from . import coding

        return coding.assign_sample(self, coders, size, unit=unit, seed=seed, sample=sample)

    def assignments(self, coder: str | None = None, sample: str | None = None) -> list[dict]:
        from .store import codings

        return codings.assignments(self.db, coder, sample)

    # -- models that assist coders -------------------------------------------------------
    def embed(self, *, unit: str = "answers", embedding: str | None = None):
        """Vectors of every segment of ``unit``, computed once and stored: (ids, matrix)."""
        from . import assist

        return assist.embed(self, assist.make_backend(embedding), unit)

    def suggest(self, codes: Sequence[str | int] | None = None, *, unit: str = "answers",
                embedding: str | None = None, threshold: float = 0.5,
                limit_per_code: int = 200, min_examples: int = 10, seed: int = 0) -> dict:
        """Model suggestions for units no human coded with a code (never human codings)."""
        from . import assist

        return assist.suggest(self, codes, unit, assist.make_backend(embedding, seed=seed),
                              threshold, limit_per_code, min_examples=min_examples, seed=seed)

    def accept_suggestion(self, suggestion_id: int, *, coder: str | None = None) -> int:
        """Accept a suggestion: an 'accepted' coding by the coder (undoable)."""
        from . import assist

        return assist.accept(self, suggestion_id, coder or self.user)

    def reject_suggestion(self, suggestion_id: int, *, coder: str | None = None) -> int:
        """Reject a suggestion: kept as a 'rejected' row, a negative for retraining (undoable)."""
        from . import assist

        return assist.reject(self, suggestion_id, coder or self.user)

    def suggestion_queue(self, *, coder: str | None = None, order: str = "confidence",
                         code: str | int | None = None, limit: int = 50) -> list[dict]:
        """Open suggestions to review: by score, or by closeness to 0.5 (uncertainty)."""
        from . import assist

        return assist.queue(self, coder or self.user, order, code, limit)

    def model_runs(self, kind: str | None = None) -> list[dict]:
        """Model runs (suggestions, topics) with params, seed and metrics."""
        from .store import assist

        return assist.runs(self.db, kind)

    # -- topics ---------------------------------------------------------------------------
    def run_topics(self, *, unit: str = "answers", question: str | None = None,
                   embedding: str | None = None, min_size: int = 10, seed: int = 0,
                   **params: Any) -> dict:
        """Topics of the stored vectors (BERTopic; neighbour smoothing + k-means by default), one event."""
        from .assist import topics

        return topics.run_topics(self, unit, question, embedding, min_size, seed, **params)

    def topics(self, run_id: int | None = None) -> list[dict]:
        """The topics of a run (the newest by default) with representative segments."""
        from .assist import topics

        return topics.topics(self, run_id)

    def topic_members(self, run_id: int | None = None, topic: int | None = None) -> list[dict]:
        from .assist import topics

        return topics.topic_members(self, run_id, topic)

    def topics_by(self, variable: str | None = None, run_id: int | None = None) -> pd.DataFrame:
        """Topic x subgroup counts (a survey variable, or focus group / speaker attribute)."""
        from .assist import topics

        return topics.topics_by(self, run_id, variable)

    def promote_topic(self, topic: int, path: str, *, run_id: int | None = None,
                      include_outliers: bool = True) -> dict:
        """A new draft code from a topic; its members become suggestions, not codings
        (its former outliers too, unless ``include_outliers`` is False)."""
        from .assist import topics

        return topics.promote(self, run_id, topic, path, include_outliers)

    def merge_topic(self, topic: int, code: str | int, *, run_id: int | None = None,
                    include_outliers: bool = True) -> dict:
        """A topic's members become suggestions for an existing code."""
        from .assist import topics

        return topics.merge_into(self, run_id, topic, code, include_outliers)

    def dismiss_topic(self, topic: int, *, run_id: int | None = None) -> dict:
        from .assist import topics

        return topics.dismiss(self, run_id, topic)

    def code_keywords(self, codes: Sequence[str | int] | None = None, *, unit: str = "answers",
                      top: int = 10) -> dict:
        """c-TF-IDF keywords of human codes: the words that characterise each code."""
        from .assist import topics

        return topics.code_keywords(self, codes, unit, top)

    # -- browsing (read-only, for viewers) ------------------------------------------------
    def browse(self, min_cell: int | None = None) -> dict:
        """Themes with counts and redacted quotes; anything from < min_cell people suppressed."""
        from . import browse

        return browse.themes(self, min_cell)

    def browse_by(self, code: str | int, variable: str, min_cell: int | None = None) -> pd.DataFrame:
        """Respondents coded with ``code`` per value of a survey variable, small cells suppressed."""
        from . import browse

        return browse.by_group(self, code, variable, min_cell)

    def set_min_cell(self, value: int) -> None:
        """Raise the small-cell threshold (never below 10)."""
        from . import browse

        browse.set_min_cell(self, value)

    # -- mixed methods -------------------------------------------------------------------
    def focus_group_counts(self, code: str | int, attribute: str | None = None) -> pd.DataFrame:
        """Speakers and turns coded with ``code`` per focus group or speaker attribute."""
        from . import joint

        return joint.focus_group_counts(self, code, attribute)

    def quotes_by(self, code: str | int, variable: str, per_group: int = 2) -> dict[str, list[str]]:
        """Redacted quotes of a code per value of a survey variable (small groups get none)."""
        from . import joint

        return joint.quotes_by(self, code, variable, per_group)

    def record_verdict(self, code: str | int, verdict: str, memo: str = "") -> int:
        """Converge / diverge / complement for a theme, with a memo on contradictions."""
        from . import joint

        return joint.record_verdict(self, code, verdict, memo)

    def verdicts(self, code: str | int | None = None) -> list[dict]:
        from . import joint

        return joint.verdicts(self, code)

    def joint_display(self, code: str | int, by: str, item: tuple[str, list[str]] | None = None,
                      among: str = "answered") -> dict:
        """A theme's survey figures, prevalence, focus-group counts, quotes and verdicts per
        subgroup of ``by``; see :func:`workbench.joint.joint_display`."""
        from . import joint

        return joint.joint_display(self, code, by, item, among)

    # -- survey estimates ----------------------------------------------------------------
    def survey_design(self, *, weights: str = "imported", rake: Sequence[str] = (),
                      lonely_psu: str = "fail") -> "SurveyDesign":
        """The respondents as a stratified design; see :func:`workbench.estimation.survey_design`."""
        from . import estimation

        return estimation.survey_design(self, weights=weights, rake=rake, lonely_psu=lonely_psu)

    def estimate(self, **request: Any) -> dict:
        """A weighted estimate with SE, CI, design effect and a test of group differences;
        see :func:`workbench.estimation.estimate` for the arguments."""
        from . import estimation

        return estimation.estimate(self, **request)

    # -- exports -----------------------------------------------------------------------------
    def export(self, kind: str, out: str | Path, *, viewer: bool = False,
               min_cell: int | None = None, **options: Any) -> dict:
        """Write an export: ``kind`` is segments, table, codebook, report, qdpx or dataset;
        the file type comes from ``out``'s suffix. ``viewer`` applies the viewer rules
        (quotes redacted, no respondent ids or speaker names); figures from groups under the
        small-cell threshold are suppressed in every export. Deterministic for one state."""
        from .export import export

        return export(self, kind, out, viewer=viewer, min_cell=min_cell, **options)

    @classmethod
    def import_qdpx(cls, path: str | Path, target: str | Path, *, user: str | None = None
                    ) -> dict:
        """Read a REFI-QDA project (.qdpx) into a NEW project file ``target``; sources that
        are missing or not text are reported, not fatal."""
        from .ingest.qdpx import import_qdpx

        return import_qdpx(Path(path), Path(target), user=user)

    def weights_report(self) -> dict:
        """Weight summaries and the respondents against the population margins."""
        from . import estimation

        return estimation.weights_report(self)
