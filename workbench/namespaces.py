"""The facade's namespaces: what users do, grouped (``project.coding``, ``project.topics``
...). Each method is one call into the module that does the work, with the project's core."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from . import (
    assist,
    coding,
    coding_import,
    design,
    estimation,
    events,
    joint,
    matrices,
    members,
    retrieval,
)
from .analysis.agreement import AgreementReport
from .analysis.survey import SurveyDesign
from .assist import llm as llm_coder
from .assist import topics as topic_runs
from .core import Core
from .progress import Progress
from .store import codings as codings_sql
from .store import design as design_sql


class Coding:
    """``project.coding``: Coding by hand: spans and segments, undo, memos, consensus, double coding, agreement, and reading coded passages back."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def code(
        self, document_id: int, start: int, end: int, code: str | int, *, coder: str | None = None
    ) -> int:
        """Apply ``code`` (path or id) to characters ``start:end`` of a document."""
        return coding.code_span(self.core, document_id, start, end, code, self.core.coder(coder))

    def code_segment(self, segment_id: int, code: str | int, *, coder: str | None = None) -> int:
        """Apply ``code`` to a whole segment (answer, turn or sentence)."""
        return coding.code_segment(self.core, segment_id, code, self.core.coder(coder))

    def uncode(self, coding_id: int, *, coder: str | None = None) -> None:
        """Remove one of your codings (it stays in the file, marked removed, and can be undone)."""
        coding.uncode(self.core, coding_id, self.core.coder(coder))

    def undo(self, *, coder: str | None = None) -> dict | None:
        """Reverse the coder's last coding action (code, uncode, memo, import, consensus)."""
        return coding.undo(self.core, self.core.coder(coder))

    def add_memo(
        self, kind: str, target_id: int | None, text: str, *, coder: str | None = None
    ) -> int:
        """A memo on the project, a document, a segment, a code or a coding."""
        return coding.add_memo(self.core, kind, target_id, text, self.core.coder(coder))

    def memos(self, kind: str | None = None, target_id: int | None = None) -> list[dict]:
        self.core.require(events.READ_TEXT)
        return codings_sql.memos(self.core.db, kind, target_id, self.core.reader)

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
        self.core.require(events.READ_TEXT)
        return coding.codings(
            self.core,
            document_id=document_id,
            codes=codes,
            coders=coders,
            sources=sources,
            include_removed=include_removed,
        )

    def import_file(
        self, path: str | Path, *, coder: str | None = None, dotted_levels: bool | None = None
    ) -> dict:
        """Codings made elsewhere (CSV: document or segment, start, end, code, coder; or
        another tool's highlights: document name, coded text, code); all or nothing."""
        return coding_import.import_codings(self.core, path, coder, dotted_levels=dotted_levels)

    def consensus(self, segment_id: int, code: str | int, applied: bool) -> int | None:
        """Record the agreed decision as the coder 'consensus'; the originals stay."""
        return coding.consensus(self.core, segment_id, code, applied, decided_by=self.core.user)

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
        return codings_sql.assignments(self.core.db, coder, sample)

    def agreement(
        self,
        coders: Sequence[str],
        codes: Sequence[str | int] | None = None,
        *,
        unit: str = "units",
        sample: str | None = None,
    ) -> AgreementReport:
        """Per code and overall: percent agreement, Cohen's kappa, Krippendorff's alpha, on
        the units of the double-coding samples the coders were given (``sample``: one of
        them), or where they were given none, the units they coded; ``scope`` says which."""
        return retrieval.agreement(self.core, coders, codes, unit, sample)

    def disagreements(
        self,
        coders: Sequence[str],
        codes: Sequence[str | int] | None = None,
        *,
        unit: str = "units",
        sample: str | None = None,
    ) -> pd.DataFrame:
        """(unit, code, one column per coder) where the coders who saw the unit differ, on
        the units :meth:`agreement` counts."""
        return retrieval.disagreements(self.core, coders, codes, unit, sample)

    def retrieve(self, code: str | int, **filters: Any) -> pd.DataFrame:
        """Coded passages of a code with context; see :func:`workbench.retrieval.retrieve`."""
        self.core.require(events.READ_TEXT)
        return retrieval.retrieve(self.core, code, **filters)

    def cooccurrence(
        self, codes: Sequence[str | int] | None = None, **options: Any
    ) -> pd.DataFrame:
        """Code x code counts of units where both were applied."""
        return retrieval.cooccurrence(self.core, codes, **options)


class Suggestions:
    """``project.suggestions``: Models that assist coders: stored vectors, suggestions, and the decisions on them."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def embed(self, *, unit: str = "answers", embedding: str | None = None):
        """Vectors of every segment of ``unit``, computed once and stored: (ids, matrix)."""
        return assist.embed(self.core, assist.make_backend(embedding), unit)

    def store_vectors(self, *, unit: str = "answers", embedding: str | None = None) -> dict:
        """Compute and store the missing vectors; the model key and counts (``embed``)."""
        from .assist.embeddings import store

        return store(self.core, assist.make_backend(embedding), unit)

    def run(
        self,
        codes: Sequence[str | int] | None = None,
        *,
        unit: str = "answers",
        embedding: str | None = None,
        threshold: float = 0.5,
        limit_per_code: int = 200,
        min_examples: int = 10,
        seed: int = 0,
        codebook: bool = True,
        precision: float | None = None,
        progress: Progress | None = None,
    ) -> dict:
        """Model suggestions for units no human coded with a code (never human codings).
        ``codebook``: examples, criteria and definitions take part; ``precision``: each
        code's threshold chosen by cross-validation to reach it (else ``threshold``);
        ``progress`` hears the stages (:mod:`workbench.progress`)."""
        return assist.suggest(
            self.core,
            codes,
            unit,
            assist.make_backend(embedding, seed=seed),
            threshold,
            limit_per_code,
            min_examples=min_examples,
            seed=seed,
            codebook=codebook,
            precision=precision,
            progress=progress,
        )

    def explore(
        self,
        codes: Sequence[str | int] | None = None,
        *,
        unit: str = "answers",
        embedding: str | None = None,
        limit: int = 20,
        strategy: str = "diverse",
        seed: int = 0,
    ) -> list[dict]:
        """Uncoded units to code next: uncertain and unlike anything coded yet (``diverse``),
        or ``uncertainty`` / ``random``; writes nothing but missing vectors."""
        from .assist.active import explore

        self.core.require(events.READ_TEXT)
        return explore(self.core, codes, unit, embedding, limit, strategy, seed)

    def accept(self, suggestion_id: int, *, coder: str | None = None) -> int:
        """Accept a suggestion: an 'accepted' coding by the coder (undoable)."""
        return assist.accept(self.core, suggestion_id, self.core.coder(coder))

    def reject(self, suggestion_id: int, *, coder: str | None = None) -> int:
        """Reject a suggestion: kept as a 'rejected' row, a negative for retraining (undoable)."""
        return assist.reject(self.core, suggestion_id, self.core.coder(coder))

    def queue(
        self,
        *,
        coder: str | None = None,
        order: str = "confidence",
        code: str | int | None = None,
        limit: int = 50,
    ) -> list[dict]:
        """Open suggestions to review: by score, or by closeness to 0.5 (uncertainty)."""
        self.core.require(events.READ_TEXT)
        return assist.queue(self.core, self.core.coder(coder), order, code, limit)


class Topics:
    """``project.topics``: Topic runs: fit, read, compare by subgroup, and hand topics over to the codebook."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def __call__(self, run_id: int | None = None) -> list[dict]:
        """``project.topics(run)`` of version 0.1: now ``project.topics.list(run)``."""
        warnings.warn(
            "Project.topics(...) is now Project.topics.list(...)", DeprecationWarning, stacklevel=2
        )
        return self.list(run_id)

    def run(
        self,
        *,
        unit: str = "answers",
        question: str | None = None,
        embedding: str | None = None,
        min_size: int = 10,
        seed: int = 0,
        progress: Progress | None = None,
        **params: Any,
    ) -> dict:
        """Topics of the stored vectors (BERTopic; neighbour smoothing + k-means by default),
        one event; ``progress`` hears the stages (:mod:`workbench.progress`)."""
        return topic_runs.run_topics(
            self.core, unit, question, embedding, min_size, seed, progress=progress, **params
        )

    def rerun(self, run_id: int | None = None) -> dict:
        """Make a topic run again from its record alone (steps, parameters, seed)."""
        return topic_runs.rerun(self.core, run_id)

    def list(self, run_id: int | None = None) -> list[dict]:
        """The topics of a run (the newest by default) with representative segments."""
        self.core.require(events.READ_TEXT)
        return topic_runs.topics(self.core, run_id)

    def members(self, run_id: int | None = None, topic: int | None = None) -> list[dict]:
        self.core.require(events.READ_TEXT)
        return topic_runs.topic_members(self.core, run_id, topic)

    def by(self, variable: str | None = None, run_id: int | None = None) -> pd.DataFrame:
        """Topic x subgroup counts (a survey variable, or focus group / speaker attribute)."""
        return topic_runs.topics_by(self.core, run_id, variable)

    def promote(
        self, topic: int, path: str, *, run_id: int | None = None, include_outliers: bool = True
    ) -> dict:
        """A new draft code from a topic; its members become suggestions, not codings
        (its former outliers too, unless ``include_outliers`` is False)."""
        return topic_runs.promote(self.core, run_id, topic, path, include_outliers)

    def merge(
        self,
        topic: int,
        code: str | int,
        *,
        run_id: int | None = None,
        include_outliers: bool = True,
    ) -> dict:
        """A topic's members become suggestions for an existing code."""
        return topic_runs.merge_into(self.core, run_id, topic, code, include_outliers)

    def dismiss(self, topic: int, *, run_id: int | None = None) -> dict:
        return topic_runs.dismiss(self.core, run_id, topic)

    def keywords(
        self, codes: Sequence[str | int] | None = None, *, unit: str = "answers", top: int = 10
    ) -> dict:
        """c-TF-IDF keywords of human codes: the words that characterise each code."""
        return topic_runs.code_keywords(self.core, codes, unit, top)


class Survey:
    """``project.survey``: The survey design: strata and margins, the design itself, weights."""

    def __init__(self, core: Core) -> None:
        self.core = core

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
        return design_sql.strata(self.core.db)

    def margins(self) -> dict[str, dict[str, float]]:
        return design_sql.margins(self.core.db)

    def design(
        self, *, weights: str = "imported", rake: Sequence[str] = (), lonely_psu: str = "fail"
    ) -> SurveyDesign:
        """The respondents as a stratified design; see :func:`workbench.design.survey_design`."""
        return design.survey_design(self.core, weights=weights, rake=rake, lonely_psu=lonely_psu)

    def weights_report(self) -> dict:
        """Weight summaries and the respondents against the population margins."""
        return estimation.weights_report(self.core)


class Mixed:
    """``project.mixed``: Mixed methods: focus-group counts, quotes per subgroup, verdicts, joint displays."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def focus_group_counts(self, code: str | int, attribute: str | None = None) -> pd.DataFrame:
        """Speakers and turns coded with ``code`` per focus group or speaker attribute."""
        return joint.focus_group_counts(self.core, code, attribute)

    def quotes_by(self, code: str | int, variable: str, per_group: int = 2) -> dict[str, list[str]]:
        """Redacted quotes of a code per value of a survey variable (small groups get none)."""
        return joint.quotes_by(self.core, code, variable, per_group)

    def record_verdict(self, code: str | int, verdict: str, memo: str = "") -> int:
        """Converge / diverge / complement for a theme, with a memo on contradictions."""
        return joint.record_verdict(self.core, code, verdict, memo, self.core.coder())

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


class Matrices:
    """``project.matrices``: codes x codes, codes x groups (counts, weighted shares) and word
    frequencies, with the small-cell rule; heatmaps and CSV files of them."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def cooccurrence(
        self, codes: Sequence[str | int] | None = None, **options: Any
    ) -> matrices.Matrix:
        """Code x code: units and people with both codes; see :func:`workbench.matrices.cooccurrence`."""
        return matrices.cooccurrence(self.core, codes, **options)

    def by_variable(
        self, variable: str, codes: Sequence[str | int] | None = None, **options: Any
    ) -> matrices.Matrix:
        """Code x group of a survey variable, ``focus-group`` or ``speaker:ATTRIBUTE``;
        see :func:`workbench.matrices.by_variable`."""
        return matrices.by_variable(self.core, variable, codes, **options)

    def matrix(
        self, columns: str, codes: Sequence[str | int] | None = None, **options: Any
    ) -> dict:
        """Codes x ``columns`` as plain values, optionally written to a file (the CLI)."""
        return matrices.matrix(self.core, columns, codes, **options)

    def words(
        self,
        code: str | int | None = None,
        by: str | None = None,
        group: str | None = None,
        **options: Any,
    ) -> pd.DataFrame:
        """Most frequent lemmas per code or group; see :func:`workbench.matrices.words`."""
        return matrices.words(self.core, code, by, group, **options)

    def chart(self, matrix: matrices.Matrix, figure: str = "people", fmt: str = "png") -> bytes:
        """A matrix's heatmap as PNG or SVG bytes, suppressed cells blanked."""
        return matrices.chart(matrix, figure, fmt)

    def csv(self, matrix: matrices.Matrix) -> bytes:
        """A matrix's cells as CSV bytes, suppressed cells blanked, spreadsheet-safe."""
        return matrices.csv(self.core, matrix)

    def write(self, matrix: matrices.Matrix, out: str | Path, figure: str = "people") -> dict:
        """A matrix as a heatmap (.png, .svg) or cells (.csv), suppressed cells blanked."""
        return matrices.write(self.core, matrix, out, figure)


class Members:
    """``project.members``: who may work on the project, and as what (owner, coder, viewer).

    A project without members is single-user: whoever opens it acts as owner. The first
    member added makes it a team project, with the acting user as its first owner."""

    def __init__(self, core: Core) -> None:
        self.core = core

    @property
    def mode(self) -> str:
        """ "single-user" or "team"."""
        return members.mode(self.core)

    def list(self) -> list[dict]:
        """Every member (name, role), owners first; empty in a single-user project."""
        return members.members(self.core)

    def add(self, name: str, role: str) -> dict:
        """Add a member as owner, coder or viewer (owners only)."""
        return members.add(self.core, name, role)

    def remove(self, name: str) -> dict:
        """Remove a member; the last owner cannot be removed (owners only)."""
        return members.remove(self.core, name)

    def set_role(self, name: str, role: str) -> dict:
        """Change a member's role; the last owner stays owner (owners only)."""
        return members.set_role(self.core, name, role)


class Llm:
    """``project.llm``: The LLM coder: an OpenAI-compatible endpoint the user sets codes with the
    codebook; checked on the double-coding sample, gated per code, every call recorded."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def settings(self) -> dict[str, Any]:
        """Endpoint, model, alpha threshold, and the host data goes to (None: nowhere)."""
        return llm_coder.settings(self.core)

    def configure(
        self,
        *,
        endpoint: str | None = None,
        model: str | None = None,
        threshold: float | None = None,
    ) -> dict[str, Any]:
        """Set the endpoint ('' clears it), the model and the gate's alpha threshold."""
        return llm_coder.configure(self.core, endpoint, model, threshold)

    def check(
        self,
        *,
        endpoint: str | None = None,
        model: str | None = None,
        codes: Sequence[str | int] | None = None,
        sample: str | None = None,
        temperature: float = 0.0,
        seed: int = 0,
        timeout: float = 120.0,
        progress: Any = None,
        redact: bool = False,
    ) -> dict:
        """Code the double-coding sample with the model; its agreement per code and the gate
        (``redact``: personal data replaced by labels before texts leave)."""
        return llm_coder.check(
            self.core,
            endpoint,
            model,
            codes,
            sample,
            temperature=temperature,
            seed=seed,
            timeout=timeout,
            progress=progress,
            redact=redact,
        )

    def agreement(
        self,
        *,
        model: str | None = None,
        codes: Sequence[str | int] | None = None,
        sample: str | None = None,
    ) -> dict:
        """The model's kappa and alpha with the human coders per code, and the gate (reads)."""
        return llm_coder.agreement(self.core, model, codes, sample)

    def code(
        self,
        *,
        endpoint: str | None = None,
        model: str | None = None,
        codes: Sequence[str | int] | None = None,
        unit: str = "answers",
        limit: int | None = None,
        temperature: float = 0.0,
        seed: int = 0,
        timeout: float = 120.0,
        progress: Any = None,
        redact: bool = False,
    ) -> dict:
        """Bulk suggestions by the model, for the codes whose alpha passes the gate."""
        return llm_coder.code(
            self.core,
            endpoint,
            model,
            codes,
            unit=unit,
            limit=limit,
            temperature=temperature,
            seed=seed,
            timeout=timeout,
            progress=progress,
            redact=redact,
        )

    def calls(self, *, run: int | None = None, limit: int | None = 50) -> list[dict]:
        """Recorded calls: request (prompt, model, temperature, seed), raw answer, codes."""
        self.core.require(events.READ_TEXT)  # the prompts hold the answers' text
        return llm_coder.calls(self.core, run, limit)

    def runs(self) -> list[dict]:
        """The LLM coder's runs (check and code), newest first."""
        return llm_coder.runs(self.core)
