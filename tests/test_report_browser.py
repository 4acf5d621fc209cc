"""The html report in a real browser (Debian chromium through Playwright): the charts load,
and text from the data that looks like markup shows as text and runs nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.export.common import context
from workbench.export.report import write_report
from conftest import answers_project, review_all
from test_browser import page  # noqa: F401  (the chromium page fixture)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ATTACK = '<script>window.__ran = 1</script><img src=x onerror="window.__ran = 2">'


@pytest.fixture
def report(tmp_path: Path) -> Path:
    """A project whose quotes carry markup, reported as html (breakdown by group)."""
    rows = [f"A{i};s{i % 2};A;Ze zeiden {ATTACK} tegen mij." for i in range(20)]
    rows += [f"B{i};s{i % 2};B;Er werd gelachen om mijn naam." for i in range(12)]
    with answers_project(tmp_path / "p.db", "id;stratum;groep;antwoord", rows) as project:
        project.codebook.add("Thema")
        for doc in project.documents(kind="answer", limit=100):
            project.coding.code_segment(
                project.segments(doc["id"], kind="answer")[0]["id"], "Thema"
            )
        review_all(project)  # every answer read: the theme has a figure and quotes
        project.mixed.record_verdict("Thema", "diverge", f"Memo met {ATTACK}")
        write_report(
            context(project.core), tmp_path / "report.html", "html", by=["groep"], language="en"
        )
    return tmp_path / "report.html"


def test_report_images_load_and_no_script_runs(report, page, tmp_path):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    images = page.eval_on_selector_all(
        "img", "els => els.map(e => [e.complete, e.naturalWidth, e.alt])"
    )
    assert images and all(done and width > 0 and alt for done, width, alt in images)
    assert page.evaluate("window.__ran") is None
    assert page.locator("blockquote script, blockquote img, li script, p img").count() == 0
    body = page.inner_text("body")
    # shown literally, in the quotes and the memo (the redactor takes "img src" for a name,
    # so only the script part is compared whole)
    assert "<script>window.__ran = 1</script>" in body and 'onerror="window.__ran = 2">' in body
    assert "Tests of group differences" in body and "Privacy and small cells" in body
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 0
    assert not errors
