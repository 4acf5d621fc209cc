"""UI strings (Dutch, English) of the Matrices page; ui/i18n.py merges the parts into one
table."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "page_matrices": {"nl": "Matrices", "en": "Matrices"},
    "mx_matrix": {"nl": "Matrix", "en": "Matrix"},
    "mx_words": {"nl": "Woordfrequenties", "en": "Word frequencies"},
    "mx_columns": {"nl": "Kolommen", "en": "Columns"},
    "mx_codes_columns": {"nl": "codes (samen voorkomen)", "en": "codes (co-occurrence)"},
    "mx_focus_groups": {"nl": "focusgroepen", "en": "focus groups"},
    "mx_speaker_attribute": {"nl": "spreker: {name}", "en": "speaker: {name}"},
    "mx_rows": {"nl": "Codes (rijen)", "en": "Codes (rows)"},
    "mx_all_codes": {"nl": "alle codes", "en": "all codes"},
    "mx_figure": {"nl": "Getal", "en": "Figure"},
    "mx_people": {"nl": "personen", "en": "people"},
    "mx_units": {"nl": "eenheden", "en": "units"},
    "mx_share": {"nl": "gewogen aandeel", "en": "weighted share"},
    "mx_weighted": {
        "nl": "Gewogen aandelen berekenen (enquêtevariabelen; trager)",
        "en": "Compute weighted shares (survey variables; slower)",
    },
    "mx_help": {
        "nl": "Per cel: {people} met de code (eenheden: {unit}); tussen haakjes het gewogen aandeel respondenten. * = minder dan {threshold}: niet getoond aan kijkers en leeg in downloads.",
        "en": "Per cell: {people} with the code (units: {unit}); in brackets the weighted share of respondents. * = fewer than {threshold}: not shown to viewers and blank in downloads.",
    },
    "mx_who_respondents": {"nl": "respondenten", "en": "respondents"},
    "mx_who_participants": {"nl": "deelnemers", "en": "participants"},
    "mx_who_people": {"nl": "personen", "en": "people"},
    "mx_size": {"nl": "groepsgrootte", "en": "group size"},
    "mx_chart_note": {
        "nl": "De heatmap is wat de downloads bevatten: cellen onder {threshold} zijn leeg (–).",
        "en": "The heatmap is what the downloads hold: cells under {threshold} are blank (–).",
    },
    "mx_download_png": {"nl": "Download PNG", "en": "Download PNG"},
    "mx_download_svg": {"nl": "Download SVG", "en": "Download SVG"},
    "mx_download_csv": {"nl": "Download CSV", "en": "Download CSV"},
    "mx_cell": {"nl": "Passages van een cel", "en": "Passages of a cell"},
    "mx_row": {"nl": "Rij", "en": "Row"},
    "mx_column": {"nl": "Kolom", "en": "Column"},
    "mx_pick_help": {
        "nl": "Klik op een cel van de tabel, of kies rij en kolom.",
        "en": "Click a cell of the table, or choose row and column.",
    },
    "mx_show_passages": {"nl": "Toon passages", "en": "Show passages"},
    "mx_n_passages": {"nl": "{n} passages", "en": "{n} passages"},
    "mx_no_passages": {"nl": "Geen passages in deze cel.", "en": "No passages in this cell."},
    "mx_no_text": {
        "nl": "Je rol mag geen teksten lezen.",
        "en": "Your role may not read texts.",
    },
    "mx_word_code": {"nl": "Code", "en": "Code"},
    "mx_word_by": {"nl": "Per groep van", "en": "Per group of"},
    "mx_nobody": {"nl": "(geen)", "en": "(none)"},
    "mx_top": {"nl": "Woorden per groep", "en": "Words per group"},
    "mx_words_help": {
        "nl": "Lemma's uit de segmentatie, stopwoorden weggelaten. * = in minder dan {threshold} eenheden of een groep van minder dan {threshold} personen: niet getoond aan kijkers.",
        "en": "Lemmas from segmentation, stop words left out. * = in fewer than {threshold} units or a group of fewer than {threshold} people: not shown to viewers.",
    },
    "mx_no_words": {
        "nl": "Geen woorden: nog niets gesegmenteerd of gecodeerd.",
        "en": "No words: nothing segmented or coded yet.",
    },
    "mx_word": {"nl": "woord", "en": "word"},
    "mx_count": {"nl": "aantal", "en": "count"},
    "mx_group": {"nl": "groep", "en": "group"},
}
