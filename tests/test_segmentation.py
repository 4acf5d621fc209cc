"""Sentences, lemmas, stop words and full-text search over segments."""

from __future__ import annotations

import pytest

from workbench import InputError
from workbench.nlp import stop_words
from conftest import write_csv


@pytest.fixture
def answers(project, tmp_path):
    path = write_csv(tmp_path / "s.csv", [
        "id,stratum,w,q",
        '1,a,1,"Ik werd tijdens het overleg genegeerd. Niemand zei iets! Mijn lg keek weg."',
        '2,a,1,"Collega\'s maakten grappen over mijn hoofddoek."',
        '3,a,1,"<script>alert(1)</script> **vet** en genegeerd"',
    ])
    project.import_survey(path, id="id", stratum="stratum", weight="w", open=["q"])
    return project


def test_answers_split_into_sentences_with_exact_offsets_and_lemmas(answers):
    result = answers.segment()
    assert result["documents"] == 3
    first = answers.documents(kind="answer")[0]
    text = answers.document(first["id"])["text"]
    sentences = answers.segments(first["id"], kind="sentence")
    assert [s["text"] for s in sentences] == [
        "Ik werd tijdens het overleg genegeerd.", "Niemand zei iets!", "Mijn lg keek weg."]
    for sentence in sentences:
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]
    assert "negeren" in sentences[0]["lemmas"].split()
    [unit] = answers.segments(first["id"], kind="answer")
    assert unit["n_tokens"] == 13 and unit["lemmas"].startswith("ik werd tijdens")
    assert answers.info()["counts"]["unsegmented_documents"] == 0
    assert answers.segment()["documents"] == 0  # nothing left to do, nothing repeated


def test_stop_words_are_dutch():
    words = stop_words("nl")
    assert {"de", "het", "een", "en"} <= words
    assert "racisme" not in words


def test_search_matches_inflections_through_lemmas(answers):
    answers.segment()
    hits = answers.search("negeren")
    assert {h["document_id"] for h in hits} == {1, 3}
    hits = answers.search("maken", unit="sentences")
    assert len(hits) == 1 and "[maakten]" in hits[0]["snippet"]
    assert answers.search("genegeerd overleg")[0]["document_id"] == 1
    assert answers.search('"mijn hoofddoek"')[0]["document_id"] == 2


def test_search_snippets_are_escaped_for_html(answers):
    answers.segment()
    [hit] = answers.search("script")
    assert "<script>" not in hit["snippet_html"]
    assert "&lt;<mark>script</mark>&gt;" in hit["snippet_html"]


def test_bad_search_queries_are_input_errors(answers):
    answers.segment()
    with pytest.raises(InputError, match="empty"):
        answers.search("   ")
    with pytest.raises(InputError, match="cannot read the query"):
        answers.search('"unbalanced')
    with pytest.raises(InputError, match="unknown unit"):
        answers.search("x", unit="paragraphs")


def test_interrupted_segmentation_keeps_finished_batches_and_resumes(answers):
    calls = []

    def stop_after_first_batch(done, total):
        calls.append(done)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        answers.segment(batch=1, progress=stop_after_first_batch)
    counts = answers.info()["counts"]
    assert counts["unsegmented_documents"] == 2 and calls == [1]
    assert answers.segment(batch=1)["documents"] == 2
    counts = answers.info()["counts"]
    assert counts["unsegmented_documents"] == 0
    assert counts["sentences"] == 5  # 3 + 1 + 1, none twice
