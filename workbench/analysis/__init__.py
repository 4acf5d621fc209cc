"""Analyses over a project's coding: inter-coder agreement first.

Functions here take pandas DataFrames the caller has read from the project; they run no SQL
and load no UI. Heavy statistics libraries are imported inside the functions that need them.
"""

from .agreement import AgreementReport, CodeAgreement, agreement, disagreements

__all__ = ["AgreementReport", "CodeAgreement", "agreement", "disagreements"]
