"""Phrase pools of responses, outcomes, and context and remedies, plus the advice added
to earlier pools (all invented text)."""

from __future__ import annotations

from .themes import ORIGIN, POOLS, RELIGION, SKIN  # noqa: F401 (used by some pools)

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
    "any_s": [
        "{besproken|gemeld} met {lg|leidinggevende|mijn manager}",
        "naar mijn lg gestapt",
        "lg op de hoogte gebracht",
        "aangekaart bij de teamleider",
    ],
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
    "any_s": [
        "{gesprek met|naar} {de VP|de vertrouwenspersoon}",
        "vertrouwenspersoon ingeschakeld",
        "via de VP",
    ],
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
    "any_s": [
        "naar integriteit",
        "{gemeld|besproken} bij integriteitscoördinator",
        "integriteitsloket",
    ],
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
    "any_s": [
        "{zelf|direct} aangesproken",
        "uitgepraat met de collega",
        "gesprek met de betrokkenen",
    ],
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
    "any_s": [
        "{formele|officiële} klacht ingediend",
        "melding gedaan bij meldpunt",
        "klacht ingediend",
    ],
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
    "advice_s": [
        "{onafhankelijk|anoniem} meldpunt",
        "betere klachtenprocedure",
        "meldingen serieus afhandelen",
    ],
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
    "any_s": [
        "zelf niks mee gedaan",
        "niet gemeld",
        "{met niemand|niemand} besproken",
        "laten gaan",
        "niks gezegd",
    ],
}
POOLS["response/confidential_adviser"]["advice_l"] = [
    "Maak {de vertrouwenspersoon|vertrouwenspersonen} {bekender|zichtbaarder|beter bereikbaar}{, niemand weet wie het is|}.",
    "{Vertrouwenspersonen|VP's} met {verstand van racisme|ervaring met discriminatie|een diverse achtergrond}{, graag|, dat helpt|}.",
    "{Een externe|Een onafhankelijke} vertrouwenspersoon{, niet iemand van de eigen afdeling|, buiten de organisatie|}.",
    "Leg {beter |}uit wat een vertrouwenspersoon {doet|wel en niet kan}{, veel mensen hebben geen idee|}.",
    "{Meer|Genoeg} vertrouwenspersonen{ op locatie| in de regio's|}, {niet één voor het hele ministerie|zodat je niet maanden hoeft te wachten}.",
    "Zorg dat {je|mensen} de vertrouwenspersoon {anoniem|zonder dat je lg het weet} {kan|kunnen} spreken.",
]
POOLS["response/confidential_adviser"]["advice_s"] = [
    "betere vertrouwenspersonen",
    "VP bekender maken",
]

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
    "any_s": [
        "{goed|netjes} opgelost",
        "tevreden over de afhandeling",
        "excuses gekregen",
        "goede afloop",
    ],
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
    "any_s": [
        "niets mee gedaan door hen",
        "{niet serieus genomen|weggewuifd}",
        "{teleurstellend|slechte afhandeling}",
        "geen actie",
    ],
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
    "any_s": [
        "bang voor {de gevolgen|represailles}",
        "durfde niet te melden",
        "{te riskant|te onveilig} om te melden",
    ],
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
    "advice_s": [
        "{beter leiderschap|goed voorbeeldgedrag van leidinggevenden|leiderschap tonen}",
        "{leiding|managers|lg's|het MT} {aanspreken|afrekenen} op {gedrag|inclusie|voorbeeldgedrag}",
        "{tone at the top|Tone at the top!|tone at the top, echt}",
        "de top moet {het goede voorbeeld geven|voorop lopen}",
        "{managers|leidinggevenden} die {ingrijpen|niet wegkijken|durven op te treden}",
    ],
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
    "advice_s": [
        "{duidelijke|heldere|harde} {normen|grenzen|regels}",
        "{nultolerantie|zero tolerance}{!|, echt|}",
        "{consequenties|sancties|gevolgen} voor {daders|racistisch gedrag}",
        "grenzen {stellen|bewaken|handhaven}",
        "{benoem|noem} het {gewoon |}racisme",
    ],
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
    "advice_s": [
        "{meer|betere|verplichte} {trainingen|workshops|cursussen}{ voor iedereen| voor lg's|}",
        "{bewustwording|awareness} {creëren|vergroten|!}",
        "{workshops|training} {implicit bias|onbewuste vooroordelen}",
        "{dialoogsessies|gesprekken} in {teams|het team}",
        "geen {e-learning|afvinktraining} maar {echte gesprekken|goede training}",
    ],
}
POOLS["context/bystander"] = {
    "advice_l": [
        "{Collega's|Omstanders|Mensen} {moeten|zouden moeten} {durven|leren} {in te grijpen|iets te zeggen|op te staan} "
        "{als ze iets zien|als het gebeurt}.",
        (
            "{Omstandertraining|Een omstandertraining|Bystander training}{ voor iedereen| lijkt me nuttig|}.",
            ("context/training",),
        ),
        "{Niet wegkijken|Kijk niet weg}{, ook niet als het je niet zelf betreft|, zeg er iets van|}.",
        "{Steun|Sta naast} {de collega|degene} die het overkomt{, al is het achteraf|, ook later nog|}.",
        "{Als omstander|Als collega} heb je {ook |}een {verantwoordelijkheid|rol}{, je bent niet neutraal als je zwijgt|}.",
        "{Meer upstanders|Upstanders} in plaats van {bystanders|meelopers|toeschouwers}{, dat is wat we nodig hebben|}.",
        "Spreek {elkaar|collega's} aan {op dit soort gedrag|als iemand over de grens gaat}{, ook als het ongemakkelijk is|}.",
    ],
    "advice_s": [
        "{niet wegkijken|kijk niet weg}{!|, zeg er wat van|}",
        "omstanders {aanspreken|activeren|trainen}",
        "elkaar {aanspreken|durven aanspreken}{ op gedrag|}",
        "meer {upstanders|omstanders die iets zeggen}",
    ],
    "any_l": [
        "{Niemand|Bijna niemand} {zei|zegt} er iets van{, ook ik niet|}. Dat {moet anders|zou anders moeten}.",
        "{Het team|De rest van het team|Iedereen} {keek weg en deed niets|kijkt toe en doet niets|lachte ongemakkelijk mee}.",
        "{Omstanders|Collega's die erbij waren} {zwegen|zeiden niks}{, dat deed bijna meer pijn|}.",
        "Ik had {iets moeten zeggen|moeten ingrijpen}, {maar ik bevroor|maar ik wist niet hoe|achteraf baal ik daarvan}.",
        "Eén collega {sprong ertussen|sprak het hardop uit}{, de rest zweeg|}.",
    ],
    "any_s": [
        "niemand {greep in|zei iets|deed iets}",
        "iedereen keek weg",
        "de rest {zweeg|lachte mee}",
    ],
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
