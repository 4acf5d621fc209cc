"""Focus-group exchanges several groups share: scripted turns that a group's spec casts onto its
own participants (fg_script.GROUPS).

A scripted turn is (participant index, text, themes). In text, "<PII:kind>" becomes a
planted fictional value (recorded in pii_key.csv) and "\\n" forces a continuation break.
"""

from __future__ import annotations

Turn = tuple[int, str, list[str]]

A_JOKE = [
    (
        0,
        "Ik wil daar toch een kanttekening bij zetten. Niet elke grap is meteen racisme, hè. Soms is iemand "
        "gewoon onhandig en dan moet je dat ook zo kunnen benoemen.",
        ["form/remarks_jokes"],
    ),
    (
        1,
        "Dat vind ik makkelijk gezegd, eerlijk gezegd. Als het jou één keer overkomt, is het onhandig.\n"
        "Mijn punt is eigenlijk: als het je elke week overkomt, dan is het een patroon.",
        ["form/remarks_jokes"],
    ),
]
A_NOTSEEN = [
    (
        0,
        "Ik herken het beeld eerlijk gezegd niet zo. In mijn team heb ik het nog nooit meegemaakt, en ik zit "
        "er al vijftien jaar.",
        [],
    ),
    (
        1,
        "Maar zou je het zien als het gebeurde? Ik bedoel het niet vervelend, maar als het jou niet raakt, valt "
        "het je misschien ook niet op. De meeste mensen kijken gewoon weg.",
        ["context/bystander"],
    ),
]
A_INDIVIDUALS = [
    (
        0,
        "Ik denk dat het vooral om een paar individuen gaat. Niet om de hele organisatie.",
        ["actor/colleague"],
    ),
    (
        1,
        "Daar ben ik het niet mee eens. Als die paar mensen al jaren hun gang kunnen gaan, dan zegt dat "
        "iets over de organisatie. Dan is het de cultuur.",
        ["actor/organisation", "form/culture"],
    ),
]
B_FEW_TO_MANAGER = [
    (
        0,
        "Een derde? Dat verbaast me echt. Bij ons zou bijna niemand naar de leidinggevende stappen, juist "
        "omdat die er vaak zelf bij staat en meelacht. Je wilt je positie niet riskeren.",
        ["response/manager", "outcome/fear_of_consequences"],
    )
]
B_MANAGER_OK = [
    (
        0,
        "Ik wel, hoor. Ik ben naar mijn teamleider gegaan en die heeft het de volgende dag in het teamoverleg "
        "aan de orde gesteld. Dat was ongemakkelijk, maar het hielp wel.",
        ["response/manager", "outcome/satisfied"],
    )
]
B_INVOLVED_BAD = [
    (
        0,
        "In het rapport staat dat mensen die het met de betrokken collega's bespraken het meest tevreden zijn. "
        "Bij mij pakte dat juist verkeerd uit. Ik heb die collega erop aangesproken en sindsdien ben ik "
        "<<de lastige>>.",
        ["response/colleagues_involved", "outcome/not_satisfied"],
    )
]
B_LOW_FIGURE = [
    (
        0,
        "Die tien procent vind ik eerlijk gezegd laag. Ik denk dat veel mensen zo'n enquête niet eens invullen, "
        "omdat ze bang zijn dat het terug te herleiden is.",
        ["outcome/fear_of_consequences"],
    )
]
B_VP_BAD = [
    (
        0,
        "Ik ben naar de vertrouwenspersoon gegaan, maar die zat op dezelfde gang als mijn afdelingshoofd. Dat "
        "voelde niet echt vertrouwelijk, dus ik heb het daarna laten rusten.",
        ["response/confidential_adviser", "outcome/not_satisfied"],
    )
]
C_TRAINING = [
    (
        0,
        "Verplichte trainingen? Daar geloof ik niet zo in. Dan zit iedereen met de armen over elkaar en wordt "
        "het een vinkje.",
        ["context/training"],
    ),
    (
        1,
        "Ik juist wel. Die omstandertraining bij ons heeft echt iets losgemaakt. Mensen durven elkaar nu vaker "
        "aan te spreken als er iets gezegd wordt.",
        ["context/training", "context/bystander"],
    ),
]
C_TOP = [
    (
        0,
        "Het begint bij de top. Zolang de directie er niks over zegt, blijft het bij losse initiatieven van een paar "
        "enthousiaste mensen. Tone at the top, zeg maar.",
        ["context/leadership"],
    )
]
C_CONSEQ = [
    (
        0,
        "Ik mis vooral consequenties. Iedereen weet heus wel wat niet mag, maar er gebeurt niks als iemand over "
        "de grens gaat. Dan is zo'n gedragscode gewoon papier.",
        ["context/norm_setting"],
    )
]


def with_speakers(block: list[Turn], *who: int) -> list[Turn]:
    """Re-assign the speakers of a scripted exchange."""
    return [(who[i], text, themes) for i, (_, text, themes) in enumerate(block)]
