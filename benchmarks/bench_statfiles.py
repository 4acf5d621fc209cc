"""The dataset as SPSS .sav, 100,000 respondents, against bare pyreadstat in the same run.

    .venv/bin/python benchmarks/bench_statfiles.py [--respondents 100000] [--codes 20]

Builds a project as bench_import.py's survey (the demo's respondents resampled, one open
answer each), 20 codes in 4 themes, each answer given 0-3 codes (imported as one codings
file) and every answer read. Then, once each (a short run):

- ours: ``Project.export("dataset", OUT.sav, full=True)`` (the respondents, the open answers
  and every code's indicator read from the project, names and labels, the .sav written) and
  the anonymised one (``Project.export("dataset", OUT.sav)``, the k-anonymous coarsening too);
- bare: ``pyreadstat.write_sav`` of the very frame the full export wrote, with the same
  variable and value labels; and without them.

Ratio: ours / bare with labels, for the whole export and for its writing step alone (names,
labels and the .sav from the dataset frame, the project read before).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import Project  # noqa: E402
from workbench.export.anonymise import full_dataset  # noqa: E402
from workbench.export.common import context  # noqa: E402
from workbench.export.statfiles import describe, values, write_statfile  # noqa: E402
from workbench.store import samples as sample_sql  # noqa: E402
from bench_import import OPEN, scaled_survey  # noqa: E402  this folder is on sys.path

THEMES = ("Vormen", "Reacties", "Gevolgen", "Plekken")


def build(folder: Path, respondents: int, codes: int) -> Path:
    csv = folder / "survey.csv"
    scaled_survey(csv, respondents)
    db = folder / "bench.db"
    with Project.create(db, user="bench") as project:
        project.import_survey(
            csv, id="respondent_id", stratum="stratum", weight="weight", open=[OPEN]
        )
        project.segment()
        paths = [f"{THEMES[i % 4]}/Code {i:02d}" for i in range(codes)]
        for path in paths:
            project.codebook.add(path)
        units = sample_sql.answer_units(project.db)
        rng = np.random.default_rng(5)
        lines = ["segment,code,coder"]
        for segment in units["segment_id"].tolist():
            for k in rng.choice(codes, size=rng.integers(0, 4), replace=False).tolist():
                lines.append(f"{segment},{paths[k]},bench")
        codings = folder / "codings.csv"
        codings.write_text("\n".join(lines) + "\n", encoding="utf-8")
        project.coding.import_file(codings)
        project.samples.review(units["segment_id"].tolist(), coder="bench")
    return db


def seconds(function) -> tuple[float, float]:
    """Wall and CPU seconds of one call (the machine is shared: CPU is the steadier)."""
    started, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=100_000)
    parser.add_argument("--codes", type=int, default=20)
    parser.add_argument(
        "--no-anonymised", dest="anonymised", action="store_false", help="time the full only"
    )
    parser.add_argument("--keep", type=Path, help="build the project here once, reuse it after")
    args = parser.parse_args()
    import pyreadstat

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        started = time.perf_counter()
        db = args.keep / "bench.db" if args.keep else None
        if db is None or not db.exists():
            db = build(args.keep or folder, args.respondents, args.codes)
            print(f"project built in {time.perf_counter() - started:.1f} s")
        with Project.open(db, user="bench") as project:
            full = seconds(lambda: project.export("dataset", folder / "full.sav", full=True))
            anonymised = (
                seconds(lambda: project.export("dataset", folder / "anon.sav"))
                if args.anonymised
                else (float("nan"), float("nan"))
            )
            ctx = context(project.core)
            read = seconds(lambda: full_dataset(ctx))  # the project state read again (memo)
            full_table = full_dataset(ctx)[0]
            write = seconds(lambda: write_statfile(ctx, folder / "w.sav", "sav", full_table, []))
            table, variables = describe(ctx, full_table)
            frame = values(table, variables)
        labels = {v.name: v.label for v in variables}
        value_labels = {v.name: v.value_labels for v in variables if v.value_labels}
        bare = seconds(
            lambda: pyreadstat.write_sav(
                frame,
                str(folder / "bare.sav"),
                column_labels=labels,
                variable_value_labels=value_labels,
            )
        )
        plain = seconds(lambda: pyreadstat.write_sav(frame, str(folder / "plain.sav")))
        size = (folder / "full.sav").stat().st_size / 1e6
    print(f"{len(frame):,} respondents x {len(frame.columns)} variables, .sav {size:.1f} MB")
    for name, (wall, cpu) in (
        ("ours, full version", full),
        ("ours, anonymised", anonymised),
        ("  full: read again (memo)", read),
        ("  full: names, labels, write", write),
        ("bare pyreadstat, labels", bare),
        ("bare pyreadstat, no labels", plain),
    ):
        print(f"{name:28} {wall:6.2f} s wall {cpu:6.2f} s CPU")
    print(
        f"ratio full / bare with labels: {full[0] / bare[0]:.2f} wall, {full[1] / bare[1]:.2f} CPU"
    )
    print(
        f"ratio writing / bare:          {write[0] / bare[0]:.2f} wall, {write[1] / bare[1]:.2f} CPU"
    )


if __name__ == "__main__":
    main()
