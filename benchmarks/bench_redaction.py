"""Recall of personal-data detection on the demo's planted items, and what else it redacts;
then the same items looked for in the anonymised dataset export.

    .venv/bin/python benchmarks/bench_redaction.py

Reads data/pii_key.csv (every planted name, e-mail address, phone number, employee number
and team name, with the answer or transcript it is in) and checks whether
``workbench.privacy.find`` covers each one. Also counts the other redactions it makes in
the demo answers (over-redaction: safe, but it costs quote readability).

Then it builds the demo project, exports the anonymised dataset (csv) and, for every item
planted in an open answer, checks the exported answer of that respondent (found through
the pseudonyms) for the item: "removed" when the value no longer appears in it, "no part
left" when none of its words of 4 or more letters (other than "team") does either.
"""

from __future__ import annotations

import collections
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.demo import build_demo  # noqa: E402
from workbench.export.anonymise import pseudonyms, write_dataset  # noqa: E402
from workbench.export.common import context  # noqa: E402
from workbench.export.tables import read_csv_table  # noqa: E402
from workbench.privacy import find  # noqa: E402


def planted() -> pd.DataFrame:
    """The planted items that are in open answers (respondent_id, question, kind, value)."""
    key = pd.read_csv(ROOT / "data/pii_key.csv", dtype=str)
    return key[key["respondent_id"].notna()]


def print_recall(title: str, items: pd.DataFrame, hit: Callable[[object], bool]) -> None:
    """Per kind and overall: how many items ``hit`` holds for; then the misses."""
    recall: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    missed = []
    for item in items.itertuples():
        found = hit(item)
        recall[item.kind][0] += found
        recall[item.kind][1] += 1
        if not found:
            missed.append(f"  {item.kind}: {item.value!r}")
    print(title)
    total = [0, 0]
    for kind, (hits, count) in sorted(recall.items()):
        print(f"  {kind:<16} {hits:>3}/{count:<3} {hits / count:6.1%}")
        total = [total[0] + hits, total[1] + count]
    print(f"  {'all':<16} {total[0]:>3}/{total[1]:<3} {total[0] / total[1]:6.1%}")
    print("missed:", *missed, sep="\n")


def detection(survey: pd.DataFrame) -> None:
    """Does ``find`` cover each planted item in the source answers?"""
    def covered(item) -> bool:
        text = survey.loc[item.respondent_id, item.question]
        at = text.find(item.value)
        return any(f.start <= at and f.end >= at + len(item.value) for f in find(text))

    print_recall("recall on planted personal data in open answers:", planted(), covered)
    values = set(pd.read_csv(ROOT / "data/pii_key.csv", dtype=str)["value"])
    other = collections.Counter()
    answers = [t for c in ("open_ervaring", "open_gesignaleerd", "open_verbetering")
               for t in survey[c] if t]
    for text in answers:
        for found in find(text):
            if not any(found.text in v or v in found.text for v in values):
                other[found.kind] += 1
    print(f"other redactions in {len(answers):,} answers (not planted):", dict(other))


def exported_answers() -> pd.DataFrame:
    """The demo's anonymised dataset (csv export), indexed by the original respondent id."""
    with tempfile.TemporaryDirectory() as tmp:
        with build_demo(Path(tmp) / "demo.db", user="bench") as project:
            write_dataset(context(project), Path(tmp) / "dataset.csv", "csv")
            names = pseudonyms(project)
        _, table = read_csv_table(Path(tmp) / "dataset.csv")
    original = {pseudonym: rid for rid, pseudonym in names.items()}
    return table.set_index(table["respondent"].map(original))


def dataset_recall() -> None:
    """Are the planted items gone from the exported (redacted) answers?"""
    exported = exported_answers()

    def words(value: str) -> list[str]:
        return [w for w in re.findall(r"[\w@.]+", value) if len(w) >= 4 and w.lower() != "team"]

    def answer(item) -> str:
        return exported.loc[item.respondent_id, item.question]

    items = planted()
    print_recall("\nremoved from the anonymised dataset export (value no longer in the answer):",
                 items, lambda item: item.value not in answer(item))
    print_recall("\nno part left in the export (no word of 4+ letters of the value):", items,
                 lambda item: not any(re.search(rf"\b{re.escape(w)}\b", answer(item))
                                      for w in words(item.value)))


def main() -> None:
    survey = pd.read_csv(ROOT / "data/survey/per_demo.csv", sep=";", encoding="cp1252", dtype=str,
                         keep_default_na=False).set_index("respondent_id")
    detection(survey)
    dataset_recall()


if __name__ == "__main__":
    main()
