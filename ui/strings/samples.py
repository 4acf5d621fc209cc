"""UI strings (Dutch, English) of coding samples (the Samples page, the Code page's
sample queue) and of the figures: method, basis, coverage; ui/i18n.py merges the parts
into one table."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # coding samples
    "sample": {"nl": "Steekproef", "en": "Sample"},
    "sample_size": {"nl": "Aantal eenheden", "en": "Number of units"},
    "seed": {"nl": "Startgetal (seed)", "en": "Seed"},
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
    "thin_column": {"nl": "Basis", "en": "Basis"},
    "thin_mark": {
        "nl": "dun: < {n} gecodeerde vermeldingen",
        "en": "thin: < {n} coded mentions",
    },
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
