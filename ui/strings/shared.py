"""UI strings (Dutch, English) of the sidebar and the navigation, and the words several
page groups share; ui/i18n.py merges the parts into one table."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # sidebar and navigation
    "app_title": {"nl": "Duiding", "en": "Duiding"},
    "coder": {"nl": "Codeur", "en": "Coder"},
    "language": {"nl": "Taal", "en": "Language"},
    # a multiselect with nothing chosen (Streamlit's own default is English in every UI)
    "choose_options": {"nl": "Kies…", "en": "Choose options"},
    "section_project": {"nl": "Project", "en": "Project"},
    "section_coding": {"nl": "Coderen", "en": "Coding"},
    "section_report": {"nl": "Rapporteren", "en": "Reporting"},
    "browse_mode": {"nl": "Alleen-lezen (verkennen)", "en": "Browse mode (read-only)"},
    "browse_mode_help": {
        "nl": "Alleen thema's met aantallen en geanonimiseerde citaten; niets "
        "kan worden gewijzigd.",
        "en": "Only themes with counts and redacted quotes; nothing can be changed.",
    },
    # who is acting (members and roles)
    "acting_single_user": {
        "nl": "Eén gebruiker: {user} werkt als eigenaar (geen leden ingesteld).",
        "en": "Single-user: {user} works as owner (no members set).",
    },
    "acting_team": {"nl": "{user} werkt als {role}.", "en": "{user} works as {role}."},
    "not_a_member": {
        "nl": "{user} is geen lid van dit project; vraag een eigenaar om toegang.",
        "en": "{user} is not a member of this project; ask an owner for access.",
    },
    "single_user_on_server": {
        "nl": "Dit project heeft nog geen leden en gaat op een server voor niemand open. "
        "Op de server: python -m workbench members PROJECT add NAAM --role owner.",
        "en": "This project has no members yet and opens for nobody on a server. "
        "On the server: python -m workbench members PROJECT add NAME --role owner.",
    },
    "role_owner": {"nl": "eigenaar", "en": "owner"},
    "role_coder": {"nl": "codeur", "en": "coder"},
    "role_viewer": {"nl": "lezer", "en": "viewer"},
    # words on several pages
    "text": {"nl": "Tekst", "en": "Text"},
    "by": {"nl": "Uitgesplitst naar", "en": "By"},
    "speaker": {"nl": "Spreker", "en": "Speaker"},
    "group": {"nl": "Focusgroep", "en": "Focus group"},
    "import": {"nl": "Importeren", "en": "Import"},
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
    "unit": {"nl": "Eenheid", "en": "Unit"},
    "no_hits": {"nl": "Geen resultaten.", "en": "No matches."},
    "error": {"nl": "Fout", "en": "Error"},
    "no_documents": {"nl": "Nog geen documenten.", "en": "No documents yet."},
    "page_of": {"nl": "Pagina (van {pages})", "en": "Page (of {pages})"},
    "code": {"nl": "Code", "en": "Code"},
    "codes": {"nl": "Codes", "en": "Codes"},
    "all": {"nl": "alle", "en": "all"},
    "all_codes": {"nl": "Alle codes", "en": "All codes"},
    "respondent": {"nl": "Respondent", "en": "Respondent"},
    "no_codes": {
        "nl": "Het codeboek is nog leeg: voeg codes toe of importeer een codeboek.",
        "en": "The codebook is empty: add codes or import a codebook.",
    },
    "survey": {"nl": "Enquête", "en": "Survey"},
    "focus_groups": {"nl": "Focusgroepen", "en": "Focus groups"},
    "variable": {"nl": "Enquêtevariabele", "en": "Survey variable"},
    # the stages of long jobs (workbench/progress.py STAGES), shown in a status box
    "stage_read": {"nl": "Bestand lezen", "en": "Reading the file"},
    "stage_check": {"nl": "Rijen controleren", "en": "Checking rows"},
    "stage_write": {"nl": "In het project schrijven", "en": "Writing to the project"},
    "stage_segment": {"nl": "In zinnen splitsen", "en": "Splitting into sentences"},
    "stage_embed": {"nl": "Vectoren berekenen", "en": "Computing vectors"},
    "stage_train": {"nl": "Per code trainen", "en": "Training per code"},
    "stage_fit": {"nl": "Onderwerpen zoeken", "en": "Finding topics"},
    "stage_save": {"nl": "Ronde opslaan", "en": "Saving the run"},
    "stage_themes": {"nl": "Themaoverzichten maken", "en": "Building the theme displays"},
    "stage_method": {"nl": "Methode schrijven", "en": "Writing the method section"},
    "stage_render": {"nl": "Bestand schrijven", "en": "Writing the file"},
    "stage_done": {"nl": "klaar", "en": "done"},
    "report_language": {"nl": "Taal van het rapport", "en": "Language of the report"},
    # the API's common refusals and empty states (ui/messages.py)
    "msg_no_respondents": {
        "nl": "het project heeft geen respondenten: lees eerst een enquête in",
        "en": "the project has no respondents: import a survey first",
    },
    "msg_codebook_empty": {
        "nl": "het codeboek is leeg: er valt niets voor te stellen",
        "en": "the codebook is empty: nothing to suggest",
    },
    "msg_no_units": {
        "nl": "nog geen {unit}: lees eerst gegevens in en splits ze in zinnen",
        "en": "no {unit} yet: import and segment first",
    },
    "msg_code_exists": {
        "nl": "code {code} bestaat al (wijzig haar onder Bewerken)",
        "en": "code {code} already exists (change it under Edit)",
    },
    "msg_no_llm_model": {
        "nl": "er is geen taalmodel ingesteld: kies er eerst een",
        "en": "no language model is set: choose one first",
    },
    "msg_no_variable": {
        "nl": "geen enquêtevariabele {variable}",
        "en": "no survey variable {variable}",
    },
    "msg_no_sample": {
        "nl": "geen steekproef voor dubbel coderen met de naam {sample}",
        "en": "no double-coding sample named {sample}",
    },
    "msg_row": {"nl": "rij", "en": "row"},
    "msg_line": {"nl": "regel", "en": "line"},
    "msg_refused": {
        "nl": "{project}: {who} mag dit niet: {what} (alleen {roles} mogen dat); "
        "er is niets veranderd",
        "en": "{project}: {who} may not {what} ({roles} may); nothing was changed",
    },
    "msg_not_member": {"nl": "geen lid", "en": "not a member"},
    "msg_refused_plain": {
        "nl": "{project}: {who} mag dit niet: {what}; er is niets veranderd",
        "en": "{project}: {who} may not {what}; nothing was changed",
    },
    "msg_read_open this project": {"nl": "dit project openen", "en": "open this project"},
    "msg_do": {"nl": "{action} doen", "en": "do {action}"},
    "msg_and": {"nl": "en", "en": "and"},
    "msg_roles_owners": {"nl": "eigenaren", "en": "owners"},
    "msg_roles_coders": {"nl": "codeurs", "en": "coders"},
    "msg_roles_viewers": {"nl": "lezers", "en": "viewers"},
    "msg_read_read texts as stored": {
        "nl": "teksten lezen zoals ze zijn opgeslagen",
        "en": "read texts as stored",
    },
    "msg_read_export more than the viewer rules allow": {
        "nl": "meer exporteren dan de regels voor lezers toestaan",
        "en": "export more than the viewer rules allow",
    },
    "msg_read_list the members": {"nl": "de leden opvragen", "en": "list the members"},
}
