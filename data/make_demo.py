"""Regenerate the fictional Duiding demo data set (all of it invented).

    .venv/bin/python data/make_demo.py

Writes data/survey/*.csv, data/answer_key.csv, data/pii_key.csv and data/transcripts/*,
byte-for-byte identical on every run (fixed seeds), prints the calibration table and
refreshes the generated block in data/README.md.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep data/ free of __pycache__

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from demo import (  # noqa: E402
    answers,
    fg_script,
    phrases,
    survey,
    transcripts,
)

SEED = 20231001
DATA = Path(__file__).resolve().parent
SURVEY_COLUMNS = [
    "respondent_id",
    "stratum",
    "weight",
    "organisatietype",
    "functiegroep",
    "herkomst",
    "schaal",
    "leeftijd",
    "dienstjaren",
    "departement",
    "racisme_ervaren",
    "racisme_collega",
    "racisme_burger",
    "besproken_leidinggevende",
    "besproken_vertrouwenspersoon",
    "besproken_integriteit",
    "besproken_betrokkenen",
    "besproken_niemand",
    "tevredenheid",
    "open_ervaring",
    "open_gesignaleerd",
    "open_verbetering",
]
README_START, README_END = "<!-- generated:start -->", "<!-- generated:end -->"


def rng_for(part: int) -> np.random.Generator:
    """Independent, fixed random stream per part, so parts can change without shifting others."""
    return np.random.default_rng([SEED, part])


# ------------------------------------------------------------------ writers
def write_dutch_csv(df: pd.DataFrame, path: Path, float_format: str = "%.6f") -> None:
    """Survey-tool style export: ';' delimiter, Windows-1252, decimal comma, CRLF."""
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(
        path,
        sep=";",
        index=False,
        encoding="cp1252",
        decimal=",",
        float_format=float_format,
        lineterminator="\r\n",
    )


def write_utf8_csv(df: pd.DataFrame, path: Path) -> None:
    """Plain UTF-8, comma-separated (keys and metadata)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


# ------------------------------------------------------------------ parts
def build_survey() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Survey frame with outcomes and open answers; returns (frame, answer key, pii key)."""
    frame = survey.make_frame(rng_for(1))
    frame = survey.add_outcomes(frame, rng_for(2))
    frame, key, pii = answers.add_open_answers(frame, rng_for(3))
    return frame[SURVEY_COLUMNS], key, pii


def build_transcripts(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[dict]]:
    """Six focus groups; returns (speakers, turn key, planted pii rows)."""
    folder.mkdir(parents=True, exist_ok=True)
    speakers, keys, pii = [], [], []
    for i, spec in enumerate(fg_script.GROUPS):
        turns = transcripts.build_group(spec, rng_for(10 + i), pii)
        for a, b in zip(turns, turns[1:]):
            assert a.speaker != b.speaker, f"{spec.stem}: consecutive turns by {a.speaker}"
        assert 40 <= len(turns) <= 70, f"{spec.stem}: {len(turns)} turns"
        transcripts.write_group(spec, turns, folder, rng_for(20 + i))
        speakers += transcripts.speakers_rows(spec)
        keys += transcripts.key_rows(spec, turns)
    return pd.DataFrame(speakers), pd.DataFrame(keys), pii


# ------------------------------------------------------------------ checks
RESPONSE_COLUMN = {
    "response/manager": ["besproken_leidinggevende"],
    "response/confidential_adviser": ["besproken_vertrouwenspersoon"],
    "response/integrity": ["besproken_integriteit"],
    "response/colleagues_involved": ["besproken_betrokkenen"],
    "response/formal_report": ["besproken_vertrouwenspersoon", "besproken_integriteit"],
    "response/nothing": ["besproken_niemand"],
}
OUTCOME_OK = {
    "outcome/satisfied": ("tevreden", "neutraal"),
    "outcome/not_satisfied": ("ontevreden", "neutraal"),
    "outcome/fear_of_consequences": ("ontevreden", ""),
}


def validate_survey(frame: pd.DataFrame, key: pd.DataFrame, pii: pd.DataFrame) -> None:
    """Keys match the answers; themes fit the closed answers; planted values are in the text."""
    assert len(frame) == 4481 and frame["respondent_id"].is_unique
    n_answers = sum(int((frame[c] != "").sum()) for c in answers.QUESTIONS)
    assert len(key) == n_answers, "one key row per open answer"
    rows = frame.set_index("respondent_id")
    for _, k in key.iterrows():
        themes = [t for t in k["themes"].split(";") if t]
        assert len(themes) <= 3 and all(t in phrases.THEMES for t in themes), k.to_dict()
        if k["question"] != "open_ervaring":
            continue
        r = rows.loc[k["respondent_id"]]
        for t in themes:
            if t in RESPONSE_COLUMN:
                assert any(r[c] == "ja" for c in RESPONSE_COLUMN[t]), (k["respondent_id"], t)
            if t in OUTCOME_OK:
                assert r["tevredenheid"] in OUTCOME_OK[t], (
                    k["respondent_id"],
                    t,
                    r["tevredenheid"],
                )
    for _, p in pii.iterrows():
        assert p["value"] in rows.loc[p["respondent_id"], p["question"]], p.to_dict()


def transcript_text(path: Path) -> str:
    """All text of a transcript file (paragraphs for .docx)."""
    if path.suffix == ".docx":
        from docx import Document

        return "\n".join(p.text for p in Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8")


def validate_transcripts(
    folder: Path, speakers: pd.DataFrame, fg_key: pd.DataFrame, fg_pii: list[dict]
) -> None:
    """Every keyed speaker is listed; every planted value occurs in its file."""
    known = set(zip(speakers["group"], speakers["speaker"]))
    assert all((g, s) in known for g, s in zip(fg_key["group"], fg_key["speaker"]))
    for p in fg_pii:
        assert p["value"] in transcript_text(folder / p["question"]), p


# ------------------------------------------------------------------ reporting
def calibration_table(frame: pd.DataFrame) -> str:
    """Markdown table: published target vs weighted vs unweighted (percent)."""
    lines = ["| estimate | published | weighted | unweighted |", "|---|---:|---:|---:|"]
    for label, target, w, u in survey.figures(frame):
        lines.append(f"| {label.strip()} | {100 * target:.1f} | {100 * w:.1f} | {100 * u:.1f} |")
    return "\n".join(lines)


def check_calibration(frame: pd.DataFrame) -> None:
    for label, target, w, _ in survey.figures(frame):
        assert abs(w - target) <= survey.TOLERANCE, f"{label}: weighted {w:.4f} vs {target}"


def small_cells(frame: pd.DataFrame) -> list[str]:
    """Departement x stratum cells with 1-9 respondents."""
    tab = pd.crosstab(frame["departement"], frame["stratum"])
    return [
        f"{d} × {s}: {int(tab.loc[d, s])}"
        for d in tab.index
        for s in tab.columns
        if 0 < tab.loc[d, s] < 10
    ]


def answer_stats(frame: pd.DataFrame, key: pd.DataFrame) -> dict[str, object]:
    """Counts, duplicate rates and length distribution of the open answers."""
    texts = pd.concat(
        [
            frame.loc[frame[c] != "", ["respondent_id", c]]
            .rename(columns={c: "text"})
            .assign(question=c)
            for c in answers.QUESTIONS
        ]
    )
    texts = texts.merge(key, on=["respondent_id", "question"], validate="one_to_one")
    themed, texts = (texts["themes"] != "").to_numpy(), texts["text"]
    words = texts.str.split().str.len()
    dup = texts.duplicated(keep=False)
    long = words >= 8
    return {
        "dup_rate_themed_6plus": float(dup[themed & (words >= 6)].mean()),
        "counts": {c: int((frame[c] != "").sum()) for c in answers.QUESTIONS},
        "n": len(texts),
        "dup_rate": float(dup.mean()),
        "dup_rate_long": float(dup[long].mean()),
        "words": words.describe(percentiles=[0.1, 0.5, 0.9]).round(1).to_dict(),
        "no_theme": int((key["themes"] == "").sum()),
    }


def summary_markdown(frame: pd.DataFrame, key: pd.DataFrame, pii: pd.DataFrame) -> str:
    st = answer_stats(frame, key)
    sat = survey.satisfaction_table(frame)
    sat_lines = [
        "| besproken met betrokkenen | n | tevreden | neutraal | ontevreden |",
        "|---|---:|---:|---:|---:|",
    ]
    for _, r in sat.iterrows():
        sat_lines.append(
            f"| {r['besproken_betrokkenen']} | {r['n']} | {100 * r['tevreden']:.0f}% | "
            f"{100 * r['neutraal']:.0f}% | {100 * r['ontevreden']:.0f}% |"
        )
    w = frame["weight"]
    be_resp = (w * (frame["herkomst"] == "buiten Europa")).sum() / w.sum()
    be_pop = survey.population_margins().query("value == 'buiten Europa'")["share"].iloc[0]
    counts = ", ".join(f"`{k}` {v}" for k, v in st["counts"].items())
    kinds = ", ".join(f"{k} {v}" for k, v in pii.groupby(["kind"]).size().items())
    return "\n".join(
        [
            "Weighted figures (design weights) against the published PER figures, in percent:",
            "",
            calibration_table(frame),
            "",
            "Satisfaction among those who discussed it with someone (weighted):",
            "",
            *sat_lines,
            "",
            f"Herkomst buiten Europa: {100 * be_pop:.1f}% of the population (population_margins.csv), "
            f"{100 * be_resp:.1f}% of respondents after design weighting (so raking on herkomst still moves it).",
            "",
            f"Open answers: {counts}; {st['no_theme']} of them carry no codable content (empty themes, e.g. "
            f'"zie boven"). Exact duplicates: {100 * st["dup_rate"]:.1f}% of all answers, '
            f"{100 * st['dup_rate_long']:.1f}% of answers with 8+ words (all of them non-content answers such as "
            f'"Geen suggesties, ..."; themed answers of 6+ words: {100 * st["dup_rate_themed_6plus"]:.1f}%). '
            f"Words per answer: median "
            f"{st['words']['50%']:.0f}, 10th-90th percentile {st['words']['10%']:.0f}-{st['words']['90%']:.0f}, "
            f"max {st['words']['max']:.0f}.",
            "",
            f"Planted personal data (pii_key.csv): {len(pii)} items ({kinds}).",
            "",
            "Small cells (departement × stratum with fewer than 10 respondents): "
            + "; ".join(small_cells(frame))
            + ".",
        ]
    )


def update_readme(block: str) -> None:
    """Replace the generated block in data/README.md (if the markers are present)."""
    path = DATA / "README.md"
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8")
    if README_START in text and README_END in text:
        head, rest = text.split(README_START, 1)
        _, tail = rest.split(README_END, 1)
        path.write_text(f"{head}{README_START}\n{block}\n{README_END}{tail}", encoding="utf-8")


def sha_listing(paths: list[Path]) -> str:
    return "\n".join(
        f"{hashlib.sha256(p.read_bytes()).hexdigest()[:16]}  {p.stat().st_size:>9,d}  "
        f"{p.relative_to(DATA)}"
        for p in paths
    )


def main() -> None:
    frame, key, pii = build_survey()
    check_calibration(frame)
    validate_survey(frame, key, pii)
    write_dutch_csv(frame, DATA / "survey" / "per_demo.csv")
    write_dutch_csv(survey.strata_table(), DATA / "survey" / "strata.csv")
    write_dutch_csv(survey.population_margins(), DATA / "survey" / "population_margins.csv")
    write_utf8_csv(key, DATA / "answer_key.csv")

    speakers, fg_key, fg_pii = build_transcripts(DATA / "transcripts")
    write_utf8_csv(speakers, DATA / "transcripts" / "speakers.csv")
    write_utf8_csv(fg_key, DATA / "transcripts" / "answer_key.csv")
    validate_transcripts(DATA / "transcripts", speakers, fg_key, fg_pii)
    all_pii = pd.concat([pii, pd.DataFrame(fg_pii, columns=pii.columns)], ignore_index=True)
    write_utf8_csv(all_pii, DATA / "pii_key.csv")

    block = summary_markdown(frame, key, all_pii)
    update_readme(block)
    print(block)
    outputs = sorted(
        p
        for p in DATA.rglob("*")
        if p.is_file() and p.suffix in {".csv", ".txt", ".docx", ".vtt", ".srt"}
    )
    print("\nFiles (sha256 prefix, bytes):")
    print(sha_listing(outputs))


if __name__ == "__main__":
    main()
