"""Fictional focus-group set-up: groups, participants, moderator lines and scripted turns.

Scripted turns are (participant index, text, themes). In text, "<PII:kind>" becomes a
planted fictional value (recorded in pii_key.csv) and "\\n" forces a continuation break.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Turn = tuple[int, str, list[str]]


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


# ------------------------------------------------------------------ shared scripted exchanges
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


def _with(block: list[Turn], *who: int) -> list[Turn]:
    """Re-assign the speakers of a scripted exchange."""
    return [(who[i], text, themes) for i, (_, text, themes) in enumerate(block)]


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
                _with(A_JOKE, 1, 0),
                [
                    (
                        3,
                        "Bij mijn vorige directie had ik een afdelingshoofd, <PII:name>, die in bijna elk overleg iets over "
                        "mijn accent zei. Niet heel grof, maar wel elke keer. En iedereen lachte een beetje mee.",
                        ["actor/manager", "form/remarks_jokes", "ground/origin"],
                    )
                ],
            ],
            "B_FIG": [_with(B_FEW_TO_MANAGER, 4), _with(B_MANAGER_OK, 5)],
            "C": [_with(C_TRAINING, 1, 4), _with(C_TOP, 2)],
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
                _with(B_INVOLVED_BAD, 3),
            ],
            "C": [_with(C_TOP, 2), _with(C_CONSEQ, 1)],
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
                _with(A_NOTSEEN, 0, 1),
            ],
            "B": [
                _with(B_VP_BAD, 1),
                [
                    (
                        2,
                        "Als leidinggevende hoor ik het vaak pas als het al geëscaleerd is. Dan ben je eigenlijk te laat. "
                        "Ik had dat signaal eerder moeten oppikken.",
                        ["context/leadership"],
                    )
                ],
            ],
            "B_FIG": [_with(B_LOW_FIGURE, 4)],
            "C": [_with(C_TRAINING, 4, 2), _with(C_CONSEQ, 3)],
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
            "B_FIG": [_with(B_FEW_TO_MANAGER, 6)],
            "C": [_with(C_TRAINING, 2, 5), _with(C_TOP, 3)],
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
                _with(C_CONSEQ, 2),
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
                _with(A_INDIVIDUALS, 1, 7),
            ],
            "B_FIG": [_with(B_MANAGER_OK, 0)],
            "B": [
                _with(B_INVOLVED_BAD, 4),
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
                _with(C_TRAINING, 6, 1),
                _with(C_TOP, 7),
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

# ------------------------------------------------------------------ moderator lines
WELCOME = (
    "Welkom allemaal, fijn dat jullie er zijn. <MOD> namens het onafhankelijke onderzoeksbureau. We praten over "
    "racisme op de werkvloer, naar aanleiding van de personeelsenquête van vorig najaar.\nAlles wat hier gezegd "
    "wordt blijft in deze ruimte; in het verslag komen geen namen. We nemen het gesprek op voor het transcript. "
    "Is iedereen daarmee akkoord?"
)
CONSENT = ["Ja.", "Prima.", "Akkoord.", "Ja, is goed.", "Geen probleem."]
INTRO_ASK = (
    "Zullen we {beginnen met een korte voorstelronde|eerst een korte voorstelronde doen}? {Je voornaam, waar je "
    "werkt en hoe lang al.|Wie je bent, wat voor werk je doet en hoe lang je al bij het Rijk werkt.}"
)
PLACES = {
    "beleid": [
        "een beleidsdirectie",
        "een beleidsafdeling",
        "de directie Arbeidsmarkt",
        "een programmadirectie",
    ],
    "uitvoering": [
        "een uitvoeringskantoor",
        "de afdeling klantcontact",
        "een regiokantoor",
        "een klantcontactcentrum",
    ],
    "inspectie": [
        "een inspectie",
        "de afdeling toezicht",
        "een regioteam van de inspectie",
        "de afdeling handhaving",
    ],
    "ondersteuning": [
        "de facilitaire dienst",
        "de bedrijfsvoering",
        "de ICT-servicedesk",
        "het shared service centrum",
    ],
}
ROLES = {
    "beleid": ["beleidsmedewerker", "senior adviseur", "jurist", "projectleider"],
    "uitvoering": [
        "behandelaar",
        "medewerker klantcontact",
        "casemanager",
        "medewerker backoffice",
    ],
    "inspectie": ["inspecteur", "toezichthouder", "analist", "senior inspecteur"],
    "ondersteuning": [
        "medewerker facilitair",
        "servicedeskmedewerker",
        "inkoper",
        "office manager",
    ],
}
MANAGER_ROLES = ["leidinggevende", "teamleider", "afdelingshoofd", "leidinggevende", "manager"]
INTRO = [
    "Ik ben <NAME>, ik werk {al <N> jaar|sinds <Y>} bij <PLACE> als <ROLE>.",
    "<NAME>. Ik werk {nu <N> jaar|sinds <Y>} bij <PLACE>, als <ROLE>.",
    "Hoi, ik ben <NAME>. Ik ben <ROLE> en ik zit {<N> jaar|sinds <Y>} bij <PLACE>.",
]
INTRO_CODE = [
    "Ik werk {al <N> jaar|sinds <Y>} bij <PLACE> als <ROLE>.",
    "Ik ben <ROLE>, {nu <N> jaar|sinds <Y>}, bij <PLACE>.",
    "Werkzaam als <ROLE> bij <PLACE>, {al <N> jaar|sinds <Y>}.",
]
INTRO_PII = {
    "team": " Ik zit in <V>.",
    "name": " Mijn leidinggevende is <V>, voor wie dat wat zegt.",
}
MOD_NAMED = "Ik ben <NAME> en ik begeleid vandaag het gesprek"
MOD_ANON = "{Ik ben vandaag de gespreksleider|Mijn naam doet er niet zo toe, ik ben vandaag de gespreksleider}"
Q_A = [
    "Laten we met de eerste vraag beginnen. Hoe merk je in je werk dat racisme een rol speelt? Dat mag iets zijn wat "
    "je zelf hebt meegemaakt, maar ook iets wat je bij anderen hebt gezien.",
    "Dan de eerste vraag. Hoe ziet racisme er in jullie werk uit, als het voorkomt? Zelf meegemaakt of bij een ander "
    "gezien, allebei is goed.",
]
Q_B = [
    "Dan de tweede vraag: wat heb je gedaan toen het gebeurde, en hoe reageerde de organisatie?",
    "Ik wil naar het volgende thema. Wat deed je toen het gebeurde? Bij wie kon je terecht, en wat gebeurde er daarna?",
]
B_FIGURE = (
    "In de enquête {zegt|gaf} ongeveer vijfendertig procent van de mensen die racisme ervoeren {aan |}dat ze het "
    "met hun leidinggevende hebben besproken. Herkennen jullie dat?"
)
Q_C = [
    "Laatste onderdeel. Wat zou de organisatie moeten doen? Wat zou echt verschil maken?",
    "We gaan naar de laatste vraag: wat moet er volgens jullie gebeuren? Wat zou je tegen de top willen zeggen?",
]
FOLLOW_SAME = [
    "Kun je daar een voorbeeld van geven?",
    "Wat deed dat met je?",
    "Kun je dat toelichten?",
    "Wat bedoel je daar precies mee?",
    "Hoe ging dat verder?",
]  # the same participant goes on
FOLLOW_OTHERS = [
    "Herkennen anderen dat?",
    "Dank je. Wie wil daarop reageren?",
    "Ik hoor verschillende dingen. Wie wil er nog iets aan toevoegen?",
    "Dank je. Iemand anders?",
]
ADDRESS = [
    "<NAME>, jij knikte net?",
    "<NAME>, herken jij dat?",
    "<NAME>, wil jij daar iets over zeggen?",
]
Q_END = "We lopen tegen het einde aan. Is er nog iets wat niet gezegd is en wat je kwijt wilt?"
THANKS = (
    "Dan wil ik jullie {heel hartelijk|enorm} bedanken voor jullie openheid. Het verslag krijgen jullie {ter controle|"
    "ter inzage} toegestuurd, en daarin komen geen namen."
)
BACKCHANNEL = [
    "Ja.",
    "Klopt.",
    "Herkenbaar.",
    "Mm-hm, zeker.",
    "Precies.",
    "Dat herken ik wel, ja.",
    "Ja, dat ook.",
    "Zeker.",
]
SPOKEN_START = [
    "Ja, eh, ",
    "Nou, ",
    "Eh, ",
    "Kijk, ",
    "Ik ga even een voorbeeld geven. ",
    "Ja. ",
    "",
    "",
    "",
    "",
]
SPOKEN_REACT = [
    "Herkenbaar. ",
    "Bij mij is dat eigenlijk ook zo. ",
    "Ik wil daar wel op aanhaken. ",
    "Mag ik even inhaken? ",
    "Ja, precies. ",
    "Ik herken dat wel. ",
    "Even een ander geluid misschien. ",
    "Wat <PREV> zegt, herken ik wel. ",
    "Om daarop door te gaan: ",
    "",
    "",
]
SPOKEN_MID = ["Eh, ", "Weet je, ", "Nou ja, ", "En eh, ", "Ja, ", "Dus ja, "]
SPOKEN_WORDS = [
    (r"\blg's\b", "leidinggevenden"),
    (r"\blg\b", "leidinggevende"),
    (r"\bVP's\b", "vertrouwenspersonen"),
    (r"\bVP\b", "vertrouwenspersoon"),
    (r"\b1-op-1\b", "één-op-één"),
    (r"\bIC\b", "integriteitscoördinator"),
]
