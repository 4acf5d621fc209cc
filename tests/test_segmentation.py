"""Sentences, lemmas, stop words and full-text search over segments."""

from __future__ import annotations

import pytest

from workbench import InputError
from workbench.nlp import stop_words
from conftest import write_csv


@pytest.fixture
def answers(project, tmp_path):
    path = write_csv(
        tmp_path / "s.csv",
        [
            "id,stratum,w,q",
            '1,a,1,"Ik werd tijdens het overleg genegeerd. Niemand zei iets! Mijn lg keek weg."',
            '2,a,1,"Collega\'s maakten grappen over mijn hoofddoek."',
            '3,a,1,"<script>alert(1)</script> **vet** en genegeerd"',
        ],
    )
    project.import_survey(path, id="id", stratum="stratum", weight="w", open=["q"])
    return project


def test_answers_split_into_sentences_with_exact_offsets_and_lemmas(answers):
    result = answers.segment()
    assert result["documents"] == 3
    first = answers.documents(kind="answer")[0]
    text = answers.document(first["id"])["text"]
    sentences = answers.segments(first["id"], kind="sentence")
    assert [s["text"] for s in sentences] == [
        "Ik werd tijdens het overleg genegeerd.",
        "Niemand zei iets!",
        "Mijn lg keek weg.",
    ]
    for sentence in sentences:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
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


TRICKY = [
    "",
    "   ",
    "\n\n",
    "!!!",
    "...",
    "Ja.",
    "ja",
    "Nee!!  Echt niet?!",
    "Hij zei: 'Zo'n opmerking.' En toen liep hij weg.",
    "Dat was bijv. tijdens de lunch... Daarna (in de gang) weer.",
    "Mijn leidinggevende  negeerde het.\n\nIk heb het gemeld bij de vertrouwenspersoon.\tNiets.",
    "- punt één\n- punt twee\n• punt drie",
    "Het ging om 3.5 uur per week, 's avonds en 's ochtends.",
    "Mail naar info@example.nl of kijk op https://www.example.nl/melden. Dank!",
    "DE COLLEGA'S LACHTEN. Iedereen Wist Het.",
    "Ik ben Marokkaans-Nederlands en hoorde „grapjes” over mijn achternaam… Vaak.",
    "?Waarom ik? ...Geen idee. !",
    "Zij/hij werd gediscrimineerd; ik ook :( 😕 Echt waar.",
    "Éénmaal per maand: overleg met HR (afdeling P&O), café-achtige sfeer.",
    "a.b.c. d.e.f. Einde.",
    "  Begint met spaties. Eindigt met spaties.  ",
    "Zin zonder punt\nnieuwe regel zonder punt",
]


def _generated_texts(count: int, seed: int) -> list[str]:
    """Random Dutch-looking answers from a pool of words, punctuation and white space."""
    import random

    rng = random.Random(seed)
    words = (
        "ik werd genegeerd door mijn collega's tijdens het overleg de leidinggevende "
        "zei niets vertrouwenspersoon gemeld Marokkaanse achternaam grappen hoofddoek "
        "sollicitatie afgewezen 's avonds zo'n HR P&O 3,5 12.000 e-mail Éénmaal café "
        "niemand iedereen wist"
    ).split()
    glue = [
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        ". ",
        "! ",
        "? ",
        "... ",
        ", ",
        "; ",
        ": ",
        " - ",
        " (",
        ") ",
        " '",
        "' ",
        ' "',
        '" ',
        "…",
        "?!",
        ".\n",
    ]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 40)):
            word = rng.choice(words)
            parts.append(word.capitalize() if rng.random() < 0.2 else word)
            parts.append(rng.choice(glue))
        texts.append("".join(parts))
    return texts


@pytest.mark.slow  # the full spaCy pipeline as the reference
def test_fast_analysis_is_what_the_spacy_pipeline_gives():
    """Segmentation skips spaCy's per-token Python (lemmatizer, sentencizer) and must give
    exactly what ``nlp.pipe`` with those components gives: sentences, offsets, lemmas."""
    from workbench import nlp

    fast = nlp._lookup_analyser("nl")
    assert fast is not None  # the blank pipeline with lookup lemmas is the fast one
    texts = TRICKY + _generated_texts(2000, seed=7)
    expected = [nlp._analyse_doc(doc) for doc in nlp.pipeline("nl").pipe(texts)]
    assert fast.analyse(texts) == expected
    assert fast.analyse(texts, slice=7) == expected  # texts analysed a few at a time
    assert nlp.analyse(texts) == expected


@pytest.mark.slow  # the full spaCy pipeline as the reference
def test_fast_analysis_starts_each_text_afresh():
    """Texts are analysed together: a text that ends on a full stop must not make the
    next text's first word (after its opening punctuation) start a second sentence."""
    from workbench import nlp

    texts = ["Einde.", "- punt één", "Klaar!", "(haakjes) daarna", "Vraag?", "...", "'Zo' zei hij"]
    texts += ["", "Zin.", "   spaties vooraf", "Nee!!", "» citaat «", "Dus?", "\n\nNieuwe regel"]
    expected = [nlp._analyse_doc(doc) for doc in nlp.pipeline("nl").pipe(texts)]
    assert nlp._lookup_analyser("nl").analyse(texts) == expected
    assert [len(a.sentences) for a in expected[1:4]] == [1, 1, 1]
    blank = ["   ", "\n\n", "", "\t"]  # a batch of white space only
    assert nlp._lookup_analyser("nl").analyse(blank) == [nlp.Analysis([], 0, "")] * 4


def test_documents_segmented_by_another_process_meanwhile_are_not_written_twice(answers):
    """A batch is analysed before it is written; documents another process segmented in
    between keep that process's sentences and are not counted again."""
    from workbench import Project, nlp, segmentation

    core = answers.core
    with nlp.Analyser("nl") as analyser:
        batch = segmentation._start_batch(core.db, analyser, 0, 10, 3)
        with Project.open(core.path, user="other") as other:

            def first_only(done, total):
                raise KeyboardInterrupt

            with pytest.raises(KeyboardInterrupt):
                other.segment(batch=1, progress=first_only)  # the first answer only
        written = segmentation._write_batch(core, batch, "test")
    assert written == (2, 2)  # the other two answers, one sentence each
    counts = answers.info()["counts"]
    assert counts["sentences"] == 5 and counts["unsegmented_documents"] == 0
    first = answers.documents(kind="answer")[0]["id"]
    assert [s["ordinal"] for s in answers.segments(first, kind="sentence")] == [0, 1, 2]
    assert len(answers.search("hoofddoek", unit="sentences")) == 1  # indexed once
