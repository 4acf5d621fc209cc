"""Dutch text processing: sentences, lemmas and stop words through spaCy.

An installed Dutch pipeline (``nl_core_news_*``) is used when present; otherwise
``spacy.blank("nl")`` with the lookup lemmatizer from ``spacy-lookups-data`` and a
rule-based sentencizer, which works offline. spaCy is imported on first use only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

INSTALLED_DUTCH = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Analysis:
    """What segmentation keeps of one text: sentence spans (offsets into the text) and lemmas."""

    sentences: list[tuple[int, int, int, str]]  # (start, end, n_tokens, lemmas)
    n_tokens: int
    lemmas: str  # lower-case lemmas of the word tokens, space-separated


@functools.lru_cache(maxsize=4)
def pipeline(language: str = "nl") -> "Language":
    """The spaCy pipeline for ``language``: an installed one, else blank + lookup lemmas."""
    import spacy

    if language == "nl":
        for name in INSTALLED_DUTCH:
            try:
                nlp = spacy.load(name, exclude=["ner", "textcat"])
            except OSError:
                continue
            if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
                nlp.add_pipe("sentencizer")
            return nlp
    nlp = spacy.blank(language)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("sentencizer")
    nlp.initialize()
    return nlp


def pipeline_name(language: str = "nl") -> str:
    """A readable name of the pipeline in use, for the method section and ``info``."""
    nlp = pipeline(language)
    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')} ({', '.join(nlp.pipe_names)})"


def stop_words(language: str = "nl") -> frozenset[str]:
    """The language's stop words (spaCy's list), lower-case."""
    return frozenset(w.lower() for w in pipeline(language).Defaults.stop_words)


def _lemma(token) -> str:
    return (token.lemma_ or token.text).lower()


def analyse(texts: Iterable[str], language: str = "nl", batch_size: int = 256) -> Iterator[Analysis]:
    """Split each text into sentences and lemmatise it; one :class:`Analysis` per text.

    Sentence offsets are character offsets into the text given, trimmed of surrounding
    white space, so that ``text[start:end]`` is the sentence.
    """
    nlp = pipeline(language)
    for doc in nlp.pipe(texts, batch_size=batch_size):
        sentences = []
        all_lemmas: list[str] = []
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space and _WORD.search(t.text)]
            if not any(not t.is_space for t in sent):
                continue
            first = next(t for t in sent if not t.is_space)
            last = next(t for t in reversed(sent) if not t.is_space)
            lemmas = [_lemma(t) for t in words]
            all_lemmas.extend(lemmas)
            sentences.append((first.idx, last.idx + len(last.text), len(words), " ".join(lemmas)))
        yield Analysis(sentences=sentences, n_tokens=len(all_lemmas), lemmas=" ".join(all_lemmas))


def lemmatise(text: str, language: str = "nl") -> list[str]:
    """Lower-case lemmas of the word tokens in ``text`` (for search queries)."""
    return [_lemma(t) for t in pipeline(language)(text) if _WORD.search(t.text)]
