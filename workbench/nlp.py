"""Dutch text processing: sentences, lemmas and stop words through spaCy.

An installed Dutch pipeline (``nl_core_news_*``) is used when present; otherwise
``spacy.blank("nl")`` with the lookup lemmatizer from ``spacy-lookups-data`` and a
rule-based sentencizer, which works offline. spaCy is imported on first use only.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

INSTALLED_DUTCH = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
_WORD = re.compile(r"\w", re.UNICODE)


class Analysis(NamedTuple):
    """What segmentation keeps of one text: sentence spans (offsets into the text) and lemmas."""

    sentences: list[tuple[int, int, int, str]]  # (start, end, n_tokens, lemmas)
    n_tokens: int
    lemmas: str  # lower-case lemmas of the word tokens, space-separated


def _import_spacy():
    """spaCy, imported without thinc's optional PyTorch bridge when torch is not loaded yet.

    thinc imports torch (1-2 s) only to offer it to models that wrap PyTorch; the
    pipelines used here (blank, nl_core_news_sm/md/lg) never do. torch stays importable
    for whatever needs it later (sentence-transformers). Only in a single-threaded process:
    while spaCy loads, ``import torch`` fails, which must not hit another thread.
    """
    if "spacy" in sys.modules or "torch" in sys.modules or threading.active_count() > 1:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes "import torch" fail
    try:
        import spacy
    finally:
        if sys.modules.get("torch", "") is None:
            del sys.modules["torch"]
    return spacy


@functools.lru_cache(maxsize=4)
def pipeline(language: str = "nl") -> Language:
    """The spaCy pipeline for ``language``: an installed one, else blank + lookup lemmas."""
    spacy = _import_spacy()

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
    return (
        f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')} ({', '.join(nlp.pipe_names)})"
    )


def stop_words(language: str = "nl") -> frozenset[str]:
    """The language's stop words (spaCy's list), lower-case."""
    return frozenset(w.lower() for w in pipeline(language).Defaults.stop_words)


def _lemma(token) -> str:
    return (token.lemma_ or token.text).lower()


def _analyse_doc(doc) -> Analysis:
    sentences = []
    all_lemmas: list[str] = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        lemmas = [_lemma(t) for t in tokens if _WORD.search(t.text)]
        all_lemmas.extend(lemmas)
        end = tokens[-1].idx + len(tokens[-1].text)
        sentences.append((tokens[0].idx, end, len(lemmas), " ".join(lemmas)))
    return Analysis(sentences=sentences, n_tokens=len(all_lemmas), lemmas=" ".join(all_lemmas))


# what the sentencizer needs to know of a token (see _LookupAnalyser)
_OTHER, _PUNCT, _STOP, _SPACE = 0, 1, 2, 3


class _LookupAnalyser:
    """The blank pipeline's result without its per-token Python: spaCy's tokenizer, then
    the lookup lemmatizer and the sentencizer's rule applied once per distinct token string.

    ``nlp.pipe`` runs the lemmatizer and the sentencizer token by token in Python, which
    costs three times the tokenizer; both only look at a token's own text, so their
    answers are cached per string here and the result is the same (tests compare them).
    Used only for exactly that pipeline (tokenizer + lookup lemmatizer + sentencizer).
    """

    def __init__(self, nlp: Language) -> None:
        from spacy.tokens import Doc

        self._doc = Doc
        self.nlp = nlp
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.stops = nlp.get_pipe("sentencizer").punct_chars
        self.cache: dict[int, tuple[str | None, int, int]] = {}

    @staticmethod
    def fits(nlp: Language) -> bool:
        if nlp.pipe_names != ["lemmatizer", "sentencizer"]:
            return False
        lemmatizer = nlp.get_pipe("lemmatizer")
        return lemmatizer.mode == "lookup" and not getattr(
            nlp.get_pipe("sentencizer"), "overwrite", False
        )

    def _token(self, orth: int) -> tuple[str | None, int, int]:
        """(lemma if a word token else None, length, sentencizer class) of one string."""
        vocab = self.nlp.vocab
        text = vocab.strings[orth]
        if text in self.stops:
            kind = _STOP
        elif vocab[orth].is_punct:
            kind = _PUNCT
        elif text.isspace():
            kind = _SPACE
        else:
            kind = _OTHER
        lemma = None
        if _WORD.search(text):
            token = self._doc(vocab, words=[text])[0]
            lemma = (self.lemmatizer.lemmatize(token)[0] or text).lower()
        found = self.cache[orth] = (lemma, len(text), kind)
        return found

    def analyse(self, texts: list[str], slice: int = 5000) -> list[Analysis]:
        """Every text's :class:`Analysis`, the sentencizer's rule applied to the tokens of
        ``slice`` texts at once in arrays (per token only spaCy's tokenizer runs, in C)."""
        out: list[Analysis] = []
        for start in range(0, len(texts), slice):
            out += self._analyse(texts[start : start + slice])
        return out

    def _analyse(self, texts: list[str]) -> list[Analysis]:
        import numpy as np
        from spacy.attrs import IDX, ORTH

        docs = [doc.to_array([ORTH, IDX]) for doc in self.nlp.tokenizer.pipe(texts, 1000)]
        counts = np.array([len(d) for d in docs], dtype=np.int64)
        if not counts.sum():
            return [Analysis([], 0, "") for _ in texts]
        table = np.concatenate([d for d in docs if len(d)])
        strings, inverse = np.unique(table[:, 0], return_inverse=True)
        cache, token_info = self.cache, self._token
        infos = [cache.get(orth) or token_info(orth) for orth in strings.tolist()]
        kinds = np.array([i[2] for i in infos], dtype=np.int8)[inverse]
        ends = table[:, 1].astype(np.int64) + np.array([i[1] for i in infos])[inverse]
        lemma_of = np.array([i[0] for i in infos], dtype=object)
        is_word = np.array([i[0] is not None for i in infos], dtype=bool)[inverse]
        doc_of = np.repeat(np.arange(len(docs)), counts)

        # spaCy's Sentencizer: a token that is not punctuation starts a sentence when a
        # sentence-final character came (since the current sentence started) before it
        # in the same text; each text starts one
        starts = np.zeros(len(table), dtype=bool)
        starts[(np.cumsum(counts) - counts)[counts > 0]] = True
        others = np.flatnonzero(kinds != _PUNCT)
        follows_stop = (
            (kinds[others[:-1]] == _STOP)
            & (kinds[others[1:]] != _STOP)
            & (doc_of[others[:-1]] == doc_of[others[1:]])
        )
        starts[others[1:][follows_stop]] = True
        sentence_of = np.cumsum(starts) - 1
        # a sentence runs from its first to its last token that is not white space
        shown = np.flatnonzero(kinds != _SPACE)
        if not len(shown):  # white space only: no sentences, no words
            return [Analysis([], 0, "") for _ in texts]
        of_shown = sentence_of[shown]
        first = np.flatnonzero(np.r_[True, of_shown[1:] != of_shown[:-1]])
        last = np.r_[first[1:] - 1, len(shown) - 1]
        words = np.flatnonzero(is_word)
        per_sentence = np.bincount(sentence_of[words], minlength=len(table))
        lemmas = lemma_of[inverse[words]].tolist()

        sentences: list[list[tuple[int, int, int, str]]] = [[] for _ in texts]
        at = 0
        for document, start, end, n in zip(
            doc_of[shown[first]].tolist(),
            table[shown[first], 1].tolist(),
            ends[shown[last]].tolist(),
            per_sentence[of_shown[first]].tolist(),
        ):
            sentences[document].append((start, end, n, " ".join(lemmas[at : at + n])))
            at += n
        out, at = [], 0
        for found, n in zip(sentences, np.bincount(doc_of[words], minlength=len(docs)).tolist()):
            out.append(Analysis(found, n, " ".join(lemmas[at : at + n])))
            at += n
        return out


@functools.lru_cache(maxsize=4)
def _lookup_analyser(language: str) -> _LookupAnalyser | None:
    nlp = pipeline(language)
    return _LookupAnalyser(nlp) if _LookupAnalyser.fits(nlp) else None


def _analyse_chunk(job: tuple[str, list[str]]) -> list[Analysis]:
    language, texts = job
    fast = _lookup_analyser(language)
    if fast is not None:
        return fast.analyse(texts)
    return [_analyse_doc(doc) for doc in pipeline(language).pipe(texts, batch_size=256)]


def _warm(language: str) -> None:
    """Pool initializer: each worker loads the pipeline as it starts."""
    _lookup_analyser(language)


class Analyser:
    """Sentences and lemmas for many texts, in worker processes when there are many.

    Below ``parallel_from`` texts a call runs in this process; above it, chunks go to a
    pool of ``processes`` forked workers, which load the pipeline as they start (so a pool
    started early, see :meth:`start`, is ready by the time the texts come). Forking is
    only safe in a single-threaded process, so in a threaded host (Streamlit) it stays
    serial. Use as a context manager.
    """

    def __init__(
        self,
        language: str = "nl",
        processes: int | None = None,
        parallel_from: int = 20_000,
        chunk: int = 1000,
    ) -> None:
        self.language = language
        # one core stays with the process that writes what the workers produce
        self.processes = (
            processes if processes is not None else max(1, min((os.cpu_count() or 1) - 1, 4))
        )
        self.parallel_from = parallel_from
        self.chunk = chunk
        self._pool = None

    def __enter__(self) -> Analyser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def start(self, total: int) -> bool:
        """Start the worker pool now if ``total`` texts are worth one; True if it runs."""
        if self._pool is None and not (
            self.processes < 1
            or total < self.parallel_from
            or threading.active_count() > 1
            or sys.platform == "win32"
        ):
            import multiprocessing

            self._pool = multiprocessing.get_context("fork").Pool(
                self.processes, initializer=_warm, initargs=(self.language,)
            )
        return self._pool is not None

    def pipeline_name(self) -> str:
        """:func:`pipeline_name`, asked of a worker when there are workers (so this process
        need not load spaCy)."""
        if self._pool is not None:
            return self._pool.apply(pipeline_name, (self.language,))
        return pipeline_name(self.language)

    def analyse(self, texts: list[str], total: int | None = None) -> list[Analysis]:
        """One :class:`Analysis` per text. ``total`` (all texts still to come) decides
        whether a pool is worth starting."""
        return self.submit(texts, total)()

    def submit(
        self,
        items: list,
        total: int | None = None,
        task: Callable[[tuple[str, list]], Any] | None = None,
        combine: Callable[[list], Any] | None = None,
    ) -> Callable[[], Any]:
        """Start analysing ``items`` (texts, or what ``task`` takes); the returned function
        waits for and gives the results, one per item.

        ``task`` (a module-level function, default: texts -> :class:`Analysis`) gets
        ``(language, items)`` for a slice of the items and returns one result per item, or,
        with ``combine``, a part that ``combine`` joins with the other slices' parts (in
        order) into the result. With a pool the workers carry on while the caller writes the
        previous batch; in this process the work is done before this returns.
        """
        task = task or _analyse_chunk
        join = combine or _flattened
        if not self.start(total or len(items)):
            done = join([task((self.language, items))])
            return lambda: done
        jobs = [
            (self.language, items[i : i + self.chunk]) for i in range(0, len(items), self.chunk)
        ]
        pending = self._pool.map_async(task, jobs)
        return lambda: join(pending.get())


def _flattened(parts: list[list]) -> list:
    return [a for part in parts for a in part]


def analyse(texts: Iterable[str], language: str = "nl") -> list[Analysis]:
    """Split each text into sentences and lemmatise it; one :class:`Analysis` per text.

    Sentence offsets are character offsets into the text given, trimmed of surrounding
    white space, so that ``text[start:end]`` is the sentence. Lemmas are those of word
    tokens (punctuation left out), lower-case.
    """
    return _analyse_chunk((language, list(texts)))


def lemmatise(text: str, language: str = "nl") -> list[str]:
    """Lower-case lemmas of the word tokens in ``text`` (for search queries)."""
    return [_lemma(t) for t in pipeline(language)(text) if _WORD.search(t.text)]
