"""Personal data is found and redacted; ordinary words are left alone."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from workbench import Project
from workbench.export import export
from workbench.privacy import find, first_names, redact, surnames
import pii_corpus
import pii_names
from conftest import ROOT


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Mail me op j.devries@minvanvoorbeeld.nl graag.", "email", "j.devries@minvanvoorbeeld.nl"),
        ("Bel 06-12345678 na vijven.", "phone", "06-12345678"),
        ("Bel 06 1234 5678 na vijven.", "phone", "06 1234 5678"),
        ("Mijn nummer: +31 6 12345678.", "phone", "+31 6 12345678"),
        ("Het secretariaat: 070-1234567.", "phone", "070-1234567"),
        ("Rekening NL91 ABNA 0417 1643 00 voor de kosten.", "iban", "NL91 ABNA 0417 1643 00"),
        ("BSN 111222333 stond in de mail.", "bsn", "111222333"),
        ("Mijn personeelsnummer is 1234567.", "employee_number", "personeelsnummer is 1234567"),
        ("Het gebeurde bij team Inkoop Noord vorige week.", "team", "team Inkoop Noord"),
        ("Vraag het aan Mohamed El Amrani.", "name", "Mohamed El Amrani"),
        ("Met name I. Peeters maakte grappen.", "name", "I. Peeters"),
        ("het gaat om mijn leidinggevende kofi peeters. ik", "name", "kofi peeters"),
    ],
)
def test_personal_data_is_found(text, kind, value):
    assert [(f.kind, f.text) for f in find(text)] == [(kind, value)]
    assert value not in redact(text)


def test_ordinary_text_is_left_alone():
    text = (
        "Mijn team keek weg toen er grappen werden gemaakt. In 2023 was dat 12 keer. "
        "De leidinggevende deed niets en het bleef stil. Nummer 123456789 is geen BSN."
    )
    assert find(text) == []
    assert redact(text) == text


def test_redaction_labels_say_what_was_removed():
    assert redact("Jan de Vries belde 06-12345678.") == "[naam] belde [telefoonnummer]."


# forms the first version missed (issue 11, item 3) and the other forms survey answers use
@pytest.mark.parametrize(
    "text, kind, value",
    [
        (
            "consequenties en kijk niet weg! mustafa hendriks kan dit bevestigen.",
            "name",
            "mustafa hendriks",
        ),
        ("dit speelt vooral hier. (team inkoop noord) ik krijg", "team", "team inkoop noord"),
        (
            "Ze vroegen om mijn personeelsnummer, 8868501, en toen niets.",
            "employee_number",
            "8868501",
        ),
        ("Gemeld onder pers.nr. 8868501 vorige week.", "employee_number", "8868501"),
        ("medewerkernummer: 45678 staat erbij", "employee_number", "45678"),
        ("Dit is gemeld onder P-nr. 6657663.", "employee_number", "6657663"),
        ("Mijn rekening nl91 abna 0417 1643 00 dus.", "iban", "nl91 abna 0417 1643 00"),
        ("Mijn BSN 1112.22.333 stond op de lijst.", "bsn", "1112.22.333"),
        ("bsn: 12345678 stond erbij", "bsn", "12345678"),
        ("Bel 020 - 123 45 67 na vijven.", "phone", "020 - 123 45 67"),
        ("Bel +31 (0)6 1234 5678 na vijven.", "phone", "+31 (0)6 1234 5678"),
        ("Bel 0031 6 12345678 na vijven.", "phone", "0031 6 12345678"),
        ("Ik woon op Kastanjelaan 12a en werd opgezocht.", "address", "Kastanjelaan 12a"),
        ("Post naar 1234 AB 12 kwam nooit aan.", "address", "1234 AB 12"),
        ("mijn postcode is 1234ab", "address", "1234ab"),
        ("Ze kwamen langs op Lange Voorhout 92, 2514 EC Den Haag.", "address", "Lange Voorhout 92"),
        ("Het gebeurde bij de afdeling HR-advies in maart.", "department", "afdeling HR-advies"),
        ("Vanuit directie Financiën kwam niets.", "department", "directie Financiën"),
        ("Jans leidinggevende deed niets.", "name", "Jans"),
        ("Ik sprak mevr. El Amrani erover aan.", "name", "El Amrani"),
        ("Het was J. van der Zanden die lachte.", "name", "J. van der Zanden"),
        ("MIJN LEIDINGGEVENDE MOHAMED EL AMRANI DOET NIETS.", "name", "MOHAMED EL AMRANI"),
        ("Gisteren zei Kerem Yıldırım dat het niet uitmaakt.", "name", "Kerem Yıldırım"),
        ("ik heb met kerem yıldırım gesproken", "name", "kerem yıldırım"),
        ("Volgens Kaan moet ik niet zo gevoelig zijn.", "name", "Kaan"),
    ],
)
def test_personal_data_in_every_form_is_redacted(text, kind, value):
    found = find(text)
    at = text.index(value)
    assert any(f.kind == kind and f.start <= at and f.end >= at + len(value) for f in found), found
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "De roos op mijn bureau werd weggehaald. Ik werk in Den Haag bij de Belastingdienst.",
        "Ik ben bang dat niemand iets doet. Mark je agenda voor de training, schreef HR.",
        "Mijn team keek weg. Het hele team zweeg. In 2023 en 2024 was dat 12 keer.",
        "Als Marokkaanse Nederlander word ik vaker gecontroleerd, ook in Rotterdam.",
        "Tijdens Keti Koti en het Suikerfeest kregen we een mail van de directie.",
        "Ik ben van Surinaamse afkomst en werk 0,8 fte bij Rijkswaterstaat.",
        "Een meneer vond dat ik 'goed Nederlands' sprak. Op de afdeling is het beter.",
        "We hadden een sessie over diversity & inclusion met een externe trainer.",
    ],
)
def test_ordinary_answers_survive(text):
    assert find(text) == [] and redact(text) == text


def test_redacting_twice_changes_nothing():
    text = (
        "Mijn IBAN NL91ABNA0417164300, BSN 111222333, mail j.devries@minvanvoorbeeld.nl; "
        "(team inkoop noord) en kerem yıldırım, Kastanjelaan 12, 1234 AB Utrecht."
    )
    once = redact(text)
    assert "[IBAN]" in once and "[naam]" in once and redact(once) == once


def test_held_out_names_are_not_on_the_redactors_lists():
    """The benchmark's names measure the rules, not list look-up."""
    known = first_names() | surnames()
    for variant in ("dev", "test"):
        vocabulary = pii_corpus.vocabulary(variant)
        for name in pii_names.first_names(vocabulary) + pii_names.surnames(vocabulary):
            parts = [name.lower(), name.lower().split()[-1], *name.lower().split("-")]
            assert not any(p in known for p in parts), name


@pytest.mark.parametrize("variant", ["dev", "test"])
@pytest.mark.slow  # the whole held-out PII corpus
def test_held_out_recall_and_ordinary_words(variant):
    """At least 99% of planted items (97% of each kind) in held-out answers are redacted,
    and at most 0.5% of the words of ordinary answers are."""
    per_kind: dict[str, list[int]] = {}
    for answer in pii_corpus.planted(2000, variant=variant):
        redacted = redact(answer.text)
        for item in answer.items:
            hits = per_kind.setdefault(item.kind, [0, 0])
            hits[0] += not pii_corpus.survives(item, redacted, answer.text)
            hits[1] += 1
    assert len(per_kind) == 8
    assert sum(h for h, _ in per_kind.values()) >= 0.99 * sum(n for _, n in per_kind.values())
    assert all(h >= 0.97 * n for h, n in per_kind.values()), per_kind
    words = redacted_words = 0
    for text in pii_corpus.ordinary(1000, variant=variant):
        words += len(re.findall(r"\w+", text))
        redacted_words += sum(len(re.findall(r"\w+", f.text)) for f in find(text))
    assert redacted_words <= 0.005 * words


@pytest.mark.slow  # every export kind of the whole demo
def test_no_planted_item_of_the_demo_reaches_a_viewer_export(demo_copy, tmp_path):
    """Every answer and turn holding one of the demo's 109 planted items is coded; the
    viewer segments export, the viewer codebook (the items as example quotes) and the
    anonymised dataset show none of them."""
    key = pd.read_csv(ROOT / "data" / "pii_key.csv", dtype=str)
    values = list(key["value"])
    with Project.open(demo_copy, user="ann") as project:
        units = [
            s
            for d in project.documents(limit=100_000)
            for s in project.segments(d["id"])
            if s["kind"] in ("answer", "turn") and any(v in s["text"] for v in values)
        ]
        project.codebook.add("Persoonlijk", examples=[s["text"] for s in units])
        for unit in units:
            project.coding.code_segment(unit["id"], "Persoonlijk")
        for kind, name, viewer in (
            ("segments", "s.csv", True),
            ("codebook", "c.yaml", True),
            ("dataset", "d.csv", False),
        ):
            export(project.core, kind, tmp_path / name, viewer=viewer)
    assert all(any(v in "".join(u["text"] for u in units) for v in [value]) for value in values)
    for name in ("s.csv", "c.yaml", "d.csv"):
        text = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert [v for v in values if v in text] == [], name
