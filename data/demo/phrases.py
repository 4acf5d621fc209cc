"""Phrase pools for the open answers and focus-group turns (all invented text).

Template mini-language (expanded by demo.textgen):
  {a|b|c}    pick one alternative (may nest, may be empty: {x|})
  ((...))    ground region: kept only when a ground theme is active and not yet used
  [[...]]    actor region: kept only when an actor theme is active and not yet used
  <G>        ground noun phrase      <Q>   a quoted remark (ground-flavoured or neutral)
  <A>        actor noun phrase (falls back to "iemand")
  <T>        target of what was noticed (other perspective); <P> its possessive, <HEM>/<HIJ> pronouns
  <NAT>      nationality adjective   <<  >>  open/close quote marks (style-dependent)
A pool entry is a template string, or (template, implied_theme_ids) when the wording
necessarily expresses another theme too; it is then only used when that theme is chosen.
Pool keys: self_l/self_s (own experience), other_l/other_s (noticed), any_l/any_s (both),
advice_l/advice_s (what the organisation should do). _l = sentence(s), _s = short fragment.
The pools themselves live in pools_forms.py, pools_grounds_actors.py and pools_aftermath.py
(filled into themes.POOLS in that order); this module keeps the noun phrases, glue and the
planted personal data.
"""

from __future__ import annotations

from importlib import import_module

from .themes import ORIGIN, POOLS, RELIGION, SKIN, THEMES, Entry  # noqa: F401

# The pool modules fill POOLS on import, and later ones add to earlier ones' pools, so the
# order is part of the data: imported here by name, where no import sorter can reorder them.
for _pools in ("pools_forms", "pools_grounds_actors", "pools_aftermath"):
    import_module(f".{_pools}", __package__)

NAT_BE = [
    "Marokkaanse",
    "Turkse",
    "Surinaamse",
    "Antilliaanse",
    "Ghanese",
    "Indonesische",
    "Syrische",
    "Afghaanse",
    "Eritrese",
    "Chinese",
    "Somalische",
    "Kaapverdische",
    "Irakese",
]
NAT_EU = ["Poolse", "Bulgaarse", "Roemeense", "Oost-Europese", "Bosnische", "Griekse", "Portugese"]
NAT_NL = ["Molukse", "Indische", "Surinaamse", "Antilliaanse", "Marokkaanse", "Turkse"]

# ---------------------------------------------------------------- ground noun phrases
GROUND_NP: dict[str, dict[str, list[str]]] = {
    "ground/skin_colour": {
        "self": [
            "mijn huidskleur",
            "mijn kleur",
            "mijn donkere huidskleur",
            "mijn donkere huid",
            "mijn bruine huid",
            "mijn kroeshaar",
            "mijn {getinte|donkere} huid",
            "het feit dat ik zwart ben",
            "mijn uiterlijk als zwarte vrouw",
        ],
        "other": [
            "<P> huidskleur",
            "<P> kleur",
            "<P> donkere huid",
            "<P> {getinte|bruine} huid",
            "<P> kroeshaar",
            "het feit dat <HIJ> zwart is",
        ],
    },
    "ground/origin": {
        "self": [
            "mijn afkomst",
            "mijn achternaam",
            "mijn <NAT> achtergrond",
            "mijn <NAT> roots",
            "mijn accent",
            "mijn migratieachtergrond",
            "het land waar mijn ouders vandaan komen",
            "mijn <NAT> afkomst",
            "mijn naam",
            "waar ik {vandaan kom|oorspronkelijk vandaan kom}",
        ],
        "other": [
            "<P> afkomst",
            "<P> achternaam",
            "<P> <NAT> achtergrond",
            "<P> accent",
            "<P> migratieachtergrond",
            "het land waar <P> ouders vandaan komen",
            "<P> naam",
            "<P> <NAT> roots",
        ],
    },
    "ground/religion": {
        "self": [
            "mijn geloof",
            "mijn hoofddoek",
            "de ramadan",
            "mijn religie",
            "mijn gebedsmomenten",
            "het feit dat ik moslim ben",
            "mijn baard",
            "het vasten",
            "mijn keppeltje",
            "de islam",
        ],
        "other": [
            "<P> geloof",
            "<P> hoofddoek",
            "de ramadan",
            "<P> religie",
            "het feit dat <HIJ> moslim is",
            "<P> baard",
            "het vasten",
            "de islam",
        ],
    },
}

GROUND_QUOTES: dict[str, list[str]] = {
    "ground/skin_colour": [
        "mag ik even aan je haar voelen?",
        "wat ben je lekker bruin, ook in de winter",
        "jij valt tenminste op op de teamfoto",
        "je bent best welbespraakt voor iemand zoals jij",
        "zo, jij hoeft niet naar de zonnebank",
        "met die kleur ben je vast goed in sport",
        "jij bent toch de enige zwarte hier, haha",
    ],
    "ground/origin": [
        "waar kom je écht vandaan?",
        "jij spreekt wel goed Nederlands zeg",
        "bij jullie is dat toch normaal",
        "ga dan terug naar je eigen land",
        "ben jij de tolk?",
        "kun je dat even in normaal Nederlands zeggen",
        "jullie soort mensen",
        "hoe spreek je je naam eigenlijk uit, doe maar gewoon Mo",
        "jullie zijn allemaal hetzelfde",
    ],
    "ground/religion": [
        "heb je het niet warm onder die doek?",
        "je gaat toch niet bidden tijdens de vergadering",
        "mag je van je geloof wel een hand geven?",
        "is het weer ramadan, dan doe je zeker niks",
        "jij mag zeker geen borrel",
        "nou, niet meteen iets opblazen hè",
        "wanneer gaat die doek nou eens af?",
    ],
}
# Remarks that do not reveal a ground (used when no ground theme is active).
NEUTRAL_QUOTES = [
    "jij bent hier zeker vanwege het quotum",
    "jij bent wel een uitzondering hoor",
    "jullie zijn toch allemaal hetzelfde",
    "ben jij ons diversiteitsvinkje?",
    "oei, pas maar op, anders word ik nog racist genoemd",
    "jij hoort er toch niet echt bij",
    "voor iemand zoals jij doe je het best goed",
    "ach, jullie mensen zijn altijd zo gevoelig",
]

# ---------------------------------------------------------------- actor noun phrases
ACTOR_NP: dict[str, list[str]] = {
    "actor/colleague": [
        "een collega",
        "een directe collega",
        "iemand uit mijn team",
        "een teamgenoot",
        "een oudere collega",
        "een collega van een andere afdeling",
        "een van mijn collega's",
        "een senior collega",
        "een collega uit het team",
    ],
    "actor/manager": [
        "mijn leidinggevende",
        "mijn lg",
        "de teamleider",
        "mijn manager",
        "mijn directe chef",
        "het afdelingshoofd",
        "mijn teamleider",
        "de unitmanager",
        "mijn leidinggevende",
    ],
    "actor/citizen": [
        "een burger",
        "een klant",
        "een bezoeker aan de balie",
        "een aanvrager",
        "iemand aan de telefoon",
        "een cliënt",
        "een ondernemer die we controleerden",
    ],
    "actor/organisation": [
        "de organisatie",
        "HR",
        "P&O",
        "het systeem",
        "de selectiecommissie",
        "de afdeling",
        "het ministerie",
    ],
}
ACTOR_BACKREF: dict[str, list[str]] = {
    "actor/colleague": ["die persoon", "dezelfde persoon", "die persoon"],
    "actor/manager": ["de leidinggevende", "die leidinggevende", "diezelfde lg"],
    "actor/citizen": ["die klant", "die burger", "die persoon"],
    "actor/organisation": ["de organisatie", "het systeem"],
    "": ["diegene", "die persoon", "dezelfde persoon"],
}
NEUTRAL_ACTOR = ["iemand", "iemand", "een persoon"]

# (noun phrase, gender or None, noun for back-references such as "die collega")
TARGET_COLLEAGUE = [
    ("een collega", None, "collega"),
    ("een nieuwe collega", None, "collega"),
    ("een stagiair", "m", "stagiair"),
    ("een jonge collega", None, "collega"),
    ("een collega uit mijn team", None, "collega"),
    ("mijn buurvrouw op de afdeling", "f", "buurvrouw"),
    ("een trainee", None, "trainee"),
    ("een uitzendkracht", None, "uitzendkracht"),
    ("een collega van de buurafdeling", None, "collega"),
    ("een oud-collega", None, "collega"),
]
TARGET_CITIZEN = [
    ("een burger", None, "burger"),
    ("een klant", None, "klant"),
    ("een aanvrager", None, "aanvrager"),
    ("een cliënt", None, "cliënt"),
    ("een bezoeker", None, "bezoeker"),
    ("iemand aan de balie", None, "persoon"),
    ("een ondernemer", None, "ondernemer"),
    ("een mevrouw aan de telefoon", "f", "mevrouw"),
    ("een meneer aan de balie", "m", "meneer"),
    ("een jongen die een aanvraag deed", "m", "jongen"),
]
TARGET_BACKREF = ["die <N>", "die <N>", "diezelfde <N>", "de <N>", "diegene"]

# ---------------------------------------------------------------- glue
OPENERS: dict[str, dict[str, list[str]]] = {
    # "~" at the end means: the next segment continues the sentence (lower-case start)
    "ervaring": {
        "formal": [
            "In het afgelopen jaar heb ik het volgende meegemaakt.",
            "Graag licht ik het volgende toe.",
            "Ter toelichting:",
            "Het betreft meerdere situaties.",
            "Ik wil hierbij een voorbeeld geven.",
        ],
        "neutral": [
            "Een voorbeeld:",
            "Wat ik heb meegemaakt:",
            "Het gaat om meerdere dingen.",
            "Vooral dit:",
            "Het is lastig om in een paar zinnen te zeggen.",
            "Kort samengevat:",
        ],
        "informal": [
            "Nou,~",
            "Tja.",
            "Eerlijk gezegd,~",
            "Pff, waar moet ik beginnen.",
            "Om een lang verhaal kort te maken:",
            "Honestly,~",
        ],
        "angry": [
            "Echt te belachelijk voor woorden.",
            "Dit is gewoon schandalig.",
            "Ik ben er klaar mee.",
            "Ongelooflijk dat dit in 2023 nog gebeurt.",
        ],
        "hesitant": [
            "Ik weet niet zeker of dit onder racisme valt, maar~",
            "Misschien overdrijf ik, maar~",
            "Lastig om uit te leggen.",
            "Ik twijfelde of ik dit moest invullen.",
        ],
    },
    "gesignaleerd": {
        "formal": [
            "Ik heb het volgende waargenomen.",
            "Graag deel ik een observatie.",
            "Ter toelichting:",
            "Het betreft een situatie in mijn directe omgeving.",
        ],
        "neutral": [
            "Wat ik heb gezien:",
            "Een voorbeeld:",
            "Het gaat niet om mezelf, maar om een collega.",
            "Vooral dit:",
            "Wat mij opviel:",
        ],
        "informal": [
            "Nou,~",
            "Tja.",
            "Eerlijk is eerlijk,~",
            "Zag laatst nog iets.",
            "To be honest,~",
        ],
        "angry": [
            "Ik schaam me ervoor.",
            "Dit kan gewoon niet.",
            "Echt beschamend.",
            "Schandalig wat ik heb gezien.",
        ],
        "hesitant": [
            "Ik weet niet of het zo bedoeld was, maar~",
            "Het is misschien klein, maar~",
            "Ik ben er niet helemaal zeker van, maar~",
            "Moeilijk te beoordelen.",
        ],
    },
    "verbetering": {
        "formal": [
            "Mijn advies aan de organisatie:",
            "Ik zou willen aanbevelen:",
            "Enkele suggesties:",
            "Naar mijn mening is het volgende nodig.",
        ],
        "neutral": ["Tips:", "Wat mij betreft:", "Een paar dingen:", "Vooral:", "Mijn idee:"],
        "informal": ["Simpel:", "Nou,~", "Eerlijk?~", "Tja.", "Kort door de bocht:"],
        "angry": [
            "Eindelijk eens iets doen in plaats van praten!",
            "Stop met praten en doe iets.",
            "Hou op met enquêtes.",
        ],
        "hesitant": [
            "Ik weet het eigenlijk niet goed, maar misschien~",
            "Lastige vraag.",
            "Misschien~",
        ],
    },
}
CLOSERS: dict[str, list[str]] = {
    "formal": [
        "Ik hoop dat hier iets mee gedaan wordt.",
        "Dank voor de mogelijkheid dit te delen.",
        "Ik vertrouw erop dat dit vertrouwelijk blijft.",
        "Met vriendelijke groet.",
    ],
    "neutral": [
        "Dat was het wel.",
        "Meer wil ik er niet over kwijt.",
        "Dat is het in het kort.",
        "Hopelijk helpt dit.",
    ],
    "informal": [
        "Zo, dat moest even gezegd.",
        "Dat is het wel zo'n beetje.",
        "Whatever.",
        "Succes ermee.",
        "Maar goed, zo gaat het.",
    ],
    "angry": [
        "Schandalig!",
        "Doe er eindelijk eens wat aan!!",
        "Ik ben het zat.",
        "Te triest voor woorden.",
        "En dan nog zeggen dat het meevalt.",
    ],
    "hesitant": [
        "Maar misschien zie ik het verkeerd.",
        "Ik weet het niet.",
        "Misschien is het ook niet zo bedoeld.",
        "Ik hoop dat dit zo duidelijk is.",
    ],
}
# Joiners between segments. "~" = continue sentence in lower case; others start a new sentence.
SPOKEN_JOINERS: list[tuple[str, int]] = [
    (" ", 30),
    (" En~", 6),
    (" En eh,~", 3),
    (" Maar~", 2),
    (" Ja, en~", 2),
    (" Dus~", 2),
]
JOINERS: list[tuple[str, int]] = [
    (" ", 40),
    (" En~", 5),
    (" Maar~", 2),
    (" Daarnaast:~", 3),
    (" Verder:~", 2),
    (" -~", 3),
    (";~", 2),
    (" Ook:~", 2),
    (" En dan nog:~", 1),
    ("\n", 1),
]

# Theme-free detail sentences that make long answers longer and less uniform.
FILLERS: dict[str, list[str]] = {
    "ervaring": [
        "Dit speelde {vooral |}{vorig jaar|in 2023|sinds de reorganisatie|in mijn vorige team|op mijn huidige afdeling}.",
        "Het gebeurde {meerdere keren|een keer of vijf|bijna wekelijks|niet één keer maar steeds weer|vooral in drukke periodes}.",
        "Ik werk hier {al 12 jaar|sinds 2019|pas kort|al bijna twintig jaar|sinds mijn stage}.",
        "Ik {doe|deed} mijn werk {met plezier|altijd met veel inzet|gewoon goed}, dat is het punt niet.",
        "Het heeft {veel|best veel} impact {gehad |}op {mijn werkplezier|mijn gezondheid|hoe ik me voel op het werk}.",
        "{Het klinkt misschien klein|Los klinkt het misschien onschuldig}, maar het {stapelt zich op|tikt aan}.",
        "Ik heb {een tijd|weken} {slecht geslapen|getwijfeld of ik moest blijven|overwogen om weg te gaan}.",
        "{Thuis|Met mijn partner} heb ik er {veel|vaak} over gepraat.",
        "{Het ergste|Wat het zwaarst weegt} is {de onzekerheid|dat je het steeds weer verwacht|dat niemand het lijkt te zien}.",
        "{Ik ben|Ik was} {inmiddels |}{moe|op|er klaar mee}{, eerlijk gezegd|}.",
        "Ik heb {het een tijd weggelachen|lang gedacht dat het aan mij lag|het eerst niet eens als racisme gezien}.",
        "{Mijn werk|Mijn motivatie} {lijdt eronder|is er niet beter op geworden}.",
        "Ik {ben|was} {de enige in het team met een migratieachtergrond|een van de weinigen die anders is|vrij nieuw in het team}.",
        "{Ik ben inmiddels van afdeling gewisseld|Ik ben intussen van team veranderd|Ik zit nu op een andere plek}.",
        "{Ik heb er ook een tijd over gedaan om dit in te vullen|Het kostte me moeite om dit op te schrijven}.",
        "{Collega's van andere afdelingen|Vrienden bij andere ministeries} herkennen {het|dit} {trouwens ook|overigens}.",
    ],
    "gesignaleerd": [
        "Dit {was|speelde} {vorig jaar|in 2023|op mijn vorige afdeling|tijdens een project|bij een klantafspraak}.",
        "Het {gebeurde|gebeurt} {vaker|meer dan eens|bijna elke week|niet één keer}.",
        "Ik {vond|vind} het {pijnlijk|ongemakkelijk|moeilijk} om te zien.",
        "{Ik denk dat veel collega's het niet eens doorhebben|Volgens mij hebben de meeste collega's het niet eens door}.",
        "Het {betrof|ging om} {iemand die ik goed ken|een collega met wie ik samenwerk|mensen die ik niet persoonlijk ken}.",
        "{Ik stond erbij|Ik was erbij} en {schaam me|baal} {er nog steeds van|ervan} dat ik {niets|niks} zei.",
        "{Het viel me pas later op|Achteraf pas besefte ik} hoe {erg|scheef} het was.",
        "{Zelf heb ik er geen last van|Mij overkomt het niet}, maar {ik zie het wel|je ziet het gebeuren}.",
        "{Het is|Het lijkt} {soms |}{heel normaal|gewoon geaccepteerd} {op de afdeling|in het team}.",
        "{Ik weet|Ik hoorde} {via via|van collega's} dat het {daar|bij hen} {vaker|al langer} speelt.",
        "Het {was|is} {niet bij ons|op een andere afdeling}, maar {wel in hetzelfde gebouw|het zegt iets over de organisatie}.",
        "{Ik werk zelf aan de balie|Ik heb veel klantcontact}, dus {ik zie veel|het valt me op}.",
    ],
    "verbetering": [
        "{Dit geldt|Dat geldt} {voor het hele Rijk|voor alle afdelingen|ook voor ons ministerie}.",
        "{Begin klein, maar begin wel|Het hoeft niet ingewikkeld, maar doe het wel}.",
        "{Meet|Monitor} {of het werkt|wat het effect is}{, graag|}.",
        "{Nu blijft het|Het blijft nu} {te vrijblijvend|bij woorden}.",
        "{En betrek|Betrek} {mensen die het zelf meemaken|de netwerken|medewerkers} bij {de aanpak|het beleid}.",
        "Niet {weer een plan|nog een nota|nog een campagne}, maar {uitvoering|actie}.",
        "{Deze enquête|Dit onderzoek} is {een goed begin|een eerste stap}{, maar doe er dan ook iets mee|}.",
        "{Houd|Blijf} het {op de agenda|bespreekbaar}, ook als de aandacht {wegzakt|minder wordt}.",
        "{Maak het|Het moet} {concreet|meetbaar} en {leg verantwoording af|rapporteer erover}.",
        "{Kijk {ook |}naar {andere organisaties|andere ministeries|het buitenland}{ waar het beter gaat|}|Leer van {andere organisaties|andere ministeries}}.",
    ],
}
SHORT_NOCONTENT: dict[str, list[str]] = {
    "ervaring": [
        "wil ik liever niet zeggen",
        "liever niet",
        "Te persoonlijk.",
        "daar wil ik het hier niet over hebben",
        "Geen toelichting.",
        "-",
    ],
    "gesignaleerd": [
        "zie boven",
        "zie vorige vraag",
        "zelfde als hierboven",
        "idem",
        "zie hierboven",
        "Zie boven.",
        "zie antwoord hierboven",
    ],
    "verbetering": [
        "geen idee",
        "n.v.t.",
        "weet ik niet",
        "Geen opmerkingen.",
        "-",
        "niets",
        "nvt",
        "Bij ons speelt dit eigenlijk niet.",
        "Goed dat dit onderzocht wordt.",
        "Ga zo door.",
        "Geen suggesties, ik heb er zelf geen last van.",
        "Geen mening.",
    ],
}

# ---------------------------------------------------------------- personal data (planted)
FIRST_NAMES = [
    "Jan",
    "Petra",
    "Mohamed",
    "Fatima",
    "Kees",
    "Sanne",
    "Ahmed",
    "Priya",
    "Dewi",
    "Kofi",
    "Marieke",
    "Youssef",
    "Anouk",
    "Ricardo",
    "Esther",
    "Bram",
    "Naima",
    "Tim",
    "Lisa",
    "Hüseyin",
    "Gerard",
    "Ilse",
    "Mustafa",
    "Joyce",
    "Rachid",
    "Wendy",
    "Thijs",
    "Latifa",
    "Koen",
    "Shanti",
]
LAST_NAMES = [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "El Amrani",
    "Yilmaz",
    "Bouzid",
    "Kramer",
    "van Dijk",
    "Hendriks",
    "Ramdin",
    "Martina",
    "Mensah",
    "Nguyen",
    "Kowalski",
    "van den Berg",
    "Dekker",
    "Brouwer",
    "Öztürk",
    "Peeters",
    "Koster",
]
EMAIL_DOMAINS = [
    "minvanvoorbeeld.nl",
    "minvanvoorbeeld.nl",
    "example.org",
    "example.com",
    "rijksvoorbeeld.example.org",
]
TEAM_NAMES = [
    "Inkoop Noord",
    "Handhaving Zuid",
    "Toeslagen Oost",
    "Facilitair Den Haag",
    "Frontoffice Zwolle",
    "Vergunningen 3",
    "Klantcontact West",
    "Inspecties Havens",
    "Beleid Arbeidsmarkt",
    "ICT Servicedesk B",
    "Juridische Zaken 2",
    "Bezwaar en Beroep Utrecht",
    "Data & Analyse",
    "Post en Archief",
]
PII_TEMPLATES: dict[str, list[str]] = {
    "name": [
        "{Het gaat om|Het ging om|Ik heb het over} {mijn leidinggevende|mijn lg|de teamleider|collega|mijn collega} <V>.",
        "<V> {was erbij|weet hiervan|kan dit bevestigen}.",
        "({mijn lg|teamleider|collega} <V>)",
        "Vraag het {maar |}aan <V>.",
        "Met name <V> {maakt|maakte} het bont.",
    ],
    "email": [
        "{Mail me gerust|Neem contact op|Voor vragen}: <V>",
        "Ik ben bereikbaar via <V>.",
        "(<V>)",
        "Mijn mail: <V>",
    ],
    "phone": [
        "Bel me {gerust|maar} op <V>.",
        "{Mijn nummer|Tel}: <V>",
        "Ik ben bereikbaar op <V> als jullie meer willen weten.",
        "Bellen mag: <V>",
    ],
    "employee_number": [
        "Mijn personeelsnummer is <V>{ voor als jullie contact willen opnemen|}.",
        "(personeelsnummer <V>)",
        "Pers.nr. <V>",
        "personeelsnr: <V>",
    ],
    "team": [
        "Ik werk bij <V>{, dus jullie weten wel wie ik ben|}.",
        "Het gaat om <V>.",
        "Dit speelt {vooral|met name} in <V>.",
        "(<V>)",
    ],
}
