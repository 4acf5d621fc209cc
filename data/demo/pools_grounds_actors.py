"""Phrase pools of the grounds (skin colour, origin, religion) and the actors, standalone
(all invented text)."""

from __future__ import annotations

from .themes import ORIGIN, POOLS, RELIGION, SKIN  # noqa: F401 (used by some pools)

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
        (
            "<T> is {de enige|een van de weinigen} met een {donkere|getinte} huidskleur {in het team|op de afdeling}.",
            ("@colleague",),
        ),
        "{Het heeft te maken met|Het draait om} <G>, {dat is duidelijk|daar twijfel ik niet aan}.",
        "Zwarte collega's {krijgen het vaker|hebben het zwaarder|worden vaker aangesproken}, dat {zie ik|merk ik} {gewoon|echt}.",
        "Collega's {van kleur|met een donkere huid} {worden|werden} {anders bekeken|sneller gewantrouwd} dan de rest.",
        "{Opmerkingen|Grapjes} over het haar van <T> {zijn|waren} {aan de orde van de dag|niet van de lucht}.",
        "Als een van de weinigen met een donkere huidskleur {valt|viel} <T> {gewoon |}op in {het team|elk overleg}.",
        "{Kleur|Huidskleur} {doet er|maakt} {hier|helaas} {nog steeds|nog altijd} {toe|verschil}.",
    ],
    "self_s": [
        "{mijn|m'n} huidskleur",
        "vanwege {mijn kleur|mijn huidskleur}",
        "{kleur|huidskleur}, wat anders",
        "over mijn {haar|kroeshaar}",
        "donkere huid",
    ],
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
    "self_s": [
        "{mijn|m'n} afkomst",
        "vanwege mijn {achternaam|accent}",
        "mijn <NAT> achtergrond",
        "waar ik vandaan kom",
    ],
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
    "self_s": [
        "{mijn|m'n} {geloof|religie}",
        "vanwege mijn hoofddoek",
        "rond de ramadan",
        "omdat ik moslim ben",
    ],
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
    "any_s": [
        "{collega's|een collega}",
        "{door|van} collega's",
        "iemand uit het team",
        "teamgenoten",
    ],
}
POOLS["actor/manager"] = {
    "any_l": [
        "Het {was|is} {mijn eigen|mijn directe} leidinggevende{, en dat maakt het extra moeilijk|, dus bij wie moet je dan heen?|}.",
        "{De leidinggevende|Mijn lg|De teamleider} {doet|deed} {er zelf aan mee|zelf mee|het zelf}.",
        "Het {komt|kwam} van {bovenaf|de leiding|het management}{, van mijn manager zelf|}.",
        (
            "{Mijn manager|Mijn leidinggevende|Mijn teamleider} {maakt|maakte} zelf ook {dit soort|die} {opmerkingen|grappen}.",
            ("form/remarks_jokes",),
        ),
        "{Onder de vorige {teamleider|leidinggevende|manager} was het|Onder deze {teamleider|leidinggevende} is het} {veel|nog} {erger|slechter}.",
        "{Iemand|Een manager} {met macht|hoger in de organisatie|uit het MT}{, dus je kijkt wel uit|}.",
        "Het was {het afdelingshoofd|de unitmanager|een MT-lid} {persoonlijk|zelf}.",
        "{Mijn lg|Mijn leidinggevende|De teamleider} {heeft|had} {duidelijk|zichtbaar} {zijn|haar} favorieten{, en ik hoor daar niet bij|}.",
    ],
    "any_s": [
        "{mijn|de} {lg|leidinggevende}",
        "{door|van} mijn manager",
        "de teamleider zelf",
        "leidinggevende",
    ],
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
        (
            "{Mensen aan de telefoon|Bellers} {vragen|vroegen} {of ze iemand anders kunnen krijgen|om een <<echte Nederlander>>} "
            "zodra ze mijn naam horen.",
            ORIGIN,
        ),
    ],
    "other_l": [
        "{Klanten|Burgers|Bezoekers} {weigeren|weigerden} {soms|zelfs} om door <T> geholpen te worden.",
        "{Een burger|Een klant|Een bezoeker} {schold|scheldt} <T> {uit|de huid vol}{ aan de telefoon| aan de balie|}.",
        "{Bij inspecties|Tijdens controles|Op locatie} {krijgt|kreeg} <T> {regelmatig|soms} {opmerkingen|dingen} van "
        "{ondernemers|mensen die we controleren} naar <P> hoofd.",
        (
            "{Bellers|Klanten} {vragen|vroegen} om iemand anders zodra ze de naam van <T> horen.",
            ORIGIN,
        ),
    ],
    "any_s": [
        "{burgers|klanten} aan de balie",
        "{van|door} {klanten|burgers}",
        "bellers",
        "een klant",
    ],
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
