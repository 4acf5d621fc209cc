"""UI strings in Dutch and English. Data is never translated, only the interface."""

from __future__ import annotations

LANGUAGES = {"nl": "Nederlands", "en": "English"}

STRINGS: dict[str, dict[str, str]] = {
    "app_title": {"nl": "Duiding", "en": "Duiding"},
    "project_file": {"nl": "Projectbestand", "en": "Project file"},
    "coder": {"nl": "Codeur", "en": "Coder"},
    "language": {"nl": "Taal", "en": "Language"},
    "page_project": {"nl": "Project", "en": "Project"},
    "page_documents": {"nl": "Documenten", "en": "Documents"},
    "page_search": {"nl": "Zoeken", "en": "Search"},
    "no_project": {"nl": "Geen project geopend. Geef een projectbestand op in de zijbalk, of maak er een.",
                   "en": "No project open. Enter a project file in the sidebar, or create one."},
    "create_project": {"nl": "Nieuw project maken", "en": "Create new project"},
    "create": {"nl": "Maken", "en": "Create"},
    "build_demo": {"nl": "Demoproject bouwen", "en": "Build demo project"},
    "counts": {"nl": "Inhoud", "en": "Contents"},
    "schema_version": {"nl": "Schemaversie", "en": "Schema version"},
    "import_survey": {"nl": "Enquête importeren", "en": "Import survey"},
    "import_transcript": {"nl": "Transcript importeren", "en": "Import transcript"},
    "import_speakers": {"nl": "Sprekerkenmerken importeren", "en": "Import speaker attributes"},
    "file": {"nl": "Bestand", "en": "File"},
    "id_column": {"nl": "Kolom respondent-id", "en": "Respondent id column"},
    "stratum_column": {"nl": "Kolom stratum", "en": "Stratum column"},
    "weight_column": {"nl": "Kolom gewicht", "en": "Weight column"},
    "open_columns": {"nl": "Open vragen", "en": "Open questions"},
    "group": {"nl": "Focusgroep", "en": "Focus group"},
    "import": {"nl": "Importeren", "en": "Import"},
    "imported": {"nl": "Geïmporteerd", "en": "Imported"},
    "segmenting": {"nl": "Segmenteren", "en": "Segmenting"},
    "segment_now": {"nl": "Nu segmenteren", "en": "Segment now"},
    "events": {"nl": "Logboek", "en": "Audit trail"},
    "document": {"nl": "Document", "en": "Document"},
    "kind": {"nl": "Soort", "en": "Kind"},
    "answers": {"nl": "Antwoorden", "en": "Answers"},
    "respondents": {"nl": "Respondenten", "en": "Respondents"},
    "segments": {"nl": "Segmenten", "en": "Segments"},
    "codings": {"nl": "Coderingen", "en": "Codings"},
    "transcripts": {"nl": "Transcripten", "en": "Transcripts"},
    "sentences": {"nl": "Zinnen", "en": "Sentences"},
    "turns": {"nl": "Beurten", "en": "Turns"},
    "unit_all": {"nl": "Antwoorden en beurten", "en": "Answers and turns"},
    "speakers": {"nl": "Sprekers", "en": "Speakers"},
    "query": {"nl": "Zoekterm", "en": "Search for"},
    "unit": {"nl": "Eenheid", "en": "Unit"},
    "no_hits": {"nl": "Geen resultaten.", "en": "No matches."},
    "hits": {"nl": "resultaten", "en": "matches"},
    "error": {"nl": "Fout", "en": "Error"},
    "no_documents": {"nl": "Nog geen documenten.", "en": "No documents yet."},
}


def translate(key: str, language: str) -> str:
    """The string for ``key`` in ``language``; the key itself if missing (visible in tests)."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    return entry.get(language) or entry["en"]
