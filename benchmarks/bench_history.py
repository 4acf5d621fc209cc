"""A code's history (Codebook.history) on a project with many events, against bare SQLite
doing the query the history cannot do without: counting one code's codings per coder
from the event payloads. Prints seconds and the ratio; nothing here is a test.

    .venv/bin/python benchmarks/bench_history.py [--codings 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench import Project

STARTER = Path(__file__).resolve().parents[1] / "codebooks" / "per_racisme.yaml"


def build(folder: Path, codings: int) -> tuple[Path, list[str]]:
    """A project with the starter codebook, ``codings`` code events by five coders, and
    200 reorders (codebook events)."""
    path = folder / "history.db"
    lines = 4000
    text = folder / "fg.txt"
    text.write_text(
        "".join(f"P{i}: Er werd iets gezegd over afkomst, nummer {i}.\n" for i in range(lines))
    )
    with Project.create(path, user="ann") as p:
        p.codebook.import_file(STARTER)
        p.import_transcript(text)
        document = p.documents(kind="transcript")[0]["id"]
        codes = [c.path for c in p.codebook.codes() if c.depth > 0]
        for i in range(codings):
            start = (i % lines) * 45
            p.coding.code(document, start, start + 10, codes[i % len(codes)], coder=f"c{i % 5}")
        for i in range(200):
            p.codebook.move_up(codes[i % len(codes)])
    return path, codes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path, codes = build(Path(folder), args.codings)
        with Project.open(path, user="ann") as p:
            code = p.codebook.get(codes[0])
            events = p.db.execute("SELECT count(*) FROM events").fetchone()[0]
            ours, bare, rows = [], [], 0
            connection = sqlite3.connect(path)
            for _ in range(args.runs):
                start = time.perf_counter()
                rows = len(p.codebook.history(code.id))
                ours.append(time.perf_counter() - start)
                start = time.perf_counter()
                connection.execute(
                    "SELECT actor, count(*) FROM events WHERE action = 'code' AND "
                    "json_extract(payload, '$.code') = ? GROUP BY actor",
                    [code.id],
                ).fetchall()
                bare.append(time.perf_counter() - start)
        print(f"{events} events, history of {code.path!r}: {rows} rows")
        print(
            f"history median {statistics.median(ours) * 1000:.1f} ms, bare count "
            f"{statistics.median(bare) * 1000:.1f} ms, ratio "
            f"{statistics.median(ours) / statistics.median(bare):.2f}"
        )


if __name__ == "__main__":
    main()
