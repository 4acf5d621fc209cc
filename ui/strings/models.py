"""UI strings (Dutch, English) of the models: topics (the Topics page) and code
suggestions (the Suggestions page, the Code page's model queue); ui/i18n.py merges the
parts into one table."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # topics
    "page_topics": {"nl": "Onderwerpen", "en": "Topics"},
    "topics_intro": {
        "nl": "Een topicmodel (BERTopic) groepeert vergelijkbare antwoorden. Het codeert niets: een onderwerp wordt pas een code of suggesties als u dat besluit.",
        "en": "A topic model (BERTopic) groups similar answers. It codes nothing: a topic becomes a code or suggestions only when you decide so.",
    },
    "min_size": {"nl": "Kleinste onderwerp", "en": "Smallest topic"},
    "run_topics": {"nl": "Onderwerpen zoeken", "en": "Find topics"},
    "topic_quality": {
        "nl": "Run {run}: {k} onderwerpen (gekozen door: {criterion}); NPMI-coherentie {npmi} (-1 tot 1, hoger is samenhangender), diversiteit {diversity} (aandeel unieke woorden in de top 25 van alle onderwerpen).",
        "en": "Run {run}: {k} topics (chosen by: {criterion}); NPMI coherence {npmi} (-1 to 1, higher is more coherent), diversity {diversity} (share of unique words in all topics' top 25).",
    },
    "no_topics": {
        "nl": "Nog geen onderwerpen: start een run.",
        "en": "No topics yet: start a run.",
    },
    "topics": {"nl": "Onderwerpen", "en": "Topics"},
    "topic_map": {"nl": "Kaart", "en": "Map"},
    "topic": {"nl": "Onderwerp", "en": "Topic"},
    "fit": {"nl": "Past (gelijkenis)", "en": "Fit (similarity)"},
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
    "running_model": {"nl": "Model traint en voorspelt…", "en": "Training and predicting…"},
    # suggestions
    "page_suggest": {"nl": "Suggesties", "en": "Suggestions"},
    "suggest_intro": {
        "nl": "Een model stelt codes voor; u beslist ({coder}). Suggesties tellen nooit als codering tot u ze accepteert.",
        "en": "A model proposes codes; you decide ({coder}). Suggestions never count as codings until you accept them.",
    },
    "suggest_codes_help": {"nl": "Leeg: alle codes", "en": "Empty: every code"},
    "run_suggestions": {"nl": "Suggesties maken", "en": "Make suggestions"},
    "suggested": {"nl": "{n} suggesties van {model}", "en": "{n} suggestions by {model}"},
    "order": {"nl": "Volgorde", "en": "Order"},
    "order_confidence": {"nl": "Zekerste eerst", "en": "Most confident first"},
    "order_uncertainty": {"nl": "Twijfelachtigste eerst", "en": "Most uncertain first"},
    "no_suggestions": {"nl": "Geen open suggesties.", "en": "No open suggestions."},
    "score": {"nl": "score", "en": "score"},
    "accept": {"nl": "Accepteren", "en": "Accept"},
    "reject": {"nl": "Afwijzen", "en": "Reject"},
    # the embedding model selector (Topics and Suggestions pages)
    "embedding_model": {"nl": "Embeddingmodel", "en": "Embedding model"},
    "embedding_model_help": {
        "nl": "Het model dat antwoorden in vectoren omzet. Vectoren worden per model "
        "bewaard; een ander model rekent ze één keer opnieuw uit.",
        "en": "The model that turns answers into vectors. Vectors are stored per model; "
        "another model computes them once.",
    },
    "models_not_installed": {
        "nl": "Niet geïnstalleerd: {models}",
        "en": "Not installed: {models}",
    },
    "model_title_tfidf": {
        "nl": "TF-IDF op lemma's, teruggebracht tot 256 dimensies (op de antwoorden van het project)",
        "en": "TF-IDF on lemmas, reduced to 256 dimensions (fitted on the project's answers)",
    },
    "model_title_use-m3": {
        "nl": "Meertalige Universal Sentence Encoder v3 (Google), op de processor",
        "en": "Multilingual Universal Sentence Encoder v3 (Google), on the CPU",
    },
    "model_title_hybrid": {
        "nl": "TF-IDF op lemma's samen met use-m3 (betekenis), elk deel even zwaar",
        "en": "TF-IDF on lemmas joined with use-m3 (meaning), each half weighted equally",
    },
    "model_title_minilm": {
        "nl": "all-MiniLM-L6-v2 (sentence-transformers)",
        "en": "all-MiniLM-L6-v2 (sentence-transformers)",
    },
    "model_languages_tfidf": {
        "nl": "elke taal met een spaCy-pijplijn",
        "en": "every language with a spaCy pipeline",
    },
    "model_languages_use-m3": {
        "nl": "16 talen, waaronder Nederlands en Engels",
        "en": "16 languages, Dutch and English among them",
    },
    "model_languages_hybrid": {
        "nl": "16 talen, waaronder Nederlands en Engels",
        "en": "16 languages, Dutch and English among them",
    },
    "model_languages_minilm": {"nl": "alleen Engels", "en": "English only"},
    # the Code page's active-learning queue
    "queue_explore": {"nl": "Nieuw voor het model", "en": "New to the model"},
    "queue_explore_help": {
        "nl": "Antwoorden waarover het model twijfelt en die op niets lijken dat al is "
        "gecodeerd, steeds verschillend: zo leert het model snel alle formuleringen van een "
        "thema. Ververs de werklijst na een nieuwe suggestieronde.",
        "en": "Answers the model is unsure about and that are unlike anything coded yet, each "
        "different from the others: so the model learns a theme's wordings fast. Refresh "
        "the queue after a new suggestion run.",
    },
}
