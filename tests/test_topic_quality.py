"""Topic quality: NPMI coherence and topic diversity computed by hand on a tiny corpus, and
labels free of words that are frequent in every topic."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from workbench.assist import topic_quality as quality
from workbench.assist.topic_model import TopicModel, vectorizer

ANALYZER = vectorizer().build_analyzer()


def _words(*words: str) -> list[tuple[str, float]]:
    return [(w, 1.0) for w in words]


def test_npmi_by_hand_on_document_co_occurrence():
    docs = ["kat hond", "kat hond", "kat vis", "vogel"]
    # P(kat) = 3/4, P(hond) = 2/4, P(kat, hond) = 2/4: log(4/3) / log(2)
    together = math.log((2 / 4) / ((3 / 4) * (2 / 4))) / -math.log(2 / 4)
    assert quality.npmi(quality.Counts(docs, ANALYZER), {0: _words("kat", "hond")}) == round(
        together, 4
    )
    # kat and vogel never share a document: -1; the outlier topic does not count
    assert (
        quality.npmi(
            quality.Counts(docs, ANALYZER), {0: _words("kat", "vogel"), -1: _words("kat", "hond")}
        )
        == -1
    )
    # the mean over the topics, each the mean over its word pairs
    three = {0: _words("kat", "hond", "vis")}
    # pairs: kat-hond, kat-vis (P 1/4: log((1/4)/(3/4*1/4)) / log 4), hond-vis (never: -1)
    kat_vis = math.log((1 / 4) / ((3 / 4) * (1 / 4))) / -math.log(1 / 4)
    assert quality.npmi(quality.Counts(docs, ANALYZER), three) == round(
        (together + kat_vis - 1) / 3, 4
    )
    both = {**three, 1: _words("kat", "vogel")}
    assert quality.npmi(quality.Counts(docs, ANALYZER), both) == round(
        ((together + kat_vis - 1) / 3 - 1) / 2, 4
    )


def test_npmi_only_over_the_first_ten_words():
    docs = [" ".join(f"woord{k}" for k in range(10)), "anders iets", "woord10 anders"] * 3
    words = {0: _words(*(f"woord{k}" for k in range(10)), "anders")}
    assert (
        quality.npmi(quality.Counts(docs, ANALYZER), words) == 1.0
    )  # always together: the 11th not counted
    assert quality.npmi(quality.Counts(docs, ANALYZER), {0: _words("woord1")}) is None


def test_diversity_is_the_share_of_unique_top_words():
    topics = {0: _words("a1", "b1", "c1"), 1: _words("c1", "d1", "e1"), -1: _words("x", "y")}
    assert quality.diversity(topics) == pytest.approx(5 / 6, abs=1e-4)
    many = {t: _words(*(f"w{t}_{k}" for k in range(30)), "gedeeld") for t in range(4)}
    assert quality.diversity(many) == 1.0  # only the top 25 count: "gedeeld" is 31st
    assert quality.diversity({-1: _words("x")}) is None


def test_a_word_frequent_in_every_topic_is_not_distinctive():
    docs = ["werk grap afkomst", "werk grap lunch", "werk promotie schaal", "werk promotie baan"]
    topics = [0, 0, 1, 1]
    candidates = {0: _words("werk", "grap", "lunch"), 1: _words("werk", "promotie", "baan")}
    found = quality.distinctive(quality.Counts(docs, ANALYZER), topics, candidates)
    assert found == {0: _words("grap", "lunch"), 1: _words("promotie", "baan")}


def _themed_answers(seed: int) -> tuple[list[str], list[int]]:
    """Answers on 8 themes, each written from its own openings and endings (shared filler
    words in every theme), so a theme's answers are near-copies of a few templates."""
    themes = [
        ("grap afkomst lunch lachen", "grappen kwetsend koffie"),
        ("promotie schaal functie gepasseerd", "sollicitatie bevordering afgewezen"),
        ("vertrouwenspersoon melding klacht", "gesprek advies gesteund"),
        ("buitengesloten overleg genegeerd", "niet uitgenodigd borrel alleen"),
        ("burger klant loket scheldt", "balie telefoon bedreigd"),
        ("hoofddoek geloof ramadan gebed", "moskee religie vrijdag"),
        ("training cursus bewustwording", "workshop leiderschap diversiteit"),
        ("huidskleur donker zwart", "kleur uiterlijk haar"),
    ]
    rng = np.random.default_rng(seed)
    docs, truth = [], []
    for theme, (first, second) in enumerate(themes):
        for _ in range(60):
            a = rng.choice(first.split(), size=2, replace=False)
            b = rng.choice(second.split(), size=2, replace=False)
            filler = rng.choice(["werk", "afdeling", "team", "dag", "week"], size=2)
            docs.append(" ".join([*a, *filler, *b]))
            truth.append(theme)
    return docs, truth


def _vectors(docs: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer().fit_transform(docs).toarray().astype(np.float32)


@pytest.mark.slow  # BERTopic fits
def test_k_is_chosen_below_its_cap_on_data_with_known_themes_and_is_seeded():
    """8 themes: about 8 topics, well below the cap of 30, that match the themes; merging
    near-duplicate topics never adds any. The keywords carry no word that is in every
    theme, and the same seed gives the same topics."""
    docs, truth = _themed_answers(3)
    X = _vectors(docs)
    raw = TopicModel(seed=0, merge_similar=None).fit(docs, X)
    model = TopicModel(seed=0).fit(docs, X)
    assert raw.metrics_["n_topics"] >= model.metrics_["n_topics"]
    assert 6 <= model.metrics_["n_topics"] <= 10 < 30 == model.clustering_.max_clusters
    assert model.metrics_["k_criterion"] == "silhouette + c-TF-IDF merge at 0.4"
    assert adjusted_rand_score(truth, model.topics_) > 0.7
    generic = {"werk", "afdeling", "team", "dag", "week"}
    for words in model.keywords_.values():
        assert words and not generic & {w for w, _ in words}
    assert model.metrics_["npmi"] is not None and model.metrics_["diversity"] > 0.5
    again = TopicModel(seed=0).fit(docs, X)
    assert (again.topics_ == model.topics_).all() and again.keywords_ == model.keywords_
