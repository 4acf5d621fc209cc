"""Every page, and every tab of it, on the demo as `bash run.sh` builds it and on a freshly
created empty project, in Dutch and in English: an empty state is a short note in the UI's
language, never an error box, an exception, or an API message in English."""

from __future__ import annotations

import re

import pytest

from ui.i18n import translate
from workbench import Project
from conftest import app_on

PAGES = (
    "project",
    "documents",
    "search",
    "codebook",
    "code",
    "samples",
    "suggest",
    "topics",
    "retrieve",
    "agreement",
    "mixed",
    "matrices",
    "browse",
    "export",
)
# keyed tab groups run only the open tab: each tab is opened in turn
TABS = {
    "agreement": ("agr_tab", ("agreement", "disagreements")),
    "browse": ("browse_tab", ("themes", "subgroups", "downloads")),
    "codebook": ("codebook_tab", ("add_code", "edit", "merge_split", "delete", "import_export")),
    "mixed": ("mixed_tab", ("joint_display", "estimates", "weights")),
    "matrices": ("mx_tab", ("mx_matrix", "mx_words")),
    "retrieve": ("ret_tab", ("passages", "table", "cooccurrence")),
    "samples": ("samples_tab", ("sample_status", "draw_sample", "extend_sample", "next_to_code")),
    "topics": (
        "topics_tab",
        ("topics", "topic_map", "topics_by_group", "outliers", "code_keywords"),
    ),
}
# words of the API's English messages that no Dutch note contains
ENGLISH = re.compile(r"\b(the|yet|first|there|no|not|none|found|needs?)\b")


def notes(at) -> list[str]:
    return [e.value for kind in ("info", "warning", "success") for e in getattr(at, kind)]


def problems(at, where: str, language: str) -> list[tuple[str, str]]:
    found = [(where, f"exception: {e.value}") for e in at.exception]
    found += [(where, f"error box: {e.value}") for e in at.error]
    if language == "nl":
        found += [(where, f"English: {n}") for n in notes(at) if ENGLISH.search(n)]
    return found


def walk(path, language: str) -> list[tuple[str, str]]:
    """Open every page and each of its tabs; returns the problems seen."""
    found = []
    for page in PAGES:
        at = app_on(path, language)
        at.run()
        at.switch_page(f"ui/{page}_page.py").run()
        found += problems(at, page, language)
        for label in TABS.get(page, (None, ()))[1]:
            at.session_state[TABS[page][0]] = translate(label, language)
            at.run()
            found += problems(at, f"{page}/{label}", language)
    return found


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("empty") / "leeg.db"
    Project.create(path, name="leeg", user="ann").close()
    return path


@pytest.mark.slow  # about 40 page views each
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_of_the_demo_shows_no_error(study_demo_file, language):
    assert walk(study_demo_file, language) == []


@pytest.mark.slow
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_of_an_empty_project_shows_notes_not_errors(empty_file, language):
    assert walk(empty_file, language) == []
