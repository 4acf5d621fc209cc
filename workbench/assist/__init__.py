"""Models that assist coders: embeddings of segments and code suggestions.

Importing this package loads no model library; torch, sentence_transformers and
scikit-learn are imported inside the functions that need them.
"""

from .embeddings import Backend, SentenceTransformerBackend, TfidfSvd, embed, make_backend
from .suggest import accept, queue, reject, suggest

__all__ = [
    "Backend",
    "SentenceTransformerBackend",
    "TfidfSvd",
    "accept",
    "embed",
    "make_backend",
    "queue",
    "reject",
    "suggest",
]
