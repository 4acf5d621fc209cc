"""The report's Dutch: every English sentence, heading, table header and caption the
report writes (the keys, as in the code) with its Dutch. Placeholders in braces stay."""

from __future__ import annotations

# (singular, plural) of the nouns the report counts
NL_PLURALS: dict[str, tuple[str, str]] = {
    "survey respondent": ("respondent van de enquête", "respondenten van de enquête"),
    "respondent": ("respondent", "respondenten"),
    "open answer": ("open antwoord", "open antwoorden"),
    "open question": ("open vraag", "open vragen"),
    "focus-group transcript": ("focusgroeptranscript", "focusgroeptranscripten"),
    "focus group": ("focusgroep", "focusgroepen"),
    "speaker": ("spreker", "sprekers"),
    "turn": ("beurt", "beurten"),
    "sentence": ("zin", "zinnen"),
    "stratum": ("stratum", "strata"),
    "active code": ("actieve code", "actieve codes"),
    "top-level theme": ("hoofdthema", "hoofdthema's"),
    "later change": ("latere wijziging", "latere wijzigingen"),
    "code": ("code", "codes"),
    "sub-code": ("subcode", "subcodes"),
    "figure": ("cijfer", "cijfers"),
    "event": ("gebeurtenis", "gebeurtenissen"),
    "coder": ("codeur", "codeurs"),
    "live coding": ("geldende codering", "geldende coderingen"),
    "coding": ("codering", "coderingen"),
    "unit": ("eenheid", "eenheden"),
    "answer": ("antwoord", "antwoorden"),
    "document": ("document", "documenten"),
    "(unit, code) pair": ("paar (eenheid, code)", "paren (eenheid, code)"),
    "suggestion run": ("suggestieronde", "suggestierondes"),
    "topic-model run": ("onderwerpmodelronde", "onderwerpmodelrondes"),
    "verdict": ("oordeel", "oordelen"),
    "theme": ("thema", "thema's"),
    "earlier verdict": ("eerder oordeel", "eerdere oordelen"),
}

NL: dict[str, str] = {
    # title page and footer
    "{project}: summary report": "{project}: samenvattend rapport",
    "Codebook version {version}; state as of {as_of} (event {event}).": (
        "Codeboekversie {version}; stand van {as_of} (gebeurtenis {event})."
    ),
    "Breakdowns: {by}; themes: {themes}.": "Uitsplitsingen: {by}; thema's: {themes}.",
    "none": "geen",
    "and": "en",
    "or": "of",
    "Figure": "Figuur",
    "researcher": "onderzoeker",
    "viewer": "lezer",
    "Viewer version: coder names are replaced by 'coder 1', 'coder 2', …; no respondent id "
    "or speaker name appears; quotes are redacted; every figure from fewer than {min_cell} "
    "people is suppressed.": (
        "Versie voor lezers: namen van codeurs zijn vervangen door 'codeur 1', 'codeur 2', …; "
        "er staat geen respondentnummer of sprekersnaam in; citaten zijn ontdaan van "
        "persoonsgegevens; elk cijfer over minder dan {min_cell} personen is weggelaten."
    ),
    "Researcher version: names the coders. Not for circulation beyond the research team; "
    "share the viewer version.": (
        "Versie voor onderzoekers: noemt de codeurs. Niet verspreiden buiten het "
        "onderzoeksteam; deel de versie voor lezers."
    ),
    "coder {n}": "codeur {n}",
    "Duiding export of project {project!r}, codebook version {version}, state as of {as_of} "
    "(event {event}), audience {audience}, small-cell threshold {min_cell}": (
        "Duiding-export van project {project!r}, codeboekversie {version}, stand van {as_of} "
        "(gebeurtenis {event}), publiek: {audience}, drempel kleine aantallen {min_cell}"
    ),
    "{dash} suppressed: based on fewer than {min_cell} respondents (or participants).": (
        "{dash} weggelaten: gebaseerd op minder dan {min_cell} respondenten (of deelnemers)."
    ),
    # themes
    "Themes": "Thema's",
    "Each theme puts the survey figures, the theme's weighted prevalence among the "
    "respondents who answered an open question, the focus-group counts and quotes side by "
    "side, with the verdict the researchers recorded.": (
        "Per thema staan de enquêtecijfers, het gewogen aandeel van het thema onder de "
        "respondenten die een open vraag beantwoordden, de aantallen uit de focusgroepen en "
        "citaten naast elkaar, met het oordeel dat de onderzoekers vastlegden."
    ),
    "No theme has been coded yet.": "Er is nog geen thema gecodeerd.",
    "Theme: {name}": "Thema: {name}",
    "Weighted share of the respondents who answered an open question whose answers carry "
    "this theme: {share}; {coded} respondents coded.": (
        "Gewogen aandeel van de respondenten die een open vraag beantwoordden van wie de "
        "antwoorden dit thema dragen: {share}; {coded} respondenten gecodeerd."
    ),
    "95% CI ": "95%-BI ",
    "This figure is {basis}.": "Dit cijfer is {basis}.",
    "{mark} rests on fewer than {n} human-coded mentions: its 95% interval covers the "
    "true share less reliably than stated, so read it as an indication.": (
        "{mark} rust op minder dan {n} door mensen gecodeerde vermeldingen: het 95%-interval "
        "omvat het ware aandeel minder betrouwbaar dan vermeld; lees het als een indicatie."
    ),
    "No valid survey figure yet: {why}": "Nog geen geldig enquêtecijfer: {why}",
    "No open answer carries this theme, so it has no survey figure; it can only be shown "
    "from the focus groups.": (
        "Geen open antwoord draagt dit thema, dus er is geen enquêtecijfer; het is alleen "
        "uit de focusgroepen te tonen."
    ),
    "{name}: share by subgroup": "{name}: aandeel per subgroep",
    "Chart: weighted share with 95% confidence intervals of {path} by {by}": (
        "Grafiek: gewogen aandeel met 95%-betrouwbaarheidsintervallen van {path} naar {by}"
    ),
    "Chart: weighted share with 95% confidence intervals of {path} by {by}, next to the "
    "survey items": (
        "Grafiek: gewogen aandeel met 95%-betrouwbaarheidsintervallen van {path} naar {by}, "
        "naast de enquêtevragen"
    ),
    "{name} by {by}.": "{name} naar {by}.",
    "{name} by {by}": "{name} naar {by}",
    "by {by}": "naar {by}",
    "Answered (n)": "Beantwoord (n)",
    "Coded (n)": "Gecodeerd (n)",
    "Theme share (95% CI)": "Aandeel thema (95%-BI)",
    "Theme: share of respondents who answered": "Thema: aandeel van wie antwoordde",
    "{item} (95% CI)": "{item} (95%-BI)",
    "Survey: {name}": "Enquête: {name}",
    "Shares are weighted; the theme's share is among the respondents who answered an open "
    "question.": (
        "Aandelen zijn gewogen; het aandeel van het thema is onder de respondenten die een "
        "open vraag beantwoordden."
    ),
    "Dots: weighted estimate; bars: 95% confidence interval.": (
        "Punten: gewogen schatting; balken: 95%-betrouwbaarheidsinterval."
    ),
    "{dash}: suppressed (fewer than {min_cell} respondents).": (
        "{dash}: weggelaten (minder dan {min_cell} respondenten)."
    ),
    "The project holds no focus-group transcripts.": (
        "Het project bevat geen transcripten van focusgroepen."
    ),
    "Focus group": "Focusgroep",
    "(not recorded)": "(niet vastgelegd)",
    "All focus groups": "Alle focusgroepen",
    "Group": "Groep",
    "Speakers": "Sprekers",
    "Speakers coded": "Sprekers gecodeerd",
    "Turns coded": "Beurten gecodeerd",
    "{path} in the focus groups (counts, not weighted)": (
        "{path} in de focusgroepen (aantallen, niet gewogen)"
    ),
    "Quotes per {by}: the first coded answers of each subgroup in coding order, at most two, "
    "personal data redacted; none from subgroups with fewer than {min_cell} coded "
    "respondents.": (
        "Citaten per {by}: de eerste gecodeerde antwoorden van elke subgroep in volgorde van "
        "coderen, hoogstens twee, persoonsgegevens verwijderd; geen uit subgroepen met minder "
        "dan {min_cell} gecodeerde respondenten."
    ),
    "No subgroup qualifies.": "Geen subgroep komt in aanmerking.",
    "No quotes: fewer than the small-cell threshold of respondents.": (
        "Geen citaten: minder respondenten dan de drempel voor kleine aantallen."
    ),
    "Quotes (personal data redacted):": "Citaten (persoonsgegevens verwijderd):",
    "Verdict: none recorded yet.": "Oordeel: nog niet vastgelegd.",
    "Verdict: {verdict} (recorded by {coder} on {day}": (
        "Oordeel: {verdict} (vastgelegd door {coder} op {day}"
    ),
    "; {earlier} kept": "; {earlier} bewaard",
    "Memo: ": "Memo: ",
    "converge": "convergeren",
    "diverge": "divergeren",
    "complement": "vullen aan",
    # survey items and tests
    "Survey figures": "Enquêtecijfers",
    "Survey item": "Enquêtevraag",
    "Weighted share (95% CI)": "Gewogen aandeel (95%-BI)",
    "Respondents (n)": "Respondenten (n)",
    "Survey items, all respondents": "Enquêtevragen, alle respondenten",
    "Tests of group differences": "Toetsen van groepsverschillen",
    "No breakdown was asked for, so nothing was tested.": (
        "Er is geen uitsplitsing gevraagd, dus er is niets getoetst."
    ),
    "Test: {kinds}, on the weighted, stratified design; df: numerator, denominator. * p < 0.05.": (
        "Toets: {kinds}, op het gewogen, gestratificeerde design; vg: teller; noemer. * p < 0,05."
    ),
    "{ndf}, {ddf}": "{ndf}; {ddf}",
    "Themes: among the respondents who answered an open question.": (
        "Thema's: onder de respondenten die een open vraag beantwoordden."
    ),
    "† some groups have fewer than the small-cell threshold of respondents; their figures "
    "are suppressed, the test uses all respondents.": (
        "† sommige groepen hebben minder respondenten dan de drempel voor kleine aantallen; "
        "hun cijfers zijn weggelaten, de toets gebruikt alle respondenten."
    ),
    "Theme or item": "Thema of vraag",
    "By": "Naar",
    "Test": "Toets",
    "df": "vg",
    "Sig.": "Sign.",
    "Group differences": "Groepsverschillen",
    # method
    "Method": "Methode",
    "This section is generated from the project's records: the imported files, the survey "
    "design, the codebook, every coding and decision, and the audit trail.": (
        "Dit deel is gemaakt uit de gegevens van het project zelf: de ingelezen bestanden, "
        "het steekproefontwerp, het codeboek, elke codering en beslissing, en het logboek."
    ),
    "Data sources": "Gegevensbronnen",
    "The project holds {respondents} and {answers} from {answering} to {questions}; and "
    "{transcripts} of {groups} with {speakers} ({speaking} of whom spoke) in {turns}. "
    "Answers and turns were split into {sentences} for search and coding. Speakers are "
    "never linked to survey respondents.": (
        "Het project bevat {respondents} en {answers} van {answering} op {questions}; en "
        "{transcripts} van {groups} met {speakers} (van wie {speaking} het woord namen) in "
        "{turns}. Antwoorden en beurten zijn gesplitst in {sentences} om te zoeken en te "
        "coderen. Sprekers worden nooit gekoppeld aan respondenten van de enquête."
    ),
    "File": "Bestand",
    "Kind": "Soort",
    "Format": "Formaat",
    "Imported": "Ingelezen",
    "Respondents": "Respondenten",
    "Open answers": "Open antwoorden",
    "Turns": "Beurten",
    "survey": "enquête",
    "transcript": "transcript",
    "codings": "coderingen",
    "codebook": "codeboek",
    "design": "ontwerp",
    "Imported files": "Ingelezen bestanden",
    "Open question": "Open vraag",
    "Label": "Label",
    "Answers": "Antwoorden",
    "Open questions": "Open vragen",
    "Sampling and weighting": "Steekproef en weging",
    "The project has no survey respondents.": "Het project heeft geen respondenten.",
    "The survey is a stratified sample of {strata}.": (
        "De enquête is een gestratificeerde steekproef uit {strata}."
    ),
    "Population and sample sizes per stratum were imported (import-design):": (
        "Populatie- en steekproefomvang per stratum zijn ingelezen (import-design):"
    ),
    "No population sizes per stratum were imported, so estimates use no finite population "
    "correction.": (
        "Er zijn geen populatieomvangen per stratum ingelezen, dus de schattingen gebruiken "
        "geen eindige-populatiecorrectie."
    ),
    "All strata": "Alle strata",
    "Stratum": "Stratum",
    "Population": "Populatie",
    "Sampled": "In steekproef",
    "Response": "Respons",
    "Strata": "Strata",
    "Weights": "Gewichten",
    "Min": "Min",
    "Max": "Max",
    "Mean": "Gemiddelde",
    "CV": "VC",
    "Kish deff": "Kish-deff",
    "imported": "ingelezen",
    "raked": "geraked",
    "Weights (Kish's design effect of weighting: 1 + CV²)": (
        "Gewichten (designeffect van weging volgens Kish: 1 + VC²)"
    ),
    "Variable": "Variabele",
    "Value": "Waarde",
    "Unweighted": "Ongewogen",
    "Design": "Ontwerp",
    "Raked": "Geraked",
    "Respondents against the known population shares": (
        "Respondenten naast de bekende populatieaandelen"
    ),
    "Estimates in this report use the weights imported with the survey (column {weight!r}).": (
        "Schattingen in dit rapport gebruiken de gewichten die met de enquête zijn ingelezen "
        "(kolom {weight!r})."
    ),
    "The survey was imported without weights, so every respondent weighs 1.": (
        "De enquête is zonder gewichten ingelezen, dus elke respondent weegt 1."
    ),
    "They equal the design weights N_h / n_h, stratum population over respondents (largest "
    "relative difference {gap}).": (
        "Ze zijn gelijk aan de designgewichten N_h / n_h, populatie van het stratum gedeeld "
        "door respondenten (grootste relatieve verschil {gap})."
    ),
    "They differ from the design weights N_h / n_h (stratum population over respondents) by "
    "up to {gap}.": (
        "Ze wijken tot {gap} af van de designgewichten N_h / n_h (populatie van het stratum "
        "gedeeld door respondenten)."
    ),
    "For comparison, weights raked to the known population shares of {margins} were "
    "computed (below: 'raked').": (
        "Ter vergelijking zijn gewichten berekend die zijn geraked naar de bekende "
        "populatieaandelen van {margins} (hieronder: 'geraked')."
    ),
    "For comparison, weights raked to the known population shares of {margins} and the "
    "stratum sizes were computed (below: 'raked').": (
        "Ter vergelijking zijn gewichten berekend die zijn geraked naar de bekende "
        "populatieaandelen van {margins} en de omvang van de strata (hieronder: 'geraked')."
    ),
    "Standard errors are Taylor-linearised for the stratified design ({strata}, {df} degrees "
    "of freedom, {fpc}); 95% confidence intervals of shares are computed on the logit scale; "
    "domains (subgroups) are estimated on the full design. Group differences: {tests}.": (
        "Standaardfouten zijn Taylor-gelineariseerd voor het gestratificeerde design "
        "({strata}, {df} vrijheidsgraden, {fpc}); 95%-betrouwbaarheidsintervallen van "
        "aandelen zijn berekend op de logitschaal; domeinen (subgroepen) zijn geschat op het "
        "volledige design. Groepsverschillen: {tests}."
    ),
    "with finite population correction": "met eindige-populatiecorrectie",
    "without finite population correction": "zonder eindige-populatiecorrectie",
    "{tests}, p < 0.05 marked *": "{tests}, p < 0,05 gemarkeerd met *",
    "none tested": "niets getoetst",
    "Codebook": "Codeboek",
    "Codebook version {version}: {codes} in {tops}": "Codeboekversie {version}: {codes} in {tops}",
    ", imported from {files}": ", ingelezen uit {files}",
    "; {changes} (added, renamed, moved, merged, split or edited codes), each recorded as an "
    "event": (
        "; {changes} (codes toegevoegd, hernoemd, verplaatst, samengevoegd, gesplitst of "
        "bewerkt), elk vastgelegd als gebeurtenis"
    ),
    "; {codes} merged or retired, their codings kept": (
        "; {codes} samengevoegd of buiten gebruik, hun coderingen bewaard"
    ),
    "Privacy and small cells": "Privacy en kleine aantallen",
    "Every figure based on fewer than {min_cell} respondents (or focus-group participants) "
    "is suppressed and shown as –, for a subgroup's size and for the number counted in a "
    "share alike: {figures} in this report. The threshold is the project's setting and can "
    "only be raised. Quotes are redacted by rule-based detection of personal data before "
    "they appear (replaced by {redacted}); the report names no respondent id and no "
    "focus-group speaker.": (
        "Elk cijfer over minder dan {min_cell} respondenten (of deelnemers aan focusgroepen) "
        "is weggelaten en getoond als –, voor de omvang van een subgroep en voor het getelde "
        "aantal in een aandeel: {figures} in dit rapport. De drempel is een instelling van "
        "het project en kan alleen omhoog. Citaten worden ontdaan van persoonsgegevens door "
        "regelgebaseerde herkenning voordat ze verschijnen (vervangen door {redacted}); het "
        "rapport noemt geen respondentnummer en geen spreker uit een focusgroep."
    ),
    "Audit trail": "Logboek",
    "The project's audit trail holds {events}; this report shows the state after event "
    "{last} ({as_of}). Events by action: {actions}. Making this report changed nothing in "
    "the project.": (
        "Het logboek van het project bevat {events}; dit rapport toont de stand na "
        "gebeurtenis {last} ({as_of}). Gebeurtenissen per handeling: {actions}. Het maken "
        "van dit rapport heeft niets in het project veranderd."
    ),
    # method: coding
    "How the theme figures were made": "Werkwijze van de themacijfers",
    "Coding": "Coderen",
    "{coders} ({names}) made {live} (their own codings and suggestions they accepted). A "
    "coding marks a span of an answer or turn with a code; a respondent carries a theme when "
    "a live human or accepted coding of the theme or one of its sub-codes lies in their open "
    "answers.": (
        "{coders} ({names}) maakten {live} (hun eigen coderingen en suggesties die ze "
        "aanvaardden). Een codering markeert een stuk van een antwoord of beurt met een code; "
        "een respondent draagt een thema als een geldende menselijke of aanvaarde codering "
        "van het thema of een van de subcodes in zijn of haar open antwoorden ligt."
    ),
    "{codings} were removed or undone later; they are kept, marked as removed, and do not count.": (
        "{codings} zijn later verwijderd of ongedaan gemaakt; ze zijn bewaard, gemarkeerd "
        "als verwijderd, en tellen niet mee."
    ),
    "Coder": "Codeur",
    "Own codings": "Eigen coderingen",
    "Suggestions accepted": "Suggesties aanvaard",
    "Suggestions rejected": "Suggesties afgewezen",
    "Live codings per coder ('consensus': decisions agreed after double coding)": (
        "Geldende coderingen per codeur ('consensus': beslissingen na dubbel coderen)"
    ),
    "Double coding and agreement": "Dubbel coderen en overeenstemming",
    "No segments were assigned for double coding, so no agreement between coders was measured.": (
        "Er zijn geen segmenten toegewezen om dubbel te coderen, dus er is geen "
        "overeenstemming tussen codeurs gemeten."
    ),
    "Sample {name!r}: {units} drawn at random{seed} on {day}, each assigned to {coders}.": (
        "Steekproef {name!r}: {units} aselect getrokken{seed} op {day}, elk toegewezen aan "
        "{coders}."
    ),
    " (seed {seed})": " (seed {seed})",
    "Agreement is computed per unit (answer or turn) over the units the coders both saw "
    "(assigned to them, or in a document they coded): for each code, whether each coder "
    "applied it. Percent agreement, Cohen's kappa (two coders) and Krippendorff's alpha "
    "(nominal) are given per code and pooled over all codes.": (
        "Overeenstemming is per eenheid (antwoord of beurt) berekend over de eenheden die "
        "beide codeurs zagen (aan hen toegewezen, of in een document dat ze codeerden): per "
        "code of elke codeur die code gaf. Percentage overeenstemming, Cohens kappa (twee "
        "codeurs) en Krippendorffs alfa (nominaal) staan per code en over alle codes samen."
    ),
    "{coders}: no agreement yet ({why}).": "{coders}: nog geen overeenstemming ({why}).",
    "{coders}: pooled over {pairs}, percent agreement {agreement}, Cohen's kappa {kappa}, "
    "Krippendorff's alpha {alpha}.": (
        "{coders}: samen over {pairs}, percentage overeenstemming {agreement}, Cohens kappa "
        "{kappa}, Krippendorffs alfa {alpha}."
    ),
    "Code": "Code",
    "Units": "Eenheden",
    "Applied by {coder}": "Gegeven door {coder}",
    "Agreement": "Overeenstemming",
    "Kappa": "Kappa",
    "Alpha": "Alfa",
    "Agreement per code: {coders}": "Overeenstemming per code: {coders}",
    "Model suggestions": "Suggesties van modellen",
    "No model suggestions were made: every coding is a person's.": (
        "Er zijn geen suggesties van modellen gedaan: elke codering is van een mens."
    ),
    ", and topics promoted to or merged into codes": (
        ", en onderwerpen die tot code zijn gemaakt of in codes zijn opgegaan"
    ),
    "Models proposed codes for units no person had coded with them ({runs}): {shown} "
    "suggestions shown, {accepted} accepted and {rejected} rejected by a coder. Suggestions "
    "never count as codings; an accepted one counts as the accepting coder's coding (source "
    "'accepted'), a rejected one is kept as a negative example.": (
        "Modellen stelden codes voor bij eenheden die nog niemand met die code had "
        "gecodeerd ({runs}): {shown} suggesties getoond, {accepted} aanvaard en {rejected} "
        "afgewezen door een codeur. Suggesties tellen nooit als codering; een aanvaarde telt "
        "als codering van de codeur die haar aanvaardde (bron 'accepted'), een afgewezen "
        "wordt bewaard als tegenvoorbeeld."
    ),
    "topics": "onderwerpen",
    "promoted or merged topics": "tot code gemaakte of samengevoegde onderwerpen",
    "Run": "Ronde",
    "Model": "Model",
    "Codes": "Codes",
    "Threshold": "Drempel",
    "Seed": "Seed",
    "Shown": "Getoond",
    "Accepted": "Aanvaard",
    "Rejected": "Afgewezen",
    "Open": "Open",
    "Suggestion runs": "Suggestierondes",
    "{runs} grouped units into topics for the researchers to inspect; topics: {statuses}. A "
    "promoted or merged topic only made suggestions, never codings.": (
        "{runs} deelden eenheden in onderwerpen in, ter inzage voor de onderzoekers; "
        "onderwerpen: {statuses}. Een tot code gemaakt of samengevoegd onderwerp deed alleen "
        "suggesties, nooit coderingen."
    ),
    "open": "open",
    "promoted": "tot code gemaakt",
    "merged": "samengevoegd",
    "dismissed": "terzijde gelegd",
    "Contradictions between survey and qualitative results": (
        "Tegenstrijdigheden tussen enquête en kwalitatieve resultaten"
    ),
    "For each theme the researchers record whether the survey figures and the qualitative "
    "material converge, diverge or complement each other; a diverging verdict must carry a "
    "memo on how the contradiction was examined. {verdicts} recorded on {themes}{current}; "
    "earlier verdicts are kept.": (
        "Per thema leggen de onderzoekers vast of de enquêtecijfers en het kwalitatieve "
        "materiaal convergeren, divergeren of elkaar aanvullen; een divergerend oordeel moet "
        "een memo hebben over hoe de tegenstrijdigheid is onderzocht. {verdicts} vastgelegd "
        "over {themes}{current}; eerdere oordelen blijven bewaard."
    ),
    " (current: {tally})": " (nu: {tally})",
    "Themes in this report without a verdict: {themes}.": (
        "Thema's in dit rapport zonder oordeel: {themes}."
    ),
    "Diverging results and their memos (redacted):": (
        "Divergerende resultaten en hun memo's (persoonsgegevens verwijderd):"
    ),
}
