"""Phrase pools of the forms racism takes (all invented text; see phrases.py for the
template language)."""

from __future__ import annotations

from .themes import ORIGIN, POOLS, RELIGION, SKIN

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
        (
            "Na een {gesprek|telefoongesprek|baliecontact} met <T> werd er {lacherig|denigrerend|minachtend} over <HEM> "
            "gepraat(( en over <G>)).",
            ("@citizen",),
        ),
        "Er {worden|werden} {nare|racistische|foute} grappen gemaakt(( over <G>)){ als <T> net de kamer uit is|"
        ", ook waar <T> bij stond|}.",
    ],
    "other_s": [
        "grapjes over <T>(( en <G>))",
        "{opmerkingen|grappen} richting <T>",
        "<<<Q>>> tegen <T>",
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
        "{genegeerd|buitengesloten}[[ door <A>]]",
        "niet uitgenodigd voor {uitjes|borrels|de lunch}",
        "{doodgezwegen|gemeden} in het team",
        "buitengesloten(( vanwege <G>))",
        "niet gegroet, niet gehoord",
        "{uitsluiting|buitensluiten} door het team",
    ],
    "other_l": [
        (
            "<T> {wordt|werd} {stelselmatig|vaak|duidelijk} {genegeerd|buitengesloten}[[ door <A>]]{ in overleggen| bij de lunch|}"
            "(( en volgens mij vanwege <G>)).",
            ("@colleague",),
        ),
        (
            "Als <T> binnenkomt {valt het gesprek stil|draaien mensen zich om|wordt er ineens gefluisterd}.",
            ("@colleague",),
        ),
        (
            "Bij {de teamlunch|uitjes|de borrel} wordt <T> {nooit|niet} gevraagd{, ik vind dat pijnlijk om te zien|}.",
            ("@colleague",),
        ),
        (
            "Ik zie dat <T> {geen aansluiting krijgt|er niet bij hoort|alleen zit in de kantine}(( vanwege <G>)), en niemand doet er wat aan.",
            ("@colleague",),
        ),
        (
            "Inbreng van <T> {wordt weggewuifd|wordt niet serieus genomen|wordt genegeerd}, terwijl het vaak "
            "{de beste ideeën|goede punten} zijn.",
            ("@colleague",),
        ),
        "<A> {geeft|gaf} <T> {geen antwoord|geen hand}{, wel de rest|}.",
        (
            "<A> {keert|keerde} <T> {demonstratief|gewoon} de rug toe{, ook in overleggen|}.",
            ("@colleague",),
        ),
        (
            "<T> {mocht|mag} {niet mee naar|niet aanschuiven bij} {het overleg met de directie|de klantafspraak|het werkbezoek}, "
            "{zonder goede reden|zonder uitleg}.",
            ("@colleague",),
        ),
        "<T> {werd|wordt} {bij vragen|in overleggen|aan de telefoon} {sneller afgepoeierd|niet teruggebeld|aan het lijntje gehouden}"
        "(( vanwege <G>)).",
        (
            "Telefoontjes van <T> {werden|worden} {niet teruggebeld|doorgeschoven|als laatste opgepakt}(( vanwege <G>)).",
            ("@citizen",),
        ),
        (
            "<T> {moest|moet} {veel langer wachten|steeds opnieuw uitleggen} dan andere {klanten|bezoekers}{, dat zag ik gewoon|}.",
            ("@citizen",),
        ),
    ],
    "other_s": [
        "<T> {wordt|werd} genegeerd",
        "buitensluiten van <T>",
        "<T> hoort er niet bij",
        "<T> niet uitgenodigd",
        "{negeren|uitsluiten} van <T>(( om <G>))",
    ],
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
        (
            "{Mijn naam|Mijn achternaam} werd {verbasterd|expres verkeerd uitgesproken|belachelijk gemaakt}, {maandenlang|elke dag|"
            "keer op keer}, {ook nadat ik had gevraagd om te stoppen|ondanks dat ik zei dat ik het niet leuk vond}.",
            ORIGIN,
        ),
        "{Ze|Een paar collega's} {speelden|spelen} {een spelletje|het spelletje} om mij {belachelijk te maken|uit te dagen|"
        "op de kast te krijgen}.",
        "Ik werd {uitgescholden|afgeblaft|gekleineerd}[[ door <A>]]{ waar iedereen bij stond| in het bijzijn van klanten|}.",
    ],
    "self_s": [
        "gepest[[ door <A>]](( om <G>))",
        "{getreiter|pesterijen} op de afdeling",
        "{stelselmatig|dagelijks} gepest",
        "bullying, plain and simple",
        "uitgescholden(( om <G>))",
    ],
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
        (
            "Ik zag dat <T> {werd nageaapt|werd nagedaan}, inclusief accent, {en uitgescholden|en gekleineerd}.",
            ORIGIN,
        ),
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
        (
            "<A> {spreekt|sprak} mij {langzaam|in simpele woorden|in het Engels} aan{, alsof ik geen Nederlands versta|}"
            "{, terwijl ik hier geboren ben|}.",
            ORIGIN,
        ),
        "Ik {krijg|kreeg} {steeds|vaak} de vraag of ik {wel|echt} {bevoegd|de juiste persoon|de verantwoordelijke} ben, "
        "{collega's krijgen die vraag niet|terwijl mijn naam gewoon op de deur staat}.",
        "{Bij|Aan} de {ingang|poort|receptie} word ik {als enige|vaker dan anderen} om {mijn pas|legitimatie} gevraagd"
        "{, elke keer weer|}(( en dat heeft alles te maken met <G>)).",
        "{Feedback|Kritiek} op mij is {altijd|vaak} {persoonlijker|harder|scherper} dan op {anderen|collega's}; "
        "{it's a double standard|er wordt met twee maten gemeten|een dubbele standaard}.",
    ],
    "self_s": [
        "anders behandeld(( om <G>))",
        "{strenger|anders} behandeld dan {anderen|collega's}",
        "met twee maten gemeten",
        "{double standards|dubbele standaard}",
        "ongelijke behandeling[[ door <A>]]",
    ],
    "other_l": [
        "<T> {wordt|werd} {anders|strenger|kortaf} behandeld dan {anderen|de rest}(( en dat heeft volgens mij met <G> te maken)).",
        (
            "{Dossiers|Aanvragen|Zaken} van <T> {worden|werden} {extra kritisch|strenger|met meer wantrouwen} bekeken(( vanwege <G>)).",
            ("@citizen",),
        ),
        (
            "Aan de {balie|telefoon} {wordt|werd} <T> {minder geduldig|onvriendelijker|korter} {geholpen|te woord gestaan} dan "
            "{anderen|andere bezoekers}.",
            ("@citizen",),
        ),
        (
            "<A> {spreekt|sprak} <T> aan op een {neerbuigende|denigrerende|kinderachtige} {toon|manier}{, dat zou bij anderen "
            "nooit gebeuren|}.",
            ("@colleague",),
        ),
        "{Ik merk|Je ziet} dat <T> {vaker|eerder} {gecontroleerd|aangesproken|gewantrouwd} wordt dan {anderen|collega's}.",
        (
            "Bij <T> {werd|wordt} {sneller|eerder} {uitgegaan van|gedacht aan} {fraude|kwade trouw|misbruik}{, zonder aanleiding|}.",
            ("@citizen",),
        ),
        (
            "Men {ging|gaat} ervan uit dat <T> {de taal niet spreekt|het niet begrijpt|geen recht heeft op de regeling}(( vanwege <G>)).",
            ("@citizen",),
        ),
        "Twee maten, twee gewichten: <T> {kreeg|krijgt} {een waarschuwing|een gesprek|een aantekening} voor iets waar anderen "
        "{mee wegkomen|niks voor krijgen}.",
    ],
    "other_s": [
        "<T> anders behandeld",
        "ongelijke behandeling van <T>",
        "{strenger|harder} voor <T>(( vanwege <G>))",
        "andere behandeling(( om <G>))",
    ],
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
    "self_s": [
        "gepasseerd voor promotie",
        "{lagere|slechtere} beoordeling(( vanwege <G>))",
        "geen doorgroeikansen",
        "{de rotklussen|de slechtste taken} krijgen",
        "contract niet verlengd",
        "geen promotie, wel extra werk",
    ],
    "other_l": [
        "<T> {wordt|werd} {keer op keer|steeds} {gepasseerd|overgeslagen} bij {promoties|vacatures|doorgroei}(( en volgens "
        "mij speelt <G> daarbij mee)).",
        (
            "Ik zie dat collega's met een migratieachtergrond {minder snel doorgroeien|in lagere schalen blijven hangen|"
            "vaker een tijdelijk contract hebben}.",
            ORIGIN,
        ),
        (
            "Ik zie dat {zwarte collega's|collega's van kleur} {minder snel doorgroeien|in lagere schalen blijven hangen|"
            "minder vaak een vast contract krijgen}.",
            SKIN,
        ),
        "Bij de {selectiecommissie|sollicitatieprocedure} {hoorde ik|werd er gezegd} dat <T> {<<niet paste>>|<<geen goede "
        "match was>>|<<niet in het team zou passen>>}, {zonder inhoudelijke reden|terwijl die de beste kandidaat was}.",
        "De beoordeling van <T> {was|is} {onterecht negatief|veel lager dan verdiend}{, dat heb ik van dichtbij gezien|}.",
        "<T> {kreeg|krijgt} {altijd|steeds} {de rotklussen|de zwaarste dossiers|de nachtdiensten|de vervelende taken}.",
        "Het {contract|tijdelijke contract} van <T> {werd|is} niet verlengd, {terwijl die prima functioneerde|om vage redenen|"
        "met als reden <<de klik>>}.",
        "{Opleidingen|Trainingen|Doorgroeitrajecten} {gaan|gingen} naar anderen; <T> {wordt|werd} {nooit|niet} voorgedragen.",
        (
            "Er {wordt|werd} gezegd dat <T> {<<eerst beter Nederlands moest leren>>|<<te veel accent had>>} voor een "
            "{hogere|andere} functie.",
            ORIGIN,
        ),
    ],
    "other_s": [
        "<T> gepasseerd bij promotie",
        "achterstelling bij beoordeling",
        "minder kansen voor <T>",
        "{scheve|oneerlijke} beoordelingen(( vanwege <G>))",
    ],
}

POOLS["form/rules_procedures"] = {
    "self_l": [
        (
            "Verlof voor {het Suikerfeest|het Offerfeest|Eid} {moet ik|moest ik} {altijd|steeds} {bevechten|uitgebreid "
            "verantwoorden}, {kerst|met Kerst} is {vanzelfsprekend|gewoon} vrij.",
            RELIGION,
        ),
        "Voor {mijn functie|een nieuwe functie|een project} {moest ik|moest ik als enige} {een extra screening|een aanvullend "
        "veiligheidsonderzoek|een extra controle} {doen|ondergaan}(( en dat had met <G> te maken)).",
        (
            "{De kledingvoorschriften|De dresscode|De regels over hoofdbedekking}{ op mijn werkplek| aan de balie|} {zijn|waren} "
            "zo opgesteld dat ik {eigenlijk niet|niet} kon werken zoals ik ben.",
            RELIGION,
        ),
        (
            "Er is {geen ruimte|geen plek} om te bidden{, dus doe ik dat in het trappenhuis|, terwijl er wel een rookruimte is|}.",
            RELIGION,
        ),
        "Bij de {screening|VOG-aanvraag|veiligheidsscreening} {werd ik|werd mijn aanvraag} {maanden langer|veel langer} "
        "{aangehouden|vertraagd} dan bij {collega's|anderen}(( vanwege <G>)).",
        "Procedures {lijken|zijn op papier} {neutraal|objectief}, maar {in de praktijk|in de uitvoering} pakken ze "
        "{anders|slechter} uit voor {mensen zoals ik|mij}.",
        "Ik {moest|moet} {extra documenten|een verklaring|bewijsstukken} {aanleveren|laten zien} {die van anderen niet "
        "gevraagd worden|waar anderen nooit om gevraagd worden}(( vanwege <G>)).",
        (
            "{De taaleis|De eis van <<perfect Nederlands>>|Taaleisen} in {de vacature|het functieprofiel} {worden|werden} "
            "{heel strikt|strenger} toegepast bij mij dan bij anderen.",
            ORIGIN,
        ),
        "De {regels|werkafspraken|roosterregels} {worden|werden} voor mij {strikter|letterlijker} toegepast{ dan voor de rest|}; "
        "{uitzonderingen zijn er voor anderen|bij anderen kan er altijd wat}.",
    ],
    "self_s": [
        "{regels|procedures} die {anders uitpakken|niet neutraal zijn}",
        "extra screening(( vanwege <G>))",
        ("geen gebedsruimte", RELIGION),
        ("verlof voor Suikerfeest {lastig|een gevecht}", RELIGION),
        "strengere regels voor mij",
    ],
    "other_l": [
        "{Het risicomodel|Het selectiesysteem|Het algoritme|De werkinstructie} {selecteert|selecteerde} {dossiers|aanvragen|"
        "burgers} {mede|onder andere} op {nationaliteit|tweede nationaliteit|postcode}. {Na de toeslagenaffaire zou je denken "
        "dat dat niet meer kan.|Dat heb ik aangekaart, maar het <<was beleid>>.|}",
        "Er {is|was} een {interne|ongeschreven} {werkinstructie|afspraak|regel} om {bepaalde groepen|mensen uit bepaalde wijken} "
        "{extra te controleren|vaker te checken|eerst te controleren}.",
        (
            "Aanvragen van <T> {werden|worden} {standaard|automatisch} {doorgezet naar|aangemerkt voor} {extra controle|"
            "handmatige controle|fraudeonderzoek}(( vanwege <G>)).",
            ("@citizen",),
        ),
        "{Regels|Procedures} {lijken|zijn op papier} neutraal, maar {in de uitvoering|in de praktijk} {treffen|raken} ze "
        "{steeds|telkens} dezelfde groepen.",
        "Ik zag dat bij {de intake|de selectie|de screening} <T> {extra vragen kreeg|extra documenten moest aanleveren|"
        "een extra gesprek kreeg}{, zonder reden| dan anderen|}.",
        (
            "{Kledingregels|De dresscode|Regels over hoofdbedekking} {worden|werden} bij <T> {strenger|strikter} gehandhaafd.",
            RELIGION,
        ),
        "{Profileren|Etnisch profileren} {gebeurt|gebeurde} {gewoon|nog steeds|ook bij ons}, {alleen noemen we het|maar het "
        "heet} {<<risicogericht werken>>|<<slim selecteren>>|<<risicosturing>>}.",
        (
            "{Bij|In} {de selectieprocedure|het wervingsproces} {worden|werden} kandidaten met een {buitenlandse|niet-Nederlandse} "
            "naam {eerder afgewezen|minder vaak uitgenodigd}{, dat zie je gewoon|}.",
            ORIGIN,
        ),
    ],
    "other_s": [
        "selectie op nationaliteit",
        "{etnisch profileren|profilering}",
        ("risicoprofielen op afkomst", ORIGIN),
        "{regels|procedures} die <T> benadelen",
    ],
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
    "any_s": [
        "de cultuur{ op de afdeling|}",
        "{wij-zij cultuur|ons-kent-ons}",
        "{de sfeer|het klimaat} op de afdeling",
        "een {gesloten|eenzijdige} cultuur",
        "{toxic|giftige} werkcultuur",
    ],
}
