"""In a real browser (Debian chromium through Playwright): the Retrieve page plays a coded
focus-group turn from its linked recording, starting at the turn's first cue and pausing
at the end of its last cue."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import Project
from conftest import with_starter, write
from media_helpers import VTT, sine_wav
from test_browser import page, serve, shot  # noqa: F401  (page)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CODE = "Vormen/Opmerkingen en grappen"


def test_a_coded_turn_plays_from_its_cue_and_stops_at_its_end(tmp_path: Path, page):
    path = tmp_path / "fg.db"
    with Project.create(path, user="lead") as project:
        project.import_transcript(write(tmp_path, "uitvoering.vtt", VTT), group="uitvoering")
        project.segment()
        with_starter(project)
        project.link_media("uitvoering", sine_wav(tmp_path / "opname.wav", 15))
        [doc] = project.documents(kind="transcript")
        fatima = [u for u in project.segments(doc["id"], kind="turn") if u["speaker"] == "Fatima"]
        project.coding.code_segment(fatima[0]["id"], CODE)
    with serve(path, tmp_path) as url:
        page.goto(f"{url}/retrieve")
        button = page.get_by_role("button", name="Afspelen vanaf")
        button.wait_for(timeout=60_000)
        button.click()
        page.locator("audio").wait_for(state="attached", timeout=30_000)
        # the recording is served and the player starts at the turn's start (4.6 s, floored)
        page.wait_for_function(
            "() => { const a = document.querySelector('audio');"
            " return a && a.readyState >= 1 && a.currentTime >= 4; }",
            timeout=30_000,
        )
        start = page.evaluate("document.querySelector('audio').currentTime")
        assert 4 <= start < 6  # it autoplays: a moment may have passed
        assert page.evaluate("document.querySelector('audio').duration") == pytest.approx(15)
        # it pauses at the turn's end (9.8 s, rounded up), not at the recording's end
        page.evaluate(  # should the browser hold back autoplay: muted play needs no gesture
            "() => { const a = document.querySelector('audio');"
            " if (a.paused && a.currentTime < 9.9) { a.muted = true; a.play(); } }"
        )
        page.wait_for_function(
            "() => { const a = document.querySelector('audio');"
            " return a.paused && a.currentTime >= 9.9; }",
            timeout=30_000,
        )
        at = page.evaluate("document.querySelector('audio').currentTime")
        shot(page, tmp_path, "retrieve-media")
    assert 9.9 <= at < 11.5
