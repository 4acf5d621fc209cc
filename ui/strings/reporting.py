"""UI strings (Dutch, English) of reporting: the Mixed methods, Browse and Export pages
and the downloads; ui/i18n.py merges the parts into one table."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # mixed methods
    "page_mixed": {"nl": "Gemengde methoden", "en": "Mixed methods"},
    "joint_display": {"nl": "Gezamenlijke weergave", "en": "Joint display"},
    "estimates": {"nl": "Schattingen", "en": "Estimates"},
    "weights": {"nl": "Weging en representativiteit", "en": "Weights and representativeness"},
    "survey_item": {"nl": "Enquêtevraag", "en": "Survey item"},
    "values": {"nl": "Waarden", "en": "Values"},
    "rake_to": {"nl": "Raken naar populatieverdeling van", "en": "Rake to population margins of"},
    "estimate": {"nl": "Schatting", "en": "Estimate"},
    "estimate_note": {
        "nl": "Gewogen, design-based (Taylor-linearisatie); groepen onder {min_cell} respondenten worden niet getoond. * = p < .05.",
        "en": "Weighted, design-based (Taylor linearisation); groups under {min_cell} respondents are not shown. * = p < .05.",
    },
    "no_survey": {"nl": "Nog geen enquêtevariabelen.", "en": "No survey variables yet."},
    "no_survey_weights": {
        "nl": "Nog geen enquête geïmporteerd: gewichten en representativiteit volgen daarna.",
        "en": "No survey imported yet: weights and representativeness follow once it is.",
    },
    "no_margins": {
        "nl": "Geen populatieverdelingen geïmporteerd (import-margins).",
        "en": "No population margins imported (import-margins).",
    },
    "representativeness_note": {
        "nl": "Verdeling van de respondenten naast die van de populatie: ongewogen (steekproefvertekening) en per weging (correctie).",
        "en": "The respondents' distribution next to the population's: unweighted (sample bias) and under each weighting (its correction).",
    },
    "joint_theme": {"nl": "Thema (code)", "en": "Theme (code)"},
    "among": {"nl": "Onder", "en": "Among"},
    "among_answered": {
        "nl": "wie een open vraag beantwoordde",
        "en": "those who answered an open question",
    },
    "among_all": {"nl": "alle respondenten", "en": "all respondents"},
    "share_caption_answered": {
        "nl": "Gewogen aandeel van de respondenten die een open vraag beantwoordden met "
        "{code} in hun antwoord, met 95%-betrouwbaarheidsinterval (BI).",
        "en": "Weighted share of respondents who answered an open question whose answers "
        "carry {code}, with 95% confidence interval (CI).",
    },
    "share_caption_all": {
        "nl": "Gewogen aandeel van alle respondenten met {code} in hun antwoord (wie geen "
        "open vraag beantwoordde telt als 'nee'), met 95%-betrouwbaarheidsinterval (BI).",
        "en": "Weighted share of all respondents whose answers carry {code} (those who "
        "answered no open question count as 'no'), with 95% confidence interval (CI).",
    },
    "survey_figure": {"nl": "Enquêtecijfer", "en": "Survey figure"},
    "prevalence": {
        "nl": "Aandeel met deze code in open antwoorden",
        "en": "Share with this code in open answers",
    },
    "fg_counts": {
        "nl": "Focusgroepen (aantallen, ongewogen)",
        "en": "Focus groups (counts, unweighted)",
    },
    "quotes": {"nl": "Citaten per subgroep", "en": "Quotes per subgroup"},
    "no_quotes": {
        "nl": "Geen citaten uit groepen van 10 of meer respondenten.",
        "en": "No quotes from groups of 10 or more respondents.",
    },
    "verdict": {"nl": "Oordeel", "en": "Verdict"},
    "verdict_converge": {"nl": "Convergeert", "en": "Converges"},
    "verdict_diverge": {"nl": "Divergeert", "en": "Diverges"},
    "verdict_complement": {"nl": "Vult aan", "en": "Complements"},
    "verdict_open": {"nl": "Nog open", "en": "Open"},
    "verdict_memo": {
        "nl": "Memo (verplicht bij tegenstrijdige uitkomsten: hoe is dit onderzocht?)",
        "en": "Memo (required for contradictory results: how was this examined?)",
    },
    "value": {"nl": "Waarde", "en": "Value"},
    # browse
    "downloads": {"nl": "Downloads", "en": "Downloads"},
    "viewer_downloads": {
        "nl": "Downloads volgen de regels voor lezers: citaten zonder "
        "persoonsgegevens, geen cijfers uit groepen kleiner dan {threshold}.",
        "en": "Downloads follow the viewer rules: quotes redacted, no figures "
        "from groups under {threshold}.",
    },
    "weighted_share": {
        "nl": "Gewogen aandeel onder wie een open vraag beantwoordde",
        "en": "Weighted share among those who answered an open question",
    },
    "page_browse": {"nl": "Verkennen", "en": "Browse"},
    "participants": {"nl": "Deelnemers focusgroepen", "en": "Focus-group participants"},
    "no_theme_big_enough": {
        "nl": "Nog geen thema met {threshold} of meer respondenten of deelnemers.",
        "en": "No theme has {threshold} or more respondents or participants yet.",
    },
    "no_themes": {"nl": "Nog geen thema's.", "en": "No themes yet."},
    "small_themes": {
        "nl": "Thema's met minder dan {threshold} respondenten en deelnemers ({n})",
        "en": "Themes with fewer than {threshold} respondents and participants ({n})",
    },
    "browse_caption": {
        "nl": "Aantallen en citaten van minder dan {threshold} respondenten of "
        "deelnemers worden niet getoond (< {threshold}). Citaten zijn "
        "ontdaan van persoonsgegevens.",
        "en": "Counts and quotes from fewer than {threshold} respondents or "
        "participants are not shown (< {threshold}). Quotes are redacted "
        "of personal data.",
    },
    "themes": {"nl": "Thema's", "en": "Themes"},
    "subgroups": {"nl": "Subgroepen", "en": "Subgroups"},
    "theme": {"nl": "Thema", "en": "Theme"},
    "coded_respondents": {"nl": "Met dit thema", "en": "With this theme"},
    "answered_respondents": {
        "nl": "Respondenten die antwoordden",
        "en": "Respondents who answered",
    },
    "ci95": {"nl": "95%-BI", "en": "95% CI"},
    "share_definition": {
        "nl": "Aandeel: het gewogen aandeel van de respondenten die een open vraag "
        "beantwoordden, met het 95%-betrouwbaarheidsinterval (BI). Onder elk cijfer staat "
        "de methode (volledig, steekproef of modelondersteund) en waar het op rust.",
        "en": "Share: the weighted share of respondents who answered an open question, with "
        "its 95% confidence interval (CI). Under every figure: the method (complete, sample "
        "or model-assisted) and what it rests on.",
    },
    "share_by_group": {
        "nl": "Gewogen aandeel van de respondenten die een open vraag beantwoordden, per "
        "waarde van {variable}, met 95%-betrouwbaarheidsinterval: hetzelfde cijfer als bij "
        "Thema's.",
        "en": "Weighted share of respondents who answered an open question, per value of "
        "{variable}, with 95% confidence interval: the same figure as under Themes.",
    },
    "absent_groups": {
        "nl": "Niet in de grafiek (minder dan {threshold} respondenten): {groups}",
        "en": "Not in the chart (fewer than {threshold} respondents): {groups}",
    },
    "theme_filter": {"nl": "Thema's zoeken", "en": "Search themes"},
    "theme_filter_help": {
        "nl": "Toont de thema's waarvan pad of label de tekst bevat.",
        "en": "Shows the themes whose path or label contains the text.",
    },
    "no_theme_matches": {
        "nl": "Geen thema bevat die tekst.",
        "en": "No theme contains that text.",
    },
    "more_themes": {"nl": "Meer thema's ({n})", "en": "More themes ({n})"},
    "share": {"nl": "Aandeel", "en": "Share"},
    "suppressed_help": {
        "nl": "< {threshold}: te weinig respondenten om te tonen.",
        "en": "< {threshold}: too few respondents to show.",
    },
    "no_subgroups": {
        "nl": "Geen thema's of enquêtevariabelen.",
        "en": "No themes or survey variables.",
    },
    # export and downloads
    "page_export": {"nl": "Exporteren", "en": "Export"},
    "export_intro": {
        "nl": "Elke export noemt project, codeboekversie en stand. Cijfers uit groepen "
        "kleiner dan de drempel worden altijd weggelaten.",
        "en": "Every export names the project, codebook version and state. Figures "
        "from groups under the threshold are always suppressed.",
    },
    "export_what": {"nl": "Wat", "en": "What"},
    "kind_segments": {"nl": "Gecodeerde fragmenten", "en": "Coded segments"},
    "kind_table": {"nl": "Codes x subgroepen (gewogen)", "en": "Codes x subgroups (weighted)"},
    "kind_codebook": {"nl": "Codeboek", "en": "Codebook"},
    "kind_report": {"nl": "Rapport met methode", "en": "Report with method"},
    "kind_qdpx": {"nl": "REFI-QDA-project (.qdpx)", "en": "REFI-QDA project (.qdpx)"},
    "kind_dataset": {"nl": "Geanonimiseerde dataset", "en": "Anonymised dataset"},
    "file_type": {"nl": "Bestandstype", "en": "File type"},
    "viewer_rules": {"nl": "Voor lezers (geanonimiseerd)", "en": "For viewers (anonymised)"},
    "viewer_rules_help": {
        "nl": "Citaten zonder persoonsgegevens, geen respondentnummers of namen van deelnemers.",
        "en": "Quotes redacted of personal data, no respondent ids or participant names.",
    },
    "export_by_help": {
        "nl": "Leeg: de variabelen met bekende populatieverdeling.",
        "en": "Empty: the variables with known population shares.",
    },
    "quasi_identifiers": {"nl": "Quasi-identificerende variabelen", "en": "Quasi-identifiers"},
    "quasi_help": {
        "nl": "Worden samengevoegd tot elke combinatie minstens 10 respondenten telt.",
        "en": "Coarsened until every combination holds at least 10 respondents.",
    },
    "full_dataset": {
        "nl": "Volledige versie (niet geanonimiseerd)",
        "en": "Full version (not anonymised)",
    },
    "full_dataset_help": {
        "nl": "Voor het onderzoeksteam: respondentnummers, alle waarden zoals ingevoerd, "
        "antwoorden niet geredigeerd. .sav is voor SPSS; .zip bevat een csv met een "
        "R-script voor het survey-pakket.",
        "en": "For the research team: respondent ids, every value as recorded, answers "
        "unredacted. .sav is for SPSS; .zip holds a csv with an R script for the survey "
        "package.",
    },
    "prepare_export": {"nl": "Export maken", "en": "Prepare export"},
    "preparing": {"nl": "Bezig met exporteren…", "en": "Exporting…"},
    "download_file": {"nl": "{name} downloaden", "en": "Download {name}"},
    "report_themes": {"nl": "Thema's in het rapport", "en": "Themes in the report"},
    "report_all_themes": {"nl": "Alle thema's", "en": "All themes"},
    "report_items": {
        "nl": "Enquêtevragen naast de thema's",
        "en": "Survey items next to the themes",
    },
    "report_items_help": {
        "nl": "Per vraag kiest u de antwoorden die meetellen (zoals --item VRAAG=WAARDE).",
        "en": "For each item, choose the answers that count (as --item VARIABLE=VALUE).",
    },
    "report_item_values": {
        "nl": "{variable}: antwoorden die meetellen",
        "en": "{variable}: answers that count",
    },
}
