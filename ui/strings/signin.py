"""UI strings (Dutch, English) of sign-in, sign-out and the projects folder of server mode;
ui/i18n.py merges the parts into one table."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "single_user": {
        "nl": "Eén gebruiker, zonder inloggen (laptop): wie deze app opent, werkt als de codeur "
        "hieronder.",
        "en": "Single-user mode, no sign-in (laptop): whoever opens this app works as the "
        "coder below.",
    },
    "signed_in_as": {"nl": "Ingelogd als {user}", "en": "Signed in as {user}"},
    "sign_in": {"nl": "Inloggen", "en": "Sign in"},
    "sign_in_with": {
        "nl": "Inloggen via de identiteitsprovider van uw organisatie",
        "en": "Sign in with your organisation's identity provider",
    },
    "sign_out": {"nl": "Uitloggen", "en": "Sign out"},
    "sign_in_intro": {
        "nl": "Deze Duiding-server is voor een team: log in om verder te gaan.",
        "en": "This Duiding server is for a team: sign in to continue.",
    },
    "user_name": {"nl": "Gebruikersnaam", "en": "User name"},
    "password": {"nl": "Wachtwoord", "en": "Password"},
    "missing_claim": {
        "nl": "De identiteitsprovider gaf geen '{claim}' mee; de beheerder kan een andere "
        "claim instellen ($DUIDING_USER_CLAIM).",
        "en": "The identity provider sent no '{claim}'; the administrator can choose another "
        "claim ($DUIDING_USER_CLAIM).",
    },
    "project": {"nl": "Project", "en": "Project"},
    "projects_folder": {"nl": "Projectenmap: {folder}", "en": "Projects folder: {folder}"},
    "project_name": {"nl": "Naam van het nieuwe project", "en": "Name of the new project"},
    "no_project_server": {
        "nl": "Geen project gekozen. Kies een project in de zijbalk, of maak er een in de "
        "projectenmap.",
        "en": "No project chosen. Choose a project in the sidebar, or create one in the "
        "projects folder.",
    },
    "no_projects_yet": {
        "nl": "Nog geen projecten in de projectenmap.",
        "en": "No projects in the projects folder yet.",
    },
}
