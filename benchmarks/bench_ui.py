"""How fast the coding pages are on a 100,000-answer project, measured with AppTest.

Builds (or reuses, with --project) a project of the scaled demo survey (100,000 answers,
segmented), imports the starter codebook and 20,000 codings by two coders, then times in
one process, as a user meets them:

- Code page render: switching to the page (document picker + coding panel);
- coding action: clicking a segment's "+ code" button (writes a coding; the page reruns
  with the new data, so every cache keyed on the newest event id is recomputed);
- Retrieve page render: all passages of the code with the most codings, first after a
  change (cache miss) and then unchanged (cache hit).

Each figure is the median of --repeat runs (default 5); the first (cold) Code page render,
which fills the caches, is printed separately. AppTest runs the whole script for every
interaction (the browser reruns only the coding fragment), so these are upper bounds.

    .venv/bin/python benchmarks/bench_ui.py [--answers 100000] [--project bench_ui.db]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from workbench import Project  # noqa: E402
from bench_import import OPEN, scaled_survey  # noqa: E402

STARTER = ROOT / "codebooks" / "per_racisme.yaml"
CODINGS = 20_000


def build(path: Path, answers: int) -> None:
    """The scaled survey, segmented, with the starter codebook and two coders' codings."""
    folder = Path(tempfile.mkdtemp(prefix="duiding-bench-ui-"))
    survey = folder / "survey.csv"
    scaled_survey(survey, answers)
    started = time.perf_counter()
    with Project.create(path, user="bench") as project:
        project.import_survey(
            survey, id="respondent_id", stratum="stratum", weight="weight", open=[OPEN]
        )
        project.segment()
        project.codebook.import_file(STARTER)
        leaves = [c.path for c in project.codebook.codes() if "/" in c.path]
        rows, offset = [], 0
        while len(rows) < CODINGS:
            for doc in project.documents(kind="answer", limit=5000, offset=offset):
                [unit] = project.segments(doc["id"], kind="answer")
                rows.append(
                    {
                        "segment": unit["id"],
                        "code": leaves[len(rows) % 7],
                        "coder": ("ann", "bob")[len(rows) % 2],
                    }
                )
                if len(rows) >= CODINGS:
                    break
            offset += 5000
        table = folder / "codings.csv"
        with table.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=["segment", "code", "coder"])
            writer.writeheader()
            writer.writerows(rows)
        project.coding.import_file(table)
    print(f"built {path} in {time.perf_counter() - started:.1f} s")


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--project", type=Path, help="reuse this project file (built if missing)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = args.project or Path(tempfile.mkdtemp(prefix="duiding-bench-ui-")) / "bench.db"
    if not path.exists():
        build(path, args.answers)
    with Project.open(path, user="bench") as project:
        counts = project.info()["counts"]
        coded = project.codebook.coding_counts()
        first_page = [d["id"] for d in project.documents(kind="answer", limit=25)]
    busiest = max(coded, key=coded.get)
    print(
        f"project: {counts['answers']:,} answers, {counts['segments']:,} segments, "
        f"{counts['codings']:,} codings, {len(coded)} codes; retrieving {busiest!r} "
        f"({coded[busiest]:,} codings)"
    )

    from streamlit.testing.v1 import AppTest

    def app() -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.session_state["project_path"] = str(path)
        at.session_state["ui_language"] = "en"
        at.session_state["coder"] = "bench"
        at.run()
        return at

    cold = app()
    first = timed(lambda: cold.switch_page("ui/code_page.py").run())
    assert not cold.exception, cold.exception

    renders, actions, retrieve_changed, retrieve_same = [], [], [], []
    at = app()
    for i in range(args.repeat):
        renders.append(timed(lambda: at.switch_page("ui/code_page.py").run()))
        assert not at.exception, at.exception
        # another answer of the picker's page each time, so that every click writes
        at.selectbox(key="code_doc").set_value(first_page[i % len(first_page)]).run()
        [button] = [b for b in at.button if (b.key or "").startswith("apply-")]
        actions.append(timed(lambda: button.click().run()))
        assert not at.exception, at.exception
        at.session_state["ret_code"] = busiest
        retrieve_changed.append(timed(lambda: at.switch_page("ui/retrieve_page.py").run()))
        retrieve_same.append(timed(lambda: at.run()))
        assert not at.exception, at.exception
    with Project.open(path, user="bench") as project:
        assert len(project.coding.codings(coders=["bench"])) >= args.repeat
        for _ in range(args.repeat):  # leave a reused project as it was
            project.coding.undo(coder="bench")

    def row(name: str, values: list[float]) -> None:
        print(
            f"{name:<44} median {statistics.median(values) * 1000:7.0f} ms  "
            f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, n={len(values)})"
        )

    print(f"{'Code page, first render (caches cold)':<44} {first * 1000:14.0f} ms")
    row("Code page render", renders)
    row("coding action (click a segment's + button)", actions)
    row("Retrieve page render, after a change", retrieve_changed)
    row("Retrieve page render, unchanged", retrieve_same)


if __name__ == "__main__":
    main()
