"""The six fictional focus groups: who takes part, where and when, how each transcript is
written, and the scripted exchanges each group holds (cast from demo.fg_exchanges or its own).

Scripted turns are (participant index, text, themes). In text, "<PII:kind>" becomes a
planted fictional value (recorded in pii_key.csv) and "\\n" forces a continuation break.
What the moderator says and how participants speak is in demo.fg_speech.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .fg_exchanges import (
    A_INDIVIDUALS,
    A_JOKE,
    A_NOTSEEN,
    B_FEW_TO_MANAGER,
    B_INVOLVED_BAD,
    B_LOW_FIGURE,
    B_MANAGER_OK,
    B_VP_BAD,
    C_CONSEQ,
    C_TOP,
    C_TRAINING,
    Turn,
    with_speakers,
)


@dataclass
class GroupSpec:
    """One focus group and how its transcript is written."""

    stem: str
    ext: str
    number: int
    label: str
    date: str
    moderator: str
    participants: list[
        tuple[str, str, str, str]
    ]  # speaker, functiegroep, organisatietype, herkomst
    special: dict[str, list[list[Turn]]] = field(default_factory=dict)
    intro_pii: dict[int, str] = field(
        default_factory=dict
    )  # participant index -> PII kind in intro

    @property
    def filename(self) -> str:
        return f"{self.stem}.{self.ext}"

    @property
    def names_are_codes(self) -> bool:
        return self.participants[0][0].startswith("Deelnemer")


GROUPS: list[GroupSpec] = [
    GroupSpec(
        "fg1_beleid",
        "txt",
        1,
        "beleid",
        "5 maart 2024",
        "Moderator",
        [
            ("Samira", "medewerker", "beleid", "buiten Europa"),
            ("Joost", "medewerker", "beleid", "Nederland"),
            ("Ingrid", "leidinggevende", "beleid", "Nederland"),
            ("Kwame", "medewerker", "beleid", "buiten Europa"),
            ("Lotte", "medewerker", "beleid", "Nederland"),
            ("Hamza", "medewerker", "beleid", "buiten Europa"),
        ],
        special={
            "A": [
                with_speakers(A_JOKE, 1, 0),
                [
                    (
                        3,
                        "Bij mijn vorige directie had ik een afdelingshoofd, <PII:name>, die in bijna elk overleg iets over "
                        "mijn accent zei. Niet heel grof, maar wel elke keer. En iedereen lachte een beetje mee.",
                        ["actor/manager", "form/remarks_jokes", "ground/origin"],
                    )
                ],
            ],
            "B_FIG": [with_speakers(B_FEW_TO_MANAGER, 4), with_speakers(B_MANAGER_OK, 5)],
            "C": [with_speakers(C_TRAINING, 1, 4), with_speakers(C_TOP, 2)],
        },
        intro_pii={0: "team"},
    ),
    GroupSpec(
        "fg2_uitvoering",
        "txt",
        2,
        "uitvoering",
        "7 maart 2024",
        "Marloes",
        [
            ("Deelnemer 1", "medewerker", "uitvoering", "Nederland"),
            ("Deelnemer 2", "medewerker", "uitvoering", "buiten Europa"),
            ("Deelnemer 3", "leidinggevende", "uitvoering", "Nederland"),
            ("Deelnemer 4", "medewerker", "uitvoering", "buiten Europa"),
            ("Deelnemer 5", "medewerker", "uitvoering", "Europa"),
            ("Deelnemer 6", "medewerker", "uitvoering", "Nederland"),
            ("Deelnemer 7", "medewerker", "uitvoering", "buiten Europa"),
        ],
        special={
            "A": [
                [
                    (
                        1,
                        "Aan de balie krijg je het van twee kanten. Klanten die vragen of ze door iemand anders geholpen kunnen "
                        "worden, en collega's die achteraf grappen maken over diezelfde klant.",
                        ["actor/citizen", "actor/colleague", "form/remarks_jokes"],
                    )
                ],
                [
                    (
                        4,
                        "Bij mij gaat het vooral om mijn accent. Ik kom uit Polen, en aan de telefoon hoor je dat meteen. "
                        "Dan vragen mensen of ze <<iemand van hier>> kunnen krijgen.",
                        ["ground/origin", "actor/citizen", "form/treated_differently"],
                    ),
                    (
                        0,
                        "Maar is dat dan racisme? Klanten zijn gewoon ongeduldig. Die vragen ook om een ander als je te jong "
                        "klinkt.",
                        ["actor/citizen"],
                    ),
                    (
                        3,
                        "Nee, sorry, dat is echt wat anders. Mij vragen ze of ik <<wel van hier>> ben. Dat vraagt niemand "
                        "aan jou.",
                        ["ground/origin", "form/remarks_jokes"],
                    ),
                ],
            ],
            "B": [
                [
                    (
                        5,
                        "En dan die risicoprofielen. Officieel is dat allemaal weg na de toeslagen, maar in de praktijk weet "
                        "iedereen welke dossiers <<extra aandacht>> krijgen.",
                        ["form/rules_procedures", "actor/organisation"],
                    ),
                    (
                        6,
                        "Ik heb daar iets over gezegd tegen mijn teamleider, <PII:name>. Die zei: <<dat is beleid, daar gaan "
                        "wij niet over>>. Einde gesprek.",
                        ["response/manager", "outcome/not_satisfied"],
                    ),
                ],
                with_speakers(B_INVOLVED_BAD, 3),
            ],
            "C": [with_speakers(C_TOP, 2), with_speakers(C_CONSEQ, 1)],
            "END": [
                [
                    (
                        6,
                        "Als iemand hier later nog over wil napraten, ik ben bereikbaar op <PII:phone>. Gewoon bellen.",
                        [],
                    )
                ]
            ],
        },
        intro_pii={1: "team"},
    ),
    GroupSpec(
        "fg3_inspectie",
        "docx",
        3,
        "inspectie",
        "12 maart 2024",
        "Moderator",
        [
            ("Ruben", "medewerker", "inspectie", "Nederland"),
            ("Fatma", "medewerker", "inspectie", "buiten Europa"),
            ("Erik", "leidinggevende", "inspectie", "Nederland"),
            ("Nadia", "medewerker", "inspectie", "buiten Europa"),
            ("Pieter", "medewerker", "inspectie", "Nederland"),
        ],
        special={
            "A": [
                [
                    (
                        3,
                        "Bij inspecties op locatie krijg ik van ondernemers soms te horen dat ik zeker <<de tolk>> ben. Mijn "
                        "collega die naast me staat wordt dan aangesproken alsof hij de inspecteur is, terwijl ik het "
                        "dossier trek.",
                        ["actor/citizen", "form/treated_differently", "ground/origin"],
                    )
                ],
                with_speakers(A_NOTSEEN, 0, 1),
            ],
            "B": [
                with_speakers(B_VP_BAD, 1),
                [
                    (
                        2,
                        "Als leidinggevende hoor ik het vaak pas als het al geëscaleerd is. Dan ben je eigenlijk te laat. "
                        "Ik had dat signaal eerder moeten oppikken.",
                        ["context/leadership"],
                    )
                ],
            ],
            "B_FIG": [with_speakers(B_LOW_FIGURE, 4)],
            "C": [with_speakers(C_TRAINING, 4, 2), with_speakers(C_CONSEQ, 3)],
            "END": [
                [
                    (
                        3,
                        "Voor wie het verslag nog wil aanvullen: mijn mail is <PII:email>. Ik denk er graag over mee.",
                        [],
                    )
                ]
            ],
        },
        intro_pii={4: "name"},
    ),
    GroupSpec(
        "fg4_ondersteuning",
        "docx",
        4,
        "ondersteuning",
        "14 maart 2024",
        "Esther",
        [
            ("Dennis", "medewerker", "ondersteuning", "Nederland"),
            ("Yasmina", "medewerker", "ondersteuning", "buiten Europa"),
            ("Wim", "medewerker", "ondersteuning", "Nederland"),
            ("Chantal", "medewerker", "ondersteuning", "buiten Europa"),
            ("Raj", "medewerker", "ondersteuning", "buiten Europa"),
            ("Monique", "leidinggevende", "ondersteuning", "Nederland"),
            ("Bas", "medewerker", "ondersteuning", "Nederland"),
        ],
        special={
            "A": [
                [
                    (
                        3,
                        "Bij ons in de facilitaire dienst zitten veel mensen met een migratieachtergrond in de lagere schalen, "
                        "en de leiding is zo goed als volledig wit. Dat zegt toch iets.",
                        ["form/disadvantaged", "form/culture", "ground/skin_colour"],
                    )
                ],
                [
                    (
                        1,
                        "Sinds ik een hoofddoek draag, krijg ik bij de receptie steeds de vraag of ik een bezoeker ben. Ik "
                        "werk hier al negen jaar.",
                        ["form/treated_differently", "ground/religion"],
                    ),
                    (
                        2,
                        "Ik vind wel dat we moeten oppassen dat we niet alles racisme noemen. Bij ons wordt iedereen wel eens "
                        "om zijn pas gevraagd bij de ingang.",
                        ["form/treated_differently"],
                    ),
                    (
                        4,
                        "Wim, dat is waar, maar als het steeds dezelfde mensen zijn die gecontroleerd worden, dan is het geen "
                        "toeval meer. Dan is het hoe het hier werkt.",
                        ["form/treated_differently", "form/culture"],
                    ),
                ],
            ],
            "B": [
                [
                    (
                        4,
                        "Ik heb uiteindelijk een formele klacht ingediend. Ze vroegen om mijn personeelsnummer, "
                        "<PII:employee_number>, en daarna heb ik drie maanden niks gehoord.",
                        ["response/formal_report", "outcome/not_satisfied"],
                    )
                ],
                [
                    (
                        0,
                        "Bij ons in <PII:team> is het na een gesprek met de betrokken collega's wel echt beter geworden. "
                        "Dat wil ik ook gezegd hebben.",
                        ["response/colleagues_involved", "outcome/satisfied"],
                    )
                ],
            ],
            "B_FIG": [with_speakers(B_FEW_TO_MANAGER, 6)],
            "C": [with_speakers(C_TRAINING, 2, 5), with_speakers(C_TOP, 3)],
        },
    ),
    GroupSpec(
        "fg5_leidinggevenden",
        "vtt",
        5,
        "leidinggevenden",
        "19 maart 2024",
        "Moderator",
        [
            ("Henk", "leidinggevende", "beleid", "Nederland"),
            ("Aïcha", "leidinggevende", "uitvoering", "buiten Europa"),
            ("Marco", "leidinggevende", "uitvoering", "Nederland"),
            ("Linda", "leidinggevende", "ondersteuning", "Nederland"),
            ("Orlando", "leidinggevende", "inspectie", "buiten Europa"),
            ("Saskia", "leidinggevende", "beleid", "Europa"),
        ],
        special={
            "A": [
                [
                    (
                        0,
                        "Eerlijk gezegd zie ik het in mijn eigen team weinig. Maar ik besef ook dat mensen het mij niet altijd "
                        "vertellen. Ik ben tenslotte de baas.",
                        ["context/leadership"],
                    )
                ],
                [
                    (
                        4,
                        "Ik ben de enige zwarte leidinggevende op onze locatie, en bezoekers lopen standaard naar mijn "
                        "collega toe. Ook als ik degene ben die de afspraak heeft gemaakt.",
                        ["ground/skin_colour", "actor/citizen", "form/treated_differently"],
                    )
                ],
                [
                    (
                        1,
                        "Bij een overleg met een andere directie werd ik aangezien voor de notulist. Als leidinggevende. Je "
                        "lacht het weg, maar het blijft hangen.",
                        ["form/treated_differently"],
                    )
                ],
            ],
            "B": [
                [
                    (
                        3,
                        "Ik had een medewerker die bij mij kwam over een opmerking van een collega. Ik heb met beiden "
                        "gesproken en ze daarna samen aan tafel gezet. Dat ging eerlijk gezegd beter dan ik dacht.",
                        ["response/colleagues_involved", "outcome/satisfied"],
                    )
                ],
                [
                    (
                        2,
                        "In de enquête zegt een kwart van de leidinggevenden dat ze het gesignaleerd hebben. Ik vraag me af "
                        "of dat klopt. Ik hoor het meestal pas maanden later, via via.",
                        ["context/leadership"],
                    )
                ],
                [
                    (
                        5,
                        "Een medewerker van mij, <PII:name>, heeft het toen direct bij integriteit gemeld, buiten mij om. "
                        "Dat voelde eerst als wantrouwen richting mij, maar achteraf snap ik het wel.",
                        ["response/integrity", "context/leadership"],
                    )
                ],
            ],
            "C": [
                [
                    (
                        0,
                        "Wij krijgen wel een factsheet, maar in het moment zelf heb je daar niks aan. Je moet het geoefend "
                        "hebben, anders bevries je.",
                        ["context/training", "context/leadership"],
                    )
                ],
                [
                    (
                        1,
                        "Wat ik mis is steun van boven. Als ik iemand aanspreek en die gaat naar de directeur, dan wil ik "
                        "weten dat de directeur achter mij staat.",
                        ["context/leadership", "context/norm_setting"],
                    )
                ],
                with_speakers(C_CONSEQ, 2),
            ],
        },
        intro_pii={3: "team"},
    ),
    GroupSpec(
        "fg6_gemengd",
        "srt",
        6,
        "gemengd",
        "21 maart 2024",
        "Gespreksleider",
        [
            ("Deelnemer 1", "medewerker", "uitvoering", "buiten Europa"),
            ("Deelnemer 2", "medewerker", "beleid", "Nederland"),
            ("Deelnemer 3", "leidinggevende", "ondersteuning", "Nederland"),
            ("Deelnemer 4", "medewerker", "inspectie", "buiten Europa"),
            ("Deelnemer 5", "medewerker", "uitvoering", "Europa"),
            ("Deelnemer 6", "medewerker", "beleid", "buiten Europa"),
            ("Deelnemer 7", "leidinggevende", "uitvoering", "Nederland"),
            ("Deelnemer 8", "medewerker", "ondersteuning", "Nederland"),
        ],
        special={
            "A": [
                [
                    (
                        2,
                        "Ik vind dat het woord racisme soms te snel valt. Dan wordt elk verschil in behandeling meteen "
                        "racisme genoemd, en dat helpt de discussie ook niet.",
                        ["form/treated_differently"],
                    ),
                    (
                        5,
                        "Dat hoor ik vaker. En dat is precies waarom mensen niks melden: je weet van tevoren dat je moet "
                        "bewijzen dat het <<echt>> racisme was.",
                        ["outcome/fear_of_consequences", "response/nothing"],
                    ),
                ],
                with_speakers(A_INDIVIDUALS, 1, 7),
            ],
            "B_FIG": [with_speakers(B_MANAGER_OK, 0)],
            "B": [
                with_speakers(B_INVOLVED_BAD, 4),
                [
                    (
                        3,
                        "Ik heb het gemeld bij integriteit en die belden me terug vanaf <PII:phone>, een mobiel nummer. "
                        "Ze namen het serieus, dat moet ik zeggen.",
                        ["response/integrity", "outcome/satisfied"],
                    )
                ],
            ],
            "C": [
                with_speakers(C_TRAINING, 6, 1),
                with_speakers(C_TOP, 7),
                [
                    (
                        4,
                        "In <PII:team> hebben we nu elke maand een kort gesprek over hoe we met elkaar omgaan. Wat kan wel, "
                        "wat niet. Klinkt klein, maar het helpt.",
                        ["context/norm_setting"],
                    )
                ],
            ],
        },
        intro_pii={5: "name"},
    ),
]
