"""Every table the UI shows labels its columns in the UI's language: on every page and tab
of the mid-study demo in Dutch, no header is a raw field name of the API (``coded_speakers``,
``deff_kish``, ``coder``) and none is English; column labels live in ui/strings/columns.py."""

from __future__ import annotations

import re

import pytest
from test_app_empty_states import PAGES, TABS

from ui.i18n import translate
from ui.strings.columns import STRINGS as COLUMNS
from conftest import app_on

SNAKE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)+$")


def headers(at) -> list[str]:
    """The column headers of every dataframe and table the page shows."""
    found = []
    for element in [*at.dataframe, *at.table]:
        frame = element.value
        found += [str(c) for c in frame.columns]
        if frame.index.name:
            found.append(str(frame.index.name))
    return found


def walk(path, language: str) -> dict[str, list[str]]:
    """Every page and tab: the headers of its tables, by where they were seen."""
    seen: dict[str, list[str]] = {}
    for page in PAGES:
        at = app_on(path, language)
        at.run()
        at.switch_page(f"ui/{page}_page.py").run()
        assert not at.exception, (page, at.exception)
        seen[page] = headers(at)
        for label in TABS.get(page, (None, ()))[1]:
            at.session_state[TABS[page][0]] = translate(label, language)
            at.run()
            assert not at.exception, (page, label, at.exception)
            seen[f"{page}/{label}"] = headers(at)
    return seen


@pytest.mark.slow  # about 40 page views
def test_no_table_of_the_dutch_ui_shows_a_raw_or_english_column_name(study_demo_file):
    seen = walk(study_demo_file, "nl")
    english = {entry["en"] for key, entry in COLUMNS.items() if entry["en"] != entry["nl"]}
    raw = {key.removeprefix("col_") for key in COLUMNS}
    wrong = {
        where: [h for h in found if SNAKE.match(h) or h in raw or h in english]
        for where, found in seen.items()
    }
    assert {k: v for k, v in wrong.items() if v} == {}
    assert sum(len(found) for found in seen.values()) > 30  # the walk saw the tables


def test_every_column_label_has_dutch_and_english():
    for key, entry in COLUMNS.items():
        assert key.startswith("col_") and entry["nl"].strip() and entry["en"].strip(), key
