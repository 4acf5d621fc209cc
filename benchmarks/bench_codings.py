"""Coding writes with the one-coding-per-span rule: what the check inside each write and
the unique index cost, against bare sqlite3 doing the same inserts, and two processes of one
coder racing over the same answers (the twins they leave must be 0).

    .venv/bin/python benchmarks/bench_codings.py [--answers 2500] [--team]

With --team the project has members and "ann" codes as a coder, so every write also checks
her role and name (the roles of workbench/events.py).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import Project  # noqa: E402

RACER = """
import sys, time
from pathlib import Path
from workbench import Project
with Project.open(sys.argv[1], user="ann") as project:
    ids = [int(i) for i in Path(sys.argv[2]).read_text().split()]
    while not Path(sys.argv[3]).exists():
        time.sleep(0.001)
    for unit in ids:
        project.coding.code_segment(unit, "Vormen/Genegeerd")
"""


def build(path: Path, answers: int, team: bool = False) -> list[int]:
    survey = path.with_suffix(".csv")
    survey.write_text(
        "id,stratum,w,q\n"
        + "".join(
            f"R{i},s,1,Antwoord {i}: ik werd genegeerd in het overleg.\n" for i in range(answers)
        )
    )
    with Project.create(path, user="lead") as project:
        project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
        project.codebook.add("Vormen/Genegeerd")
        if team:
            project.members.add("ann", "coder")  # lead becomes the owner
        return [
            s["id"]
            for d in project.documents(kind="answer", limit=answers)
            for s in project.segments(d["id"], kind="answer")
        ]


def bare(path: Path, units: list[int]) -> float:
    """The peer: one transaction per coding with the same pragmas, no check, no event."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    spans = conn.execute(
        'SELECT id, document_id, start, "end" FROM segments WHERE id IN '
        f"({','.join(map(str, units))})"
    ).fetchall()
    started = time.perf_counter()
    for segment, document, start, end in spans:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            'INSERT INTO codings (document_id, segment_id, start, "end", code_id, coder,'
            " source, time, event_id) VALUES (?, ?, ?, ?, 1, 'bare', 'human', 'now', 1)",
            [document, segment, start, end],
        )
        conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - started


def race(path: Path, units: list[int]) -> tuple[int, float]:
    folder = path.parent
    (folder / "ids.txt").write_text(" ".join(map(str, units)))
    (folder / "racer.py").write_text(RACER)
    go = folder / "go"
    racers = [
        subprocess.Popen(
            [sys.executable, str(folder / "racer.py"), str(path), str(folder / "ids.txt"), str(go)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for _ in range(2)
    ]
    time.sleep(5)
    started = time.perf_counter()
    go.touch()
    for racer in racers:
        if racer.wait():
            raise SystemExit("a racing process failed")
    seconds = time.perf_counter() - started
    with Project.open(path, user="lead") as project:
        twins = project.db.execute(
            "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM codings WHERE "
            "removed_event IS NULL AND coder = 'ann' GROUP BY document_id, start, \"end\", "
            "code_id)"
        ).fetchone()[0]
    return twins, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=2500)
    parser.add_argument("--team", action="store_true", help="code as a member with a role")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.db"
        units = build(path, args.answers, args.team)
        with Project.open(path, user="ann") as project:
            started = time.perf_counter()
            for unit in units:
                project.coding.code_segment(unit, "Vormen/Genegeerd")
            ours = time.perf_counter() - started
            started = time.perf_counter()
            for unit in units:  # all coded already: answered without a write
                project.coding.code_segment(unit, "Vormen/Genegeerd")
            again = time.perf_counter() - started
        peer = bare(path, units)
        n = len(units)
        print(
            f"code_segment x {n}: {ours:.2f} s ({1000 * ours / n:.2f} ms each); "
            f"bare sqlite3 insert + commit: {peer:.2f} s; ratio {ours / peer:.2f}"
        )
        print(f"coding the same {n} again (no write): {again:.2f} s")
        racing = Path(tmp) / "race" / "p.db"
        racing.parent.mkdir()
        units = build(racing, args.answers, args.team)
        twins, seconds = race(racing, units)
        print(
            f"two processes of one coder over the same {n} answers: {seconds:.2f} s, {twins} twins"
        )


if __name__ == "__main__":
    main()
