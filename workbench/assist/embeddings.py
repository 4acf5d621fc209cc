"""Segment embeddings: backends and the stored, reused vectors.

A backend has ``name`` (the key of its vectors in the ``embeddings`` table: the model's
identity), ``label`` (a stable id without any corpus fingerprint, used in model coder
names), ``input`` ("text", "lemmas" or "both", as (text, lemmas) pairs: what it reads), ``fitted``, ``fit(texts)`` and ``transform(texts)`` returning an
L2-normalised float32 (n, d) matrix.

* :class:`TfidfSvd` is the offline default: TF-IDF over the stored lemmas, Dutch stop words
  removed, then TruncatedSVD. Its vectors depend on the corpus it was fitted on, so its
  ``name`` carries a fingerprint of that corpus (``tfidf-svd-256:<12 hex>``, a hash of the
  parameters and the fitted inputs). :func:`embed` with an unfitted TfidfSvd fits it on the
  current units, so after importing more answers the key changes and every vector is
  computed again under the new key (the old ones stay, unused). A fitted TfidfSvd keeps its
  key and transforms new segments with the model it has.
* :class:`SentenceTransformerBackend` loads a local sentence-transformers model (a folder,
  or a name already in the Hugging Face cache); it never downloads. Its key is the folder's
  name plus a fingerprint of its weight files.

Models are chosen by name through the registry in :mod:`.models`; :mod:`.neural` has the
multilingual sentence encoder and the TF-IDF + neural hybrid.

torch, sentence_transformers and scikit-learn are imported inside functions only.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from ..errors import InputError
from ..store import assist as sql
from ..units import kinds
from ..units import name as unit_name

if TYPE_CHECKING:  # pragma: no cover
    from ..core import Core


def normalise(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


BATCH = 2000


@runtime_checkable
class Backend(Protocol):
    name: str
    label: str
    input: str

    @property
    def fitted(self) -> bool: ...

    def fit(self, texts: Sequence[str]) -> Backend: ...

    def transform(self, texts: Sequence[str]) -> np.ndarray: ...


class TfidfSvd:
    """TF-IDF on lemmas (Dutch stop words removed) reduced by TruncatedSVD; offline default.

    ``dim`` is an upper bound: a small corpus gets fewer components (fewer terms than dim).
    """

    input = "lemmas"

    def __init__(
        self,
        dim: int = 256,
        min_df: int = 2,
        seed: int = 0,
        language: str = "nl",
        ngram_range: tuple[int, int] = (1, 1),
    ):
        self.dim = dim
        self.min_df = min_df
        self.seed = seed
        self.language = language
        self.ngram_range = ngram_range

    @property
    def label(self) -> str:
        return f"tfidf-svd-{self.dim}"

    @property
    def fitted(self) -> bool:
        return hasattr(self, "fingerprint_")

    @property
    def name(self) -> str:
        if not self.fitted:
            raise RuntimeError("fit the TfidfSvd first: its name includes the corpus fingerprint")
        return f"{self.label}:{self.fingerprint_}"

    def key_for(self, texts: Sequence[str]) -> str:
        """The name this backend will have once fitted on ``texts``."""
        return f"{self.label}:{self._fingerprint(texts)}"

    def _fingerprint(self, texts: Sequence[str]) -> str:
        digest = hashlib.sha256(
            repr(
                (self.dim, self.min_df, self.seed, self.language, tuple(self.ngram_range))
            ).encode()
        )
        for text in texts:
            digest.update(text.encode() if isinstance(text, str) else "\x1f".join(text).encode())
            digest.update(b"\x00")
        return digest.hexdigest()[:12]

    def fit(self, texts: Sequence[str]) -> TfidfSvd:
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer

        from ..nlp import stop_words

        texts = list(texts)
        stops = sorted(stop_words(self.language))
        tfidf = None
        for min_df in dict.fromkeys((self.min_df, 1)):  # a tiny corpus may have no term twice
            try:
                tfidf = TfidfVectorizer(
                    min_df=min_df,
                    stop_words=stops,
                    sublinear_tf=True,
                    ngram_range=tuple(self.ngram_range),
                    token_pattern=r"(?u)\b\w\w+\b",
                )
                terms = tfidf.fit_transform(texts)
                break
            except ValueError:
                tfidf = None
        if tfidf is None:
            raise InputError(None, "no words left to embed (empty texts or only stop words)")
        components = min(self.dim, terms.shape[1] - 1, terms.shape[0] - 1)
        self.svd_ = None
        if components >= 2:
            self.svd_ = TruncatedSVD(n_components=components, random_state=self.seed).fit(terms)
        self.vectorizer_ = tfidf
        self.fingerprint_ = self._fingerprint(texts)
        return self

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        if not self.fitted:
            raise RuntimeError("fit the TfidfSvd before transform")
        terms = self.vectorizer_.transform(list(texts))
        matrix = self.svd_.transform(terms) if self.svd_ is not None else terms.toarray()
        return normalise(matrix)


class SentenceTransformerBackend:
    """A local sentence-transformers model, on CUDA when available; never downloads.

    ``model_name_or_path`` is a folder with the model, or a hub name (a bare name means
    ``sentence-transformers/<name>``) already in the local Hugging Face cache. A missing
    model raises InputError at once, before torch is imported.
    """

    input = "text"
    fitted = True

    def __init__(
        self, model_name_or_path: str | Path, device: str | None = None, batch_size: int = 64
    ):
        self.model_name_or_path = str(model_name_or_path)
        self.device = device
        self.batch_size = batch_size
        self.path_ = _resolve_model(self.model_name_or_path)

    @property
    def label(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """``st:<folder name>:<12 hex of its weight and config files>``: the same folder
        name with other weights is another model."""
        return f"st:{self.path_.name}:{_folder_fingerprint(self.path_)}"

    def fit(self, texts: Sequence[str]) -> SentenceTransformerBackend:
        return self

    def _model(self):
        if not hasattr(self, "model_"):
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            import torch
            from sentence_transformers import SentenceTransformer

            device = self.device or ("cuda" if torch.cuda.is_available() else "cpu")
            try:
                self.model_ = SentenceTransformer(
                    str(self.path_), device=device, local_files_only=True
                )
            except Exception as error:  # a broken folder: one clear line, not a traceback
                raise InputError(
                    self.model_name_or_path, f"cannot load the embedding model: {error}"
                ) from None
            self.device_ = device
        return self.model_

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._model().encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return normalise(vectors)


_FINGERPRINTS: dict[tuple, str] = {}


def _folder_fingerprint(folder: Path) -> str:
    """A hash of a model folder's files that hold weights, vocabulary or configuration
    (cached while their names, sizes and modification times stay the same)."""
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix in {".json", ".safetensors", ".bin", ".txt"}
    )
    state = tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files)
    if state not in _FINGERPRINTS:
        digest = hashlib.sha256()
        for path in files:
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
        _FINGERPRINTS[state] = digest.hexdigest()[:12]
    return _FINGERPRINTS[state]


def _resolve_model(name: str) -> Path:
    """A local folder with the model: the path itself, or the cached hub snapshot."""
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
            raise InputError(
                name, "not a sentence-transformers model folder (no modules.json or config.json)"
            )
        return path
    looks_like_path = (
        path.is_absolute()
        or name.startswith((".", "~"))
        or name.count("/") > 1
        or os.sep in name
        and os.sep != "/"
    )
    if not looks_like_path:
        try:
            from huggingface_hub import snapshot_download

            repo = name if "/" in name else f"sentence-transformers/{name}"
            return Path(snapshot_download(repo, local_files_only=True))
        except Exception:
            pass
    raise InputError(
        name,
        "embedding model not found locally (models are never downloaded "
        "here): give the folder of a sentence-transformers model",
    )


def embed(
    core: Core, backend: Backend, unit: str = "answers", *, batch: int = BATCH
) -> tuple[list[int], np.ndarray]:
    """Vectors of every segment of ``unit``: computes and stores only the missing ones.

    Each batch is one ``embed`` event (one transaction), so an interrupted run keeps what it
    stored. An unfitted corpus-dependent backend is fitted on these units first (unless all
    their vectors under the resulting key are stored already).
    """
    ids, key = _embed(core, backend, unit, batch)
    return ids, sql.vectors(core.db, key, ids)


def store(core: Core, backend: Backend, unit: str = "answers") -> dict:
    """:func:`embed` without reading the vectors back: what the ``embed`` command reports
    (the model key, the units, how many were computed now, the dimensions)."""
    before = sql.embedded_ids(core.db, model_key(backend, core, unit))
    ids, key = _embed(core, backend, unit, BATCH)
    dims = sql.vectors(core.db, key, ids[:1]).shape[1]
    computed = len(set(ids) - before)
    return {
        "model": key,
        "unit": unit_name(unit),
        "units": len(ids),
        "computed": computed,
        "dims": int(dims),
    }


def _inputs(backend: Backend, rows: Sequence[tuple[int, str, str | None]]) -> list:
    """What the backend reads per unit: the text, the stored lemmas, or both as pairs."""
    if backend.input == "lemmas":
        return [lemmas if lemmas else text.lower() for _, text, lemmas in rows]
    if backend.input == "both":
        return [(text, lemmas if lemmas else text.lower()) for _, text, lemmas in rows]
    return [text for _, text, _ in rows]


def model_key(backend: Backend, core: Core, unit: str) -> str:
    """The key the vectors of ``unit`` are stored under with this backend."""
    if backend.fitted:
        return backend.name
    rows = sql.unit_inputs(core.db, kinds(unit))
    return backend.key_for(_inputs(backend, rows))  # type: ignore[attr-defined]


def ensure_fitted(core: Core, backend: Backend, unit: str) -> Backend:
    """Fit an unfitted backend on the units' inputs (what :func:`embed` would fit it on)."""
    if not backend.fitted:
        backend.fit(_inputs(backend, sql.unit_inputs(core.db, kinds(unit))))
    return backend


def _embed(core: Core, backend: Backend, unit: str, batch: int) -> tuple[list[int], str]:
    rows = sql.unit_inputs(core.db, kinds(unit))
    if not rows:
        raise InputError(None, f"no {unit} to embed (import and segment first)")
    inputs = _inputs(backend, rows)
    key = backend.name if backend.fitted else backend.key_for(inputs)  # type: ignore[attr-defined]
    stored = sql.embedded_ids(core.db, key)
    missing = [k for k, row in enumerate(rows) if row[0] not in stored]
    if missing and not backend.fitted:
        backend.fit(inputs)
        key = backend.name
    for start in range(0, len(missing), batch):
        chunk = missing[start : start + batch]
        matrix = backend.transform([inputs[k] for k in chunk])
        ids = [rows[k][0] for k in chunk]
        with core.write("embed", key) as payload:
            sql.add_embeddings(core.db, key, ids, matrix)
            payload.update(
                model=key, unit=unit_name(unit), segments=len(ids), dim=int(matrix.shape[1])
            )
    return [row[0] for row in rows], key
