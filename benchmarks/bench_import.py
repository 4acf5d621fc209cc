"""Import + segmentation + lemmas + search index on a 100,000-answer survey (scaled demo).

Prints wall time per stage and peak memory, and the same work done by the bare parts
(pandas reading the CSV, spaCy's pipe over the answers) in the same run, so the ratio
says what the workbench adds on top of its libraries on this machine.

    .venv/bin/python benchmarks/bench_import.py [--answers 100000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import Project  # noqa: E402
from workbench import nlp  # noqa: E402

DEMO = ROOT / "data" / "survey" / "per_demo.csv"
OPEN = "open_ervaring"


def scaled_survey(path: Path, answers: int) -> int:
    """Write a survey with ``answers`` respondents, each with one open answer from the demo."""
    demo = pd.read_csv(DEMO, sep=";", encoding="cp1252", decimal=",", dtype=str)
    texts = pd.concat([demo[c].dropna() for c in ("open_ervaring", "open_gesignaleerd",
                                                   "open_verbetering")], ignore_index=True)
    rows = demo.sample(n=answers, replace=True, random_state=1).reset_index(drop=True)
    rows["respondent_id"] = [f"B{i:07d}" for i in range(answers)]
    rows[OPEN] = texts.sample(n=answers, replace=True, random_state=2).to_numpy()
    # vary the texts a little so that the index is not a handful of documents repeated
    rows[OPEN] = rows[OPEN] + " (" + rows["departement"] + ", " + rows["schaal"] + ")"
    rows = rows.drop(columns=["open_gesignaleerd", "open_verbetering"])
    rows.to_csv(path, sep=";", encoding="cp1252", index=False)
    return int(rows[OPEN].str.split().str.len().sum())


def peak_mb() -> tuple[float, float]:
    """Max RSS of this process and of the largest finished child (the NLP workers), MB."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="duiding-bench-"))
    csv = folder / "survey.csv"
    words = scaled_survey(csv, args.answers)
    print(f"survey: {args.answers:,} answers, {words:,} words, {csv.stat().st_size / 1e6:.1f} MB")

    started = time.perf_counter()
    frame = pd.read_csv(csv, sep=";", encoding="cp1252", dtype=str)
    read_s = time.perf_counter() - started
    nlp.pipeline("nl")
    started = time.perf_counter()
    for _ in nlp.pipeline("nl").pipe(frame[OPEN].tolist(), batch_size=256):
        pass
    spacy_s = time.perf_counter() - started
    peer = read_s + spacy_s
    print(f"peer  : pandas read_csv {read_s:.2f} s + spaCy pipe {spacy_s:.2f} s = {peer:.2f} s")
    del frame

    project = Project.create(folder / "bench.db", user="bench")
    started = time.perf_counter()
    result = project.import_survey(csv, id="respondent_id", stratum="stratum", weight="weight",
                                   open=[OPEN])
    import_s = time.perf_counter() - started
    started = time.perf_counter()
    segmented = project.segment()
    segment_s = time.perf_counter() - started
    started = time.perf_counter()
    hits = project.search("vertrouwenspersoon", limit=1000)
    search_ms = (time.perf_counter() - started) * 1000
    total = import_s + segment_s
    size_mb = (folder / "bench.db").stat().st_size / 1e6
    print(f"duiding: import {import_s:.2f} s ({result['respondents']:,} respondents) + "
          f"segment/lemmas/index {segment_s:.2f} s ({segmented['sentences']:,} sentences) "
          f"= {total:.2f} s")
    print(f"search 'vertrouwenspersoon': {len(hits)} hits (limit 1000) in {search_ms:.0f} ms")
    project.close()
    main_mb, child_mb = peak_mb()
    print(f"peak memory: main process {main_mb:.0f} MB, largest worker {child_mb:.0f} MB "
          f"(upper bound with 2 workers: {main_mb + 2 * child_mb:.0f} MB); "
          f"project file {size_mb:.0f} MB")
    print(f"ratio duiding / bare pandas+spaCy: {total / peer:.2f}")


if __name__ == "__main__":
    main()
