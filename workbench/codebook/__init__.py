"""The codebook: a versioned tree of codes, with YAML, CSV and REFI-QDA (.qdc) import and
export, and Markdown/Word documents for reports. Use it as ``project.codebook``."""

from ._codebook import Code, Codebook
from ..formats.codes import PALETTE

__all__ = ["Code", "Codebook", "PALETTE"]
