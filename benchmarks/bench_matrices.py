"""Matrices: codes x a survey variable and codes x codes over 100,000 coded answers.

    .venv/bin/python benchmarks/bench_matrices.py [--answers 100000] [--folder DIR]

Makes a project (survey of ``--answers`` respondents with one open answer each, a variable
``afdeling`` with 8 values, two strata with unequal weights; 5 codes with 4 sub-codes each;
each answer coded by ann with 0-3 sub-codes, 10% of them coded again by bob, imported as one
codings file), then in the same process times, best of 3:

- ``project.matrices.by_variable("afdeling", weighted=False)`` (units and respondents per
  code, sub-codes rolled up, x value; group sizes; small cells marked) against bare pandas
  doing the same crosstab: one ``read_sql_query`` of the coded answers with their
  respondent's value, the codes rolled up to their parents, ``groupby().nunique()`` for
  units and respondents, and the group sizes;
- ``project.matrices.cooccurrence()`` against bare pandas: the same rows, a unit x code
  0/1 matrix by ``pd.crosstab`` and its product;
- ``by_variable(weighted=True)`` (25 codes x 8 values of weighted shares with CIs through
  the survey estimates, every answer marked reviewed), with no bare counterpart.

Memory: the peak of Python allocations (tracemalloc, which numpy and pandas report to)
during one call of each. The numbers of both sides are checked to be equal.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from workbench import Project
from timing import best  # this folder is on sys.path when run as a script

PARENTS = ["Vormen", "Actoren", "Reacties", "Gevolgen", "Context"]
CHILDREN = ["a", "b", "c", "d"]
VALUES = ["Noord", "Zuid", "Oost", "West", "Midden", "Staf", "ICT", "Inkoop"]
WORDS = "grap collega overleg leidinggevende afkomst accent lunch vergadering team".split()


def build(folder: Path, n: int) -> Path:
    rng = random.Random(7)
    survey = folder / "survey.csv"
    with survey.open("w", encoding="utf-8") as out:
        out.write("id;stratum;w;afdeling;toelichting\n")
        for i in range(n):
            stratum = "ab"[i % 2]
            words = " ".join(rng.choices(WORDS, k=8))
            out.write(f"R{i:06d};{stratum};{1 + 3 * (i % 2)};{rng.choice(VALUES)};{words} {i}\n")
    path = folder / "bench.db"
    with Project.create(path, user="ann") as project:
        project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["toelichting"])
        for parent in PARENTS:
            for child in CHILDREN:
                project.codebook.add(f"{parent}/{child}", definition="bench")
        units = pd.read_sql_query(
            "SELECT id FROM segments WHERE kind = 'answer' ORDER BY id", project.db.conn
        )["id"].tolist()
        leaves = [f"{p}/{c}" for p in PARENTS for c in CHILDREN]
        codings = folder / "codings.csv"
        with codings.open("w", encoding="utf-8") as out:
            out.write("segment,code,coder\n")
            for unit in units:
                chosen = rng.sample(leaves, rng.choice([0, 1, 1, 2, 3]))
                for code in chosen:
                    out.write(f"{unit},{code},ann\n")
                    if rng.random() < 0.1:
                        out.write(f"{unit},{code},bob\n")
        project.coding.import_file(codings)
    return path


BARE_SQL = (
    "SELECT DISTINCT s.id AS unit, k.id AS code_id, r.external_id AS respondent, "
    "json_extract(r.data, '$.afdeling') AS afdeling FROM codings c "
    'JOIN segments s ON s.document_id = c.document_id AND c.start < s."end" '
    'AND c."end" > s.start JOIN codes k ON k.id = c.code_id '
    "JOIN documents d ON d.id = s.document_id JOIN respondents r ON r.id = d.respondent_id "
    "WHERE c.removed_event IS NULL AND s.kind = 'answer'"
)


def _rolled(db) -> pd.DataFrame:
    """The coded answers with every code and its ancestors (what a row of a matrix counts)."""
    codes = pd.read_sql_query("SELECT id, parent_id, name FROM codes", db.conn)
    name = dict(zip(codes["id"], codes["name"]))
    parent = dict(zip(codes["id"], codes["parent_id"]))
    paths: dict[int, list[str]] = {}
    for code_id in codes["id"]:
        chain, at = [], code_id
        while at is not None and not pd.isna(at):
            chain.append(int(at))
            at = parent[at]
        full = "/".join(name[c] for c in reversed(chain))
        parts = full.split("/")
        paths[code_id] = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    rows = pd.read_sql_query(BARE_SQL, db.conn)
    rows["code"] = rows["code_id"].map(paths)
    return rows.explode("code")


def bare_by_variable(db) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    rows = _rolled(db)
    people = rows.groupby(["code", "afdeling"])["respondent"].nunique().unstack(fill_value=0)
    units = rows.groupby(["code", "afdeling"])["unit"].nunique().unstack(fill_value=0)
    sizes = pd.read_sql_query(
        "SELECT json_extract(r.data, '$.afdeling') AS afdeling, count(DISTINCT r.id) AS n "
        "FROM respondents r JOIN documents d ON d.respondent_id = r.id GROUP BY 1",
        db.conn,
    ).set_index("afdeling")["n"]
    return people, units, sizes


def bare_cooccurrence(db) -> pd.DataFrame:
    rows = _rolled(db)[["unit", "code"]].drop_duplicates()
    indicator = pd.crosstab(rows["unit"], rows["code"]).clip(upper=1)
    return indicator.T @ indicator


def peak_mb(function) -> float:
    tracemalloc.start()
    function()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="bench-matrices-"))
    started = time.perf_counter()
    path = build(folder, args.answers)
    print(f"built {args.answers:,} answers in {time.perf_counter() - started:.1f} s: {path}")
    with Project.open(path, user="ann") as project:
        db = project.db
        coded = db.execute("SELECT count(*) FROM codings WHERE removed_event IS NULL").fetchone()
        print(f"{coded[0]:,} codings")
        ours = project.matrices.by_variable("afdeling", weighted=False)
        people, units, sizes = bare_by_variable(db)
        order = ours.rows
        assert (
            (ours.table("people").loc[order, VALUES].astype(int) == people.loc[order, VALUES])
            .all()
            .all()
        )
        assert (
            (ours.table("units").loc[order, VALUES].astype(int) == units.loc[order, VALUES])
            .all()
            .all()
        )
        assert (ours.table("size").iloc[0][VALUES].astype(int) == sizes[VALUES]).all()
        co = project.matrices.cooccurrence().table("units").astype(int)
        assert (co.loc[order, order] == bare_cooccurrence(db).loc[order, order]).all().all()
        print("same numbers: yes")
        figures = []
        for name, mine, bare in (
            (
                "codes x afdeling",
                lambda: project.matrices.by_variable("afdeling", weighted=False),
                lambda: bare_by_variable(db),
            ),
            ("codes x codes", project.matrices.cooccurrence, lambda: bare_cooccurrence(db)),
        ):
            t_mine, t_bare = best(mine), best(bare)
            m_mine, m_bare = peak_mb(mine), peak_mb(bare)
            figures.append((name, t_mine, t_bare, m_mine, m_bare))
        for name, t_mine, t_bare, m_mine, m_bare in figures:
            print(
                f"{name}: duiding {t_mine:.2f} s, {m_mine:.0f} MB; bare pandas {t_bare:.2f} s, "
                f"{m_bare:.0f} MB; ratio {t_mine / t_bare:.2f} (time), {m_mine / m_bare:.2f} (memory)"
            )
        answers = pd.read_sql_query("SELECT id FROM segments WHERE kind = 'answer'", db.conn)[
            "id"
        ].tolist()
        project.samples.review(answers)
        started = time.perf_counter()
        weighted = project.matrices.by_variable("afdeling")
        spent = time.perf_counter() - started
        shares = weighted.table("share").to_numpy(dtype=float)
        print(
            f"codes x afdeling with weighted shares (25 codes x 8 values, one run): {spent:.2f} s; "
            f"{np.isfinite(shares).sum()} shares, notes {len(weighted.notes)}"
        )


if __name__ == "__main__":
    main()
