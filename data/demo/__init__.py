"""Generators for the fictional Duiding demo data (see data/README.md).

Everything produced here is invented: no real respondent, person, answer or focus group.
"""
