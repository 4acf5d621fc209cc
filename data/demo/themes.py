"""The demo's hidden themes, the theme ids templates imply, and the phrase pools per theme
(filled by the pools_* modules, in the order phrases.py imports them)."""

from __future__ import annotations

Entry = str | tuple[str, tuple[str, ...]]

THEMES: list[str] = [
    "form/remarks_jokes",
    "form/ignored_excluded",
    "form/bullied",
    "form/treated_differently",
    "form/disadvantaged",
    "form/rules_procedures",
    "form/culture",
    "ground/skin_colour",
    "ground/origin",
    "ground/religion",
    "actor/colleague",
    "actor/manager",
    "actor/citizen",
    "actor/organisation",
    "response/manager",
    "response/confidential_adviser",
    "response/integrity",
    "response/colleagues_involved",
    "response/formal_report",
    "response/nothing",
    "outcome/satisfied",
    "outcome/not_satisfied",
    "outcome/fear_of_consequences",
    "context/leadership",
    "context/norm_setting",
    "context/training",
    "context/bystander",
]

ORIGIN = ("ground/origin",)
RELIGION = ("ground/religion",)
SKIN = ("ground/skin_colour",)

POOLS: dict[str, dict[str, list[Entry]]] = {}
