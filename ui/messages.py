"""The API's most common refusals and empty states in the UI's language.

The API words its errors in English (they name files, rows and values in one line, for the
CLI and logs alike). The UI shows the common ones in Dutch through this mapping: a pattern
of the English message and the UI string that says it, its parts (names, numbers from the
data) carried over as they are. A message without a pattern is shown as the API wrote it.
"""

from __future__ import annotations

import re

from ui.i18n import STRINGS, translate
from workbench import InputError, PermissionDenied

# (pattern of an InputError's problem, UI string key); named groups fill the string
PROBLEMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"the project has no respondents: import a survey first"), "msg_no_respondents"),
    (re.compile(r"the codebook is empty: nothing to suggest"), "msg_codebook_empty"),
    (re.compile(r"no (?P<unit>\w+) (?:to embed )?\(import and segment first\)"), "msg_no_units"),
    (re.compile(r"no (?P<unit>\w+) segments to sample from"), "msg_no_units"),
    (
        re.compile(r"code (?P<code>'.*') already exists \(change it with update\)"),
        "msg_code_exists",
    ),
    (re.compile(r"no LLM model is set: .*"), "msg_no_llm_model"),
    (re.compile(r"no survey variable (?P<variable>'.*?')(?: .*)?"), "msg_no_variable"),
    (re.compile(r"no double-coding sample named (?P<sample>'.*')"), "msg_no_sample"),
]
ROLES = ("owner", "coder", "viewer")
REFUSED = re.compile(r"(?P<what>.+) \((?P<roles>.+) may\)")  # workbench.events.refusal
PLACES = (("row", "msg_row"), ("line", "msg_line"))


def localised(error: Exception | str, language: str) -> str:
    """``error`` as the UI shows it in ``language``: a common refusal or empty state in
    that language, anything else as the API wrote it."""
    if language == "en" or not isinstance(error, (InputError, PermissionDenied)):
        return str(error)
    if isinstance(error, PermissionDenied):
        return _permission(error, language)
    problem = " ".join(error.problem.split())
    for pattern, key in PROBLEMS:
        found = pattern.fullmatch(problem)
        if found:
            parts = [error.file] if error.file else []
            for name, label in PLACES:
                if getattr(error, name) is not None:
                    parts.append(f"{translate(label, language)} {getattr(error, name)}")
            values = {
                name: translate(value, language).lower()
                if name == "unit" and value in STRINGS
                else value
                for name, value in found.groupdict().items()
            }
            text = translate(key, language).format(**values)
            return ": ".join([*parts, text])
    return str(error)


def _permission(error: PermissionDenied, language: str) -> str:
    """``'ann' (lezer) mag 'code' niet doen (alleen codeurs en eigenaren mogen dat)``."""
    role = translate(f"role_{error.role}", language) if error.role in ROLES else None
    who = f"{error.user!r} ({role or translate('msg_not_member', language)})"
    found = REFUSED.fullmatch(error.refused)
    if found is None:
        if f"msg_read_{error.refused}" not in STRINGS:
            return str(error)
        what = translate(f"msg_read_{error.refused}", language)
        return translate("msg_refused_plain", language).format(
            project=error.project, who=who, what=what
        )
    what = found["what"]
    if what.startswith("do '"):
        what = translate("msg_do", language).format(action=what[3:])
    elif f"msg_read_{what}" in STRINGS:
        what = translate(f"msg_read_{what}", language)
    roles = f" {translate('msg_and', language)} ".join(
        translate(f"msg_roles_{r}", language) for r in found["roles"].split(" and ")
    )
    return translate("msg_refused", language).format(
        project=error.project, who=who, what=what, roles=roles
    )
