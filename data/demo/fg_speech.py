"""What is said around the focus groups' scripted turns: the moderator's lines (welcome,
questions, follow-ups, thanks), the introductions, backchannels and the spoken style laid
over written turns (demo.transcripts uses them)."""

from __future__ import annotations

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
