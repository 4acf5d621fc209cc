"""Two coders in two browsers at once, in Debian's chromium against one team server: both
signed in with local accounts, both coders in an open (blind) double-coding sample, both
code the same document. Each sees only their own coding on the page, the project file
attributes each coding to the person signed in, and a viewer signed in meanwhile gets
Browse only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench import Project
from workbench.accounts import Accounts
from conftest import write_csv
from test_browser import CHROMIUM, CHROMIUM_ARGS, wait_idle
from test_browser_signin import (
    CODE,
    PASSWORD,
    choose_project,
    code_first_answer,
    serve_team,
    sign_in,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CARL, DANA, VERA = "carl", "dana", "vera"


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: scripts/setup.sh should have installed it")
        pytest.skip("Debian chromium not installed (run scripts/setup.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A projects folder: one team project (lead owns it; carl and dana code, vera views)
    whose three answers are all in the double-coding sample 'dubbel' of carl and dana, and a
    local account for each of the three."""
    root = tmp_path / "projects"
    root.mkdir()
    with Project.create(root / "studie.db", user="lead") as project:
        survey = write_csv(
            tmp_path / "survey.csv",
            [
                "id,stratum,w,q",
                "R1,a,1.5,Collega's maakten grappen over mijn naam tijdens de lunch.",
                "R2,a,1.5,Mijn leidinggevende nam mijn klacht niet serieus.",
                "R3,b,2.0,Ik heb niets vervelends meegemaakt dit jaar.",
            ],
        )
        project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
        project.segment()
        project.codebook.add(CODE, color="#e6194b")
        project.coding.assign_sample([CARL, DANA], 3, seed=0, sample="dubbel")
        project.members.add("lead", role="owner")
        project.members.add(CARL, role="coder")
        project.members.add(DANA, role="coder")
        project.members.add(VERA, role="viewer")
    with Accounts(root) as accounts:
        for name in (CARL, DANA, VERA):
            accounts.add(name, PASSWORD)
    return root


def _main_html(page) -> str:
    """The page's main area as sent (the tooltips of coded passages name code and coder)."""
    return page.locator("[data-testid='stMain']").inner_html()


def _reopen_code_page(page) -> None:
    """Away to another page and back, inside the app (a reload is a new session)."""
    wait_idle(page)
    page.get_by_role("link", name="Documenten", exact=True).click()
    wait_idle(page)
    page.get_by_role("link", name="Coderen", exact=True).click()
    page.locator("[class*='st-key-apply-'] button").first.wait_for(timeout=60_000)
    wait_idle(page)


def test_two_coders_at_once_each_see_only_their_own_work(folder, tmp_path, browser):
    with serve_team(folder, tmp_path) as (url, _):
        pages = {}
        for name in (CARL, DANA):  # two browser contexts: two sessions, signed in at once
            page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
            page.goto(url)
            page.get_by_role("heading", name="Inloggen").wait_for(timeout=60_000)
            sign_in(page, name, PASSWORD)
            page.get_by_text(f"Ingelogd als {name}").wait_for(timeout=60_000)
            choose_project(page, "studie")
            pages[name] = page
        code_first_answer(pages[CARL])
        code_first_answer(pages[DANA])  # the same unit, coded after carl
        for me, other in ((CARL, DANA), (DANA, CARL)):
            _reopen_code_page(pages[me])
            main = _main_html(pages[me])
            assert f"{CODE} ({me})" in main  # their own coding alone (not "(carl, dana)")
            assert other not in main, f"{me} sees {other}'s work on a blind unit"
            pages[me].get_by_text("Coderingen in dit document (1)").wait_for(timeout=30_000)
        with Project.open(folder / "studie.db", user="lead") as project:
            made = project.coding.codings()
            events = [e for e in project.events(100) if e["action"] == "code"]
        assert sorted(c["coder"] for c in made) == [CARL, DANA]
        assert len({(c["document_id"], c["start"], c["end"]) for c in made}) == 1
        assert sorted(e["actor"] for e in events) == [CARL, DANA]
        # a viewer signed in meanwhile: Browse only
        viewer = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        viewer.goto(url)
        viewer.get_by_role("heading", name="Inloggen").wait_for(timeout=60_000)
        sign_in(viewer, VERA, PASSWORD)
        viewer.get_by_text(f"Ingelogd als {VERA}").wait_for(timeout=60_000)
        wait_idle(viewer)
        viewer.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").last.click()
        viewer.get_by_role("option", name="studie", exact=True).click()
        viewer.get_by_role("heading", name="Verkennen").first.wait_for(timeout=60_000)
        wait_idle(viewer)
        assert not viewer.get_by_role("link", name="Coderen", exact=True).count()
        assert not viewer.get_by_role("link", name="Documenten", exact=True).count()
        assert CARL not in _main_html(viewer) and DANA not in _main_html(viewer)
