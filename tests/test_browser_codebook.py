"""In a real browser (Debian chromium through Playwright): the order of sibling codes is
changed from the keyboard on the Codebook page (focus the ↓ button, press Enter), and the
project file and the tree follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import Project
from test_browser import page, serve, shot, wait_for_notice, wait_until  # noqa: F401  (page)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def top_level(path: Path) -> list[str]:
    with Project.open(path, user="check") as project:
        return [c.name for c in project.codebook.codes() if c.parent_id is None]


def test_siblings_are_reordered_from_the_keyboard(tmp_path, page):
    path = tmp_path / "volgorde.db"
    with Project.create(path, user="lead") as project:
        for code in ("Werkvloer", "Loopbaan", "Welzijn"):
            project.codebook.add(code)
        first = project.codebook.get("Werkvloer")
        version = project.codebook.version
    with serve(path, tmp_path) as url:
        page.goto(f"{url}/codebook")
        page.locator(".duiding-tree").wait_for(timeout=60_000)
        page.wait_for_timeout(1500)  # the first run done: a click now does not cut it short
        page.get_by_role("tab", name="Bewerken").click()
        page.get_by_text("Volgorde", exact=True).wait_for(timeout=30_000)
        page.wait_for_timeout(1500)  # let the tab's rerun finish before pressing a key
        up = page.locator(f".st-key-order_up_{first.id}_{version} button").first
        up.wait_for(timeout=30_000)
        assert up.is_disabled()  # the first code cannot go up
        down = page.locator(f".st-key-order_down_{first.id}_{version} button").first
        down.focus()
        assert page.evaluate("document.activeElement.getAttribute('kind')") == "secondary"
        page.keyboard.press("Enter")  # the keyboard, not the mouse
        wait_for_notice(page, "Volgorde gewijzigd: Werkvloer")
        assert wait_until(lambda: top_level(path) == ["Loopbaan", "Werkvloer", "Welzijn"])
        tree = page.locator(".duiding-tree").inner_text()
        assert tree.index("Loopbaan") < tree.index("Werkvloer") < tree.index("Welzijn")
        shot(page, tmp_path, "codebook-order")
