"""End to end in a real browser: Debian's chromium, driven by Playwright, against the app
served by ``streamlit run`` on the demo project."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from workbench import Project
from conftest import ROOT, review_all, streamlit_command, write_csv

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(project: Path, tmp_path: Path, **env: str):
    """``streamlit run app.py -- project`` on a free port; yields the URL."""
    port = free_port()
    log = (tmp_path / "streamlit.log").open("w")
    process = subprocess.Popen(
        streamlit_command(port, "--", str(project)),
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "DUIDING_USER": "e2e", **env},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
            break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("streamlit did not start: " + (tmp_path / "streamlit.log").read_text())
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def server(demo_copy: Path, tmp_path: Path):
    with serve(demo_copy, tmp_path) as url:
        yield url


@pytest.fixture
def page():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: scripts/setup.sh should have installed it")
        pytest.skip("Debian chromium not installed (run scripts/setup.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser.new_page(viewport={"width": 1400, "height": 1000})
        browser.close()


def test_app_shows_the_demo_project_and_searches_it(server, page, tmp_path):
    page.goto(server)
    page.get_by_text("PER 2023 demo (fictional)").wait_for(timeout=60_000)
    page.get_by_text("4,481").wait_for(timeout=30_000)  # the respondents metric
    assert page.get_by_text("Respondenten").is_visible()
    page.screenshot(path=str(tmp_path / "project.png"), full_page=True)
    page.get_by_role("link", name="Zoeken").click()
    box = page.get_by_label("Zoekterm")
    box.fill("vertrouwenspersoon")
    box.press("Enter")
    page.locator("mark").first.wait_for(timeout=30_000)
    assert page.locator("mark").count() > 0
    page.screenshot(path=str(tmp_path / "search.png"), full_page=True)


SHOTS = Path("/tmp/duiding-shots")
FIRST_LEAF = "Vormen/Opmerkingen en grappen"


def shot(page, tmp_path: Path, name: str) -> None:
    """A full-page screenshot into tmp_path, and a copy to /tmp/duiding-shots to look at."""
    page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(tmp_path / f"{name}.png", SHOTS / f"{name}.png")


@pytest.fixture
def coding_server(demo_copy: Path, tmp_path: Path):
    """The demo with the starter codebook, and a double-coding sample for e2e and bob of
    which bob coded a few answers."""
    with Project.open(demo_copy, user="lead") as project:
        project.codebook.import_file(ROOT / "codebooks" / "per_racisme.yaml")
        sample = project.coding.assign_sample(
            ["e2e", "bob"], 6, unit="answer", seed=2, sample="dubbel"
        )
        for unit in sample["units"][:3]:
            project.coding.code_segment(unit, FIRST_LEAF, coder="bob")
        for unit in sample["units"][1:4]:
            project.coding.code_segment(unit, FIRST_LEAF, coder="e2e")
        # a third coder's work, so that the Browse page has themes above the threshold
        answers = project.documents(kind="answer", limit=200, offset=300)
        for i, doc in enumerate(answers[:60]):
            path = ("Vormen/Genegeerd of buitengesloten", "Gronden/Afkomst", "Actoren/Collega")[
                i % 3
            ]
            project.coding.code_segment(
                project.segments(doc["id"], kind="answer")[0]["id"], path, coder="carol"
            )
    with serve(demo_copy, tmp_path) as url:
        yield url, demo_copy


IDLE = """() => !document.querySelector(
    "[data-testid^='stStatusWidgetRunning'], [data-testid='stStatusWidgetNewYearsIcon']")"""


def wait_idle(page, quiet_ms: int = 1000) -> None:
    """Wait until the app has no script run in progress, and stays so for ``quiet_ms``: a
    click made while a rerun is still drawing the page can land on an element that is
    about to be replaced."""
    for _ in range(3):
        page.wait_for_function(IDLE, timeout=120_000)
        page.wait_for_timeout(quiet_ms)
        if page.evaluate(IDLE):
            return


def click_until(page, locator, done, tries: int = 3, seconds: float = 20, reopen=None) -> int:
    """Click ``locator`` (once the app is idle) until ``done()`` holds; returns how many
    clicks it took. On this shared 2-core machine a click made just as a rerun starts is
    now and then dropped by Streamlit's frontend, and a user would click again. Where the
    button is gone and nothing happened (the rerun showed another tab or lost the page),
    ``reopen()`` brings it back, as a user would (by loading the page again), before the
    next click. A failure says what the page showed last."""
    clicks = 0
    for _ in range(tries * 2):
        wait_idle(page)
        if done():
            return clicks
        if not locator.count() and reopen is not None:
            reopen()
            wait_idle(page)
        if locator.count():
            if clicks == tries:
                break
            locator.click()
            clicks += 1
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if done():
                return clicks
            page.wait_for_timeout(500)
    shown = page.inner_text("body")[:1500]
    raise AssertionError(f"nothing happened after {clicks} clicks; the page showed:\n{shown}")


def open_disputes(page, url: str):
    """Load the Agreement page afresh and open its Disagreements tab, as a user would after
    a page that lost its state; returns the first "Applied" decision button."""
    page.goto(f"{url}/agreement")
    page.get_by_role("heading", name="Overeenstemming").first.wait_for(timeout=60_000)
    wait_idle(page)
    page.get_by_role("tab", name="Verschillen").click(timeout=60_000)
    applied = page.get_by_role("button", name="✓ Toegepast").first
    applied.wait_for(timeout=60_000)
    return applied


def wait_for_notice(page, text: str) -> None:
    page.get_by_text(text).first.wait_for(timeout=30_000)


def select_in_piece(page, word: str) -> None:
    """Select ``word`` inside the span coder as a user would, by DOM range (UTF-16 offsets
    inside the text node, exactly what a mouse selection gives)."""
    page.evaluate(
        """(word) => {
      const pieces = Array.from(document.querySelectorAll('.dtc-piece'));
      const piece = pieces.find((p) => p.textContent.includes(word));
      const node = piece.firstChild, at = node.data.indexOf(word);
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + word.length);
      const selection = window.getSelection();
      selection.removeAllRanges(); selection.addRange(range);
      const root = document.querySelector('.dtc-root');
      root.focus();
      root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""",
        word,
    )


def test_code_page_codes_a_segment_by_clicking(coding_server, page, tmp_path):
    url, project_file = coding_server
    page.goto(f"{url}/code")
    button = page.locator("[class*='st-key-apply-'] button").first
    button.wait_for(timeout=60_000)
    key = [
        c
        for c in button.locator("xpath=ancestor::*[contains(@class, 'st-key-apply-')]")
        .first.get_attribute("class")
        .split()
        if c.startswith("st-key-apply-")
    ][0]
    unit_id = int(key.rsplit("-", 1)[1])
    assert "Opmerkingen en grappen" in button.inner_text()
    shot(page, tmp_path, "code-before")
    button.click()
    wait_for_notice(page, f"Gecodeerd: {FIRST_LEAF}")
    with Project.open(project_file, user="check") as project:
        mine = project.coding.codings(coders=["e2e"])
        [coding] = [c for c in mine if c["segment_id"] == unit_id]
        assert project.codebook.get(coding["code_id"]).path == FIRST_LEAF
    shot(page, tmp_path, "code")
    # the span coder: select a word, press 2 (the second code of the quick list)
    page.get_by_text("Tekst selecteren").click()
    page.locator(".dtc-piece").first.wait_for(timeout=30_000)
    text = page.locator(".dtc-text").inner_text()
    word = next(w for w in text.split() if len(w) > 5 and w.isalpha())
    select_in_piece(page, word)
    page.locator(".dtc-quick").first.wait_for(state="visible")
    page.keyboard.press("2")
    wait_for_notice(page, "Gecodeerd: Vormen/Genegeerd of buitengesloten")
    with Project.open(project_file, user="check") as project:
        spans = [c for c in project.coding.codings(coders=["e2e"]) if c["text"] == word]
        assert len(spans) == 1
        assert (
            project.codebook.get(spans[0]["code_id"]).path == "Vormen/Genegeerd of buitengesloten"
        )
    page.locator(".dtc-coded").first.wait_for(timeout=30_000)
    shot(page, tmp_path, "code-spans")
    page.get_by_role("button", name="Ongedaan maken").click()
    wait_for_notice(page, "Ongedaan gemaakt: code")
    with Project.open(project_file, user="check") as project:
        assert not [c for c in project.coding.codings(coders=["e2e"]) if c["text"] == word]


def test_span_offsets_count_code_points_not_utf16_units(tmp_path, page):
    """Emoji before the selection are two UTF-16 units in the browser but one character in
    the project: the coding must still cover exactly the selected word."""
    path = tmp_path / "emoji.db"
    with Project.create(path, user="lead") as project:
        survey = write_csv(
            tmp_path / "s.csv",
            [
                "id,stratum,w,q",
                "R1,a,1,👩🏽‍💼 Collega's 😀 maakten grappen over mijn naam. Ik zei niets.",
            ],
        )
        project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
        project.segment()
        project.codebook.add("Vormen/Grappen", color="#e6194b")
    with serve(path, tmp_path) as url:
        page.goto(f"{url}/code")
        page.get_by_text("Tekst selecteren").click()
        page.locator(".dtc-piece").first.wait_for(timeout=60_000)
        select_in_piece(page, "grappen")
        page.keyboard.press("1")
        wait_for_notice(page, "Gecodeerd: Vormen/Grappen")
        shot(page, tmp_path, "code-emoji")
    with Project.open(path, user="check") as project:
        [coding] = project.coding.codings()
    assert coding["text"] == "grappen" and coding["coder"] == "e2e"


def test_every_page_renders_in_the_browser(coding_server, page, tmp_path):
    url, project_file = coding_server
    for path, title, name in [
        ("codebook", "Codeboek", "codebook"),
        ("retrieve", "Ophalen", "retrieve"),
        ("agreement", "Overeenstemming", "agreement"),
        ("browse", "Verkennen", "browse"),
    ]:
        page.goto(f"{url}/{path}")
        page.get_by_role("heading", name=title).first.wait_for(timeout=60_000)
        page.wait_for_timeout(1500)
        assert not page.locator("[data-testid='stException']").count()
        shot(page, tmp_path, name)
    applied = open_disputes(page, url)

    def decided() -> int:
        with Project.open(project_file, user="check") as project:
            return len(project.coding.codings(coders=["consensus"]))

    # the decision lands in the project file (the toast that says so lasts a few seconds)
    click_until(page, applied, decided, reopen=lambda: open_disputes(page, url))
    shot(page, tmp_path, "agreement-disputes")
    assert decided() == 1


def test_browse_mode_shows_only_browse(demo_copy, page, tmp_path):
    with serve(demo_copy, tmp_path, DUIDING_MODE="browse") as url:
        page.goto(url)
        page.get_by_role("heading", name="Verkennen").first.wait_for(timeout=60_000)
        assert page.get_by_role("link", name="Coderen").count() == 0
        assert page.get_by_label("Projectbestand").is_disabled()
        shot(page, tmp_path, "browse-mode")


def test_report_is_exported_and_downloaded(coding_server, page, tmp_path):
    """The Export page in the browser: choose the report, prepare it, download it; the file
    the browser saves is the html report with its charts and method, in the UI's language."""
    url, project_file = coding_server
    with Project.open(project_file, user="ann") as project:
        review_all(project)  # ann has read every answer: the figures rest on all of them
    page.goto(f"{url}/export")
    page.get_by_role("heading", name="Exporteren").first.wait_for(timeout=60_000)
    page.get_by_text("Rapport met methode").first.click()
    page.wait_for_timeout(1000)
    page.get_by_role("button", name="Export maken").click()
    button = page.get_by_role("button", name="downloaden")
    button.wait_for(timeout=120_000)
    shot(page, tmp_path, "export")
    with page.expect_download() as download:
        button.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    report = saved.read_text(encoding="utf-8")
    assert saved.suffix == ".html" and "data:image/png;base64," in report
    # the Dutch UI writes the report in Dutch by default
    assert "Methode" in report and "Dubbel coderen en overeenstemming" in report


def wait_until(check, timeout: float = 60) -> bool:
    """Poll the project file until ``check()`` holds (writes land after the click)."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.3)
    return True


def test_draw_a_sample_and_review_its_answers_in_the_browser(tmp_path, page):
    """The Samples page draws a coding sample; the Code page serves its answers in the stored
    order, and "Klaar" records a review for the coder and moves on."""
    from sample_helpers import survey_project

    path = survey_project(tmp_path / "steekproef.db")

    def status():
        with Project.open(path, user="check") as project:
            found = project.samples.list()
            return found[0] if found else None

    with serve(path, tmp_path) as url:
        page.goto(f"{url}/samples")
        page.get_by_role("heading", name="Steekproeven").first.wait_for(timeout=60_000)
        page.get_by_role("tab", name="Steekproef trekken").click()
        page.locator(".st-key-draw_name input").fill("ronde 1")
        size = page.locator(".st-key-draw_size input")
        size.fill("20")
        size.press("Enter")
        page.wait_for_timeout(1000)
        page.get_by_role("button", name="Steekproef trekken").click()
        wait_for_notice(page, "Steekproef getrokken: 20 van 80 eenheden.")
        assert status()["drawn"] == 20
        shot(page, tmp_path, "samples")
        with Project.open(path, user="check") as project:
            order = project.samples.queue("ronde 1")
        page.get_by_role("tab", name="Stand").click()
        page.get_by_role("button", name="Deze steekproef coderen").click()
        done = page.get_by_role("button", name="Klaar: verder is niets van toepassing")
        done.wait_for(timeout=60_000)
        first = page.locator(f".st-key-apply-{order[0]} button").first
        first.wait_for(timeout=30_000)  # the sample's first answer in its stored order
        first.click()
        wait_for_notice(page, "Gecodeerd: Vormen/Opmerkingen en grappen")
        done.click()
        assert wait_until(lambda: status()["reviewed"] == 1)
        page.locator(f".st-key-apply-{order[1]} button").first.wait_for(timeout=30_000)
        page.get_by_text("Door u afgerond: 1 van 20 getrokken").wait_for(timeout=30_000)
        shot(page, tmp_path, "code-sample-queue")
        page.get_by_role("button", name="Ongedaan maken").click()
        assert wait_until(lambda: status()["reviewed"] == 0)
        page.locator(f".st-key-apply-{order[0]} button").first.wait_for(timeout=30_000)
    with Project.open(path, user="check") as project:
        [coding] = project.coding.codings()
    assert coding["segment_id"] == order[0] and coding["coder"] == "e2e"
