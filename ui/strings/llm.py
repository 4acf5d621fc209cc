"""UI strings (Dutch, English) of the LLM coder's section on the Suggestions page; ui/i18n.py
merges them into one table."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "llm_title": {"nl": "Taalmodel als codeur (LLM)", "en": "Language model as coder (LLM)"},
    "llm_intro": {
        "nl": "Een groot taalmodel codeert met de definities, in- en uitsluitcriteria en "
        "voorbeelden van het codeboek. Zijn coderingen zijn suggesties, nooit menselijke "
        "coderingen. Het mag een code pas in bulk voorstellen als zijn alpha met de menselijke "
        "codeurs op de dubbel-gecodeerde steekproef de drempel haalt.",
        "en": "A large language model codes with the codebook's definitions, inclusion and "
        "exclusion criteria and examples. Its codings are suggestions, never human codings. "
        "It may suggest a code in bulk only when its alpha with the human coders on the "
        "double-coded sample reaches the threshold.",
    },
    "llm_off": {
        "nl": "Geen endpoint ingesteld: er wordt niets verstuurd. Stel er een in om het taalmodel te gebruiken.",
        "en": "No endpoint set: nothing is sent anywhere. Set one to use the language model.",
    },
    "llm_where_local": {
        "nl": "Teksten gaan naar {host}: deze computer.",
        "en": "Texts go to {host}: this machine.",
    },
    "llm_where_remote": {
        "nl": "Let op: de teksten van de antwoorden gaan naar {host}, buiten deze computer.",
        "en": "Note: the texts of the answers go to {host}, outside this machine.",
    },
    "llm_endpoint": {"nl": "Endpoint (OpenAI-compatibel)", "en": "Endpoint (OpenAI-compatible)"},
    "llm_endpoint_help": {
        "nl": "Bijvoorbeeld http://127.0.0.1:11434/v1 (Ollama) of http://127.0.0.1:8080/v1 (llama.cpp). Leeg: niets versturen.",
        "en": "For example http://127.0.0.1:11434/v1 (Ollama) or http://127.0.0.1:8080/v1 (llama.cpp). Empty: send nothing.",
    },
    "llm_model": {"nl": "Model", "en": "Model"},
    "llm_threshold": {"nl": "Drempel (alpha)", "en": "Threshold (alpha)"},
    "llm_save": {"nl": "Instellingen opslaan", "en": "Save settings"},
    "llm_saved": {"nl": "Instellingen opgeslagen.", "en": "Settings saved."},
    "llm_settings": {"nl": "Instellingen", "en": "Settings"},
    "llm_agreement": {
        "nl": "Overeenstemming met de menselijke codeurs ({humans}) op steekproef {sample}; drempel {threshold}",
        "en": "Agreement with the human coders ({humans}) on sample {sample}; threshold {threshold}",
    },
    "llm_no_check": {
        "nl": "Het model heeft de dubbel-gecodeerde steekproef nog niet gecodeerd: start een toets.",
        "en": "The model has not coded the double-coded sample yet: run a check.",
    },
    "llm_col_alpha": {"nl": "Alpha (model-mens)", "en": "Alpha (model-human)"},
    "llm_col_kappa": {"nl": "Kappa (model-mens)", "en": "Kappa (model-human)"},
    "llm_col_human_alpha": {"nl": "Alpha (mensen onderling)", "en": "Alpha (among humans)"},
    "llm_col_pairs": {"nl": "Paren", "en": "Pairs"},
    "llm_col_gate": {"nl": "Bulk", "en": "Bulk"},
    "llm_allowed": {"nl": "toegestaan", "en": "allowed"},
    "llm_refused": {"nl": "geweigerd", "en": "refused"},
    "llm_check": {"nl": "Toetsen op de steekproef", "en": "Check on the sample"},
    "llm_checked": {
        "nl": "{calls} antwoorden van het model op de steekproef vastgelegd.",
        "en": "{calls} answers of the model on the sample recorded.",
    },
    "llm_run": {"nl": "Codes voorstellen met het model", "en": "Suggest codes with the model"},
    "llm_limit": {"nl": "Hoogstens zoveel eenheden", "en": "At most this many units"},
    "llm_done": {
        "nl": "{calls} verzoeken aan {host}: {suggested} suggesties; nog {remaining} eenheden te gaan.",
        "en": "{calls} requests to {host}: {suggested} suggestions; {remaining} units to go.",
    },
    "llm_refused_codes": {"nl": "Geweigerd: {lines}", "en": "Refused: {lines}"},
    "llm_redact": {
        "nl": "Persoonsgegevens vervangen voordat teksten worden verstuurd",
        "en": "Replace personal data before texts are sent",
    },
    "llm_redact_help": {
        "nl": "Namen, e-mailadressen, telefoon- en andere nummers worden labels zoals [naam], zoals voor meekijkers. Standaard aan als het endpoint niet op deze computer staat.",
        "en": "Names, e-mail addresses, phone and other numbers become labels such as [naam], as for viewers. On by default when the endpoint is not this machine.",
    },
}
