"""The codebook: a versioned tree of codes, with YAML, CSV and REFI-QDA (.qdc) import and
export, and Markdown/Word documents for reports. Use it as ``project.codebook``."""

from ..formats.codes import PALETTE
from ._codebook import Code, Codebook

__all__ = ["Code", "Codebook", "PALETTE"]
