"""The three journeys of the study demo in a real browser (Debian chromium), in Dutch and in
English: a researcher codes and decides a dispute, a policy analyst browses themes, groups
and a joint display, an exporter downloads the report. Every page visited shows no error box
on the fresh demo, and the Dutch UI shows none of the project's English UI strings."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest

from ui.i18n import STRINGS, translate
from workbench import Project
from test_browser import click_until, page, serve, shot, wait_idle  # noqa: F401 (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
LANGUAGES = ["nl", "en"]
PLACEHOLDER = re.compile(r"\{[^}]*\}")
MARKUP = re.compile(r"[*_`#\[\]<>|]")


def english_only() -> dict[str, str]:
    """Literal pieces (12+ characters) of the English UI strings that differ from their Dutch
    and occur in no Dutch string, by key: one of them in the Dutch UI is an untranslated
    label. Pieces with Markdown or HTML are left out (the page shows them rendered)."""
    dutch = " ".join(translate(key, "nl") for key in STRINGS)
    found: dict[str, str] = {}
    for key in STRINGS:
        en, nl = translate(key, "en"), translate(key, "nl")
        if en == nl:
            continue
        for piece in PLACEHOLDER.split(en):
            piece = " ".join(piece.split()).strip(" .,:;()·-")
            if len(piece) >= 12 and not MARKUP.search(piece) and piece not in dutch:
                found[piece] = key
    return found


# Streamlit's own English words where the project can choose (a multiselect's placeholder,
# the folded page list): the project passes its own or avoids them
STREAMLIT_ENGLISH = {
    "Choose options": "multiselect placeholder",
    "Choose an option": "selectbox placeholder",
    "View more": "folded navigation",
    "View less": "folded navigation",
}
ENGLISH = {**english_only(), **STREAMLIT_ENGLISH}


def visible_text(page) -> str:
    """The page's text as the user reads it, with the placeholders of empty inputs (which
    ``inner_text`` leaves out)."""
    placeholders = page.evaluate(
        """() => Array.from(document.querySelectorAll('[placeholder]'))
            .filter((e) => !e.value).map((e) => e.getAttribute('placeholder'))"""
    )
    return " ".join(" ".join([page.inner_text("body"), *placeholders]).split())


def check_page(page, language: str, tmp_path: Path, name: str) -> None:
    """What the user sees: no exception or error box, and in Dutch no English UI string."""
    wait_idle(page)
    shot(page, tmp_path, f"journey-{name}-{language}")
    assert not page.locator("[data-testid='stException']").count(), name
    errors = page.locator("[data-testid='stAlertContentError']")
    assert not errors.count(), f"{name}: {errors.first.inner_text()}"
    if language == "nl":
        text = visible_text(page)
        leaks = {piece: key for piece, key in ENGLISH.items() if piece in text}
        assert not leaks, f"{name}: English UI strings in the Dutch UI: {leaks}"


def say(key: str, language: str) -> str:
    return translate(key, language)


def set_language(page, url: str, language: str) -> None:
    """Open the app and choose the UI language in the sidebar, as a user would."""
    page.goto(url)
    page.get_by_text("Taal / Language").first.wait_for(timeout=60_000)
    wait_idle(page)
    if language == "en":
        page.locator("[data-testid='stSelectbox']").filter(has_text="Taal / Language").click()
        page.get_by_role("option", name="English").click()
        page.get_by_text("Single-user mode", exact=False).first.wait_for(timeout=30_000)
        wait_idle(page)


def go(page, title: str) -> None:
    """Follow the sidebar link (a new page load would start a session in Dutch); past the
    first ten pages Streamlit folds the list under its "View more" button."""
    link = page.get_by_role("link", name=title, exact=True).first
    more = page.locator("[data-testid='stSidebarNavViewButton']")
    if not link.is_visible() and more.count():
        more.first.click()
    link.click()
    page.get_by_role("heading", name=title).first.wait_for(timeout=60_000)
    wait_idle(page)


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).first.click()
    wait_idle(page)


@pytest.fixture
def study_copy(study_demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "study.db"
    shutil.copy(study_demo_file, path)
    return path


def until(check, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.3)
    return True


@pytest.mark.parametrize("language", LANGUAGES)
def test_researcher_codes_the_queue_and_decides_a_dispute(study_copy, page, tmp_path, language):
    def mine() -> list[dict]:
        with Project.open(study_copy, user="check") as project:
            return project.coding.codings(coders=["e2e"])

    def reviewed(ids: list[int]) -> list[int]:
        with Project.open(study_copy, user="check") as project:
            return project.samples.reviewed(ids, coder="e2e")

    def consensus() -> int:
        with Project.open(study_copy, user="check") as project:
            return len(project.coding.codings(coders=["consensus"]))

    assert not mine()
    before = consensus()
    with serve(study_copy, tmp_path) as url:
        set_language(page, url, language)
        check_page(page, language, tmp_path, "project")
        go(page, say("page_code", language))
        page.get_by_text(say("coding_as", language).split("{")[0].strip()).first.wait_for()
        page.locator(".st-key-code_source").get_by_text(say("work_queue", language)).click()
        wait_idle(page)
        page.locator(".st-key-queue_source").get_by_text(say("queue_uncoded", language)).click()
        nothing = (
            page.locator(".st-key-queue_nothing button")
            .filter(has_text=say("nothing_applies", language).split("·")[0].strip())
            .first
        )
        nothing.wait_for(timeout=60_000)
        check_page(page, language, tmp_path, "code-queue")

        def shown_unit() -> int:
            box = page.locator("[class*='st-key-apply-']").first
            box.wait_for(timeout=60_000)
            key = next(c for c in box.get_attribute("class").split() if c.startswith("st-key-"))
            return int(key.rsplit("-", 1)[1])

        first = shown_unit()
        click_until(page, nothing, lambda: reviewed([first]) == [first])
        second = shown_unit()
        assert second != first  # the queue moved on to the next answer
        page.get_by_text(say("nothing_applies_notice", language)).first.wait_for(timeout=30_000)
        button = page.locator(f".st-key-apply-{second} button").first
        code_name = button.inner_text().strip().lstrip("＋+ ")
        click_until(page, button, lambda: any(c["segment_id"] == second for c in mine()))
        [coding] = [c for c in mine() if c["segment_id"] == second]
        with Project.open(study_copy, user="check") as project:
            assert project.codebook.get(coding["code_id"]).name == code_name
        check_page(page, language, tmp_path, "code-coded")

        go(page, say("page_agreement", language))
        open_tab(page, say("agreement", language))
        check_page(page, language, tmp_path, "agreement")
        open_tab(page, say("disagreements", language))
        # the first dispute nobody has decided yet (the demo decided some)
        decided = say("consensus_is", language).split("{")[0].strip()
        open_dispute = page.locator("[class*='st-key-dispute-']").filter(has_not_text=decided).first
        open_dispute.wait_for(timeout=60_000)
        key = next(
            c for c in open_dispute.get_attribute("class").split() if c.startswith("st-key-")
        )
        unit, code_id = (int(n) for n in key.split("-")[-2:])
        decide = open_dispute.get_by_role("button", name=say("decide_applied", language))
        check_page(page, language, tmp_path, "agreement-disputes")
        click_until(page, decide, lambda: consensus() == before + 1)
    assert consensus() == before + 1
    with Project.open(study_copy, user="check") as project:
        decisions = project.coding.codings(coders=["consensus"])
    assert [(c["segment_id"], c["code_id"]) for c in decisions].count((unit, code_id)) == 1
    # the work is the sidebar's coder's: e2e read one answer and coded another
    assert [c["segment_id"] for c in mine()] == [second]
    assert reviewed([first]) == [first]


@pytest.mark.parametrize("language", LANGUAGES)
def test_policy_analyst_browses_themes_groups_and_a_joint_display(
    study_copy, page, tmp_path, language
):
    with serve(study_copy, tmp_path) as url:
        set_language(page, url, language)
        go(page, say("page_mixed", language))
        open_tab(page, say("joint_display", language))
        page.get_by_text(say("prevalence", language)).first.wait_for(timeout=60_000)
        page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=60_000)
        check_page(page, language, tmp_path, "mixed")
    with serve(study_copy, tmp_path, DUIDING_MODE="browse") as url:
        set_language(page, url, language)
        page.get_by_role("heading", name=say("page_browse", language)).first.wait_for()
        assert page.get_by_role("link", name=say("page_code", language)).count() == 0
        open_tab(page, say("themes", language))
        definition = say("share_definition", language)[:40]
        page.get_by_text(definition).first.wait_for(timeout=60_000)
        interval = "BI" if language == "nl" else "CI"
        assert re.search(rf"\b{interval}\b", visible_text(page))
        check_page(page, language, tmp_path, "browse-themes")
        open_tab(page, say("subgroups", language))
        page.locator("[data-testid='stVegaLiteChart']").first.wait_for(timeout=60_000)
        check_page(page, language, tmp_path, "browse-subgroups")


REPORT_WORDS = {
    "nl": ("Methode", "Dubbel coderen en overeenstemming"),
    "en": ("Method", "Double coding and agreement"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_exporter_downloads_the_report_in_the_ui_language(study_copy, page, tmp_path, language):
    with serve(study_copy, tmp_path) as url:
        set_language(page, url, language)
        go(page, say("page_export", language))
        check_page(page, language, tmp_path, "export")
        page.get_by_text(say("kind_report", language)).first.click()
        wait_idle(page)
        page.get_by_role("button", name=say("prepare_export", language)).click()
        button = page.get_by_role("button", name=re.compile(r"\.html"))
        button.wait_for(timeout=180_000)
        check_page(page, language, tmp_path, "export-ready")
        with page.expect_download() as download:
            button.click()
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
    report = saved.read_text(encoding="utf-8")
    assert saved.suffix == ".html" and "data:image/png;base64," in report
    heading, section = REPORT_WORDS[language]
    other_heading, other_section = REPORT_WORDS["en" if language == "nl" else "nl"]
    assert re.search(rf">\s*{heading}\s*<", report) and section in report
    assert not re.search(rf">\s*{other_heading}\s*<", report) and other_section not in report
