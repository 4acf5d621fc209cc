"""UI strings in Dutch and English. Data is never translated, only the interface."""

from __future__ import annotations

LANGUAGES = {"nl": "Nederlands", "en": "English"}

STRINGS: dict[str, dict[str, str]] = {
    "page_topics": {"nl": "Onderwerpen", "en": "Topics"},
    "topics_intro": {
        "nl": "Een topicmodel (BERTopic) groepeert vergelijkbare antwoorden. Het codeert niets: een onderwerp wordt pas een code of suggesties als u dat besluit.",
        "en": "A topic model (BERTopic) groups similar answers. It codes nothing: a topic becomes a code or suggestions only when you decide so.",
    },
    "min_size": {"nl": "Kleinste onderwerp", "en": "Smallest topic"},
    "run_topics": {"nl": "Onderwerpen zoeken", "en": "Find topics"},
    "no_topics": {
        "nl": "Nog geen onderwerpen: start een run.",
        "en": "No topics yet: start a run.",
    },
    "topics": {"nl": "Onderwerpen", "en": "Topics"},
    "topic_map": {"nl": "Kaart", "en": "Map"},
    "topic": {"nl": "Onderwerp", "en": "Topic"},
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
    "prepare_export": {"nl": "Export maken", "en": "Prepare export"},
    "preparing": {"nl": "Bezig met exporteren…", "en": "Exporting…"},
    "download_file": {"nl": "{name} downloaden", "en": "Download {name}"},
    "downloads": {"nl": "Downloads", "en": "Downloads"},
    "viewer_downloads": {
        "nl": "Downloads volgen de regels voor lezers: citaten zonder "
        "persoonsgegevens, geen cijfers uit groepen kleiner dan {threshold}.",
        "en": "Downloads follow the viewer rules: quotes redacted, no figures "
        "from groups under {threshold}.",
    },
    "fit": {"nl": "Past (gelijkenis)", "en": "Fit (similarity)"},
    "text": {"nl": "Tekst", "en": "Text"},
    "reduction": {"nl": "Reductie", "en": "Reduction"},
    "clustering": {"nl": "Clustering", "en": "Clustering"},
    "step_knn": {"nl": "Buren middelen (snel)", "en": "Neighbour smoothing (fast)"},
    "step_pca": {"nl": "PCA", "en": "PCA"},
    "step_umap": {"nl": "UMAP (BERTopic-standaard, traag)", "en": "UMAP (BERTopic default, slow)"},
    "step_none": {"nl": "Geen", "en": "None"},
    "step_kmeans": {"nl": "k-means (snel)", "en": "k-means (fast)"},
    "step_hdbscan": {"nl": "HDBSCAN (BERTopic-standaard)", "en": "HDBSCAN (BERTopic default)"},
    "step_agglomerative": {"nl": "Agglomeratief (Ward)", "en": "Agglomerative (Ward)"},
    "outliers": {"nl": "Uitschieters", "en": "Outliers"},
    "outliers_reduce": {
        "nl": "Toewijzen aan het dichtstbijzijnde onderwerp",
        "en": "Reassign to the nearest topic",
    },
    "outliers_keep": {"nl": "Apart houden (onderwerp -1)", "en": "Keep apart (topic -1)"},
    "outliers_help": {
        "nl": "HDBSCAN laat korte antwoorden vaak buiten elk onderwerp. Toegewezen "
        "uitschieters blijven als zodanig gemarkeerd.",
        "en": "HDBSCAN leaves many short answers outside every topic. Reassigned "
        "outliers stay marked as such.",
    },
    "former_outliers": {"nl": "{n} waren uitschieter", "en": "{n} were outliers"},
    "include_outliers": {
        "nl": "Ook de {n} voormalige uitschieters voorstellen",
        "en": "Also suggest the {n} former outliers",
    },
    "outliers_intro": {
        "nl": "{n} van {total} eenheden waren uitschieters; hieronder de slechtst "
        "passende eerst, met het onderwerp waaraan ze zijn toegewezen.",
        "en": "{n} of {total} units were outliers; below the worst-fitting first, "
        "with the topic they were reassigned to.",
    },
    "no_outliers_intro": {
        "nl": "Deze run had geen uitschieters (k-means wijst alles toe); "
        "hieronder de slechtst passende eenheden.",
        "en": "This run had no outliers (k-means assigns every unit); below "
        "the worst-fitting units.",
    },
    "topics_by_group": {"nl": "Per subgroep", "en": "By subgroup"},
    "code_keywords": {"nl": "Kernwoorden per code", "en": "Keywords per code"},
    "keywords": {"nl": "Kernwoorden", "en": "Keywords"},
    "new_code_path": {"nl": "Nieuwe code (pad)", "en": "New code (path)"},
    "existing_code": {"nl": "Bestaande code", "en": "Existing code"},
    "promote": {"nl": "Tot code maken", "en": "Promote to code"},
    "merge_into_code": {"nl": "Samenvoegen met code", "en": "Merge into code"},
    "dismiss": {"nl": "Verwerpen", "en": "Dismiss"},
    "status_open": {"nl": "open", "en": "open"},
    "status_promoted": {"nl": "code gemaakt", "en": "promoted"},
    "status_merged": {"nl": "samengevoegd", "en": "merged"},
    "status_dismissed": {"nl": "verworpen", "en": "dismissed"},
    "page_suggest": {"nl": "Suggesties", "en": "Suggestions"},
    "suggest_intro": {
        "nl": "Een model stelt codes voor; u beslist ({coder}). Suggesties tellen nooit als codering tot u ze accepteert.",
        "en": "A model proposes codes; you decide ({coder}). Suggestions never count as codings until you accept them.",
    },
    "suggest_codes_help": {"nl": "Leeg: alle codes", "en": "Empty: every code"},
    "run_suggestions": {"nl": "Suggesties maken", "en": "Make suggestions"},
    "running_model": {"nl": "Model traint en voorspelt…", "en": "Training and predicting…"},
    "suggested": {"nl": "{n} suggesties van {model}", "en": "{n} suggestions by {model}"},
    "order": {"nl": "Volgorde", "en": "Order"},
    "order_confidence": {"nl": "Zekerste eerst", "en": "Most confident first"},
    "order_uncertainty": {"nl": "Twijfelachtigste eerst", "en": "Most uncertain first"},
    "no_suggestions": {"nl": "Geen open suggesties.", "en": "No open suggestions."},
    "score": {"nl": "score", "en": "score"},
    "accept": {"nl": "Accepteren", "en": "Accept"},
    "reject": {"nl": "Afwijzen", "en": "Reject"},
    "weighted_share": {
        "nl": "Gewogen aandeel onder wie een open vraag beantwoordde",
        "en": "Weighted share among those who answered an open question",
    },
    "page_mixed": {"nl": "Gemengde methoden", "en": "Mixed methods"},
    "joint_display": {"nl": "Gezamenlijke weergave", "en": "Joint display"},
    "estimates": {"nl": "Schattingen", "en": "Estimates"},
    "weights": {"nl": "Weging en representativiteit", "en": "Weights and representativeness"},
    "survey_item": {"nl": "Enquêtevraag", "en": "Survey item"},
    "values": {"nl": "Waarden", "en": "Values"},
    "by": {"nl": "Uitgesplitst naar", "en": "By"},
    "rake_to": {"nl": "Raken naar populatieverdeling van", "en": "Rake to population margins of"},
    "estimate": {"nl": "Schatting", "en": "Estimate"},
    "estimate_note": {
        "nl": "Gewogen, design-based (Taylor-linearisatie); groepen onder {min_cell} respondenten worden niet getoond. * = p < .05.",
        "en": "Weighted, design-based (Taylor linearisation); groups under {min_cell} respondents are not shown. * = p < .05.",
    },
    "no_survey": {"nl": "Nog geen enquêtevariabelen.", "en": "No survey variables yet."},
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
    "app_title": {"nl": "Duiding", "en": "Duiding"},
    "project_file": {"nl": "Projectbestand", "en": "Project file"},
    "coder": {"nl": "Codeur", "en": "Coder"},
    "language": {"nl": "Taal", "en": "Language"},
    "page_project": {"nl": "Project", "en": "Project"},
    "page_documents": {"nl": "Documenten", "en": "Documents"},
    "page_search": {"nl": "Zoeken", "en": "Search"},
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
    "speaker": {"nl": "Spreker", "en": "Speaker"},
    "first_line": {"nl": "Eerste regel", "en": "First line"},
    "first_paragraph": {"nl": "Eerste alinea", "en": "First paragraph"},
    "first_cue": {"nl": "Eerste ondertitel", "en": "First cue"},
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
    # navigation and sidebar
    "section_project": {"nl": "Project", "en": "Project"},
    "section_coding": {"nl": "Coderen", "en": "Coding"},
    "section_report": {"nl": "Rapporteren", "en": "Reporting"},
    "page_codebook": {"nl": "Codeboek", "en": "Codebook"},
    "page_code": {"nl": "Coderen", "en": "Code"},
    "page_retrieve": {"nl": "Ophalen", "en": "Retrieve"},
    "page_agreement": {"nl": "Overeenstemming", "en": "Agreement"},
    "page_browse": {"nl": "Verkennen", "en": "Browse"},
    "browse_mode": {"nl": "Alleen-lezen (verkennen)", "en": "Browse mode (read-only)"},
    "browse_mode_help": {
        "nl": "Alleen thema's met aantallen en geanonimiseerde citaten; niets "
        "kan worden gewijzigd.",
        "en": "Only themes with counts and redacted quotes; nothing can be changed.",
    },
    # shared
    "page_of": {"nl": "Pagina (van {pages})", "en": "Page (of {pages})"},
    "code": {"nl": "Code", "en": "Code"},
    "codes": {"nl": "Codes", "en": "Codes"},
    "coders": {"nl": "Codeurs", "en": "Coders"},
    "all": {"nl": "alle", "en": "all"},
    "all_coders": {"nl": "Alle codeurs", "en": "All coders"},
    "all_codes": {"nl": "Alle codes", "en": "All codes"},
    "segment": {"nl": "Segment", "en": "Segment"},
    "respondent": {"nl": "Respondent", "en": "Respondent"},
    "participants": {"nl": "Deelnemers focusgroepen", "en": "Focus-group participants"},
    "no_codes": {
        "nl": "Het codeboek is nog leeg: voeg codes toe of importeer een codeboek.",
        "en": "The codebook is empty: add codes or import a codebook.",
    },
    "download": {"nl": "Download", "en": "Download"},
    "download_csv": {"nl": "Download als CSV", "en": "Download as CSV"},
    "computing": {"nl": "Berekenen…", "en": "Computing…"},
    "applied": {"nl": "toegepast", "en": "applied"},
    "not_applied": {"nl": "niet toegepast", "en": "not applied"},
    # codebook
    "codebook_caption": {
        "nl": "Codeboekversie {version} · {n} codes · {codings} coderingen",
        "en": "Codebook version {version} · {n} codes · {codings} codings",
    },
    "definition": {"nl": "Definitie", "en": "Definition"},
    "inclusion": {"nl": "Wel coderen als", "en": "Include when"},
    "exclusion": {"nl": "Niet coderen als", "en": "Exclude when"},
    "examples": {"nl": "Voorbeelden", "en": "Examples"},
    "examples_lines": {"nl": "Voorbeelden (één per regel)", "en": "Examples (one per line)"},
    "no_definition": {"nl": "geen definitie", "en": "no definition"},
    "label_en": {"nl": "Engelse naam", "en": "English label"},
    "color": {"nl": "Kleur", "en": "Colour"},
    "own_color": {"nl": "Eigen kleur", "en": "Own colour"},
    "code_path": {"nl": "Code (pad)", "en": "Code (path)"},
    "code_path_help": {
        "nl": "Bijvoorbeeld Vormen/Grappen: ontbrekende bovenliggende codes worden ook gemaakt.",
        "en": "For example Vormen/Grappen: missing parent codes are created too.",
    },
    "add_code": {"nl": "Code toevoegen", "en": "Add code"},
    "edit": {"nl": "Bewerken", "en": "Edit"},
    "save": {"nl": "Opslaan", "en": "Save"},
    "new_name": {"nl": "Nieuwe naam", "en": "New name"},
    "rename": {"nl": "Hernoemen", "en": "Rename"},
    "new_parent": {"nl": "Nieuwe bovenliggende code", "en": "New parent code"},
    "move": {"nl": "Verplaatsen", "en": "Move"},
    "merge_split": {"nl": "Samenvoegen / splitsen", "en": "Merge / split"},
    "action": {"nl": "Actie", "en": "Action"},
    "merge": {"nl": "Samenvoegen", "en": "Merge"},
    "split": {"nl": "Splitsen", "en": "Split"},
    "merge_into": {"nl": "Samenvoegen met (doelcode)", "en": "Merge into (target code)"},
    "merge_help": {
        "nl": "Alle {n} coderingen van {code} gaan naar de doelcode; {code} blijft "
        "in de geschiedenis bewaard.",
        "en": "All {n} codings of {code} move to the target code; {code} stays in the history.",
    },
    "i_am_sure": {"nl": "Ik weet het zeker", "en": "I am sure"},
    "nothing_to_merge": {
        "nl": "Er is geen andere code om mee samen te voegen.",
        "en": "There is no other code to merge into.",
    },
    "split_help": {
        "nl": "Kies de coderingen die naar een nieuwe code gaan (naast deze code).",
        "en": "Choose the codings that move to a new code (next to this one).",
    },
    "split_name": {"nl": "Naam van de nieuwe code", "en": "Name of the new code"},
    "split_n": {"nl": "Splitsen ({n} coderingen)", "en": "Split ({n} codings)"},
    "no_codings_to_split": {
        "nl": "Deze code heeft geen coderingen om te splitsen.",
        "en": "This code has no codings to split.",
    },
    "delete": {"nl": "Verwijderen", "en": "Delete"},
    "delete_which": {"nl": "Ongebruikte code", "en": "Unused code"},
    "delete_help": {
        "nl": "Alleen codes zonder coderingen en zonder subcodes kunnen weg.",
        "en": "Only codes without codings and without subcodes can be deleted.",
    },
    "nothing_to_delete": {
        "nl": "Er zijn geen ongebruikte codes.",
        "en": "There are no unused codes.",
    },
    "import_export": {"nl": "Import / export", "en": "Import / export"},
    "import_codebook": {"nl": "Codeboek importeren", "en": "Import codebook"},
    "export_codebook": {"nl": "Codeboek exporteren", "en": "Export codebook"},
    "codebook_file": {
        "nl": "Codeboekbestand (yaml, csv, qdc)",
        "en": "Codebook file (yaml, csv, qdc)",
    },
    "importing": {"nl": "Importeren…", "en": "Importing…"},
    "codebook_imported": {
        "nl": "Codeboek geïmporteerd: {added} toegevoegd, {updated} bijgewerkt, "
        "{unchanged} ongewijzigd (versie {version}).",
        "en": "Codebook imported: {added} added, {updated} updated, "
        "{unchanged} unchanged (version {version}).",
    },
    "code_added": {"nl": "Code toegevoegd: {code}", "en": "Code added: {code}"},
    "code_saved": {"nl": "Opgeslagen: {code}", "en": "Saved: {code}"},
    "code_renamed": {"nl": "Hernoemd: {code}", "en": "Renamed: {code}"},
    "code_moved": {"nl": "Verplaatst: {code}", "en": "Moved: {code}"},
    "code_merged": {
        "nl": "{source} samengevoegd met {target} ({n} coderingen).",
        "en": "Merged {source} into {target} ({n} codings).",
    },
    "code_split": {
        "nl": "Nieuwe code {code} met {n} coderingen.",
        "en": "New code {code} with {n} codings.",
    },
    "code_deleted": {"nl": "Verwijderd: {code}", "en": "Deleted: {code}"},
    # code page
    "coding_as": {
        "nl": "U codeert als {coder} (zie de zijbalk).",
        "en": "You are coding as {coder} (see the sidebar).",
    },
    "document_n": {"nl": "Document ({n} op deze pagina)", "en": "Document ({n} on this page)"},
    "source": {"nl": "Werkwijze", "en": "Work from"},
    "pick_document": {"nl": "Document kiezen", "en": "Pick a document"},
    "work_queue": {"nl": "Werklijst", "en": "Work queue"},
    "find_answers": {"nl": "Antwoorden zoeken", "en": "Find answers"},
    "find_answers_help": {
        "nl": "Zoekt op woorden en hun verbuigingen; leeg: blader per pagina.",
        "en": "Searches words and their inflections; empty: page through.",
    },
    "queue": {"nl": "Werklijst", "en": "Queue"},
    "queue_assigned": {"nl": "Aan mij toegewezen", "en": "Assigned to me"},
    "queue_uncoded": {"nl": "Ongecodeerde antwoorden", "en": "Uncoded answers"},
    "queue_suggested": {"nl": "Voorstellen van het model", "en": "Model suggestions"},
    "model_suggests": {"nl": "Voorstel:", "en": "Suggested:"},
    "accepted_notice": {"nl": "Voorstel aanvaard", "en": "Suggestion accepted"},
    "rejected_notice": {"nl": "Voorstel afgewezen", "en": "Suggestion rejected"},
    "queue_empty": {"nl": "Geen ongecodeerde antwoorden meer.", "en": "No uncoded answers left."},
    "queue_progress": {"nl": "{done} van {total} gecodeerd", "en": "{done} of {total} coded"},
    "queue_item": {"nl": "Item (van {total})", "en": "Item (of {total})"},
    "refresh_queue": {"nl": "Werklijst verversen", "en": "Refresh queue"},
    "no_assignments": {
        "nl": "Er is niets aan {coder} toegewezen. Maak een steekproef voor "
        "dubbel coderen op de pagina Overeenstemming.",
        "en": "Nothing is assigned to {coder}. Create a double-coding sample on "
        "the Agreement page.",
    },
    "sample": {"nl": "Steekproef", "en": "Sample"},
    "previous": {"nl": "◀ Vorige", "en": "◀ Previous"},
    "next": {"nl": "Volgende ▶", "en": "Next ▶"},
    "active_code": {"nl": "Actieve code", "en": "Active code"},
    "active_code_help": {
        "nl": "De code die de knop ＋ bij elk segment toepast.",
        "en": "The code the ＋ button of every segment applies.",
    },
    "quick_list": {"nl": "Snelkeuze (toetsen 1-9)", "en": "Quick list (keys 1-9)"},
    "quick_list_help": {
        "nl": "Deze codes staan als knoppen bij elk segment, en onder de toetsen "
        "1-9 bij het selecteren van tekst.",
        "en": "These codes are the buttons of every segment, and keys 1-9 when you select text.",
    },
    "blind": {"nl": "Blind coderen", "en": "Blind coding"},
    "blind_help": {
        "nl": "Verberg de coderingen van andere codeurs.",
        "en": "Hide other coders' codings.",
    },
    "undo": {"nl": "Ongedaan maken", "en": "Undo"},
    "undo_help": {
        "nl": "Maakt de laatste actie van {coder} ongedaan.",
        "en": "Reverses the last action of {coder}.",
    },
    "undone": {"nl": "Ongedaan gemaakt: {action}", "en": "Undone: {action}"},
    "nothing_to_undo": {"nl": "Niets om ongedaan te maken.", "en": "Nothing to undo."},
    "coded_notice": {"nl": "Gecodeerd: {code}", "en": "Coded: {code}"},
    "removed_notice": {"nl": "Codering verwijderd.", "en": "Coding removed."},
    "coding_mode": {"nl": "Manier van coderen", "en": "Coding mode"},
    "mode_units": {"nl": "Hele segmenten", "en": "Whole segments"},
    "mode_spans": {"nl": "Tekst selecteren", "en": "Select text"},
    "apply_help": {
        "nl": "Pas {code} toe op dit hele segment.",
        "en": "Apply {code} to this whole segment.",
    },
    "toggle_codes": {"nl": "Codes aan/uit", "en": "Toggle codes"},
    "span_hint": {
        "nl": "Selecteer tekst en druk op 1-9 (of klik een code).",
        "en": "Select text and press 1-9 (or click a code).",
    },
    "selected": {"nl": "Selectie", "en": "Selected"},
    "selection_is": {
        "nl": "Selectie: tekens {start}-{end}",
        "en": "Selection: characters {start}-{end}",
    },
    "apply_to_selection": {
        "nl": "Pas {code} toe op de selectie",
        "en": "Apply {code} to the selection",
    },
    "codings_here": {
        "nl": "Coderingen in dit document ({n})",
        "en": "Codings in this document ({n})",
    },
    "none_yet": {"nl": "Nog geen.", "en": "None yet."},
    "remove_coding": {"nl": "Eigen codering verwijderen", "en": "Remove one of my codings"},
    "remove": {"nl": "Verwijderen", "en": "Remove"},
    "memos_n": {"nl": "Memo's ({n})", "en": "Memos ({n})"},
    "memo_on": {"nl": "Memo bij", "en": "Memo on"},
    "memo_text": {"nl": "Memo", "en": "Memo"},
    "add_memo": {"nl": "Memo toevoegen", "en": "Add memo"},
    "memo_added": {"nl": "Memo toegevoegd.", "en": "Memo added."},
    # retrieve
    "filters": {"nl": "Filters en kenmerken", "en": "Filters and attributes"},
    "survey": {"nl": "Enquête", "en": "Survey"},
    "focus_groups": {"nl": "Focusgroepen", "en": "Focus groups"},
    "show_variables": {"nl": "Toon enquêtevariabelen", "en": "Show survey variables"},
    "filter_variables": {"nl": "Filter op enquêtevariabelen", "en": "Filter on survey variables"},
    "filter_attributes": {"nl": "Filter op sprekerkenmerken", "en": "Filter on speaker attributes"},
    "passages": {"nl": "Fragmenten", "en": "Passages"},
    "table": {"nl": "Tabel", "en": "Table"},
    "cooccurrence": {"nl": "Samen voorkomen", "en": "Co-occurrence"},
    "cooccurrence_help": {
        "nl": "Aantal eenheden waarin beide codes zijn toegepast (diagonaal: "
        "eenheden met de code).",
        "en": "Units where both codes were applied (diagonal: units with the code).",
    },
    "n_passages": {"nl": "{n} gecodeerde fragmenten", "en": "{n} coded passages"},
    "no_passages": {"nl": "Geen gecodeerde fragmenten.", "en": "No coded passages."},
    # agreement
    "agreement": {"nl": "Overeenstemming", "en": "Agreement"},
    "disagreements": {"nl": "Verschillen", "en": "Disagreements"},
    "need_two_coders": {
        "nl": "Overeenstemming vraagt minstens twee codeurs.",
        "en": "Agreement needs at least two coders.",
    },
    "overall": {"nl": "(alle codes)", "en": "(all codes)"},
    "units_n": {"nl": "Eenheden", "en": "Units"},
    "percent_agreement": {"nl": "% overeenstemming", "en": "% agreement"},
    "applied_by": {"nl": "toegepast door", "en": "applied by"},
    "agreement_help": {
        "nl": "Per code: eenheden die minstens twee codeurs zagen. Zonder keuze: "
        "de codes die deze codeurs gebruikten. Kappa alleen bij twee "
        "codeurs; – waar het niet gedefinieerd is.",
        "en": "Per code: units seen by at least two coders. Without a choice: "
        "the codes these coders used. Kappa only with two coders; – where "
        "it is undefined.",
    },
    "all_used_codes": {"nl": "Alle gebruikte codes", "en": "All codes used"},
    "no_theme_big_enough": {
        "nl": "Nog geen thema met {threshold} of meer respondenten of deelnemers.",
        "en": "No theme has {threshold} or more respondents or participants yet.",
    },
    "no_themes": {"nl": "Nog geen thema's.", "en": "No themes yet."},
    "small_themes": {
        "nl": "Thema's met minder dan {threshold} respondenten en deelnemers ({n})",
        "en": "Themes with fewer than {threshold} respondents and participants ({n})",
    },
    "double_coding_sample": {"nl": "Steekproef voor dubbel coderen", "en": "Double-coding sample"},
    "sample_size": {"nl": "Aantal eenheden", "en": "Number of units"},
    "seed": {"nl": "Startgetal (seed)", "en": "Seed"},
    "sample_name": {"nl": "Naam (optioneel)", "en": "Name (optional)"},
    "create_sample": {"nl": "Steekproef maken", "en": "Create sample"},
    "sample_created": {
        "nl": "Steekproef {sample}: {n} eenheden toegewezen aan {coders}.",
        "en": "Sample {sample}: {n} units assigned to {coders}.",
    },
    "no_disagreements": {
        "nl": "Geen verschillen tussen deze codeurs.",
        "en": "No disagreements between these coders.",
    },
    "n_disagreements": {
        "nl": "{n} betwiste (segment, code)-paren",
        "en": "{n} disputed (segment, code) pairs",
    },
    "decide_applied": {"nl": "✓ Toegepast", "en": "✓ Applied"},
    "decide_not_applied": {"nl": "✗ Niet toegepast", "en": "✗ Not applied"},
    "consensus_is": {"nl": "Consensus: {decision}", "en": "Consensus: {decision}"},
    "consensus_saved": {
        "nl": "Consensus vastgelegd: {code} {decision}.",
        "en": "Consensus recorded: {code} {decision}.",
    },
    "consensus_help": {
        "nl": "Een besluit wordt vastgelegd als codeur 'consensus' (door {coder}); "
        "de oorspronkelijke coderingen blijven.",
        "en": "A decision is recorded as coder 'consensus' (by {coder}); the "
        "original codings stay.",
    },
    # browse
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
    "variable": {"nl": "Enquêtevariabele", "en": "Survey variable"},
    "value": {"nl": "Waarde", "en": "Value"},
    "coded_respondents": {"nl": "Met dit thema", "en": "With this theme"},
    "share": {"nl": "Aandeel", "en": "Share"},
    "suppressed_help": {
        "nl": "< {threshold}: te weinig respondenten om te tonen.",
        "en": "< {threshold}: too few respondents to show.",
    },
    "no_subgroups": {
        "nl": "Geen thema's of enquêtevariabelen.",
        "en": "No themes or survey variables.",
    },
    # coding samples (Samples page, the Code page's sample queue)
    "page_samples": {"nl": "Steekproeven", "en": "Samples"},
    "samples_intro": {
        "nl": "Een codeersteekproef is een aselecte steekproef van antwoorden. Als alleen die "
        "antwoorden gecodeerd zijn, blijft het cijfer van een code geldig: het BI omvat "
        "dan ook de onzekerheid van het coderen. Een antwoord telt pas als gecodeerd "
        "als een codeur het met 'Klaar' heeft afgerond.",
        "en": "A coding sample is a random sample of answers. When only those answers are "
        "coded, a code's figure stays valid: its CI then includes the uncertainty of "
        "coding. An answer counts as coded only once a coder has marked it done.",
    },
    "no_answers_to_sample": {
        "nl": "Nog geen open antwoorden om uit te trekken.",
        "en": "No open answers to sample from yet.",
    },
    "no_coding_samples": {
        "nl": "Nog geen codeersteekproef. Trek er een op de pagina Steekproeven.",
        "en": "No coding sample yet. Draw one on the Samples page.",
    },
    "coding_sample": {"nl": "Codeersteekproef", "en": "Coding sample"},
    "queue_sample": {"nl": "Codeersteekproef", "en": "Coding sample"},
    "sample_status": {"nl": "Stand", "en": "Status"},
    "draw_sample": {"nl": "Steekproef trekken", "en": "Draw a sample"},
    "extend_sample": {"nl": "Uitbreiden", "en": "Extend"},
    "next_to_code": {"nl": "Wat nu coderen?", "en": "Which answers to code next"},
    "new_sample_name": {"nl": "Naam", "en": "Name"},
    "sample_unit": {"nl": "Trekken van", "en": "Draw"},
    "sample_unit_help": {
        "nl": "Respondenten: al hun antwoorden komen in de werklijst. Antwoorden: losse "
        "antwoorden (per open vraag).",
        "en": "Respondents: all their answers go into the queue. Answers: single "
        "answers (one open question at a time).",
    },
    "unit_respondent": {"nl": "respondenten", "en": "respondents"},
    "unit_answer": {"nl": "antwoorden", "en": "answers"},
    "question": {"nl": "Open vraag", "en": "Open question"},
    "all_questions": {"nl": "alle open vragen", "en": "all open questions"},
    "strata": {"nl": "Strata (enquêtevariabelen)", "en": "Strata (survey variables)"},
    "strata_help": {
        "nl": "Binnen elke combinatie wordt apart getrokken; leeg: een enkelvoudige "
        "aselecte steekproef.",
        "en": "Drawn separately within every combination; empty: a simple random sample.",
    },
    "stratum": {"nl": "Stratum", "en": "Stratum"},
    "frame": {"nl": "Populatie (kader)", "en": "Frame"},
    "drawn": {"nl": "Getrokken", "en": "Drawn"},
    "reviewed": {"nl": "Afgerond", "en": "Reviewed"},
    "draws": {"nl": "Trekkingen", "en": "Draws"},
    "draw": {"nl": "Trekking", "en": "Draw"},
    "sizes": {"nl": "Aantallen per stratum", "en": "Sizes per stratum"},
    "size": {"nl": "Aantal", "en": "Size"},
    "available": {"nl": "Beschikbaar", "en": "Available"},
    "size_total": {
        "nl": "Totaal, verdeeld over de strata",
        "en": "A total, spread over the strata",
    },
    "size_per_stratum": {"nl": "Per stratum", "en": "Per stratum"},
    "allocation": {"nl": "Verdeling", "en": "Allocation"},
    "allocation_help": {
        "nl": "Proportioneel: naar de omvang van elk stratum. Gelijk: evenveel per stratum. "
        "Neyman: meer waar de code (volgens een proefsteekproef) meer varieert. "
        "Onzekerheid: waar het model twijfelt en de gewichten groot zijn.",
        "en": "Proportional: by each stratum's size. Equal: as many per stratum. "
        "Neyman: more where the code varies more (from a pilot sample). "
        "Uncertainty: where the model is unsure and the weights are large.",
    },
    "allocation_proportional": {
        "nl": "proportioneel (naar antwoorden)",
        "en": "proportional (to answers)",
    },
    "allocation_population": {
        "nl": "naar populatie (gewichten)",
        "en": "to the population (weights)",
    },
    "allocation_equal": {"nl": "gelijk", "en": "equal"},
    "allocation_neyman": {"nl": "Neyman", "en": "Neyman"},
    "allocation_uncertainty": {"nl": "onzekerheid van het model", "en": "model uncertainty"},
    "allocation_explicit": {"nl": "per stratum opgegeven", "en": "given per stratum"},
    "allocation_simple": {"nl": "enkelvoudig aselect", "en": "simple random"},
    "pilot_sample": {"nl": "Proefsteekproef", "en": "Pilot sample"},
    "codes_for_figure": {
        "nl": "Code(s) waarvoor de steekproef dient",
        "en": "Code(s) the sample serves",
    },
    "codes_to_improve": {
        "nl": "Code(s) waarvan het cijfer beter moet",
        "en": "Code(s) whose figure should improve",
    },
    "frame_line": {
        "nl": "Kader: {n} eenheden in {strata} strata.",
        "en": "Frame: {n} units in {strata} strata.",
    },
    "sample_drawn_notice": {
        "nl": "Steekproef getrokken: {drawn} van {frame} eenheden.",
        "en": "Sample drawn: {drawn} of {frame} units.",
    },
    "sample_extended_notice": {
        "nl": "Steekproef uitgebreid: nu {drawn} van {frame} eenheden getrokken.",
        "en": "Sample extended: now {drawn} of {frame} units drawn.",
    },
    "next_drawn_notice": {
        "nl": "{n} eenheden erbij getrokken (nu {drawn} van {frame}); ze staan hieronder.",
        "en": "{n} more units drawn (now {drawn} of {frame}); they are listed below.",
    },
    "next_to_code_help": {
        "nl": "Breidt de steekproef uit waar het model het minst zeker is en de gewichten "
        "het grootst: daar wint het cijfer het meest. Binnen elk stratum blijft het "
        "aselect, dus de schatting blijft geldig. Vraagt modelscores (Voorstellen).",
        "en": "Extends the sample where the model is least sure and the weights are "
        "largest: there the figure gains most. It stays random within each "
        "stratum, so the estimate stays valid. Needs model scores (Suggestions).",
    },
    "find_next": {"nl": "Antwoorden trekken", "en": "Draw the answers"},
    "sample_status_line": {
        "nl": "{drawn} van {frame} getrokken, {reviewed} afgerond (door {coder}: {mine}).",
        "en": "{drawn} of {frame} drawn, {reviewed} reviewed ({coder}: {mine}).",
    },
    "code_this_sample": {"nl": "Deze steekproef coderen", "en": "Code this sample"},
    "sample_nothing_drawn": {
        "nl": "In deze steekproef is niets getrokken.",
        "en": "Nothing is drawn in this sample.",
    },
    "sample_progress": {
        "nl": "Door u afgerond: {reviewed} van {drawn} getrokken ({answers} van {total} "
        "antwoorden); door iemand: {anyone}",
        "en": "Reviewed by you: {reviewed} of {drawn} drawn ({answers} of {total} "
        "answers); by anyone: {anyone}",
    },
    "sample_done": {
        "nl": "Klaar: verder is niets van toepassing · volgende",
        "en": "Done: nothing more applies · next",
    },
    "sample_done_help": {
        "nl": "U hebt het antwoord tegen het hele codeboek gelezen: codes die u niet "
        "toepaste, zijn niet van toepassing. Pas dan telt het als gecodeerd.",
        "en": "You have read the answer against the whole codebook: the codes you did "
        "not apply do not apply. Only then does it count as coded.",
    },
    "sample_item_reviewed": {
        "nl": "U hebt dit antwoord al afgerond.",
        "en": "You have reviewed this answer.",
    },
    "sample_all_reviewed": {
        "nl": "U hebt alle {n} antwoorden van deze steekproef afgerond.",
        "en": "You have reviewed all {n} answers of this sample.",
    },
    "review_notice": {"nl": "Afgerond", "en": "Marked done"},
    # figures: method, basis, coverage
    "estimate_what": {"nl": "Schatten", "en": "Estimate"},
    "estimate_item": {"nl": "Enquêtevraag", "en": "Survey item"},
    "estimate_code": {"nl": "Code in open antwoorden", "en": "Code in open answers"},
    "method": {"nl": "Methode", "en": "Method"},
    "method_help": {
        "nl": "Volledig: elk antwoord gecodeerd. Steekproef: het gecodeerde deel van een "
        "codeersteekproef. Modelondersteund: die steekproef, gekalibreerd op de "
        "scores van een model voor alle antwoorden.",
        "en": "Complete: every answer coded. Sample: the coded part of a coding sample. "
        "Model-assisted: that sample, calibrated on a model's scores for every "
        "answer.",
    },
    "method_complete": {"nl": "Volledig gecodeerd", "en": "Complete"},
    "method_sample": {"nl": "Steekproef", "en": "Sample"},
    "method_model_assisted": {"nl": "Modelondersteund", "en": "Model-assisted"},
    "coding_rule": {"nl": "Welke coderingen tellen", "en": "Which codings count"},
    "rule_consensus": {"nl": "consensus, anders elke codeur", "en": "consensus, else any coder"},
    "rule_any": {"nl": "elke codeur", "en": "any coder"},
    "rule_coder": {"nl": "codeur {coder}", "en": "coder {coder}"},
    "model_run": {"nl": "Modelrun", "en": "Model run"},
    "newest_run": {"nl": "nieuwste", "en": "newest"},
    "n_coded": {"nl": "n gecodeerd", "en": "n coded"},
    "coverage_line": {
        "nl": "Dekking: bekend voor {known} van {answers} antwoorden ({reviewed} afgerond, "
        "{positive} met de code); {respondents_known} van {respondents} respondenten",
        "en": "Coverage: known for {known} of {answers} answers ({reviewed} reviewed, "
        "{positive} with the code); {respondents_known} of {respondents} respondents",
    },
    "coverage_sample": {
        "nl": "steekproef {name}: {coded} van {drawn} gecodeerd",
        "en": "sample {name}: {coded} of {drawn} coded",
    },
    "model_agreement": {
        "nl": "Model tegenover de codeurs in de steekproef: kappa {kappa}, alfa {alpha} (n = {n})",
        "en": "Model against the coders on the sample: kappa {kappa}, alpha {alpha} (n = {n})",
    },
    "figure_refused": {
        "nl": "Nog geen geldig cijfer: niet elk antwoord is voor deze code gecodeerd, en de "
        "rest als 'nee' tellen zou het cijfer vertekenen. Codeer een "
        "codeersteekproef (pagina Steekproeven) of voeg modelscores toe "
        "(Voorstellen).",
        "en": "No valid figure yet: not every answer is coded for this code, and counting "
        "the rest as 'no' would bias it. Code a coding sample (Samples page) or "
        "add model scores (Suggestions).",
    },
}


def translate(key: str, language: str) -> str:
    """The string for ``key`` in ``language``; the key itself if missing (visible in tests)."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    return entry.get(language) or entry["en"]
