"""An import + segmentation of a small survey stores exactly what it stored before the import
was made faster (issue 18): the same segments (offsets, token counts, lemmas), the same
documents marked segmented, the same events and the same search results (hits, ranks,
snippets), both with the NLP in this process and in worker processes.

The expected result, tests/fixtures/segmented_survey.json, was written by the code before
the speed work (commit 1f9d05c) with ``python tests/test_import_same_result.py``; rewrite
it only for a change that means to change what is stored.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from test_segmentation import TRICKY, _generated_texts

from workbench import Project, nlp

FIXTURE = Path(__file__).parent / "fixtures" / "segmented_survey.json"
QUERIES = [
    ("genegeerd", "units"),
    ("genegeerd", "sentences"),
    ("collega", "units"),
    ("vertrouwenspersoon gemeld", "sentences"),
    ("grap", "units"),  # through the lemma only
    ('"de leidinggevende"', "units"),
    ("hoofddoek OR café", "sentences"),
    ("Éénmaal", "units"),
    ('"12.000"', "units"),
]


def survey_csv(path: Path) -> Path:
    """Two open questions over 150 respondents: generated Dutch-looking answers, the awkward
    texts of the segmentation tests, blanks and long answers with many sentences."""
    rng = random.Random(18)
    first = TRICKY + _generated_texts(150 - len(TRICKY), seed=18)
    second = _generated_texts(150, seed=81)
    lines = ["id;stratum;gewicht;afdeling;vraag_a;vraag_b"]
    for i, (a, b) in enumerate(zip(first, second)):
        if i % 11 == 0:
            b = " ".join(second[i : i + 6])  # a long answer, many sentences
        cells = [
            f"R{i:04d}",
            f"s{i % 3}",
            f"{rng.randint(1, 9)},5",
            rng.choice(["HR", "IT", "Juridisch"]),
            a,
            "" if i % 13 == 0 else b,
        ]
        lines.append(";".join('"' + c.replace('"', '""') + '"' for c in cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored(project: Project) -> dict:
    """What segmentation left in the project, in a form that compares as a whole."""
    db = project.core.db
    segments = db.execute(
        'SELECT id, document_id, kind, parent_id, ordinal, start, "end", speaker_id, '
        "n_tokens, lemmas FROM segments ORDER BY id"
    ).fetchall()
    documents = db.execute("SELECT id, title, segmented FROM documents ORDER BY id").fetchall()
    events = [
        {"action": e["action"], "target": e["target"], "payload": e["payload"]}
        for e in reversed(project.events(limit=1000))
    ]
    for event in events:
        event["payload"].pop("event_id", None)
        event["payload"].pop("seconds", None)
    searches = {}
    for query, unit in QUERIES:
        hits = project.search(query, unit=unit, limit=1000)
        searches[f"{query} | {unit}"] = [
            [h["segment_id"], h["document_id"], h["start"], h["end"], h["snippet"], h["rank"]]
            for h in hits
        ]
    return {
        "segments": [list(r) for r in segments],
        "documents": [list(r) for r in documents],
        "events": events,
        "searches": searches,
    }


def imported(folder: Path, workers: bool) -> Project:
    project = Project.create(folder / "p.duiding", user="tester")
    project.import_survey(
        survey_csv(folder / "survey.csv"),
        id="id",
        stratum="stratum",
        weight="gewicht",
        open=["vraag_a", "vraag_b"],
    )
    if workers:  # the path of a large import: batches analysed in a worker process
        project.core.analyser = nlp.Analyser("nl", processes=1, parallel_from=1, chunk=40)
    project.segment(batch=70)
    return project


def _rounded(result: dict) -> dict:
    for hits in result["searches"].values():
        for hit in hits:
            hit[-1] = round(hit[-1], 9)
    return result


@pytest.mark.parametrize("workers", [False, True], ids=["in-process", "workers"])
def test_segmentation_stores_what_it_stored_before(tmp_path, workers):
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    project = imported(tmp_path, workers)
    try:
        result = json.loads(json.dumps(stored(project)))
    finally:
        project.close()
    assert len(result["segments"]) == len(expected["segments"]) > 1000
    for got, want in zip(result["segments"], expected["segments"]):
        assert got == want
    assert result["documents"] == expected["documents"]
    assert result["events"] == expected["events"]
    assert _rounded(result)["searches"] == _rounded(expected)["searches"]
    assert all(expected["searches"].values())  # every query finds something


if __name__ == "__main__":  # write the fixture from the code as it is
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        made = imported(Path(folder), workers="--workers" in sys.argv)
        FIXTURE.write_text(
            json.dumps(stored(made), ensure_ascii=False, separators=(",", ":")) + "\n",
            encoding="utf-8",
        )
        made.close()
    print(f"wrote {FIXTURE} ({FIXTURE.stat().st_size:,} bytes)")
