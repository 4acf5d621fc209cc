"""Personal-data redaction: recall on held-out planted data, ordinary words redacted, and
the demo's planted items in every viewer export.

    .venv/bin/python benchmarks/bench_redaction.py            # about 1-2 minutes
    PYTHONPATH=/path/to/deduce .venv/bin/python benchmarks/bench_redaction.py   # + Deduce

1. Held-out corpora (tests/pii_corpus.py, seeded): 2,000 answers per vocabulary with one or
   two planted items each (names of many origins in every form and case, e-mail, phone,
   IBAN, BSN, postcode/address, employee numbers, team and department names). "dev" is
   the vocabulary the rules were developed against, "test" (tests/pii_corpus_b.py) was
   written afterwards. No name in either is on the redactor's lists. An item counts as
   redacted when none of its identifying parts (name words, digit groups, the address,
   the team's words) is left in the redacted answer.
2. Ordinary words redacted: 1,000 answers per vocabulary with no personal data, and the
   demo's 1,745 answers outside the planted items: word tokens inside a redaction / all.
3. Speed: answers redacted per second, and the same corpora through Deduce (the Dutch
   de-identification library, a peer doing the same work) when it can be imported.
4. The demo (data/pii_key.csv, 109 items): a copy of the demo project where every answer
   and turn holding a planted item is coded (three per code first, so Browse quotes
   them), with the planted sentences as a code's example quotes; then every viewer export
   and Browse: items whose answer or turn the export quotes, and how many of those still
   show the planted value.
"""

from __future__ import annotations

import collections
import html
import logging
import re
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from workbench import Project  # noqa: E402
from workbench.demo import build_demo  # noqa: E402
from workbench.export import export  # noqa: E402
from workbench.privacy import find, redact  # noqa: E402
import pii_corpus  # noqa: E402

WORD = re.compile(r"\w+")


def recall(answers: list[pii_corpus.Answer], redactor) -> tuple[dict, list]:
    """Per kind [redacted, planted], and the misses."""
    per_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    missed = []
    for answer in answers:
        redacted = redactor(answer.text)
        for item in answer.items:
            gone = not pii_corpus.survives(item, redacted, answer.text)
            per_kind[item.kind][0] += gone
            per_kind[item.kind][1] += 1
            if not gone:
                missed.append((item.kind, item.value))
    return per_kind, missed


def over_redaction(texts: list[str], spans) -> tuple[int, int, int]:
    """(word tokens inside a redaction, all word tokens, texts with any redaction)."""
    redacted = total = touched = 0
    for text in texts:
        found = spans(text)
        total += len(WORD.findall(text))
        redacted += sum(len(WORD.findall(text[s:e])) for s, e in found)
        touched += bool(found)
    return redacted, total, touched


def deduce_redactor():
    """Deduce's redact function and span finder, or None when it is not installed."""
    try:
        from deduce import Deduce
    except ImportError:
        return None
    engine = Deduce()
    logging.getLogger().setLevel(logging.WARNING)  # deduce turns on debug logging

    def redact_text(text: str) -> str:
        return engine.deidentify(text).deidentified_text

    def spans(text: str) -> list[tuple[int, int]]:
        return [(a.start_char, a.end_char) for a in engine.deidentify(text).annotations]

    return redact_text, spans


def held_out() -> None:
    peers = {"duiding": (redact, lambda t: [(f.start, f.end) for f in find(t)])}
    peer = deduce_redactor()
    if peer is not None:
        peers["deduce 3.0.6"] = peer
    for variant in ("dev", "test"):
        answers = pii_corpus.planted(2000, variant=variant)
        ordinary = pii_corpus.ordinary(1000, variant=variant)
        print(
            f"\n== held-out '{variant}': {len(answers)} answers, "
            f"{sum(len(a.items) for a in answers)} planted items"
        )
        table = {}
        for name, (redactor, spans) in peers.items():
            redactor(answers[0].text)  # word lists loaded before the clock starts
            started = time.perf_counter()
            per_kind, missed = recall(answers, redactor)
            seconds = time.perf_counter() - started
            fp = over_redaction(ordinary, spans)
            table[name] = (per_kind, seconds, fp, missed)
        kinds = sorted(next(iter(table.values()))[0])
        print(f"  {'kind':<16}" + "".join(f"{n:>22}" for n in table))
        for kind in kinds + ["all"]:
            cells = []
            for per_kind, *_ in table.values():
                hits = sum(v[0] for k, v in per_kind.items() if kind in (k, "all"))
                count = sum(v[1] for k, v in per_kind.items() if kind in (k, "all"))
                cells.append(f"{hits}/{count} {hits / count:7.1%}")
            print(f"  {kind:<16}" + "".join(f"{c:>22}" for c in cells))
        for name, (_, seconds, (red, total, touched), missed) in table.items():
            print(
                f"  {name}: {len(answers) / seconds:,.0f} answers/s; ordinary answers: "
                f"{red}/{total} tokens redacted ({red / total:.2%}), {touched}/{len(ordinary)} "
                f"answers touched"
            )
            print(f"  {name} missed (first 12):", missed[:12])


def demo_over_redaction(survey: pd.DataFrame) -> None:
    """Tokens redacted in the demo's answers outside the planted items."""
    key = pd.read_csv(ROOT / "data/pii_key.csv", dtype=str)
    values = list(key["value"])
    texts = [
        t
        for c in ("open_ervaring", "open_gesignaleerd", "open_verbetering")
        for t in survey[c]
        if t
    ]

    def spans(text: str) -> list[tuple[int, int]]:
        return [
            (f.start, f.end)
            for f in find(text)
            if not any(v in f.text or f.text in v for v in values if v in text)
        ]

    red, total, touched = over_redaction(texts, spans)
    print(
        f"\n== demo answers ({len(texts):,}), outside the planted items: {red}/{total:,} "
        f"tokens redacted ({red / total:.2%}), {touched} answers touched"
    )


def demo_exports() -> None:
    key = pd.read_csv(ROOT / "data/pii_key.csv", dtype=str)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with build_demo(folder / "demo.db", user="bench", study=False) as project:
            exposed = _code_planted(project, key)
            texts = _viewer_exports(project, folder)
        items = {item for item, _, _ in exposed}
        left = sorted({value for _, value, unit in exposed if _part_left(value, unit)})
        print(
            f"\n== the demo's {len(key)} planted items ({len(items)} found in the units) in "
            f"the viewer exports; a word of 4+ letters of an item left in its redacted "
            f"answer or turn: {len(left)} {left[:5]}"
        )
        print(f"  {'export':<28}{'quoted':>8}{'still shown':>13}")
        for name, text in texts.items():
            norm = html.unescape(text)
            if name.startswith("report (md"):  # Markdown escapes [ ] * _ and the like
                norm = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", norm)
            quoted = {item for item, _, unit in exposed if unit in norm}
            shown = [item for item in quoted if item[1] in norm]
            everywhere = [v for v in key["value"] if v in norm]
            print(
                f"  {name:<28}{len(quoted):>8}{len(shown):>13}   (any planted value in it: "
                f"{len(everywhere)})"
            )


def _part_left(value: str, unit: str) -> bool:
    """Is a word of 4+ letters of ``value`` (not "team", "afdeling") in the redacted unit?"""
    words = [
        w
        for w in re.findall(r"[\w@.]+", value)
        if len(w) >= 4 and w.lower() not in ("team", "afdeling", "directie")
    ]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", unit) for w in words)


def _code_planted(project: Project, key: pd.DataFrame) -> list[tuple[tuple, str, str]]:
    """Code every unit holding a planted item, three planted answers (two turns) first in
    each code and then 12 other people (speakers), so that Browse quotes them and every
    code passes the small-cell rule; the units also become a code's example quotes.
    Returns (item, value, redacted unit text) per item, an item being (unit id, value)."""
    project.codebook.add("Bench")
    values = list(key["value"])
    planted: dict[str, list] = {"answer": [], "turn": []}
    others: dict[str, list] = {"answer": [], "turn": []}
    for doc in project.documents(limit=100_000):
        for seg in project.segments(doc["id"]):
            if seg["kind"] in planted:
                found = [v for v in values if v in seg["text"]]
                (planted if found else others)[seg["kind"]].append((seg, found))
    exposed, used = [], set()
    for kind, per_code in (("answer", 3), ("turn", 2)):
        units = planted[kind]
        for n, start in enumerate(range(0, len(units), per_code)):
            path = f"Bench/{kind}{n:02d}"
            project.codebook.add(
                path, examples=[u[0]["text"] for u in units[start : start + per_code]]
            )
            for seg, found in units[start : start + per_code]:
                project.coding.code_segment(seg["id"], path)
                forms = {
                    redact(" ".join(seg["text"].split())),
                    " ".join(redact(seg["text"]).split()),
                }
                exposed += [((seg["id"], v), v, unit) for v in found for unit in forms]
            people: set = set()
            for seg, _ in others[kind]:
                who = (seg["document_id"], seg["speaker"] if kind == "turn" else None)
                if seg["id"] in used or who in people:
                    continue
                people.add(who)
                used.add(seg["id"])
                project.coding.code_segment(seg["id"], path)
                if len(people) == 12:
                    break
    return exposed


def _viewer_exports(project: Project, folder: Path) -> dict[str, str]:
    """Every viewer export's text (and Browse's quotes), whitespace normalised."""
    texts = {}
    for kind, name in (
        ("segments", "segments.csv"),
        ("segments", "segments.xlsx"),
        ("table", "table.csv"),
        ("report", "report.md"),
        ("report", "report.html"),
        ("codebook", "codebook.yaml"),
        ("dataset", "dataset.csv"),
    ):
        out = folder / name
        export(project.core, kind, out, viewer=kind != "dataset")
        texts[f"{kind} ({out.suffix[1:]})"] = _text(out)
    quotes = [q for theme in project.browse()["themes"] for q in theme["quotes"]]
    texts["Browse quotes"] = "\n".join(quotes)
    return {k: " ".join(v.split()) for k, v in texts.items()}


def _text(path: Path) -> str:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        return "\n".join(
            str(c)
            for sheet in book
            for row in sheet.iter_rows(values_only=True)
            for c in row
            if c is not None
        )
    if path.suffix == ".csv":
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, skiprows=_preamble(path))
        return "\n".join("\t".join(row) for row in frame.itertuples(index=False))
    if path.suffix == ".yaml":
        import yaml

        return "\n".join(_strings(yaml.safe_load(path.read_text(encoding="utf-8"))))
    return path.read_text(encoding="utf-8")


def _preamble(path: Path) -> int:
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return lines.index("") + 1 if "" in lines else 0


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def main() -> None:
    held_out()
    survey = pd.read_csv(
        ROOT / "data/survey/per_demo.csv",
        sep=";",
        encoding="cp1252",
        dtype=str,
        keep_default_na=False,
    ).set_index("respondent_id")
    demo_over_redaction(survey)
    demo_exports()


if __name__ == "__main__":
    main()
