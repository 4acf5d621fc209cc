"""Models that assist coders: embeddings of segments and code suggestions.

Importing this package loads no model library; torch, sentence_transformers and
scikit-learn are imported inside the functions that need them.
"""

from .embeddings import Backend, SentenceTransformerBackend, TfidfSvd, embed
from .models import MODELS, make_backend, models
from .neural import Hybrid, UseM3
from .suggest import accept, queue, reject, suggest

__all__ = [
    "MODELS",
    "Backend",
    "Hybrid",
    "UseM3",
    "models",
    "SentenceTransformerBackend",
    "TfidfSvd",
    "accept",
    "embed",
    "make_backend",
    "queue",
    "reject",
    "suggest",
]
