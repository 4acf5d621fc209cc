"""How fast the app opens and renders each page, in a real browser (Debian chromium).

Starts the server as run.sh does (``python -m ui.serve -- PROJECT``, headless), and times:
- from starting the server process to its health check answering, and to the first page
  (the Project page) rendered in the browser;
- the first render of every other page, reached through the sidebar as a user would
  (from the click to the script run finished and the page's content shown);
- which heavy libraries the server process has loaded after each page (read from
  /proc/PID/maps: their compiled extensions are mapped when imported).

Each run uses a fresh server (nothing imported, caches empty) and a fresh browser.

    .venv/bin/python benchmarks/bench_app.py [--project demo.db] [--answers 100000] [--runs 3]

Without --project the demo is built into a temporary folder; --answers N builds the scaled
survey of bench_import (N answers, segmented) instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

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
PAGES = [
    "documents",
    "search",
    "codebook",
    "code",
    "samples",
    "suggestions",
    "topics",
    "retrieve",
    "agreement",
    "mixed",
    "matrices",
    "browse",
    "export",
]
HEAVY = [
    "torch",
    "sentence_transformers",
    "bertopic",
    "umap",
    "hdbscan",
    "sklearn",
    "matplotlib",
    "spacy",
    "thinc",
    "scipy",
    "numba",
    "statsmodels",
    "docx",
    "lxml",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def loaded(pid: int) -> set[str]:
    """Which HEAVY packages have a compiled extension mapped in the process."""
    try:
        maps = Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return set()
    return {
        name
        for name in HEAVY
        if f"/site-packages/{name}/" in maps or f"/site-packages/{name}.libs/" in maps
    }


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds the process has used (load on a shared machine stretches
    wall time; this is what the server itself spent)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_idle(page, started: float, timeout: float = 120) -> float:
    """Seconds from ``started`` until the app's script run is over and nothing is stale."""
    page.wait_for_function(
        "() => { const app = document.querySelector('[data-testid=\"stApp\"]');"
        " return app && app.dataset.testScriptState === 'notRunning'"
        " && !document.querySelector('[data-stale=\"true\"]'); }",
        timeout=timeout * 1000,
        polling=10,
    )
    return time.perf_counter() - started


# the page's full height in CSS pixels: Streamlit scrolls its main area, not the document
HEIGHT = (
    "() => { const main = document.querySelector('[data-testid=\"stMain\"]');"
    " return main ? main.scrollHeight : document.documentElement.scrollHeight; }"
)


def one_run(project: Path, log: Path, root: Path = ROOT) -> dict:
    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    result: dict = {"pages": {}, "heavy": {}, "heights": {}}
    with sync_playwright() as playwright:  # the browser is up before the server starts
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        started = time.perf_counter()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ui.serve",
                "--server.headless",
                "true",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--browser.gatherUsageStats",
                "false",
                "--server.fileWatcherType",
                "none",
                "--",
                str(project),
            ],
            cwd=root,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
            env={**os.environ, "DUIDING_USER": "bench"},
        )
        try:
            while True:
                try:
                    urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
                    break
                except OSError as error:
                    if server.poll() is not None or time.perf_counter() - started > 60:
                        raise SystemExit("streamlit did not start: " + log.read_text()) from error
                    time.sleep(0.02)
            result["health"] = time.perf_counter() - started
            result["heavy"]["(started)"] = loaded(server.pid)
            page.goto(url)
            page.locator('[data-testid="stMetric"]').first.wait_for(timeout=120_000)
            result["first_page"] = wait_idle(page, started)
            result["cpu_first"] = cpu_seconds(server.pid)
            result["heavy"]["project"] = loaded(server.pid)
            more = page.locator('[data-testid="stSidebarNavViewButton"]')
            if more.count():  # "View more": the sidebar shows the first pages only
                more.first.click()
            for name in PAGES:
                link = page.locator(f'[data-testid="stSidebarNav"] a[href$="/{name}"]').first
                clicked = time.perf_counter()
                link.click()
                page.wait_for_url(f"**/{name}", timeout=60_000)
                result["pages"][name] = wait_idle(page, clicked)
                result["heights"][name] = page.evaluate(HEIGHT)
                result["heavy"][name] = loaded(server.pid)
            result["cpu_all"] = cpu_seconds(server.pid)
        finally:
            browser.close()
            server.terminate()
            server.wait(timeout=30)
    return result


def build_project(folder: Path, answers: int | None) -> Path:
    """The demo, or (``answers``) bench_ui's project: the scaled survey segmented, the
    starter codebook and 20,000 codings by two coders."""
    from workbench.demo import build_demo

    path = folder / "project.db"
    if answers is None:
        build_demo(path, user="bench").close()
        return path
    from bench_ui import build

    build(path, answers)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--project", type=Path)
    parser.add_argument("--answers", type=int)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the project built here, for reuse")
    parser.add_argument(
        "--compare",
        type=Path,
        help="another checkout of the app (e.g. `git worktree add /tmp/base main`): its server"
        " runs alternately with this one's, same project, same conditions",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="duiding-bench-app-"))
    project = args.project or build_project(folder, args.answers)
    if args.keep and not args.project:
        shutil.copy(project, args.keep)
    roots = {"this": ROOT, **({"compare": args.compare.resolve()} if args.compare else {})}
    every: dict[str, list[dict]] = {label: [] for label in roots}
    for run in range(1, args.runs + 1):
        for label, root in roots.items():
            copy = folder / f"run{run}.db"
            shutil.copy(project, copy)
            result = one_run(copy, folder / f"streamlit-{run}.log", root)
            copy.unlink()
            every[label].append(result)
            slowest = max(result["pages"], key=result["pages"].get)
            print(
                f"run {run} ({label}): health {result['health']:.2f} s, first page "
                f"{result['first_page']:.2f} s after the server process started "
                f"(server CPU {result['cpu_first']:.2f} s, {result['cpu_all']:.2f} s after "
                f"every page); slowest first render {slowest} {result['pages'][slowest]:.2f} s;"
                f" load average {os.getloadavg()[0]:.1f}"
            )
    for label, runs in every.items():
        if len(roots) > 1:
            print(f"\n== {label}: {roots[label]}")
        report(runs)
    shutil.rmtree(folder, ignore_errors=True)


def report(runs: list[dict]) -> None:
    print("\nfirst render per page (s): min / median / max over the runs")
    for name in ["(first page)", *PAGES, "server CPU, first page", "server CPU, all pages"]:
        key = {
            "(first page)": "first_page",
            "server CPU, first page": "cpu_first",
            "server CPU, all pages": "cpu_all",
        }.get(name)
        values = [r[key] for r in runs] if key else [r["pages"][name] for r in runs]
        print(
            f"  {name:<22} {min(values):5.2f} {statistics.median(values):5.2f} {max(values):5.2f}"
        )
    print("\npage height on first render (px, 1400 x 1000 window; median over the runs)")
    for name in PAGES:
        print(f"  {name:<22} {statistics.median(r['heights'][name] for r in runs):6.0f}")
    print("\nheavy libraries loaded in the server after each page (run 1):")
    seen: set[str] = set()
    for stage, names in runs[0]["heavy"].items():
        new = sorted(names - seen)
        seen |= names
        print(f"  {stage:<14} {', '.join(new) if new else '-'}")


if __name__ == "__main__":
    main()
