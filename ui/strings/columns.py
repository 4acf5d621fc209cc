"""Column labels (Dutch, English) of the tables the UI shows: the one home for them. A key
is ``col_`` + the API's field name (``coded_speakers``); :func:`ui.common.labelled` renames
a table's columns with them before a page shows it. Data is never relabelled."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # events, documents, codings, passages
    "col_id": {"nl": "Nr.", "en": "ID"},
    "col_time": {"nl": "Tijd", "en": "Time"},
    "col_actor": {"nl": "Gebruiker", "en": "User"},
    "col_action": {"nl": "Handeling", "en": "Action"},
    "col_target": {"nl": "Betreft", "en": "Target"},
    "col_payload": {"nl": "Gegevens", "en": "Details"},
    "col_speaker": {"nl": "Spreker", "en": "Speaker"},
    "col_text": {"nl": "Tekst", "en": "Text"},
    "col_lemmas": {"nl": "Lemma's", "en": "Lemmas"},
    "col_code": {"nl": "Code", "en": "Code"},
    "col_coder": {"nl": "Codeur", "en": "Coder"},
    "col_start": {"nl": "Begin", "en": "Start"},
    "col_end": {"nl": "Einde", "en": "End"},
    "col_topic": {"nl": "Onderwerp", "en": "Topic"},
    "col_respondent": {"nl": "Respondent", "en": "Respondent"},
    "col_question": {"nl": "Vraag", "en": "Question"},
    "col_group": {"nl": "Groep", "en": "Group"},
    "col_time_start": {"nl": "Tijdstip", "en": "Time"},
    "col_time_end": {"nl": "Tot", "en": "Until"},
    "col_unit_text": {"nl": "Hele antwoord of beurt", "en": "Whole answer or turn"},
    "col_document_id": {"nl": "Document", "en": "Document"},
    "col_document": {"nl": "Document", "en": "Document"},
    # agreement
    "col_kappa": {"nl": "Cohens kappa", "en": "Cohen's kappa"},
    "col_alpha": {"nl": "Krippendorffs alfa", "en": "Krippendorff's alpha"},
    # estimates, focus groups, weights
    "col_estimate": {"nl": "Schatting", "en": "Estimate"},
    "col_ci": {"nl": "95%-BI", "en": "95% CI"},
    "col_se": {"nl": "Standaardfout", "en": "SE"},
    "col_deff": {"nl": "Designeffect", "en": "Design effect"},
    "col_value": {"nl": "Waarde", "en": "Value"},
    "col_speakers": {"nl": "Sprekers", "en": "Speakers"},
    "col_coded_speakers": {"nl": "Sprekers gecodeerd", "en": "Speakers coded"},
    "col_coded_turns": {"nl": "Beurten gecodeerd", "en": "Turns coded"},
    "col_sum": {"nl": "Som", "en": "Sum"},
    "col_min": {"nl": "Min", "en": "Min"},
    "col_max": {"nl": "Max", "en": "Max"},
    "col_mean": {"nl": "Gemiddelde", "en": "Mean"},
    "col_cv": {"nl": "Variatiecoëfficiënt", "en": "CV"},
    "col_deff_kish": {"nl": "Designeffect (Kish)", "en": "Design effect (Kish)"},
    "col_variable": {"nl": "Variabele", "en": "Variable"},
    "col_population": {"nl": "Populatie", "en": "Population"},
    "col_unweighted": {"nl": "Ongewogen", "en": "Unweighted"},
    "col_imported": {"nl": "Ingelezen gewichten", "en": "Imported weights"},
    "col_design": {"nl": "Designgewichten", "en": "Design weights"},
    "col_raked": {"nl": "Geraked", "en": "Raked"},
}
