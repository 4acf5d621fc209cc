"""Recall of personal-data detection on the demo's planted items, and what else it redacts.

    .venv/bin/python benchmarks/bench_redaction.py

Reads data/pii_key.csv (every planted name, e-mail address, phone number, employee number
and team name, with the answer or transcript it is in) and checks whether
``workbench.privacy.find`` covers each one. Also counts the other redactions it makes in
the demo answers (over-redaction: safe, but it costs quote readability).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.privacy import find  # noqa: E402


def main() -> None:
    key = pd.read_csv(ROOT / "data/pii_key.csv", dtype=str)
    survey = pd.read_csv(ROOT / "data/survey/per_demo.csv", sep=";", encoding="cp1252", dtype=str,
                         keep_default_na=False).set_index("respondent_id")
    recall: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    missed = []
    for item in key[key["respondent_id"].notna()].itertuples():
        text = survey.loc[item.respondent_id, item.question]
        at = text.find(item.value)
        hit = any(f.start <= at and f.end >= at + len(item.value) for f in find(text))
        recall[item.kind][0] += hit
        recall[item.kind][1] += 1
        if not hit:
            missed.append(f"  {item.kind}: {item.value!r}")
    print("recall on planted personal data in open answers:")
    total = [0, 0]
    for kind, (hits, count) in sorted(recall.items()):
        print(f"  {kind:<16} {hits:>3}/{count:<3} {hits / count:6.1%}")
        total = [total[0] + hits, total[1] + count]
    print(f"  {'all':<16} {total[0]:>3}/{total[1]:<3} {total[0] / total[1]:6.1%}")
    print("missed:", *missed, sep="\n")
    planted = set(key["value"])
    other = collections.Counter()
    answers = [t for c in ("open_ervaring", "open_gesignaleerd", "open_verbetering")
               for t in survey[c] if t]
    for text in answers:
        for found in find(text):
            if not any(found.text in v or v in found.text for v in planted):
                other[found.kind] += 1
    print(f"other redactions in {len(answers):,} answers (not planted):", dict(other))


if __name__ == "__main__":
    main()
