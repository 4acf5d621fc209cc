"""In a real browser (Debian chromium through Playwright): the span coder keeps the coder's
place in a long transcript when a code is applied far down (issue 15, "Select text" mode
jumped back to the top after each code)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from workbench import Project
from conftest import with_starter, write
from test_browser import page, select_in_piece, serve, shot, wait_for_notice, wait_idle  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPENINGS = [
    "Ja.",
    "Nee, dat klopt niet helemaal.",
    "Mm-hm.",
    "Dat herken ik wel, eerlijk gezegd.",
    "Bij ons op de afdeling werd daar nooit over gesproken.",
    "Mijn leidinggevende zei toen dat ik het niet zo zwaar moest opnemen.",
    "Precies.",
    "Ik heb het één keer gemeld bij de vertrouwenspersoon, maar daar kwam weinig van.",
    "Wat bedoel je daarmee?",
    "Collega's maakten grappen over mijn achternaam, week in week uit.",
]
SPEAKERS = ["Gespreksleider", "Deelnemer 1", "Deelnemer 2", "Sanne", "Mohamed", "Priya"]


def long_transcript(turns: int, marker_at: int, marker: str, seed: int = 7) -> str:
    """A focus-group transcript of ``turns`` turns, mostly short ("Ja.", "Mm-hm."), some
    long, with ``marker`` (a word found nowhere else) in turn ``marker_at``."""
    rng = random.Random(seed)
    lines = ["Focusgroep uitvoering, sessie 3", ""]
    for i in range(turns):
        speaker = SPEAKERS[i % len(SPEAKERS)] if i % 2 else SPEAKERS[0]
        text = " ".join(rng.choice(OPENINGS) for _ in range(rng.choice([1, 1, 1, 2, 4])))
        if i == marker_at:
            text = f"In {marker} ging het anders: daar sprak de teamleider het direct uit."
        lines.append(f"{speaker}: {text}")
    return "\n".join(lines) + "\n"


def turn_top(page, word: str) -> float:
    """Where the span coder's piece holding ``word`` is on screen (px from the viewport top)."""
    return page.evaluate(
        """(word) => {
      const piece = Array.from(document.querySelectorAll('.dtc-piece'))
        .find((p) => p.textContent.includes(word));
      return piece.getBoundingClientRect().top;
    }""",
        word,
    )


def test_span_coder_keeps_its_place_after_coding_far_down(tmp_path: Path, page):
    path = tmp_path / "fg.db"
    marker = "Zaandijk"
    with Project.create(path, user="lead") as project:
        text = long_transcript(240, 200, marker)
        project.import_transcript(write(tmp_path, "sessie3.txt", text), group="uitvoering")
        project.segment()
        with_starter(project)
    with serve(path, tmp_path) as url:
        page.goto(f"{url}/code")
        page.get_by_text("Transcripten").first.click(timeout=60_000)
        page.get_by_text("Tekst selecteren").click(timeout=60_000)
        page.locator(".dtc-piece").first.wait_for(timeout=60_000)
        wait_idle(page)
        # scroll the turn far down into view, as a reader would, in the page and the text
        page.evaluate(
            """(word) => {
          const piece = Array.from(document.querySelectorAll('.dtc-piece'))
            .find((p) => p.textContent.includes(word));
          piece.scrollIntoView({block: 'center'});
        }""",
            marker,
        )
        page.wait_for_timeout(300)
        before = turn_top(page, marker)
        assert 0 < before < 1000  # on screen
        select_in_piece(page, marker)
        page.keyboard.press("1")
        wait_for_notice(page, "Gecodeerd: Vormen/Opmerkingen en grappen")
        page.locator(".dtc-coded").first.wait_for(timeout=30_000)
        wait_idle(page)
        after = turn_top(page, marker)
        shot(page, tmp_path, "span-coder-place")
    with Project.open(path, user="check") as project:
        [coding] = project.coding.codings()
    assert coding["text"] == marker and coding["coder"] == "e2e"
    assert abs(after - before) < 40, f"the coded turn moved from {before:.0f} to {after:.0f} px"
