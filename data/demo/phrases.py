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
"""
from __future__ import annotations

Entry = str | tuple[str, tuple[str, ...]]

THEMES: list[str] = [
    "form/remarks_jokes", "form/ignored_excluded", "form/bullied", "form/treated_differently",
    "form/disadvantaged", "form/rules_procedures", "form/culture",
    "ground/skin_colour", "ground/origin", "ground/religion",
    "actor/colleague", "actor/manager", "actor/citizen", "actor/organisation",
    "response/manager", "response/confidential_adviser", "response/integrity",
    "response/colleagues_involved", "response/formal_report", "response/nothing",
    "outcome/satisfied", "outcome/not_satisfied", "outcome/fear_of_consequences",
    "context/leadership", "context/norm_setting", "context/training", "context/bystander",
]

ORIGIN = ("ground/origin",)
RELIGION = ("ground/religion",)
SKIN = ("ground/skin_colour",)

NAT_BE = ["Marokkaanse", "Turkse", "Surinaamse", "Antilliaanse", "Ghanese", "Indonesische",
          "Syrische", "Afghaanse", "Eritrese", "Chinese", "Somalische", "Kaapverdische", "Irakese"]
NAT_EU = ["Poolse", "Bulgaarse", "Roemeense", "Oost-Europese", "Bosnische", "Griekse", "Portugese"]
NAT_NL = ["Molukse", "Indische", "Surinaamse", "Antilliaanse", "Marokkaanse", "Turkse"]

# ---------------------------------------------------------------- ground noun phrases
GROUND_NP: dict[str, dict[str, list[str]]] = {
    "ground/skin_colour": {
        "self": ["mijn huidskleur", "mijn kleur", "mijn donkere huidskleur", "mijn donkere huid",
                 "mijn bruine huid", "mijn kroeshaar", "mijn {getinte|donkere} huid", "het feit dat ik zwart ben",
                 "mijn uiterlijk als zwarte vrouw"],
        "other": ["<P> huidskleur", "<P> kleur", "<P> donkere huid", "<P> {getinte|bruine} huid",
                  "<P> kroeshaar", "het feit dat <HIJ> zwart is"],
    },
    "ground/origin": {
        "self": ["mijn afkomst", "mijn achternaam", "mijn <NAT> achtergrond", "mijn <NAT> roots", "mijn accent",
                 "mijn migratieachtergrond", "het land waar mijn ouders vandaan komen", "mijn <NAT> afkomst",
                 "mijn naam", "waar ik {vandaan kom|oorspronkelijk vandaan kom}"],
        "other": ["<P> afkomst", "<P> achternaam", "<P> <NAT> achtergrond", "<P> accent",
                  "<P> migratieachtergrond", "het land waar <P> ouders vandaan komen", "<P> naam",
                  "<P> <NAT> roots"],
    },
    "ground/religion": {
        "self": ["mijn geloof", "mijn hoofddoek", "de ramadan", "mijn religie", "mijn gebedsmomenten",
                 "het feit dat ik moslim ben", "mijn baard", "het vasten", "mijn keppeltje", "de islam"],
        "other": ["<P> geloof", "<P> hoofddoek", "de ramadan", "<P> religie", "het feit dat <HIJ> moslim is",
                  "<P> baard", "het vasten", "de islam"],
    },
}

GROUND_QUOTES: dict[str, list[str]] = {
    "ground/skin_colour": [
        "mag ik even aan je haar voelen?", "wat ben je lekker bruin, ook in de winter",
        "jij valt tenminste op op de teamfoto", "je bent best welbespraakt voor iemand zoals jij",
        "zo, jij hoeft niet naar de zonnebank", "met die kleur ben je vast goed in sport",
        "jij bent toch de enige zwarte hier, haha",
    ],
    "ground/origin": [
        "waar kom je écht vandaan?", "jij spreekt wel goed Nederlands zeg", "bij jullie is dat toch normaal",
        "ga dan terug naar je eigen land", "ben jij de tolk?", "kun je dat even in normaal Nederlands zeggen",
        "jullie soort mensen", "hoe spreek je je naam eigenlijk uit, doe maar gewoon Mo",
        "jullie zijn allemaal hetzelfde",
    ],
    "ground/religion": [
        "heb je het niet warm onder die doek?", "je gaat toch niet bidden tijdens de vergadering",
        "mag je van je geloof wel een hand geven?", "is het weer ramadan, dan doe je zeker niks",
        "jij mag zeker geen borrel", "nou, niet meteen iets opblazen hè", "wanneer gaat die doek nou eens af?",
    ],
}
# Remarks that do not reveal a ground (used when no ground theme is active).
NEUTRAL_QUOTES = ["jij bent hier zeker vanwege het quotum", "jij bent wel een uitzondering hoor",
                  "jullie zijn toch allemaal hetzelfde", "ben jij ons diversiteitsvinkje?",
                  "oei, pas maar op, anders word ik nog racist genoemd", "jij hoort er toch niet echt bij",
                  "voor iemand zoals jij doe je het best goed", "ach, jullie mensen zijn altijd zo gevoelig"]

# ---------------------------------------------------------------- actor noun phrases
ACTOR_NP: dict[str, list[str]] = {
    "actor/colleague": ["een collega", "een directe collega", "iemand uit mijn team", "een teamgenoot",
                        "een oudere collega", "een collega van een andere afdeling", "een van mijn collega's",
                        "een senior collega", "een collega uit het team"],
    "actor/manager": ["mijn leidinggevende", "mijn lg", "de teamleider", "mijn manager", "mijn directe chef",
                      "het afdelingshoofd", "mijn teamleider", "de unitmanager", "mijn leidinggevende"],
    "actor/citizen": ["een burger", "een klant", "een bezoeker aan de balie", "een aanvrager",
                      "iemand aan de telefoon", "een cliënt", "een ondernemer die we controleerden"],
    "actor/organisation": ["de organisatie", "HR", "P&O", "het systeem", "de selectiecommissie",
                           "de afdeling", "het ministerie"],
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
TARGET_COLLEAGUE = [("een collega", None, "collega"), ("een nieuwe collega", None, "collega"),
                    ("een stagiair", "m", "stagiair"), ("een jonge collega", None, "collega"),
                    ("een collega uit mijn team", None, "collega"), ("mijn buurvrouw op de afdeling", "f", "buurvrouw"),
                    ("een trainee", None, "trainee"), ("een uitzendkracht", None, "uitzendkracht"),
                    ("een collega van de buurafdeling", None, "collega"), ("een oud-collega", None, "collega")]
TARGET_CITIZEN = [("een burger", None, "burger"), ("een klant", None, "klant"), ("een aanvrager", None, "aanvrager"),
                  ("een cliënt", None, "cliënt"), ("een bezoeker", None, "bezoeker"),
                  ("iemand aan de balie", None, "persoon"), ("een ondernemer", None, "ondernemer"),
                  ("een mevrouw aan de telefoon", "f", "mevrouw"), ("een meneer aan de balie", "m", "meneer"),
                  ("een jongen die een aanvraag deed", "m", "jongen")]
TARGET_BACKREF = ["die <N>", "die <N>", "diezelfde <N>", "de <N>", "diegene"]

# ---------------------------------------------------------------- theme pools
POOLS: dict[str, dict[str, list[Entry]]] = {}

POOLS["form/remarks_jokes"] = {
    "self_l": [
        "<A> {maakt|maakte} {regelmatig|steeds|vaak|bijna elke week|af en toe} {grapjes|zogenaamde grapjes|flauwe grappen|"
        "zogenaamd grappige opmerkingen}(( over <G>)). {Iedereen lachte mee.|De rest lacht dan mee.|Als ik er iets van zeg "
        "ben ik {te gevoelig|overgevoelig|een zeur}.|}",
        "Ik krijg {opmerkingen|dingen} naar mijn hoofd als <<<Q>>>. {Dat gebeurt {in de pauze|bij de koffieautomaat|"
        "tijdens overleggen|gewoon op de werkvloer}.|Dat is dan <<maar een grapje>>.|}",
        "{Tijdens een teamoverleg|Op een teamuitje|Bij de kerstborrel|Tijdens de lunch|In een Teams-overleg} zei <A> "
        "<<<Q>>>{ en iedereen moest lachen|, waar de hele groep bij zat|. Ik wist niet wat ik moest zeggen}.",
        "Steeds weer {die|van die} {micro-aggressions|kleine steken|subtiele opmerkingen|<<onschuldige>> opmerkingen}"
        "(( over <G>)). Los lijkt het niks, maar bij elkaar {slijt het je op|vreet het energie|word je er moe van}.",
        "Er wordt {op de afdeling|in mijn team|hier} {makkelijk|veel te makkelijk|heel normaal} gegrapt(( over <G>))"
        "{, ook als ik erbij sta| waar ik gewoon bij zit|}.",
        "<A> {noemde|noemt} mij {steeds|vaak|een keer} bij een {bijnaam|grappig bedoelde bijnaam}(( die verwijst naar <G>)). "
        "{Ik heb gevraagd daarmee te stoppen.|Ik vind het {vernederend|kwetsend|niet grappig}.|}",
        "Opmerkingen(( over <G>)) in de trant van <<<Q>>>. {Het is dan <<maar een grapje>>.|Dat wordt dan weggelachen.|}",
        "{In de app-groep|In de teamapp|In de groepsapp van het team} {werden|worden} {memes|plaatjes|grappen} gedeeld"
        "(( over <G>)). {Niemand vond dat een probleem behalve ik.|Ik ben uit de groep gestapt.|Ik heb er screenshots van.|}",
        "Bij {mijn sollicitatie|mijn eerste werkdag|de introductie} zei <A> al <<<Q>>>. {Dat zette meteen de toon.|"
        "Toen wist ik al hoe laat het was.|}",
        "{Stereotype|Kwetsende|Denigrerende} opmerkingen, {zoals|bijvoorbeeld} <<<Q>>>. {Je went eraan, maar het hoort niet.|"
        "Dat is bij ons heel normaal blijkbaar.|}",
    ],
    "self_s": [
        "{grapjes|flauwe grappen|opmerkingen}(( over <G>))",
        "{steeds|vaak} {grapjes|opmerkingen}[[ van <A>]](( over <G>))",
        "<<<Q>>> en dan lachen",
        "kwetsende {opmerkingen|grappen}(( over <G>))",
        "{micro-aggressions|micro-agressies}(( over <G>))",
        "{<<grapjes>>|zogenaamde grapjes} bij de koffie",
    ],
    "other_l": [
        "<A> {maakte|maakt} {grapjes|grappen|opmerkingen} over <T>(( en dan vooral over <G>)). {Iedereen lachte mee.|"
        "Niemand zei er iets van.|}",
        "Ik hoorde <A> tegen <T> zeggen: <<<Q>>>. {Ik schrok ervan.|Dat vond ik echt te ver gaan.|Ik wist niet hoe ik moest reageren.}",
        "Bij de koffie wordt {regelmatig|vaak|soms} gelachen om <T>(( vanwege <G>)){, als die er niet bij is natuurlijk|"
        ", achter de rug om|}.",
        "{In de groepsapp|In de Teams-chat|Op de gang} {gingen|gaan} grappen rond over <T>(( en <G>)).",
        "Opmerkingen richting <T>(( over <G>)) die {echt niet kunnen|over de grens gaan|zogenaamd grappig waren}.",
        "<T> kreeg {te horen|de opmerking} <<<Q>>>. {Dat werd als grap gebracht.|En dat was niet de eerste keer.|}",
        "{Micro-aggressions|Kleine steken|Speldenprikken} richting <T>(( over <G>)), {vaak|steeds} net "
        "{op de grens|niet erg genoeg om er iets van te zeggen}.",
        ("Na een {gesprek|telefoongesprek|baliecontact} met <T> werd er {lacherig|denigrerend|minachtend} over <HEM> "
        "gepraat(( en over <G>)).", ("@citizen",)),
        "Er {worden|werden} {nare|racistische|foute} grappen gemaakt(( over <G>)){ als <T> net de kamer uit is|"
        ", ook waar <T> bij stond|}.",
    ],
    "other_s": [
        "grapjes over <T>(( en <G>))", "{opmerkingen|grappen} richting <T>", "<<<Q>>> tegen <T>",
        "{flauwe|racistische|foute} grappen(( over <G>))",
    ],
}

POOLS["form/ignored_excluded"] = {
    "self_l": [
        "Ik word {structureel|vaak|regelmatig|gewoon} {genegeerd|niet gegroet|overgeslagen}[[ door <A>]]{ tijdens overleggen|"
        " bij de koffie| in de teamchat|}(( en ik denk dat dat met <G> te maken heeft)).",
        "{Bij uitjes|Voor de lunch|Voor borrels|Bij etentjes} word ik {niet|nooit} uitgenodigd{, de rest wel|, terwijl de rest "
        "van het team gaat|}.(( {Ik weet vrij zeker dat het om <G> gaat.|Vermoedelijk vanwege <G>.}))",
        "In vergaderingen {wordt er over me heen gepraat|word ik niet gehoord|krijg ik geen reactie op mijn inbreng}, "
        "{maar|terwijl} als een ander {hetzelfde zegt|precies hetzelfde voorstelt} is het {ineens|opeens} een goed idee.",
        "Ik voel me {buitengesloten|een buitenstaander|niet welkom|onzichtbaar} in {mijn team|de groep|het team}(( vanwege <G>)). "
        "{Gesprekken vallen stil als ik binnenkom.|Als ik aanschuif wordt het stil.|}",
        "<A> {praat|praatte} {nooit|niet} {met mij|tegen mij}, {alleen over mij|wel met de rest|alleen als het echt moet}.",
        "Ik werd {bewust |}buiten {de mailing|het overleg|de appgroep|belangrijke overleggen} gehouden. "
        "{Informatie kreeg ik {altijd|steeds} als laatste.|Ik hoorde dingen pas achteraf.|}",
        "{Het voelt alsof|Het is alsof} ik er niet bij hoor{, hoe hard ik ook werk|, al jaren|}. Niemand {vraagt|vroeg} "
        "{hoe het met me gaat|naar mijn mening}.",
        "Na {een discussie|mijn opmerking} over {racisme|discriminatie|de enquête|de diversiteitsweek} {werd ik|ben ik} "
        "{doodgezwegen|gemeden|genegeerd} door {het team|een deel van het team|mijn collega's}.",
        "Bij het inwerken werd ik aan mijn lot overgelaten{, anderen kregen wel een buddy|, terwijl nieuwe collega's na mij "
        "wel begeleiding kregen|}.",
        "Ik zit {letterlijk|figuurlijk} {in een hoekje|apart}; {niemand|geen collega} {zoekt|zocht} contact{ behalve voor werk|}.",
    ],
    "self_s": [
        "{genegeerd|buitengesloten}[[ door <A>]]", "niet uitgenodigd voor {uitjes|borrels|de lunch}",
        "{doodgezwegen|gemeden} in het team", "buitengesloten(( vanwege <G>))", "niet gegroet, niet gehoord",
        "{uitsluiting|buitensluiten} door het team",
    ],
    "other_l": [
        ("<T> {wordt|werd} {stelselmatig|vaak|duidelijk} {genegeerd|buitengesloten}[[ door <A>]]{ in overleggen| bij de lunch|}"
        "(( en volgens mij vanwege <G>)).", ("@colleague",)),
        ("Als <T> binnenkomt {valt het gesprek stil|draaien mensen zich om|wordt er ineens gefluisterd}.", ("@colleague",)),
        ("Bij {de teamlunch|uitjes|de borrel} wordt <T> {nooit|niet} gevraagd{, ik vind dat pijnlijk om te zien|}.", ("@colleague",)),
        ("Ik zie dat <T> {geen aansluiting krijgt|er niet bij hoort|alleen zit in de kantine}(( vanwege <G>)), en niemand doet er wat aan.", ("@colleague",)),
        ("Inbreng van <T> {wordt weggewuifd|wordt niet serieus genomen|wordt genegeerd}, terwijl het vaak "
        "{de beste ideeën|goede punten} zijn.", ("@colleague",)),
        "<A> {geeft|gaf} <T> {geen antwoord|geen hand}{, wel de rest|}.",
        ("<A> {keert|keerde} <T> {demonstratief|gewoon} de rug toe{, ook in overleggen|}.", ("@colleague",)),
        ("<T> {mocht|mag} {niet mee naar|niet aanschuiven bij} {het overleg met de directie|de klantafspraak|het werkbezoek}, "
        "{zonder goede reden|zonder uitleg}.", ("@colleague",)),
        "<T> {werd|wordt} {bij vragen|in overleggen|aan de telefoon} {sneller afgepoeierd|niet teruggebeld|aan het lijntje gehouden}"
        "(( vanwege <G>)).",
        ("Telefoontjes van <T> {werden|worden} {niet teruggebeld|doorgeschoven|als laatste opgepakt}(( vanwege <G>)).",
         ("@citizen",)),
        ("<T> {moest|moet} {veel langer wachten|steeds opnieuw uitleggen} dan andere {klanten|bezoekers}{, dat zag ik gewoon|}.",
         ("@citizen",)),
    ],
    "other_s": ["<T> {wordt|werd} genegeerd", "buitensluiten van <T>", "<T> hoort er niet bij", "<T> niet uitgenodigd",
                "{negeren|uitsluiten} van <T>(( om <G>))"],
}

POOLS["form/bullied"] = {
    "self_l": [
        "Ik {werd|word} {gepest|getreiterd|belachelijk gemaakt}[[ door <A>]]{ op een heel subtiele manier| en dat al "
        "{maanden|jaren}| openlijk}(( om <G>)).",
        "{Spullen van mij|Mijn spullen|Mijn bureau} {werden|worden} {verstopt|verplaatst|beklad}{, en er lag een keer een "
        "briefje|}. {Ik weet wie het is, maar bewijs heb ik niet.|Niemand weet er natuurlijk iets van.|}",
        "Het is {systematisch|structureel|echt} pesten: {imiteren|nadoen|uitlachen}, {achter mijn rug praten|roddelen}, "
        "{mij de vervelende klussen geven|me laten struikelen over kleine fouten}.",
        "<A> {zocht|zoekt} {steeds|altijd|constant} {de confrontatie|ruzie|de grens op} met mij{, vooral als er anderen bij zijn|"
        " en dan lachen ze erom|}.",
        "Ik {ben|ben een tijd} {met buikpijn|met tegenzin|met angst} naar mijn werk gegaan door {het pesten|de pesterijen|"
        "het getreiter}(( over <G>)).",
        "Er {werden|worden} {nare|anonieme|kwetsende} {berichtjes|mails|notities} over mij {rondgestuurd|verspreid}"
        "{ in de teamapp|}.",
        "Bullying is {the right word|het juiste woord}, {ook al|zelfs al} noemen ze het zelf <<plagen>>."
        "(( {Alles draait om <G>.|Het gaat altijd over <G>.}))",
        ("{Mijn naam|Mijn achternaam} werd {verbasterd|expres verkeerd uitgesproken|belachelijk gemaakt}, {maandenlang|elke dag|"
         "keer op keer}, {ook nadat ik had gevraagd om te stoppen|ondanks dat ik zei dat ik het niet leuk vond}.", ORIGIN),
        "{Ze|Een paar collega's} {speelden|spelen} {een spelletje|het spelletje} om mij {belachelijk te maken|uit te dagen|"
        "op de kast te krijgen}.",
        "Ik werd {uitgescholden|afgeblaft|gekleineerd}[[ door <A>]]{ waar iedereen bij stond| in het bijzijn van klanten|}.",
    ],
    "self_s": ["gepest[[ door <A>]](( om <G>))", "{getreiter|pesterijen} op de afdeling", "{stelselmatig|dagelijks} gepest",
               "bullying, plain and simple", "uitgescholden(( om <G>))"],
    "other_l": [
        "<T> {werd|wordt} {gepest|getreiterd|belachelijk gemaakt}[[ door <A>]](( om <G>)). {Dat ging {weken|maanden} door.|"
        "Iedereen wist ervan.|}",
        "Ik heb gezien hoe <T> {stelselmatig|keer op keer} {werd uitgelachen|werd nagedaan|werd afgezeken} "
        "{in het bijzijn van anderen|tijdens de lunch}.",
        "Er werd {gemeen|kwaadaardig} geroddeld over <T>{, echt pesten|}(( en vooral over <G>)).",
        "<A> {zat|zit} <T> {continu|constant|dag in dag uit} {op de huid|te jennen|dwars}.",
        "<T> is {uiteindelijk|na een tijdje} {vertrokken|weggegaan|ziek thuis komen te zitten} door {het pesten|"
        "de pesterijen|het getreiter}.",
        "<<Plagen>> noemen ze het, maar wat <T> {meemaakt|meemaakte} is gewoon pesten.",
        "{De spullen van|De lunch van|Het bureau van} <T> {werd|werden} {verstopt|weggehaald|beklad}, {meerdere keren|vaker dan eens}.",
        ("Ik zag dat <T> {werd nageaapt|werd nagedaan}, inclusief accent, {en uitgescholden|en gekleineerd}.", ORIGIN),
    ],
    "other_s": ["pesten van <T>", "<T> werd gepest", "gepest(( om <G>))", "getreiter richting <T>"],
}

POOLS["form/treated_differently"] = {
    "self_l": [
        "Ik word {anders behandeld|anders aangesproken|anders benaderd} dan {mijn collega's|de rest|anderen in mijn team}"
        "(( vanwege <G>)). {Strenger|Kortaf|Met meer wantrouwen}, {vooral|zeker} door <A>.",
        "Bij mij {wordt|werd} {alles|elk detail} {gecontroleerd|nagekeken|dubbel gecheckt}, bij anderen {niet|nooit}. "
        "{Dat voelt als wantrouwen.|Het voelt alsof ik moet bewijzen dat ik het kan.|}",
        "Als ik {een fout maak|te laat ben|iets vergeet} is het {meteen|direct} een {gesprek|probleem|punt}, "
        "{anderen komen ermee weg|bij anderen lacht men erom}.",
        "Ik {moet|moest} {twee keer zo hard werken|meer laten zien|dubbel presteren} om {dezelfde waardering te krijgen|"
        "gezien te worden|hetzelfde te bereiken}.",
        "{Men gaat ervan uit dat ik {de schoonmaker|van de catering|de koerier|de stagiair} ben|Men ging ervan uit dat ik {de schoonmaker|van de catering|de koerier|de stagiair} was}{, terwijl ik "
        "beleidsmedewerker ben|, terwijl ik er al jaren werk|}.",
        ("<A> {spreekt|sprak} mij {langzaam|in simpele woorden|in het Engels} aan{, alsof ik geen Nederlands versta|}"
         "{, terwijl ik hier geboren ben|}.", ORIGIN),
        "Ik {krijg|kreeg} {steeds|vaak} de vraag of ik {wel|echt} {bevoegd|de juiste persoon|de verantwoordelijke} ben, "
        "{collega's krijgen die vraag niet|terwijl mijn naam gewoon op de deur staat}.",
        "{Bij|Aan} de {ingang|poort|receptie} word ik {als enige|vaker dan anderen} om {mijn pas|legitimatie} gevraagd"
        "{, elke keer weer|}(( en dat heeft alles te maken met <G>)).",
        "{Feedback|Kritiek} op mij is {altijd|vaak} {persoonlijker|harder|scherper} dan op {anderen|collega's}; "
        "{it's a double standard|er wordt met twee maten gemeten|een dubbele standaard}.",
    ],
    "self_s": ["anders behandeld(( om <G>))", "{strenger|anders} behandeld dan {anderen|collega's}", "met twee maten gemeten",
               "{double standards|dubbele standaard}", "ongelijke behandeling[[ door <A>]]"],
    "other_l": [
        "<T> {wordt|werd} {anders|strenger|kortaf} behandeld dan {anderen|de rest}(( en dat heeft volgens mij met <G> te maken)).",
        ("{Dossiers|Aanvragen|Zaken} van <T> {worden|werden} {extra kritisch|strenger|met meer wantrouwen} bekeken(( vanwege <G>)).", ("@citizen",)),
        ("Aan de {balie|telefoon} {wordt|werd} <T> {minder geduldig|onvriendelijker|korter} {geholpen|te woord gestaan} dan "
        "{anderen|andere bezoekers}.", ("@citizen",)),
        ("<A> {spreekt|sprak} <T> aan op een {neerbuigende|denigrerende|kinderachtige} {toon|manier}{, dat zou bij anderen "
        "nooit gebeuren|}.", ("@colleague",)),
        "{Ik merk|Je ziet} dat <T> {vaker|eerder} {gecontroleerd|aangesproken|gewantrouwd} wordt dan {anderen|collega's}.",
        ("Bij <T> {werd|wordt} {sneller|eerder} {uitgegaan van|gedacht aan} {fraude|kwade trouw|misbruik}{, zonder aanleiding|}.", ("@citizen",)),
        ("Men {ging|gaat} ervan uit dat <T> {de taal niet spreekt|het niet begrijpt|geen recht heeft op de regeling}(( vanwege <G>)).", ("@citizen",)),
        "Twee maten, twee gewichten: <T> {kreeg|krijgt} {een waarschuwing|een gesprek|een aantekening} voor iets waar anderen "
        "{mee wegkomen|niks voor krijgen}.",
    ],
    "other_s": ["<T> anders behandeld", "ongelijke behandeling van <T>", "{strenger|harder} voor <T>(( vanwege <G>))",
                "andere behandeling(( om <G>))"],
}

POOLS["form/disadvantaged"] = {
    "self_l": [
        "Bij {promoties|doorgroei|vacatures} {word ik|werd ik} {steeds|telkens|keer op keer} {gepasseerd|overgeslagen}"
        "{, terwijl ik {goed|beter} beoordeeld word|}(( en ik kan me niet aan de indruk onttrekken dat <G> meespeelt)).",
        "Mijn {beoordeling|jaargesprek|functioneringsgesprek} {was|is} {lager|negatiever} dan {verdiend|die van collega's die "
        "minder doen}, {zonder duidelijke onderbouwing|op basis van vage punten}.",
        "De {leuke|interessante|zichtbare} {projecten|klussen|dossiers} gaan {altijd|steeds} naar {anderen|dezelfde mensen}, "
        "ik krijg {het saaie werk|de restjes|het uitvoerende werk}.",
        "Ik {zit|zat} al {jaren|acht jaar|zes jaar} in dezelfde schaal{, collega's die later kwamen zijn me voorbijgestreefd|}. "
        "{Dat is geen toeval.|Toeval? Ik denk het niet.|}",
        "{Mijn tijdelijke contract|Mijn contract} {werd|is} niet verlengd{, zonder goede reden|, met een vaag verhaal over "
        "de klik|}. {<<Past niet in het team>>, werd er gezegd.|Het ging om <<cultural fit>>.|}",
        "Bij {de sollicitatie|een interne sollicitatie|de selectie} {kreeg ik te horen|werd gezegd} dat ik {<<niet helemaal "
        "paste>>|beter <<iets uitvoerends>> kon doen|nog niet <<klaar>> was}, {terwijl|hoewel} ik {alle papieren heb|ruim "
        "gekwalificeerd ben|het werk al jaren doe}.",
        "Ik word {niet voorgedragen|nooit voorgesteld} voor {opleidingen|een leiderschapstraject|een talentprogramma}, "
        "{anderen wel|mijn collega's wel}.",
        "<A> {gaf|geeft} mij {structureel|steeds} {de minst interessante|de zwaarste|de vervelendste} {taken|diensten|roosters}.",
        "{In mijn performance review|In de beoordeling} {stond|staat} dat ik {<<te direct>>|<<niet communicatief genoeg>>|"
        "<<te emotioneel>>} ben. Bij {een ander|collega's} heet dat {assertief|daadkrachtig}.",
    ],
    "self_s": ["gepasseerd voor promotie", "{lagere|slechtere} beoordeling(( vanwege <G>))", "geen doorgroeikansen",
               "{de rotklussen|de slechtste taken} krijgen", "contract niet verlengd", "geen promotie, wel extra werk"],
    "other_l": [
        "<T> {wordt|werd} {keer op keer|steeds} {gepasseerd|overgeslagen} bij {promoties|vacatures|doorgroei}(( en volgens "
        "mij speelt <G> daarbij mee)).",
        ("Ik zie dat collega's met een migratieachtergrond {minder snel doorgroeien|in lagere schalen blijven hangen|"
         "vaker een tijdelijk contract hebben}.", ORIGIN),
        ("Ik zie dat {zwarte collega's|collega's van kleur} {minder snel doorgroeien|in lagere schalen blijven hangen|"
         "minder vaak een vast contract krijgen}.", SKIN),
        "Bij de {selectiecommissie|sollicitatieprocedure} {hoorde ik|werd er gezegd} dat <T> {<<niet paste>>|<<geen goede "
        "match was>>|<<niet in het team zou passen>>}, {zonder inhoudelijke reden|terwijl die de beste kandidaat was}.",
        "De beoordeling van <T> {was|is} {onterecht negatief|veel lager dan verdiend}{, dat heb ik van dichtbij gezien|}.",
        "<T> {kreeg|krijgt} {altijd|steeds} {de rotklussen|de zwaarste dossiers|de nachtdiensten|de vervelende taken}.",
        "Het {contract|tijdelijke contract} van <T> {werd|is} niet verlengd, {terwijl die prima functioneerde|om vage redenen|"
        "met als reden <<de klik>>}.",
        "{Opleidingen|Trainingen|Doorgroeitrajecten} {gaan|gingen} naar anderen; <T> {wordt|werd} {nooit|niet} voorgedragen.",
        ("Er {wordt|werd} gezegd dat <T> {<<eerst beter Nederlands moest leren>>|<<te veel accent had>>} voor een "
         "{hogere|andere} functie.", ORIGIN),
    ],
    "other_s": ["<T> gepasseerd bij promotie", "achterstelling bij beoordeling", "minder kansen voor <T>",
                "{scheve|oneerlijke} beoordelingen(( vanwege <G>))"],
}

POOLS["form/rules_procedures"] = {
    "self_l": [
        ("Verlof voor {het Suikerfeest|het Offerfeest|Eid} {moet ik|moest ik} {altijd|steeds} {bevechten|uitgebreid "
         "verantwoorden}, {kerst|met Kerst} is {vanzelfsprekend|gewoon} vrij.", RELIGION),
        "Voor {mijn functie|een nieuwe functie|een project} {moest ik|moest ik als enige} {een extra screening|een aanvullend "
        "veiligheidsonderzoek|een extra controle} {doen|ondergaan}(( en dat had met <G> te maken)).",
        ("{De kledingvoorschriften|De dresscode|De regels over hoofdbedekking}{ op mijn werkplek| aan de balie|} {zijn|waren} "
         "zo opgesteld dat ik {eigenlijk niet|niet} kon werken zoals ik ben.", RELIGION),
        ("Er is {geen ruimte|geen plek} om te bidden{, dus doe ik dat in het trappenhuis|, terwijl er wel een rookruimte is|}.",
         RELIGION),
        "Bij de {screening|VOG-aanvraag|veiligheidsscreening} {werd ik|werd mijn aanvraag} {maanden langer|veel langer} "
        "{aangehouden|vertraagd} dan bij {collega's|anderen}(( vanwege <G>)).",
        "Procedures {lijken|zijn op papier} {neutraal|objectief}, maar {in de praktijk|in de uitvoering} pakken ze "
        "{anders|slechter} uit voor {mensen zoals ik|mij}.",
        "Ik {moest|moet} {extra documenten|een verklaring|bewijsstukken} {aanleveren|laten zien} {die van anderen niet "
        "gevraagd worden|waar anderen nooit om gevraagd worden}(( vanwege <G>)).",
        ("{De taaleis|De eis van <<perfect Nederlands>>|Taaleisen} in {de vacature|het functieprofiel} {worden|werden} "
         "{heel strikt|strenger} toegepast bij mij dan bij anderen.", ORIGIN),
        "De {regels|werkafspraken|roosterregels} {worden|werden} voor mij {strikter|letterlijker} toegepast{ dan voor de rest|}; "
        "{uitzonderingen zijn er voor anderen|bij anderen kan er altijd wat}.",
    ],
    "self_s": ["{regels|procedures} die {anders uitpakken|niet neutraal zijn}", "extra screening(( vanwege <G>))",
               ("geen gebedsruimte", RELIGION), ("verlof voor Suikerfeest {lastig|een gevecht}", RELIGION),
               "strengere regels voor mij"],
    "other_l": [
        "{Het risicomodel|Het selectiesysteem|Het algoritme|De werkinstructie} {selecteert|selecteerde} {dossiers|aanvragen|"
        "burgers} {mede|onder andere} op {nationaliteit|tweede nationaliteit|postcode}. {Na de toeslagenaffaire zou je denken "
        "dat dat niet meer kan.|Dat heb ik aangekaart, maar het <<was beleid>>.|}",
        "Er {is|was} een {interne|ongeschreven} {werkinstructie|afspraak|regel} om {bepaalde groepen|mensen uit bepaalde wijken} "
        "{extra te controleren|vaker te checken|eerst te controleren}.",
        ("Aanvragen van <T> {werden|worden} {standaard|automatisch} {doorgezet naar|aangemerkt voor} {extra controle|"
        "handmatige controle|fraudeonderzoek}(( vanwege <G>)).", ("@citizen",)),
        "{Regels|Procedures} {lijken|zijn op papier} neutraal, maar {in de uitvoering|in de praktijk} {treffen|raken} ze "
        "{steeds|telkens} dezelfde groepen.",
        "Ik zag dat bij {de intake|de selectie|de screening} <T> {extra vragen kreeg|extra documenten moest aanleveren|"
        "een extra gesprek kreeg}{, zonder reden| dan anderen|}.",
        ("{Kledingregels|De dresscode|Regels over hoofdbedekking} {worden|werden} bij <T> {strenger|strikter} gehandhaafd.",
         RELIGION),
        "{Profileren|Etnisch profileren} {gebeurt|gebeurde} {gewoon|nog steeds|ook bij ons}, {alleen noemen we het|maar het "
        "heet} {<<risicogericht werken>>|<<slim selecteren>>|<<risicosturing>>}.",
        ("{Bij|In} {de selectieprocedure|het wervingsproces} {worden|werden} kandidaten met een {buitenlandse|niet-Nederlandse} "
         "naam {eerder afgewezen|minder vaak uitgenodigd}{, dat zie je gewoon|}.", ORIGIN),
    ],
    "other_s": ["selectie op nationaliteit", "{etnisch profileren|profilering}", ("risicoprofielen op afkomst", ORIGIN),
                "{regels|procedures} die <T> benadelen"],
}

POOLS["form/culture"] = {
    "any_l": [
        "Het zit in de cultuur{ hier| van de afdeling| van de organisatie}: {<<zo doen we dat hier>>|een wij-zij sfeer|"
        "ons-kent-ons}{, en daar hoor je als buitenstaander niet bij|}.",
        "De {sfeer|cultuur} is {heel|erg|vrij} {wit|eenzijdig|homogeen} en {ons-kent-ons|gesloten}; {als je anders bent|"
        "als je afwijkt} {val je buiten de boot|moet je je aanpassen}.",
        "{Er heerst|Het is} een cultuur waarin {alles gezegd mag worden|<<je moet tegen een grapje kunnen>>|niemand elkaar aanspreekt}.",
        "Het is {niet één persoon|niet een incident|geen incident}, het is {de hele sfeer|het klimaat|de cultuur}. "
        "{Je voelt het overal.|Het is ingebakken.|}",
        "{Diversiteit|Inclusie} is {vooral|alleen} {een praatje|papier|een mooi woord op intranet}; {de werkelijkheid|"
        "de dagelijkse praktijk} is anders.",
        "Er hangt een {onveilige|ongezonde|gesloten} {werkcultuur|sfeer} waarin {racistische|kwetsende} uitspraken "
        "{normaal|gewoon|geaccepteerd} zijn.",
        "Je {moet|moest} je {aanpassen|assimileren|onzichtbaar maken} om erbij te horen. {Dat put je uit.|"
        "That's the unwritten rule.|}",
        "{Het old boys network|De ons-kent-ons cultuur} bepaalt {wie er doorgroeit|hoe het gaat|wie erbij hoort}.",
        "{Op de werkvloer|In de wandelgangen} hangt een sfeer van {wij en zij|<<zij>> en <<wij>>|wantrouwen naar nieuwkomers}.",
    ],
    "any_s": ["de cultuur{ op de afdeling|}", "{wij-zij cultuur|ons-kent-ons}", "{de sfeer|het klimaat} op de afdeling",
              "een {gesloten|eenzijdige} cultuur", "{toxic|giftige} werkcultuur"],
}

# ---- grounds, standalone
POOLS["ground/skin_colour"] = {
    "self_l": [
        "Het {ging|gaat} {steeds|altijd|telkens} over <G>.",
        "Dat het om <G> {ging|gaat} {staat voor mij vast|is overduidelijk|weet ik zeker}.",
        "Als enige met een donkere huidskleur {op de afdeling|in het team|in de vergadering} {val je op|ben je zichtbaar|sta je apart}.",
        "{Het gaat om|Het heeft te maken met} <G>, {laten we eerlijk zijn|daar draait het om|niet om mijn werk}.",
        "{Mensen|Ze} zien {eerst|alleen} mijn {kleur|huidskleur}, {pas daarna|en niet} mijn {kwaliteiten|werk|functie}.",
        "{Opmerkingen over|Gedoe over} {mijn haar|mijn kapsel|mijn vlechten} {horen er blijkbaar bij|krijg ik steeds}.",
        "{Kleur|Huidskleur} {doet er|maakt} {hier|helaas} {nog steeds|nog altijd} {toe|verschil}.",
        "Zwarte collega's {krijgen het vaker|hebben het zwaarder|worden vaker aangesproken}, dat is {mijn ervaring|wat ik zie}.",
    ],
    "other_l": [
        "Het {ging|gaat} {steeds|altijd|telkens} over <G>.",
        ("<T> is {de enige|een van de weinigen} met een {donkere|getinte} huidskleur {in het team|op de afdeling}.", ("@colleague",)),
        "{Het heeft te maken met|Het draait om} <G>, {dat is duidelijk|daar twijfel ik niet aan}.",
        "Zwarte collega's {krijgen het vaker|hebben het zwaarder|worden vaker aangesproken}, dat {zie ik|merk ik} {gewoon|echt}.",
        "Collega's {van kleur|met een donkere huid} {worden|werden} {anders bekeken|sneller gewantrouwd} dan de rest.",
        "{Opmerkingen|Grapjes} over het haar van <T> {zijn|waren} {aan de orde van de dag|niet van de lucht}.",
        "Als een van de weinigen met een donkere huidskleur {valt|viel} <T> {gewoon |}op in {het team|elk overleg}.",
        "{Kleur|Huidskleur} {doet er|maakt} {hier|helaas} {nog steeds|nog altijd} {toe|verschil}.",
    ],
    "self_s": ["{mijn|m'n} huidskleur", "vanwege {mijn kleur|mijn huidskleur}", "{kleur|huidskleur}, wat anders",
               "over mijn {haar|kroeshaar}", "donkere huid"],
    "other_s": ["vanwege <G>", "{huidskleur|kleur}", "om <G>"],
}
POOLS["ground/origin"] = {
    "self_l": [
        "Het {ging|gaat} {steeds|altijd|telkens} over <G>.",
        "{Mijn achternaam|Mijn naam} alleen al {is|was} {genoeg|voldoende} voor {vooroordelen|vragen|een andere behandeling}.",
        "Ik ben hier geboren, maar {blijf|word} {de buitenlander|de allochtoon|<<die van buiten>>}{ in hun ogen|}.",
        "Het {draait|draaide} om <G>, {daar twijfel ik niet aan|dat is duidelijk|dat weet iedereen}.",
        "{Steeds|Altijd} die vraag {waar ik vandaan kom|waar ik <<echt>> vandaan kom|of ik de taal wel spreek}.",
        "{Door|Vanwege} mijn accent {word ik|werd ik} {minder serieus genomen|als minder slim gezien|onderschat}.",
        "Mijn <NAT> {roots|afkomst|achtergrond} {wordt|werd} {steeds|telkens} {erbij gehaald|benadrukt|tegen mij gebruikt}.",
        "Mensen met een {migratieachtergrond|niet-westerse achtergrond} {hebben het gewoon zwaarder|worden anders bekeken} "
        "{hier|op de werkvloer}.",
    ],
    "other_l": [
        "Het {ging|gaat} {steeds|altijd|telkens} over <G>.",
        "<T> {heeft|had} een <NAT> achtergrond en dat {werd|wordt} {steeds|telkens} {benoemd|erbij gehaald}.",
        "Het {draait|draaide} om <G>, {daar twijfel ik niet aan|dat is duidelijk}.",
        "Mensen met een {migratieachtergrond|niet-westerse achtergrond} {hebben het gewoon zwaarder|worden anders bekeken} "
        "{hier|op de werkvloer}.",
        "Vooral {de achternaam|de naam} van <T> {leidt|leidde} tot {vooroordelen|extra vragen|wantrouwen}.",
        "{Steeds|Telkens} {kreeg|krijgt} <T> de vraag waar <HIJ> <<echt>> vandaan komt.",
        "Door <P> accent {werd|wordt} <T> {minder serieus genomen|onderschat|als minder slim gezien}.",
        "Mensen met een <NAT> achtergrond {worden|werden} {hier|op de afdeling} over één kam geschoren.",
    ],
    "self_s": ["{mijn|m'n} afkomst", "vanwege mijn {achternaam|accent}", "mijn <NAT> achtergrond", "waar ik vandaan kom"],
    "other_s": ["vanwege <G>", "{afkomst|herkomst}", "om <G>"],
}
POOLS["ground/religion"] = {
    "self_l": [
        "Het {ging|gaat} {steeds|telkens} over <G>.",
        "{Sinds|Vanaf het moment dat} ik een hoofddoek {draag|ben gaan dragen} {is de sfeer veranderd|kijken mensen anders "
        "naar me|word ik anders benaderd}.",
        "{Tijdens de ramadan|Als ik vast} {krijg ik|kreeg ik} {vragen|de vraag} of ik {wel|nog wel} {kan werken|scherp ben|"
        "mijn werk aankan}.",
        "Moslims {worden|werden} {hier|op de afdeling} {over één kam geschoren|weggezet|gewantrouwd}{, zeker na nieuws over "
        "een aanslag ergens|}.",
        "Mijn {geloof|religie} {wordt|werd} {belachelijk gemaakt|weggezet als achterlijk|niet serieus genomen}.",
        "{Antisemitische|Anti-Joodse} {opmerkingen|grappen} {zijn|waren} {niet zeldzaam|helaas normaal|gewoon te horen}"
        "{ op de afdeling|}.",
        "Het {bidden|gebed} in de pauze {wordt|werd} {raar gevonden|belachelijk gemaakt|als probleem gezien}.",
        "{Islamofobie|Moslimhaat} {is|was} {gewoon|duidelijk} {aanwezig|voelbaar|te merken}, {ook hier|ook bij het Rijk}.",
    ],
    "other_l": [
        "Het {ging|gaat} {steeds|telkens} over <G>.",
        "<T> {draagt|droeg} een hoofddoek en dat {werd|wordt} {steeds|telkens} {een punt|een issue|een ding}.",
        "Tijdens de ramadan {kreeg|krijgt} <T> {steeds|telkens} de vraag of <HIJ> {wel|nog wel} {kan werken|scherp is}.",
        "Het {bidden|gebed} van <T> in de pauze {werd|wordt} {raar gevonden|belachelijk gemaakt|als probleem gezien}.",
        "Het geloof van <T> {werd|wordt} {belachelijk gemaakt|weggezet als achterlijk|niet serieus genomen}.",
        "Moslims {worden|werden} {hier|op de afdeling} {over één kam geschoren|weggezet|gewantrouwd}.",
        "{Antisemitische|Anti-Joodse} {opmerkingen|grappen} {zijn|waren} {niet zeldzaam|helaas normaal|gewoon te horen}.",
        "{Islamofobie|Moslimhaat} {is|was} {gewoon|duidelijk} {aanwezig|voelbaar|te merken}, {ook hier|ook bij het Rijk}.",
    ],
    "self_s": ["{mijn|m'n} {geloof|religie}", "vanwege mijn hoofddoek", "rond de ramadan", "omdat ik moslim ben"],
    "other_s": ["vanwege <G>", "{geloof|religie}", "om <G>"],
}

# ---- actors, standalone
POOLS["actor/colleague"] = {
    "any_l": [
        "Het {gaat|ging} om {een directe collega|een collega uit mijn team|een teamgenoot}{, niet om mijn leidinggevende|}.",
        "Het {waren|zijn} {collega's|teamgenoten|directe collega's}, {niet de leiding|geen leidinggevenden}{ overigens|}.",
        "{Dezelfde|Steeds dezelfde} {twee|drie|paar} collega's{, de rest doet niet mee|, de rest kijkt toe|}.",
        "Een {collega|teamlid} {die al jaren op de afdeling zit|met veel invloed in het team|die iedereen kent} "
        "{kan zich alles permitteren|wordt nooit aangesproken|komt overal mee weg}.",
        "{Het zijn|Het waren} {vooral|meestal} {oudere|senior|vaste} collega's.",
        "Vooral {op de werkvloer|tussen collega's|in het team} {speelt het|gebeurt het}{, minder bij de leiding|}.",
        "Het ging om iemand {van een andere afdeling|van de buurafdeling|uit een ander team}{ waar we veel mee samenwerken|}.",
        "Het kwam van {mijn eigen|directe} collega's, {mensen met wie ik elke dag werk|niet van buiten}.",
    ],
    "any_s": ["{collega's|een collega}", "{door|van} collega's", "iemand uit het team", "teamgenoten"],
}
POOLS["actor/manager"] = {
    "any_l": [
        "Het {was|is} {mijn eigen|mijn directe} leidinggevende{, en dat maakt het extra moeilijk|, dus bij wie moet je dan heen?|}.",
        "{De leidinggevende|Mijn lg|De teamleider} {doet|deed} {er zelf aan mee|zelf mee|het zelf}.",
        "Het {komt|kwam} van {bovenaf|de leiding|het management}{, van mijn manager zelf|}.",
        ("{Mijn manager|Mijn leidinggevende|Mijn teamleider} {maakt|maakte} zelf ook {dit soort|die} {opmerkingen|grappen}.",
         ("form/remarks_jokes",)),
        "{Onder de vorige {teamleider|leidinggevende|manager} was het|Onder deze {teamleider|leidinggevende} is het} {veel|nog} {erger|slechter}.",
        "{Iemand|Een manager} {met macht|hoger in de organisatie|uit het MT}{, dus je kijkt wel uit|}.",
        "Het was {het afdelingshoofd|de unitmanager|een MT-lid} {persoonlijk|zelf}.",
        "{Mijn lg|Mijn leidinggevende|De teamleider} {heeft|had} {duidelijk|zichtbaar} {zijn|haar} favorieten{, en ik hoor daar niet bij|}.",
    ],
    "any_s": ["{mijn|de} {lg|leidinggevende}", "{door|van} mijn manager", "de teamleider zelf", "leidinggevende"],
}
POOLS["actor/citizen"] = {
    "any_l": [
        "Het {kwam|komt} vooral van {burgers|klanten|bezoekers} {aan de balie|aan de telefoon|bij huisbezoeken}.",
        "{Het contact met|Het werk met} {burgers|klanten|het publiek} {is|was} waar het {gebeurt|speelt}.",
        "{Het waren geen collega's maar|Niet collega's, maar} {burgers|klanten|cliënten}.",
        "{Een cliënt|Een gedetineerde|Een aanvrager} {zei|riep} {iets|dingen} {waar ik van schrok|wat ik hier niet herhaal}.",
    ],
    "self_l": [
        "{Klanten|Burgers|Bezoekers} {weigeren|weigerden} {soms|zelfs} om door mij geholpen te worden{ en vragen om een "
        "andere medewerker|}.",
        "{Een burger|Een klant|Een bezoeker} {schold|scheldt} mij {uit|de huid vol}{ aan de telefoon| aan de balie| "
        "tijdens een controle|}.",
        "{Bij inspecties|Tijdens controles|Op locatie} {krijg ik|kreeg ik} {regelmatig|soms} {opmerkingen|dingen} van "
        "{ondernemers|mensen die we controleren|bedrijven} naar mijn hoofd.",
        ("{Mensen aan de telefoon|Bellers} {vragen|vroegen} {of ze iemand anders kunnen krijgen|om een <<echte Nederlander>>} "
         "zodra ze mijn naam horen.", ORIGIN),
    ],
    "other_l": [
        "{Klanten|Burgers|Bezoekers} {weigeren|weigerden} {soms|zelfs} om door <T> geholpen te worden.",
        "{Een burger|Een klant|Een bezoeker} {schold|scheldt} <T> {uit|de huid vol}{ aan de telefoon| aan de balie|}.",
        "{Bij inspecties|Tijdens controles|Op locatie} {krijgt|kreeg} <T> {regelmatig|soms} {opmerkingen|dingen} van "
        "{ondernemers|mensen die we controleren} naar <P> hoofd.",
        ("{Bellers|Klanten} {vragen|vroegen} om iemand anders zodra ze de naam van <T> horen.", ORIGIN),
    ],
    "any_s": ["{burgers|klanten} aan de balie", "{van|door} {klanten|burgers}", "bellers", "een klant"],
}
POOLS["actor/organisation"] = {
    "any_l": [
        "Het ligt aan {de organisatie|het systeem|de structuur}, niet {alleen|zozeer} aan {individuen|losse personen}.",
        "{HR|P&O|De afdeling HR} {deed|doet} {er niets mee|niets met signalen|alsof er niets aan de hand is}.",
        "{De organisatie|Het Rijk|Mijn ministerie} {zegt|roept} {van alles|mooie dingen} over {inclusie|diversiteit}, "
        "maar {doet|handelt} {anders|er niet naar}.",
        "Het {zit|zat} in {de manier waarop|hoe} {het werk|de processen|de organisatie} {is ingericht|georganiseerd is}.",
        "{Institutioneel racisme|Institutional racism}{, zo zou ik het noemen|, ja, dat woord is hier op zijn plaats|}.",
        "{De organisatie|Het ministerie} {beschermt|beschermde} {de daders|de verkeerde mensen|vooral zichzelf}.",
        "{Het systeem|De organisatie} {werkt|werkte} {tegen|niet voor} {mensen met een andere achtergrond|"
        "mensen die niet in het plaatje passen}.",
        "{Na de toeslagenaffaire|Na alles wat er gebeurd is} {is er|was er} {weinig|nauwelijks} {veranderd|geleerd} "
        "{in de organisatie|binnen de dienst|hier}.",
    ],
    "any_s": ["de organisatie", "{het systeem|institutioneel}", "HR", "de dienst zelf"],
}

# ---- responses (first person; used for own experience and for what was noticed)
POOLS["response/manager"] = {
    "any_l": [
        "Ik heb het {besproken|aangekaart|gemeld|op tafel gelegd} bij {mijn leidinggevende|mijn lg|de teamleider|mijn manager}.",
        "{Ik ben naar {mijn leidinggevende|mijn lg|de teamleider} {gestapt|gegaan}|Ik stapte naar {mijn leidinggevende|de teamleider}}{ om het te bespreken| met het verhaal|}.",
        "{In mijn|Tijdens mijn} {1-op-1|bilateraal|maandelijkse gesprek} met {mijn lg|mijn leidinggevende|mijn manager} heb "
        "ik het {ter sprake gebracht|benoemd|aangekaart}.",
        "{Mijn leidinggevende|De lg|Mijn teamleider} {weet ervan|is op de hoogte|heeft het van mij gehoord}.",
        "Ik heb {het|dit} {een paar keer|meerdere keren|herhaaldelijk} {aangekaart|benoemd} bij de {leiding|leidinggevende}.",
        "Ik heb {mijn manager|mijn leidinggevende} {een mail gestuurd|een bericht gestuurd|om een gesprek gevraagd} {erover|hierover}.",
        "Ik {heb het gemeld|heb het aangegeven} bij {de leidinggevende|mijn lg}{, want dat is toch de eerste stap|, zoals je hoort te doen|}.",
        "{Ik heb het aan mijn lg verteld|Lg ingelicht}{, dat leek me de juiste route|}.",
    ],
    "any_s": ["{besproken|gemeld} met {lg|leidinggevende|mijn manager}", "naar mijn lg gestapt",
              "lg op de hoogte gebracht", "aangekaart bij de teamleider"],
}
POOLS["response/confidential_adviser"] = {
    "any_l": [
        "Ik heb {contact gezocht|een gesprek gehad|gepraat} met {de vertrouwenspersoon|een vertrouwenspersoon|de VP}.",
        "{De vertrouwenspersoon|De VP} {heeft|had} {goed|rustig} {geluisterd|met me meegedacht}{, maar kon verder weinig|, meer niet|}.",
        "{Via|Bij} de vertrouwenspersoon {heb ik mijn verhaal kwijt gekund|heb ik het eerst verkend|heb ik mijn opties op een rij gezet}.",
        "Ik ben {eerst|uiteindelijk|pas na maanden} naar {de vertrouwenspersoon|een externe vertrouwenspersoon|de VP} gegaan.",
        "{Een gesprek met de vertrouwenspersoon|Het gesprek met de VP} {hielp|heeft geholpen} om {te bepalen wat ik wilde|"
        "het te ordenen|stoom af te blazen}.",
        "{De vertrouwenspersoon|De VP} {adviseerde me|raadde me aan} om {het op te schrijven|een logboek bij te houden|"
        "eerst rustig na te denken}.",
        "Ik wist {eerst |}niet dat er een vertrouwenspersoon {was|bestond}{, een collega wees me erop|}.",
        "{Vertrouwenspersoon ingeschakeld|VP ingeschakeld}{, in vertrouwen|}.",
    ],
    "any_s": ["{gesprek met|naar} {de VP|de vertrouwenspersoon}", "vertrouwenspersoon ingeschakeld", "via de VP"],
}
POOLS["response/integrity"] = {
    "any_l": [
        "Ik heb het {gemeld|voorgelegd|besproken} bij de {integriteitscoördinator|afdeling integriteit}.",
        "{De integriteitscoördinator|Het bureau integriteit} {heeft ernaar gekeken|heeft een gesprek met mij gevoerd|"
        "heeft het in behandeling genomen}.",
        "Via het {integriteitsloket|bureau integriteit} {is het opgepakt|werd een onderzoekje gestart|is het doorgezet}.",
        "{Ik ben langs geweest bij|Ik heb aangeklopt bij} {integriteit|de integriteitscoördinator|de afdeling integriteit}"
        "{ van het departement| van ons ministerie|}.",
        "{De integriteitscoördinator|De IC} {nam|neemt} het {serieus|heel serieus|wel serieus}{, dat moet ik zeggen|}.",
        "{Integriteitscoördinator|Integriteit} {erbij gehaald|ingeschakeld}{ na een tip van een collega|}.",
        "{Het|Dit} is {uiteindelijk|op een gegeven moment} bij {integriteit|het integriteitsbureau} {terechtgekomen|neergelegd}.",
        "Ik heb {een gesprek gehad|een afspraak gemaakt} met {iemand van integriteit|de integriteitsadviseur}.",
    ],
    "any_s": ["naar integriteit", "{gemeld|besproken} bij integriteitscoördinator", "integriteitsloket"],
}
POOLS["response/colleagues_involved"] = {
    "any_l": [
        "Ik heb {de collega|de betreffende collega|degene die het zei} er {direct|zelf|meteen} op aangesproken.",
        "Ik heb het gesprek {gevoerd|aangegaan} met de {collega's|mensen} {in kwestie|die het betrof|om wie het ging}.",
        "{Ik ben|Ben} het gesprek aangegaan met {de persoon zelf|degene zelf|die collega}{, één op één|, onder vier ogen|}.",
        "{Na afloop|Achteraf|Later die dag} heb ik {tegen hem|tegen haar|tegen de collega} gezegd dat {ik dat niet oké vond|"
        "dat niet kan|het me raakte}.",
        "{Ik heb het uitgepraat|We hebben het uitgepraat} met {de collega|de betrokkenen|elkaar}.",
        "{Ik zei {direct|meteen|ter plekke} {er iets van|dat het niet grappig was|<<dat is niet oké>>}|Ik heb {direct|meteen} gezegd dat het niet grappig was}.",
        "{Aangesproken|Direct aangesproken}, {ook al vond ik dat spannend|hoe lastig ook|zonder omwegen}.",
        "{Ik ben met de betrokken collega's om tafel gegaan|Samen met de collega's die het betrof hebben we het besproken}.",
    ],
    "any_s": ["{zelf|direct} aangesproken", "uitgepraat met de collega", "gesprek met de betrokkenen"],
}
POOLS["response/formal_report"] = {
    "any_l": [
        "Ik heb een {formele|officiële} {melding|klacht} {gedaan|ingediend}{ bij de klachtencommissie| via het meldpunt|}.",
        "Er {loopt|liep} een {klachtprocedure|formele procedure|onderzoek} {naar aanleiding van mijn melding|die ik heb aangespannen}.",
        "Uiteindelijk heb ik {het formeel gemaakt|een officiële klacht ingediend|de stap gezet naar een formele melding}.",
        "{Schriftelijk gemeld|Op papier een klacht ingediend}{, met data en voorbeelden|, inclusief screenshots|}.",
        "Bij het {meldpunt|klachtenloket|meldpunt ongewenst gedrag} heb ik {een melding gedaan|het gemeld}.",
        "Ik heb {aangifte gedaan|een melding bij het College voor de Rechten van de Mens gedaan}{, zo erg was het|}.",
        "{Een formele klacht|Een formele melding} {is|was} {de enige weg die ik nog zag|het laatste redmiddel dat overbleef}.",
        "{Het dossier|Mijn klacht} {ligt inmiddels|ligt nu|lag toen al} bij {de klachtencommissie|een externe commissie}.",
    ],
    "any_s": ["{formele|officiële} klacht ingediend", "melding gedaan bij meldpunt", "klacht ingediend"],
    "advice_l": [
        "{Een|Zorg voor een} {onafhankelijk|laagdrempelig|extern} meldpunt{ buiten de lijn|, los van je eigen afdeling|}.",
        "{Meldingen|Klachten} moet je {sneller|serieuzer|transparanter} {afhandelen|behandelen}{, met terugkoppeling "
        "aan de melder|}.",
        "{Maak|Houd} de {klachtenprocedure|meldprocedure} {eenvoudig|simpel|begrijpelijk}{, nu snapt niemand hoe het werkt|}.",
        "Zorg dat de {rijksbrede klachtencommissie|klachtencommissie} er {eindelijk|snel} komt{ en ook echt werkt|}.",
        "{Registreer|Houd bij} {meldingen|klachten} {goed|centraal} {zodat je patronen ziet|en rapporteer erover}.",
        "Anoniem {melden|een klacht indienen} moet {gewoon |}mogelijk zijn.",
        "{Meer|Betere} {informatie|communicatie} over {waar je een melding kunt doen|hoe je een klacht indient}.",
        "{Leg|Beleg} {meldingen|klachten} {niet|nooit} bij {dezelfde afdeling|de eigen lijn} waar het probleem zit.",
    ],
    "advice_s": ["{onafhankelijk|anoniem} meldpunt", "betere klachtenprocedure", "meldingen serieus afhandelen"],
}
POOLS["response/nothing"] = {
    "any_l": [
        "Ik heb er {niks|niets} mee gedaan{, wat heeft het voor zin|, het levert toch niks op|}.",
        "{Niet gemeld|Nergens gemeld}{, ik wilde geen gedoe|, ik had er de energie niet voor|}.",
        "{Ik heb het|Heb het} {laten gaan|laten rusten|over me heen laten komen}.",
        "{Ik heb|Heb} {het|het voorval} voor mezelf gehouden{, ook thuis niet verteld|}.",
        "Ik had {geen idee|geen flauw idee} {bij wie ik terecht kon|waar ik het moest melden}, dus {niets gedaan|"
        "heb ik niks gedaan}.",
        "{Ik slik het|Ik slikte het} {maar|gewoon}{, zoals altijd|, zoals zovelen|}.",
        "Nee, {niet besproken|met niemand besproken}{. Waarom zou ik?|.}",
        "{Ik zei niets|Ik heb niks gezegd}{ en ben verder gegaan met mijn werk| en ben weggelopen|}.",
    ],
    "any_s": ["zelf niks mee gedaan", "niet gemeld", "{met niemand|niemand} besproken", "laten gaan", "niks gezegd"],
}
POOLS["response/confidential_adviser"]["advice_l"] = [
    "Maak {de vertrouwenspersoon|vertrouwenspersonen} {bekender|zichtbaarder|beter bereikbaar}{, niemand weet wie het is|}.",
    "{Vertrouwenspersonen|VP's} met {verstand van racisme|ervaring met discriminatie|een diverse achtergrond}{, graag|, dat helpt|}.",
    "{Een externe|Een onafhankelijke} vertrouwenspersoon{, niet iemand van de eigen afdeling|, buiten de organisatie|}.",
    "Leg {beter |}uit wat een vertrouwenspersoon {doet|wel en niet kan}{, veel mensen hebben geen idee|}.",
    "{Meer|Genoeg} vertrouwenspersonen{ op locatie| in de regio's|}, {niet één voor het hele ministerie|zodat je niet maanden hoeft te wachten}.",
    "Zorg dat {je|mensen} de vertrouwenspersoon {anoniem|zonder dat je lg het weet} {kan|kunnen} spreken.",
]
POOLS["response/confidential_adviser"]["advice_s"] = ["betere vertrouwenspersonen", "VP bekender maken"]

# ---- outcomes
POOLS["outcome/satisfied"] = {
    "any_l": [
        "{Dat gesprek|Het gesprek} {heeft|had} {goed uitgepakt|echt geholpen|goed geholpen}{, de collega heeft excuses gemaakt|"
        ", de opmerkingen zijn gestopt|}.",
        "Het werd {serieus|direct|goed} {opgepakt|opgevolgd}, {daar ben ik tevreden over|dat waardeer ik|dat had ik niet verwacht}.",
        "{Sindsdien|Daarna} {is het|was het} {veel beter|rustiger|over}.",
        "{De collega|Hij|Zij} {bood excuses aan|heeft oprecht sorry gezegd}{ en we zijn verder gegaan|}.",
        "{Ik ben|Was} {tevreden|best tevreden|positief} over {hoe het is afgehandeld|de afhandeling|de reactie}.",
        "Het luchtte op dat {er naar me geluisterd werd|ik gehoord werd}{ en dat er actie kwam|}.",
        "{Goede|Prima} {afloop|afhandeling}{, eerlijk gezegd|, gelukkig|}.",
        "{Het is|Het werd} {netjes|goed} opgelost{, daar ben ik blij om|}.",
    ],
    "any_s": ["{goed|netjes} opgelost", "tevreden over de afhandeling", "excuses gekregen", "goede afloop"],
}
POOLS["outcome/not_satisfied"] = {
    "any_l": [
        "Er {is|werd} {niks|niets|helemaal niets} mee gedaan{, het bleef bij een gesprek|, het werd weggewuifd|}.",
        "{Ik werd|Ik voelde me} {niet serieus genomen|weggezet als overgevoelig|niet gehoord}{ en dat deed misschien nog wel "
        "meer pijn|}.",
        "De reactie was {<<zo bedoelde hij het niet>>|<<je moet het niet zo zwaar opvatten>>|<<we gaan er een gesprek over "
        "voeren>>}{, en daarna niks meer|}.",
        "{Teleurstellend|Zeer teleurstellend|Diep teleurgesteld}{, eerlijk gezegd| in hoe het is opgepakt|}.",
        "{Uiteindelijk werd ik zelf het probleem|Ik werd overgeplaatst, niet de dader|Ik was ineens de lastige}.",
        "{Na maanden|Maanden later} {heb ik|had ik} {nog steeds|nog altijd} {geen reactie|niets gehoord}.",
        "Het {werd|is} {in de doofpot gestopt|onder het tapijt geveegd|gladgestreken}.",
        "{Ontevreden|Niet tevreden}: {veel woorden|veel begrip}, {geen actie|geen daden|nul gevolgen}.",
    ],
    "any_s": ["niets mee gedaan door hen", "{niet serieus genomen|weggewuifd}", "{teleurstellend|slechte afhandeling}",
              "geen actie"],
}
POOLS["outcome/fear_of_consequences"] = {
    "any_l": [
        "Ik {durf|durfde} het niet te melden{, bang voor de gevolgen voor mijn loopbaan|, want ik heb een tijdelijk contract|}.",
        "{Als je er iets van zegt, ben je {de klos|de lastige|een <<zeur>>}|Wie er iets van zegt, wordt gezien als lastig}"
        "{, dat heb ik bij anderen gezien|}.",
        "Ik {ben|was} bang {dat het mijn beoordeling zou raken|voor represailles|dat ik er last van zou krijgen}.",
        "{Met een tijdelijk contract|Als uitzendkracht|Als nieuwe medewerker} {ga je|kun je} {geen|echt geen} {ruzie|gedoe} "
        "{maken|aan}.",
        "{Melden|Aankaarten} voelt {onveilig|riskant|als zelfmoord voor je carrière}.",
        "Ik {wil|wilde} niet {bekend staan als|te boek staan als} {de lastige|degene die overal racisme ziet|de zeur}.",
        "{Ik ben|Ik was} bang dat {dit terug te herleiden is naar mij|mijn naam gaat rondgaan|ze erachter komen dat ik dit invul}.",
        "{Je kijkt wel uit|Je denkt wel twee keer na}{, want iedereen kent iedereen| voordat je iets zegt|}.",
    ],
    "any_s": ["bang voor {de gevolgen|represailles}", "durfde niet te melden", "{te riskant|te onveilig} om te melden"],
    "advice_l": [
        "{Bescherm|Zorg voor bescherming van} {melders|mensen die iets melden}{, nu ben je de klos|}.",
        "Zorg dat mensen niet bang hoeven te zijn voor hun {baan|contract|beoordeling} als ze iets melden.",
        "{Veiligheid|Psychologische veiligheid} om {iets te melden|iets aan te kaarten}{, dat ontbreekt nu|}.",
        "{Geen|Nooit} {negatieve gevolgen|represailles} voor {melders|wie iets aankaart}{, dat moet gegarandeerd zijn|}.",
        "Mensen {durven|durven nu} {niet te melden|hun mond niet open te doen}; {begin daar|dat moet eerst opgelost}.",
    ],
    "advice_s": ["bescherming van melders", "veilig kunnen melden"],
}

# ---- context and remedies
POOLS["context/leadership"] = {
    "advice_l": [
        "{Leidinggevenden moeten|Managers moeten|De leiding moet} {het goede voorbeeld geven|zelf het voorbeeld zijn|voorop lopen}"
        "{ en niet meelachen|, ook als het ongemakkelijk is|}.",
        "{De top moet|Het topmanagement moet|De SG en de DG's moeten|De directie moet} {zich uitspreken|stelling nemen|laten zien dat "
        "ze dit serieus nemen}{, niet alleen in een nieuwsbrief|}.",
        "{Beoordeel|Toets} {leidinggevenden|managers} {ook|expliciet} op {hoe ze omgaan met|hun aanpak van} "
        "{racisme|discriminatie|signalen}.",
        "{Tone at the top|Voorbeeldgedrag van de leiding} {is|blijft} {cruciaal|het belangrijkste|waar het begint}.",
        "{Leidinggevenden|Lg's|Managers} moeten {beter leren|leren} {signalen|meldingen} {serieus te nemen|op te pakken|"
        "niet weg te wuiven}.",
        "{Meer|Echte} diversiteit in {het management|de top|het MT}{, nu is dat bijna volledig wit|}.",
        "{Het management|De leiding} moet {eigenaarschap nemen|verantwoordelijkheid pakken|aanspreekbaar zijn}"
        "{ in plaats van het bij HR te parkeren|}.",
        "Zorg voor {leidinggevenden|managers} {die weten wat ze moeten doen|met handvatten|die durven in te grijpen} als "
        "{er iets gebeurt|het misgaat}.",
        "{Commitment|Betrokkenheid} {van de top|van bovenaf} {is nodig|ontbreekt nu}, {niet alleen mooie woorden|acties graag}.",
    ],
    "advice_s": ["{beter leiderschap|goed voorbeeldgedrag van leidinggevenden|leiderschap tonen}",
                 "{leiding|managers|lg's|het MT} {aanspreken|afrekenen} op {gedrag|inclusie|voorbeeldgedrag}",
                 "{tone at the top|Tone at the top!|tone at the top, echt}", "de top moet {het goede voorbeeld geven|voorop lopen}",
                 "{managers|leidinggevenden} die {ingrijpen|niet wegkijken|durven op te treden}"],
    "any_l": [
        "{De leiding|Het management} {weet ervan en doet niets|wist ervan en deed er niks mee}.",
        "{Onze|Mijn} {leidinggevende|lg} {lacht|lachte} mee in plaats van {een grens te stellen|in te grijpen}.",
        "Zolang {de top|het MT} {er niks van zegt|het niet voorleeft}, verandert er {niks|niets}.",
    ],
}
POOLS["context/norm_setting"] = {
    "advice_l": [
        "Maak {heel |}duidelijk {wat de norm is|wat wel en niet kan|waar de grens ligt}{, en handel daar ook naar|}.",
        "Er {moeten|mogen} {consequenties|gevolgen|sancties} {zijn|volgen} {voor|bij} racistisch gedrag{, nu gebeurt er niks|}.",
        "{Een heldere|Een duidelijke} {gedragscode|norm|huisregel} {die ook gehandhaafd wordt|waar mensen op aangesproken worden}.",
        "{Nultolerantie|Zero tolerance}{, en dan ook echt|. Geen uitzonderingen|}.",
        "Benoem racisme {ook |}{gewoon|echt} als racisme{ en praat er niet omheen|, in plaats van <<ongewenst gedrag>>|}.",
        "{Grenzen|Normen} {stellen|bewaken} en {mensen|daders} {erop aanspreken|aanspreken}{, ook als het een <<grapje>> was|}.",
        "{Handhaaf|Handhaven van} de {regels|afspraken} {die er al zijn|die er al liggen}; {papier is geduldig|beleid alleen helpt niet}.",
        "{Laat zien|Communiceer} dat {melden|een melding} {gevolgen heeft|iets oplevert}{ voor de dader|}.",
        "Maak het {normaal|vanzelfsprekend} dat {dit soort gedrag|racistisch gedrag} {niet wordt getolereerd|"
        "niet wordt geaccepteerd}.",
    ],
    "advice_s": ["{duidelijke|heldere|harde} {normen|grenzen|regels}", "{nultolerantie|zero tolerance}{!|, echt|}",
                 "{consequenties|sancties|gevolgen} voor {daders|racistisch gedrag}", "grenzen {stellen|bewaken|handhaven}",
                 "{benoem|noem} het {gewoon |}racisme"],
    "any_l": [
        "Er is {geen|nergens een} duidelijke norm{, dus alles kan|; iedereen doet maar wat|}.",
        "Er {volgen|volgden} {nooit|geen} consequenties{, dus waarom zou iemand stoppen|}.",
    ],
}
POOLS["context/training"] = {
    "advice_l": [
        "{Meer|Verplichte|Goede} {trainingen|workshops|cursussen} over {racisme|vooroordelen|implicit bias|onbewuste "
        "vooroordelen}{ voor iedereen| voor leidinggevenden|}.",
        "{Bewustwording|Awareness} {creëren|vergroten}{ via trainingen| met dialoogsessies| door gesprekken in teams|}.",
        "{Die|De} {e-learning|online module|verplichte cursus} {is|was} {een lachertje|niet genoeg|afvinkgedrag}; "
        "{liever|doe liever} {echte gesprekken|een goede training|iets met impact}.",
        "{Trainingen helpen|Een training helpt} {niet|weinig} {als de cultuur niet verandert|zonder opvolging|als je ze verplicht}.",
        "{Theater|Een theatervoorstelling|Rollenspellen} over alledaags racisme {werkt|werkte} {goed|verrassend goed}{ bij ons|}.",
        "{Kennis|Uitleg} over {wat racisme is|wat wel en niet kan|micro-aggressions} {ontbreekt|is nodig}"
        "{, veel mensen hebben geen idee|}.",
        "{Dialoogsessies|Gesprekken|Intervisie} {in|binnen} {teams|het team} over {racisme|diversiteit|inclusie}.",
        "{Investeer|Blijf investeren} in {opleiding|training|scholing} van {nieuwe medewerkers|iedereen|selectiecommissies}.",
        "Stop met {al die|die verplichte|nog meer} trainingen{, dat werkt averechts|. Niemand zit erop te wachten|}.",
    ],
    "advice_s": ["{meer|betere|verplichte} {trainingen|workshops|cursussen}{ voor iedereen| voor lg's|}",
                 "{bewustwording|awareness} {creëren|vergroten|!}", "{workshops|training} {implicit bias|onbewuste vooroordelen}",
                 "{dialoogsessies|gesprekken} in {teams|het team}", "geen {e-learning|afvinktraining} maar {echte gesprekken|goede training}"],
}
POOLS["context/bystander"] = {
    "advice_l": [
        "{Collega's|Omstanders|Mensen} {moeten|zouden moeten} {durven|leren} {in te grijpen|iets te zeggen|op te staan} "
        "{als ze iets zien|als het gebeurt}.",
        ("{Omstandertraining|Een omstandertraining|Bystander training}{ voor iedereen| lijkt me nuttig|}.", ("context/training",)),
        "{Niet wegkijken|Kijk niet weg}{, ook niet als het je niet zelf betreft|, zeg er iets van|}.",
        "{Steun|Sta naast} {de collega|degene} die het overkomt{, al is het achteraf|, ook later nog|}.",
        "{Als omstander|Als collega} heb je {ook |}een {verantwoordelijkheid|rol}{, je bent niet neutraal als je zwijgt|}.",
        "{Meer upstanders|Upstanders} in plaats van {bystanders|meelopers|toeschouwers}{, dat is wat we nodig hebben|}.",
        "Spreek {elkaar|collega's} aan {op dit soort gedrag|als iemand over de grens gaat}{, ook als het ongemakkelijk is|}.",
    ],
    "advice_s": ["{niet wegkijken|kijk niet weg}{!|, zeg er wat van|}", "omstanders {aanspreken|activeren|trainen}",
                 "elkaar {aanspreken|durven aanspreken}{ op gedrag|}", "meer {upstanders|omstanders die iets zeggen}"],
    "any_l": [
        "{Niemand|Bijna niemand} {zei|zegt} er iets van{, ook ik niet|}. Dat {moet anders|zou anders moeten}.",
        "{Het team|De rest van het team|Iedereen} {keek weg en deed niets|kijkt toe en doet niets|lachte ongemakkelijk mee}.",
        "{Omstanders|Collega's die erbij waren} {zwegen|zeiden niks}{, dat deed bijna meer pijn|}.",
        "Ik had {iets moeten zeggen|moeten ingrijpen}, {maar ik bevroor|maar ik wist niet hoe|achteraf baal ik daarvan}.",
        "Eén collega {sprong ertussen|sprak het hardop uit}{, de rest zweeg|}.",
    ],
    "any_s": ["niemand {greep in|zei iets|deed iets}", "iedereen keek weg", "de rest {zweeg|lachte mee}"],
}
POOLS["form/disadvantaged"]["advice_l"] = [
    "{Anoniem solliciteren|Anonieme sollicitaties} {invoeren|overal invoeren|standaard maken}.",
    "{{Kijk kritisch|Kijk eens goed} naar|Let {goed|kritisch} op} {beoordelingen|promoties|wie er doorgroeit}{ en wie niet|, per groep|}.",
    "{Streefcijfers|Doelen} voor {diversiteit|doorstroom} {in hogere schalen|in het management}{, en daar verantwoording "
    "over afleggen|}.",
    "{Gestructureerde|Objectieve} {sollicitatiegesprekken|selectieprocedures}{ en diverse selectiecommissies|}.",
    "{Eerlijke|Gelijke} {kansen|doorgroeikansen} bij {promotie|opleidingen|het verdelen van werk}.",
    "{Monitor|Onderzoek} of {beoordelingen|salarisschalen} {verschillen naar herkomst|scheef zijn}.",
]
POOLS["form/disadvantaged"]["advice_s"] = ["anoniem solliciteren", "eerlijke promotiekansen"]
POOLS["form/culture"]["advice_l"] = [
    "{Werk aan|Verander} de {cultuur|sfeer}{, niet alleen aan regels|; dat duurt jaren maar begin nu|}.",
    "{Een veilige|Een inclusieve} {werkomgeving|cultuur} waarin {iedereen zichzelf kan zijn|mensen mogen zijn wie ze zijn}.",
    "{Doorbreek|Stop met} {het ons-kent-ons|de wij-zij cultuur|de old boys cultuur}.",
    "{Meer|Echte} {diversiteit|mensen met verschillende achtergronden} in {teams|de afdeling}{ zodat het normaal wordt|}.",
    "{Inclusie|Diversiteit} {moet|mag} niet {alleen een project|de hobby van de D&I-afdeling} {zijn|blijven}.",
    "{Praat|Praten} {erover|openlijk} in {teams|het team}, {zodat het geen taboe meer is|zonder taboe}.",
]
POOLS["form/culture"]["advice_s"] = ["cultuurverandering", "inclusieve cultuur"]

# ---------------------------------------------------------------- glue
OPENERS: dict[str, dict[str, list[str]]] = {
    # "~" at the end means: the next segment continues the sentence (lower-case start)
    "ervaring": {
        "formal": ["In het afgelopen jaar heb ik het volgende meegemaakt.", "Graag licht ik het volgende toe.",
                   "Ter toelichting:", "Het betreft meerdere situaties.", "Ik wil hierbij een voorbeeld geven."],
        "neutral": ["Een voorbeeld:", "Wat ik heb meegemaakt:", "Het gaat om meerdere dingen.", "Vooral dit:",
                    "Het is lastig om in een paar zinnen te zeggen.", "Kort samengevat:"],
        "informal": ["Nou,~", "Tja.", "Eerlijk gezegd,~", "Pff, waar moet ik beginnen.", "Om een lang verhaal kort te maken:",
                     "Honestly,~"],
        "angry": ["Echt te belachelijk voor woorden.", "Dit is gewoon schandalig.", "Ik ben er klaar mee.",
                  "Ongelooflijk dat dit in 2023 nog gebeurt."],
        "hesitant": ["Ik weet niet zeker of dit onder racisme valt, maar~", "Misschien overdrijf ik, maar~",
                     "Lastig om uit te leggen.", "Ik twijfelde of ik dit moest invullen."],
    },
    "gesignaleerd": {
        "formal": ["Ik heb het volgende waargenomen.", "Graag deel ik een observatie.", "Ter toelichting:",
                   "Het betreft een situatie in mijn directe omgeving."],
        "neutral": ["Wat ik heb gezien:", "Een voorbeeld:", "Het gaat niet om mezelf, maar om een collega.", "Vooral dit:",
                    "Wat mij opviel:"],
        "informal": ["Nou,~", "Tja.", "Eerlijk is eerlijk,~", "Zag laatst nog iets.", "To be honest,~"],
        "angry": ["Ik schaam me ervoor.", "Dit kan gewoon niet.", "Echt beschamend.", "Schandalig wat ik heb gezien."],
        "hesitant": ["Ik weet niet of het zo bedoeld was, maar~", "Het is misschien klein, maar~",
                     "Ik ben er niet helemaal zeker van, maar~", "Moeilijk te beoordelen."],
    },
    "verbetering": {
        "formal": ["Mijn advies aan de organisatie:", "Ik zou willen aanbevelen:", "Enkele suggesties:",
                   "Naar mijn mening is het volgende nodig."],
        "neutral": ["Tips:", "Wat mij betreft:", "Een paar dingen:", "Vooral:", "Mijn idee:"],
        "informal": ["Simpel:", "Nou,~", "Eerlijk?~", "Tja.", "Kort door de bocht:"],
        "angry": ["Eindelijk eens iets doen in plaats van praten!", "Stop met praten en doe iets.", "Hou op met enquêtes."],
        "hesitant": ["Ik weet het eigenlijk niet goed, maar misschien~", "Lastige vraag.", "Misschien~"],
    },
}
CLOSERS: dict[str, list[str]] = {
    "formal": ["Ik hoop dat hier iets mee gedaan wordt.", "Dank voor de mogelijkheid dit te delen.",
               "Ik vertrouw erop dat dit vertrouwelijk blijft.", "Met vriendelijke groet."],
    "neutral": ["Dat was het wel.", "Meer wil ik er niet over kwijt.", "Dat is het in het kort.", "Hopelijk helpt dit."],
    "informal": ["Zo, dat moest even gezegd.", "Dat is het wel zo'n beetje.", "Whatever.", "Succes ermee.",
                 "Maar goed, zo gaat het."],
    "angry": ["Schandalig!", "Doe er eindelijk eens wat aan!!", "Ik ben het zat.", "Te triest voor woorden.",
              "En dan nog zeggen dat het meevalt."],
    "hesitant": ["Maar misschien zie ik het verkeerd.", "Ik weet het niet.", "Misschien is het ook niet zo bedoeld.",
                 "Ik hoop dat dit zo duidelijk is."],
}
# Joiners between segments. "~" = continue sentence in lower case; others start a new sentence.
SPOKEN_JOINERS: list[tuple[str, int]] = [(" ", 30), (" En~", 6), (" En eh,~", 3), (" Maar~", 2), (" Ja, en~", 2),
                                         (" Dus~", 2)]
JOINERS: list[tuple[str, int]] = [(" ", 40), (" En~", 5), (" Maar~", 2), (" Daarnaast:~", 3), (" Verder:~", 2),
                                  (" -~", 3), (";~", 2), (" Ook:~", 2), (" En dan nog:~", 1), ("\n", 1)]

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
    "ervaring": ["wil ik liever niet zeggen", "liever niet", "Te persoonlijk.", "daar wil ik het hier niet over hebben",
                 "Geen toelichting.", "-"],
    "gesignaleerd": ["zie boven", "zie vorige vraag", "zelfde als hierboven", "idem", "zie hierboven", "Zie boven.",
                     "zie antwoord hierboven"],
    "verbetering": ["geen idee", "n.v.t.", "weet ik niet", "Geen opmerkingen.", "-", "niets", "nvt",
                    "Bij ons speelt dit eigenlijk niet.", "Goed dat dit onderzocht wordt.", "Ga zo door.",
                    "Geen suggesties, ik heb er zelf geen last van.", "Geen mening."],
}

# ---------------------------------------------------------------- personal data (planted)
FIRST_NAMES = ["Jan", "Petra", "Mohamed", "Fatima", "Kees", "Sanne", "Ahmed", "Priya", "Dewi", "Kofi", "Marieke",
               "Youssef", "Anouk", "Ricardo", "Esther", "Bram", "Naima", "Tim", "Lisa", "Hüseyin", "Gerard", "Ilse",
               "Mustafa", "Joyce", "Rachid", "Wendy", "Thijs", "Latifa", "Koen", "Shanti"]
LAST_NAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "El Amrani", "Yilmaz",
              "Bouzid", "Kramer", "van Dijk", "Hendriks", "Ramdin", "Martina", "Mensah", "Nguyen", "Kowalski",
              "van den Berg", "Dekker", "Brouwer", "Öztürk", "Peeters", "Koster"]
EMAIL_DOMAINS = ["minvanvoorbeeld.nl", "minvanvoorbeeld.nl", "example.org", "example.com", "rijksvoorbeeld.example.org"]
TEAM_NAMES = ["Inkoop Noord", "Handhaving Zuid", "Toeslagen Oost", "Facilitair Den Haag", "Frontoffice Zwolle",
              "Vergunningen 3", "Klantcontact West", "Inspecties Havens", "Beleid Arbeidsmarkt", "ICT Servicedesk B",
              "Juridische Zaken 2", "Bezwaar en Beroep Utrecht", "Data & Analyse", "Post en Archief"]
PII_TEMPLATES: dict[str, list[str]] = {
    "name": ["{Het gaat om|Het ging om|Ik heb het over} {mijn leidinggevende|mijn lg|de teamleider|collega|mijn collega} <V>.",
             "<V> {was erbij|weet hiervan|kan dit bevestigen}.", "({mijn lg|teamleider|collega} <V>)",
             "Vraag het {maar |}aan <V>.", "Met name <V> {maakt|maakte} het bont."],
    "email": ["{Mail me gerust|Neem contact op|Voor vragen}: <V>", "Ik ben bereikbaar via <V>.", "(<V>)",
              "Mijn mail: <V>"],
    "phone": ["Bel me {gerust|maar} op <V>.", "{Mijn nummer|Tel}: <V>", "Ik ben bereikbaar op <V> als jullie meer willen weten.",
              "Bellen mag: <V>"],
    "employee_number": ["Mijn personeelsnummer is <V>{ voor als jullie contact willen opnemen|}.",
                        "(personeelsnummer <V>)", "Pers.nr. <V>", "personeelsnr: <V>"],
    "team": ["Ik werk bij <V>{, dus jullie weten wel wie ik ben|}.", "Het gaat om <V>.",
             "Dit speelt {vooral|met name} in <V>.", "(<V>)"],
}
