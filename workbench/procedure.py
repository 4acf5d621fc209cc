"""How the theme figures were made, in plain Dutch and English, from the project's records:
the coding samples (frame, strata, allocation, seeds, draws, how many coded), what counts as
coded, the three methods and when each applies, and the model runs that assisted. Used by
the report's method section and shown in the app ("what exactly was the procedure?")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import sample_frames
from .figures import THIN_MENTIONS

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

TEXT = {
    "en": {
        "intro": "A theme's figure is the weighted share of respondents whose open answers "
        "carry the theme (or one of its sub-codes), estimated with the survey's "
        "design (strata, weights, finite population correction). An answer counts "
        "as coded only when a coder has read it against the whole codebook "
        "('reviewed'); the codes the coder did not apply then do not apply. An "
        "answer nobody has read is never counted as a 'no'.",
        "methods": "Each figure states its method. 'Complete': every answer was coded; the "
        "usual survey estimate. 'Sample': the answers were coded in a random "
        "sample drawn by the workbench, and the figure is a two-phase estimate "
        "(phase 1 the survey, phase 2 the coding sample) whose confidence "
        "interval includes the uncertainty of coding only part of the answers. "
        "'Model-assisted': as 'sample', calibrated on a model's score for every "
        "answer (a difference estimator): the interval stays valid however poor "
        "the model is and narrows as it improves. The model never replaces a "
        "human coding; its scores only carry information from the coded sample "
        "to the rest. The computations follow R's survey package (twophase, "
        "calibrate) and are checked against it.",
        "thin": "A 'sample' or 'model-assisted' figure whose cell holds fewer than {n} "
        "human-coded mentions of the theme is marked thin: with so few mentions its "
        "interval moves in steps, and the workbench's simulation found such intervals "
        "cover the true share more or less often than 95%; read it as an indication.",
        "rule": "Which codings count: the decision agreed in consensus where one was "
        "recorded, otherwise a code counts when any human coder applied it, unless "
        "a figure names another rule.",
        "none": "No coding sample was drawn: a theme's figure exists only where every answer "
        "in scope was read.",
        "sample": "Coding sample {name!r}: {drawn} of {frame} {units} drawn at random in "
        "{draws} draw(s) (seeds {seeds}), stratified by {strata}, allocation "
        "{allocation}; {reviewed} read so far. Later draws only take units not "
        "drawn before, within the same strata, so the sample stays a stratified "
        "random sample; coders take the answers in a random order.",
        "units": {"respondent": "respondents with an open answer", "answer": "answers"},
        "nostrata": "nothing (simple random sample)",
    },
    "nl": {
        "intro": "Het cijfer van een thema is het gewogen aandeel respondenten van wie de open "
        "antwoorden het thema (of een subcode) bevatten, geschat met het ontwerp van "
        "de enquête (strata, gewichten, eindigepopulatiecorrectie). Een antwoord telt "
        "pas als gecodeerd wanneer een codeur het tegen het hele codeboek heeft "
        "gelezen ('beoordeeld'); codes die de codeur niet toekende, zijn dan niet van "
        "toepassing. Een antwoord dat niemand las, telt nooit als 'nee'.",
        "methods": "Bij elk cijfer staat de methode. 'Volledig': alle antwoorden zijn "
        "gecodeerd; de gewone schatting uit de enquête. 'Steekproef': de "
        "antwoorden zijn gecodeerd in een aselecte steekproef die de werkbank trok, "
        "en het cijfer is een schatting in twee fasen (fase 1 de enquête, fase 2 de "
        "codeersteekproef); het betrouwbaarheidsinterval omvat de onzekerheid "
        "doordat maar een deel van de antwoorden is gecodeerd. "
        "'Modelondersteund': als 'steekproef', gekalibreerd op de score van een "
        "model voor elk antwoord (een verschilschatter): het interval blijft geldig "
        "hoe zwak het model ook is en wordt smaller naarmate het beter is. Het "
        "model vervangt nooit een menselijke codering; zijn scores dragen alleen "
        "informatie van de gecodeerde steekproef over naar de rest. De berekening "
        "volgt het R-pakket survey (twophase, calibrate) en is daartegen getoetst.",
        "thin": "Een cijfer volgens 'steekproef' of 'modelondersteund' waarvan de cel minder "
        "dan {n} door mensen gecodeerde vermeldingen van het thema bevat, heet dun: met zo "
        "weinig vermeldingen verspringt het interval, en de simulatie van de werkbank liet "
        "zien dat zulke intervallen het ware aandeel vaker of minder vaak dan 95% omvatten; "
        "lees het als een indicatie.",
        "rule": "Welke coderingen tellen: het in consensus genomen besluit waar dat is "
        "vastgelegd, anders telt een code als een menselijke codeur hem toekende, "
        "tenzij bij een cijfer een andere regel staat.",
        "none": "Er is geen codeersteekproef getrokken: een thema heeft alleen een cijfer "
        "waar alle antwoorden gelezen zijn.",
        "sample": "Codeersteekproef {name!r}: {drawn} van {frame} {units} aselect getrokken "
        "in {draws} trekking(en) (seeds {seeds}), gestratificeerd naar {strata}, "
        "verdeling {allocation}; tot nu toe {reviewed} gelezen. Latere trekkingen "
        "nemen alleen eenheden die nog niet getrokken waren, binnen dezelfde strata, "
        "zodat de steekproef een gestratificeerde aselecte steekproef blijft; "
        "codeurs nemen de antwoorden in willekeurige volgorde.",
        "units": {"respondent": "respondenten met een open antwoord", "answer": "antwoorden"},
        "nostrata": "niets (enkelvoudige aselecte steekproef)",
    },
}


def paragraphs(core: Core, language: str = "en") -> list[str]:
    """The procedure as paragraphs in ``language`` (en or nl)."""
    text = TEXT.get(language, TEXT["en"])
    result = [text["intro"], text["methods"], text["thin"].format(n=THIN_MENTIONS), text["rule"]]
    found = sample_frames.samples(core)
    if not found:
        result.append(text["none"])
    for status in found:
        draws = status["draws"]
        result.append(
            text["sample"].format(
                name=status["name"],
                drawn=status["drawn"],
                frame=status["frame"],
                units=text["units"].get(status["unit"], status["unit"]),
                draws=len(draws),
                seeds=", ".join(str(d["seed"]) for d in draws),
                strata=", ".join(status["stratify_by"]) or text["nostrata"],
                allocation=", ".join(dict.fromkeys(d["allocation"] for d in draws)),
                reviewed=status["reviewed"],
            )
        )
    return result
