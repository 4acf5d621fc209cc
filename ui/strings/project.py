"""UI strings (Dutch, English) of the Project page (new project, imports, transcript
preview), Documents and Search; ui/i18n.py merges the parts into one table."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # project: create, import, preview
    "project_file": {"nl": "Projectbestand", "en": "Project file"},
    "page_project": {"nl": "Project", "en": "Project"},
    "no_project": {
        "nl": "Geen project geopend. Geef een projectbestand op in de zijbalk, of maak er een.",
        "en": "No project open. Enter a project file in the sidebar, or create one.",
    },
    "create_project": {"nl": "Nieuw project maken", "en": "Create new project"},
    "create": {"nl": "Maken", "en": "Create"},
    "build_demo": {"nl": "Demoproject bouwen", "en": "Build demo project"},
    "counts": {"nl": "Inhoud", "en": "Contents"},
    "schema_version": {"nl": "Schemaversie", "en": "Schema version"},
    "import_survey": {"nl": "Enquête importeren", "en": "Import survey"},
    "import_transcript": {"nl": "Transcript importeren", "en": "Import transcript"},
    "import_speakers": {"nl": "Sprekerkenmerken importeren", "en": "Import speaker attributes"},
    "transcript_preview": {
        "nl": "{file} (focusgroep {group}): zo wordt het gelezen; er is nog niets geïmporteerd",
        "en": "{file} (focus group {group}): how it will be read; nothing is imported yet",
    },
    "preview_counts": {
        "nl": "{turns} beurten van {speakers} sprekers",
        "en": "{turns} turns by {speakers} speakers",
    },
    "is_it_a_speaker": {
        "nl": "{where}: is '{label}' een spreker?",
        "en": "{where}: is '{label}' a speaker?",
    },
    "as_speaker": {"nl": "ja, een spreker", "en": "yes, a speaker"},
    "as_text": {"nl": "nee, tekst van de beurt ervoor", "en": "no, text of the turn before"},
    "decide_first": {
        "nl": "Kies eerst bij elke twijfelachtige spreker hierboven of het een spreker "
        "is; pas dan kan dit transcript geïmporteerd worden.",
        "en": "First choose for each doubtful speaker above whether it is a speaker; "
        "only then can this transcript be imported.",
    },
    "first_line": {"nl": "Eerste regel", "en": "First line"},
    "first_paragraph": {"nl": "Eerste alinea", "en": "First paragraph"},
    "first_cue": {"nl": "Eerste ondertitel", "en": "First cue"},
    "file": {"nl": "Bestand", "en": "File"},
    "id_column": {"nl": "Kolom respondent-id", "en": "Respondent id column"},
    "stratum_column": {"nl": "Kolom stratum", "en": "Stratum column"},
    "weight_column": {"nl": "Kolom gewicht", "en": "Weight column"},
    "open_columns": {"nl": "Open vragen", "en": "Open questions"},
    "imported": {"nl": "Geïmporteerd", "en": "Imported"},
    "segmenting": {"nl": "Segmenteren", "en": "Segmenting"},
    "segment_now": {"nl": "Nu segmenteren", "en": "Segment now"},
    "events": {"nl": "Logboek", "en": "Audit trail"},
    # documents and search
    "page_documents": {"nl": "Documenten", "en": "Documents"},
    "import_pdf": {"nl": "PDF-document importeren", "en": "Import PDF document"},
    "pdf_group": {
        "nl": "Groep (standaard: de bestandsnaam)",
        "en": "Group (default: the file name)",
    },
    "pdf_imported": {
        "nl": "{file}: {paragraphs} alinea's op {pages} pagina's geïmporteerd",
        "en": "{file}: {paragraphs} paragraphs on {pages} pages imported",
    },
    "page_number": {"nl": "p. {page}", "en": "p. {page}"},
    "recording": {
        "nl": "Opname koppelen of transcriberen",
        "en": "Link or transcribe a recording",
    },
    "recording_action": {"nl": "Wat wilt u doen?", "en": "What do you want to do?"},
    "recording_link": {
        "nl": "Koppelen aan het getimede transcript van een groep",
        "en": "Link to a group's timed transcript",
    },
    "recording_transcribe": {
        "nl": "Transcriberen (lokaal Whisper-model; controleer de tekst)",
        "en": "Transcribe (local Whisper model; check the text)",
    },
    "recording_no_groups": {
        "nl": "Nog geen transcript met tijden (.vtt, .srt): importeer er eerst een.",
        "en": "No timed transcript (.vtt, .srt) yet: import one first.",
    },
    "recording_group": {
        "nl": "Groep van het nieuwe transcript (standaard: de bestandsnaam)",
        "en": "Group of the new transcript (default: the file name)",
    },
    "recording_linked": {
        "nl": "{file} gekoppeld aan {group}: gecodeerde beurten spelen af vanaf hun tijd.",
        "en": "{file} linked to {group}: coded turns play from their time.",
    },
    "recording_transcribing": {"nl": "Transcriberen…", "en": "Transcribing…"},
    "recording_transcribed": {
        "nl": '{file} getranscribeerd: {turns} beurten van "Spreker ?"',
        "en": '{file} transcribed: {turns} turns by "Spreker ?"',
    },
    "page_search": {"nl": "Zoeken", "en": "Search"},
    "query": {"nl": "Zoekterm", "en": "Search for"},
    "hits": {"nl": "resultaten", "en": "matches"},
    "code_hits_with": {"nl": "Resultaten coderen met", "en": "Code matches with"},
    "code_hits_help": {
        "nl": "＋ bij een resultaat codeert zijn hele eenheid met deze code, als {coder}.",
        "en": "＋ on a match codes its whole unit with this code, as {coder}.",
    },
    "coded_already": {
        "nl": "Al door u gecodeerd met {code}.",
        "en": "Already coded by you with {code}.",
    },
    "speakers_n": {"nl": "Sprekers ({n})", "en": "Speakers ({n})"},
    "respondent_is": {"nl": "Respondent {respondent}", "en": "Respondent {respondent}"},
    "attribute": {"nl": "Kenmerk", "en": "Attribute"},
    "new_attribute": {"nl": "Nieuw kenmerk…", "en": "New attribute…"},
    "attribute_name": {"nl": "Naam van het kenmerk", "en": "Attribute name"},
    "new_value": {"nl": "Nieuwe waarde", "en": "New value"},
    "new_value_help": {
        "nl": "Leeg laten wist de waarde. De oude en nieuwe waarde worden vastgelegd.",
        "en": "Leave empty to clear the value. The old and new value are recorded.",
    },
    "save_value": {"nl": "Waarde opslaan", "en": "Save value"},
    "value_saved": {"nl": "Opgeslagen: {what} = {new}", "en": "Saved: {what} = {new}"},
}
