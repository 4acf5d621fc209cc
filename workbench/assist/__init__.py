"""Models that assist coders: embeddings of segments and code suggestions.

Importing this package loads no model library; torch, sentence_transformers and
scikit-learn are imported inside the functions that need them.
"""

from .embeddings import Backend, SentenceTransformerBackend, TfidfSvd, embed
from .suggest import accept, queue, reject, suggest

__all__ = ["Backend", "SentenceTransformerBackend", "TfidfSvd", "accept", "embed", "queue",
           "reject", "suggest"]
