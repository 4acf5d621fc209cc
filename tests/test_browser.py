"""End to end in a real browser: Debian's chromium, driven by Playwright, against the app
served by ``streamlit run`` on the demo project."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(demo_copy: Path, tmp_path: Path):
    port = free_port()
    log = (tmp_path / "streamlit.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless",
         "true", "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false", "--", str(demo_copy)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "DUIDING_USER": "e2e"},
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
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture
def page():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: scripts/setup.sh should have installed it")
        pytest.skip("Debian chromium not installed (run scripts/setup.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROMIUM_ARGS)
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
