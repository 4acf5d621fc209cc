"""Import + segmentation + lemmas + search index of a large survey, against the bare libraries.

Each run times, in fresh processes one after the other, the bare parts doing the same NLP
(pandas reading the CSV, then spaCy's ``nlp.pipe`` over the answers with the same pipeline,
in one process) and the workbench (``Project.import_survey`` + ``Project.segment``, which
also validates, stores respondents and answers, splits sentences, stores lemmas and builds
the FTS5 index). Both times start before their libraries are imported, so both include
loading spaCy and its pipeline. Memory is the peak of the sum of resident sets of the
process and its children (the NLP workers), sampled every 20 ms from /proc.

    .venv/bin/python benchmarks/bench_import.py [--answers 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "survey" / "per_demo.csv"
OPEN = "open_ervaring"


def scaled_survey(path: Path, answers: int, chunk: int = 100_000) -> int:
    """Write a survey with ``answers`` respondents, each with one open answer from the demo
    (its department and scale appended, so the index is not a handful of texts repeated),
    as the demo writes its CSV (``;``, Windows-1252). Returns the number of words."""
    import pandas as pd

    demo = pd.read_csv(DEMO, sep=";", encoding="cp1252", decimal=",", dtype=str)
    texts = pd.concat(
        [demo[c].dropna() for c in ("open_ervaring", "open_gesignaleerd", "open_verbetering")],
        ignore_index=True,
    )
    words = 0
    for part, start in enumerate(range(0, answers, chunk)):
        n = min(chunk, answers - start)
        rows = demo.sample(n=n, replace=True, random_state=1 + part).reset_index(drop=True)
        rows["respondent_id"] = [f"B{i:07d}" for i in range(start, start + n)]
        rows[OPEN] = texts.sample(n=n, replace=True, random_state=1001 + part).to_numpy()
        rows[OPEN] = rows[OPEN] + " (" + rows["departement"] + ", " + rows["schaal"] + ")"
        rows = rows.drop(columns=["open_gesignaleerd", "open_verbetering"])
        rows.to_csv(
            path,
            sep=";",
            encoding="cp1252",
            index=False,
            mode="w" if part == 0 else "a",
            header=part == 0,
        )
        words += int(rows[OPEN].str.split().str.len().sum())
    return words


def peer(csv: str) -> dict:
    """pandas + spaCy, nothing else: read the CSV, run the pipeline over every answer."""
    started = time.perf_counter()
    import pandas as pd

    sys.path.insert(0, str(ROOT))
    from workbench import nlp

    frame = pd.read_csv(csv, sep=";", encoding="cp1252", dtype=str, usecols=[OPEN])
    read = time.perf_counter() - started
    texts = frame[OPEN].dropna().tolist()
    del frame
    pipeline = nlp.pipeline("nl")  # the same pipeline segmentation uses
    sentences = 0
    for doc in pipeline.pipe(texts, batch_size=256):
        sentences += sum(1 for _ in doc.sents)
    return {
        "read": read,
        "total": time.perf_counter() - started,
        "sentences": sentences,
        "cpu": cpu_seconds(),
    }


def ours(csv: str, db: str) -> dict:
    started = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    from workbench import Project

    project = Project.create(db, user="bench")
    project.import_survey(csv, id="respondent_id", stratum="stratum", weight="weight", open=[OPEN])
    imported = time.perf_counter() - started
    segmented = project.segment()
    total = time.perf_counter() - started
    cpu = cpu_seconds()  # the NLP workers have ended by now
    searches = []
    for _ in range(2):  # the first also loads spaCy here, for the query's lemmas
        search = time.perf_counter()
        hits = project.search("vertrouwenspersoon", limit=1000)
        searches.append((time.perf_counter() - search) * 1000)
    project.close()
    return {
        "import": imported,
        "total": total,
        "sentences": segmented["sentences"],
        "search_ms": searches,
        "hits": len(hits),
        "cpu": cpu,
    }


def cpu_seconds() -> float:
    """User + system CPU of this process and its ended children (the NLP workers)."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def rss_tree(pid: int) -> int:
    """Resident bytes of ``pid`` and its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
    return total


def measured(*args: str) -> tuple[dict, float]:
    """Run this script with ``args`` in a fresh process; its JSON result and peak memory (MB)."""
    process = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, rss_tree(process.pid))
        time.sleep(0.02)
    out = process.stdout.read()
    if process.returncode:
        raise SystemExit(f"{args[0]} failed")
    return json.loads(out.strip().splitlines()[-1]), peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--folder",
        type=Path,
        default=None,
        help="where the survey (kept) and the projects go (default: temporary)",
    )
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="duiding-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    csv = folder / f"survey-{args.answers}.csv"
    if not csv.exists():
        words = scaled_survey(csv, args.answers)
        print(
            f"survey: {args.answers:,} answers, {words:,} words, {csv.stat().st_size / 1e6:.1f} MB"
        )
    for run in range(1, args.runs + 1):
        bare, bare_mb = measured("--peer", str(csv))
        db = folder / f"bench-{run}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        done, done_mb = measured("--ours", str(csv), str(db))
        size = db.stat().st_size
        print(
            f"run {run}: duiding {done['total']:.2f} s (import {done['import']:.2f} s, "
            f"segment/lemmas/index {done['total'] - done['import']:.2f} s), peak {done_mb:,.0f} MB, "
            f"CPU {done['cpu']:.1f} s | bare pandas+spaCy {bare['total']:.2f} s (read "
            f"{bare['read']:.2f} s), peak {bare_mb:,.0f} MB, CPU {bare['cpu']:.1f} s | ratio "
            f"{done['total'] / bare['total']:.2f}"
        )
        print(
            f"       {done['sentences']:,} sentences (spaCy: {bare['sentences']:,}); project "
            f"file {size / 1e6:,.0f} MB = {size / args.answers / 1e3:.2f} kB per answer; search "
            f"'vertrouwenspersoon' {done['hits']} hits in {done['search_ms'][1]:.0f} ms (first "
            f"search {done['search_ms'][0]:.0f} ms); load average {os.getloadavg()[0]:.1f} "
            "(this benchmark included)"
        )
        db.unlink()
    if args.folder is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--peer":
        print(json.dumps(peer(sys.argv[2])))
    elif len(sys.argv) > 1 and sys.argv[1] == "--ours":
        print(json.dumps(ours(sys.argv[2], sys.argv[3])))
    else:
        main()
