"""What blind double coding costs a coder's reads: the same reads of a project with two
coders' codings of every answer and an open double-coding sample, made by its owner (no
blind rule: the plain query) and by a coder (the rule of store/codings.py blind() on every
row). Prints the best of 3 per read and the coder/owner ratio.

    .venv/bin/python benchmarks/bench_blind.py [--answers 20000] [--sample 500]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from workbench import Project  # noqa: E402
from timing import best  # noqa: E402

CODES = ("Vormen/Grappen", "Vormen/Genegeerd")


def build(folder: Path, answers: int, sample: int) -> Path:
    path = folder / "blind.db"
    survey = folder / "s.csv"
    survey.write_text(
        "id,stratum,q\n"
        + "".join(
            f"R{i},{'abc'[i % 3]},Antwoord {i}: in het overleg werd ik genegeerd en er werden "
            "grappen gemaakt over mijn afkomst.\n"
            for i in range(answers)
        )
    )
    with Project.create(path, user="lead") as project:
        project.import_survey(
            survey, id="id", stratum="stratum", weight=None, open=["q"], warm_nlp=False
        )
        for code in CODES:
            project.codebook.add(code)
        units = [
            s["id"]
            for d in project.documents(kind="answer", limit=answers)
            for s in project.segments(d["id"], kind="answer")
        ]
        rows = ["segment,code,coder"]
        for k, unit in enumerate(units):
            rows.append(f"{unit},{CODES[k % 2]},ann")
            rows.append(f"{unit},{CODES[(k // 3) % 2]},bob")
        codings = folder / "codings.csv"
        codings.write_text("\n".join(rows) + "\n")
        project.coding.import_file(codings)
        project.coding.assign_sample(["ann", "bob"], sample, seed=1, sample="dubbel")
        project.members.add("ann", "coder")
        project.members.add("bob", "coder")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = build(Path(folder), args.answers, args.sample)
        reads = {
            "codings() all": lambda p: p.coding.codings(),
            "codings() one document": lambda p: p.coding.codings(document_id=1),
            "retrieve(code)": lambda p: p.coding.retrieve(CODES[0]),
            "cooccurrence": lambda p: p.coding.cooccurrence(list(CODES)),
            "agreement ann x bob": lambda p: p.coding.agreement(["ann", "bob"]),
        }
        print(
            f"{args.answers:,} answers, {2 * args.answers:,} codings by 2 coders, "
            f"an open sample of {args.sample:,} units"
        )
        print(f"{'read':<24} {'owner':>9} {'coder':>9} {'ratio':>6} rows owner/coder")
        with Project.open(path, user="lead") as owner, Project.open(path, user="ann") as coder:
            for name, read in reads.items():
                seconds = {
                    who: best(lambda p=p: read(p)) for who, p in (("o", owner), ("c", coder))
                }
                size = [
                    len(read(p)) if hasattr(read(p), "__len__") else "-" for p in (owner, coder)
                ]
                print(
                    f"{name:<24} {seconds['o'] * 1000:>7.1f}ms {seconds['c'] * 1000:>7.1f}ms "
                    f"{seconds['c'] / seconds['o']:>6.2f} {size[0]}/{size[1]}"
                )


if __name__ == "__main__":
    main()
