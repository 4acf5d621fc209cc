"""Personal data is found and redacted; ordinary words are left alone."""

from __future__ import annotations

import pytest

from workbench.privacy import find, redact


@pytest.mark.parametrize("text, kind, value", [
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
])
def test_personal_data_is_found(text, kind, value):
    assert [(f.kind, f.text) for f in find(text)] == [(kind, value)]
    assert value not in redact(text)


def test_ordinary_text_is_left_alone():
    text = ("Mijn team keek weg toen er grappen werden gemaakt. In 2023 was dat 12 keer. "
            "De leidinggevende deed niets en het bleef stil. Nummer 123456789 is geen BSN.")
    assert find(text) == []
    assert redact(text) == text


def test_redaction_labels_say_what_was_removed():
    assert redact("Jan de Vries belde 06-12345678.") == "[naam] belde [telefoonnummer]."
