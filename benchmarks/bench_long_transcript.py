"""The Code page on a long focus-group transcript (default 500 turns, most of them short:
"Ja.", "Mm-hm."), in a real browser (Debian chromium through Playwright) and with AppTest.

Figures, each the median of --repeat runs:

- AppTest: the Code page script with the transcript open in "Whole units" mode (the server's
  share of a render);
- browser, "Whole units" mode: time from choosing the transcript until its first page of
  units is drawn and the app is idle; the page's height (px, at 1400x1000) and its number
  of buttons;
- browser, "Select text" mode: time from choosing the mode until all turns are in the span
  coder; height and buttons.

    .venv/bin/python benchmarks/bench_long_transcript.py [--turns 500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from playwright.sync_api import sync_playwright  # noqa: E402
from test_browser_coder import long_transcript  # noqa: E402

from workbench import Project  # noqa: E402
from conftest import app_on, open_page, with_starter  # noqa: E402
from test_browser import CHROMIUM, CHROMIUM_ARGS, serve, wait_idle  # noqa: E402

HEIGHT = """() => Math.max(document.scrollingElement.scrollHeight,
  ...Array.from(document.querySelectorAll('[data-testid="stMain"], section'))
    .map((e) => e.scrollHeight))"""
BUTTONS = "() => document.querySelectorAll('button').length"


def build(folder: Path, turns: int) -> Path:
    path = folder / "long.db"
    source = folder / "sessie.txt"
    source.write_text(long_transcript(turns, turns // 2, "Zaandijk"), encoding="utf-8")
    with Project.create(path, user="bench") as project:
        project.import_transcript(source, group="uitvoering")
        project.segment()
        with_starter(project)
    return path


def apptest(path: Path, repeat: int) -> float:
    at = open_page(app_on(path, coder="bench"), "ui/code_page.py")
    at.radio(key="code_kind").set_value("transcript").run()
    assert not at.exception, at.exception
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - started)
    assert not at.exception, at.exception
    return statistics.median(times)


def browser(path: Path, folder: Path, turns: int, repeat: int) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {}
    with serve(path, folder) as url, sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        for _ in range(repeat):
            page = chromium.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{url}/code")
            page.get_by_text("Transcripten").first.wait_for(timeout=120_000)
            wait_idle(page)
            started = time.perf_counter()
            page.get_by_text("Transcripten").first.click()
            page.locator("[class*='st-key-unit-']").nth(24).wait_for(timeout=120_000)
            wait_idle(page, 500)
            figures.setdefault("units_s", []).append(time.perf_counter() - started - 0.5)
            figures.setdefault("units_px", []).append(page.evaluate(HEIGHT))
            figures.setdefault("units_buttons", []).append(page.evaluate(BUTTONS))
            started = time.perf_counter()
            page.get_by_text("Tekst selecteren").click()
            page.wait_for_function(
                f"() => document.querySelectorAll('.dtc-unit').length === {turns}",
                timeout=120_000,
            )
            wait_idle(page, 500)
            figures.setdefault("spans_s", []).append(time.perf_counter() - started - 0.5)
            figures.setdefault("spans_px", []).append(page.evaluate(HEIGHT))
            figures.setdefault("spans_buttons", []).append(page.evaluate(BUTTONS))
            page.close()
        chromium.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="duiding-bench-long-"))
    path = build(folder, args.turns)
    print(f"{args.turns} turns; AppTest Code page run: {apptest(path, args.repeat) * 1000:.0f} ms")
    figures = browser(path, folder, args.turns, args.repeat)
    for name, values in figures.items():
        value = statistics.median(values)
        shown = f"{value:.2f} s" if name.endswith("_s") else f"{value:.0f}"
        print(f"{name}: {shown}  (runs: {', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()
