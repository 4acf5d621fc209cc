"""The second vocabulary of tests/pii_corpus.py ("test"): names, sentences, teams and
streets written after the redactor's rules were settled on the first ("dev") and never
used to change them, so that its figures say how the rules do on wordings nobody looked
at. Same structure as the first; no name here is on the redactor's lists or in "dev".
"""

from __future__ import annotations

FIRST = {
    "dutch": "Jelte Aukje Siebren Wietse Gerrianne Marijn Jozefien Reinder Hiltje "
    "Tjalle Dieuwertje Geeske Bauke Willemijn Rozemarijntje Trijntje Eelke "
    "Marcelle Idske Jorieke Ysbrand Koosje Wobbe Ruurd",
    "moroccan": "Abdelghani Ouafae Redouane Nawal Abdelouahid Sabrina Mounia Zouhair "
    "Naoufal Samia Fadwa Abdeslam Hayate Yassir Loubana",
    "turkish": "Mert Ceren Doğukan İrem Gökay Aylin Batuhan Sinem Furkan Ezgi Kaan Tuğçe "
    "Oğuzhan Nazlı",
    "surinamese": "Rishma Rampersad Radjkoemar Anoushka Clyde Rosita Kenrick Germaine "
    "Ivanildo Sharmila Dewkoemarie Xaviera",
    "indonesian": "Wiwik Ratih Bonifacius Agustinus Setyawati Purnomo Yohanna",
    "polish": "Wiktoria Kacper Urszula Bogdan Renata Czesław Jolanta",
    "other": "Tigist Yohannes Yeboah Adwoa Obinna Nkechi Thuy Duc Xiaowen Reza "
    "Farzaneh Hawo Abdiqani",
}
SURNAME = {
    "dutch": [
        "van der Ploeg",
        "Brouwershaven",
        "ten Hoopen",
        "Hoitinga",
        "van Genderen",
        "Verweij-Smulders",
        "in 't Hoff",
        "de Ridder",
        "Schoemaker",
        "Wijnbergen",
        "van Eck",
        "Drenth",
        "ter Mors",
        "Kamphuis",
        "Boomsma",
        "de Keizer",
        "Wubbels",
        "van Wageningen",
        "Steenbergen",
        "Mulderij",
        "Lindeboom",
        "van Zon",
        "Rozendaal",
        "Tiemersma",
        "Valk",
    ],
    "moroccan": [
        "Amghar",
        "El Morabet",
        "Boussaid",
        "Tahtah",
        "Laaouina",
        "El Fassi",
        "Bouharrou",
        "Ait Lahcen",
        "Mokhtari",
        "Rahmouni",
    ],
    "turkish": [
        "Tosun",
        "Aktaş",
        "Yalçın",
        "Korkmaz",
        "Avcı",
        "Sevim",
        "Duman",
        "Kaplan",
        "Ateş",
        "Uysal",
    ],
    "surinamese": [
        "Sewpersad",
        "Ramjiawan",
        "Goedhart",
        "Mangroelal",
        "Kasimin",
        "Nerkust",
        "Fonkel",
        "Djwalapersad",
        "Sordam",
        "Wongsodikromo",
    ],
    "indonesian": ["Latumahina", "Matulessy", "Sopacua", "Hattu", "Wairata", "Sastrowardoyo"],
    "polish": ["Kaczmarek", "Piotrowska", "Grabowska", "Nowicki", "Majewski", "Jasińska"],
    "other": ["Gebremedhin", "Osei", "Nwosu", "Vo-Dinh", "Rahimi", "Kebede", "Diallo", "Abdikarim"],
}
TITLES = ["mevrouw", "mevr", "Mevr.", "dhr", "Dhr.", "meneer", "de heer", "mw", "Mw."]
TEAMS = [
    "Luchtvaart Zuid",
    "Uitkeringen 3",
    "Digitale Dienstverlening",
    "Bezwaar Toeslagen",
    "Kennis & Strategie",
    "Debiteurenbeheer",
    "Recherche Noord-Oost",
    "Kwaliteit Rijnmond",
    "Arbeidsmarkt en Scholing",
    "Archief Leeuwarden",
]
DEPARTMENTS = [
    ("directie", "Jeugd, Familie en Onderwijs"),
    ("afdeling", "ICT-beheer"),
    ("afdeling", "Inspectieondersteuning"),
    ("directie", "Wetgeving"),
    ("dienst", "Facilitair Bedrijf"),
    ("afdeling", "Integriteit & Veiligheid"),
    ("directie", "Arbeidsverhoudingen Publieke Sector"),
    ("bureau", "Woordvoering"),
    ("afdeling", "Planning en Control"),
    ("directie", "Energiemarkt"),
]
STREETS = [
    "Waldeck Pyrmontlaan",
    "Bezuidenhoutseweg",
    "Catharijnesingel",
    "Herengracht",
    "Kerkewijk",
    "Rijnkade",
    "Anna Paulownastraat",
    "Dokter van der Stamstraat",
    "Lange Voorhout",
    "Koningin Julianaplein",
    "Oranjeboomstraat",
    "Vlietweg",
]
CITIES = [
    "Amersfoort",
    "Heerhugowaard",
    "Vlaardingen",
    "Ede",
    "Maassluis",
    "Nieuwegein",
    "Capelle aan den IJssel",
    "Bergen op Zoom",
]
OPENERS = [
    "Ik ben al tien jaar ambtenaar en heb veel gezien.",
    "Op mijn vorige werkplek was het erger dan hier.",
    "Het is moeilijk om dit op te schrijven.",
    "ik wil dit graag kwijt omdat er nooit naar geluisterd wordt.",
    "Tijdens de lunch worden er regelmatig opmerkingen gemaakt over hoofddoeken.",
    "Wat mij het meest raakt is dat niemand iets zegt.",
    "Vorige maand gebeurde het weer, in de kantine.",
    "Mijn functioneringsgesprek ging vooral over mijn 'directe' manier van communiceren.",
]
CLOSERS = [
    "Ik heb geen vertrouwen meer in de organisatie.",
    "Hopelijk leest iemand dit echt.",
    "Dat is alles wat ik erover kwijt wil.",
    "Er moet echt meer gebeuren.",
    "Het heeft me veel energie gekost.",
    "",
]
NAME_FRAMES = [
    "Vooral {x} heeft het op mij gemunt.",
    "Ik heb een mail gestuurd naar {x} en nooit antwoord gekregen.",
    "Volgens {x} moet ik 'niet zo gevoelig' zijn.",
    "Het incident met {x} is nooit uitgezocht.",
    "toen {x} dat zei, lachte iedereen",
    "Uiteindelijk heeft {x} mij gesteund.",
    "{x} en ik zijn toen samen naar HR gegaan.",
    "Mijn teamleider, {x}, vond het overdreven.",
    "Bij het sollicitatiegesprek zat {x} erbij.",
    "Ik noem geen namen, maar {x} weet wel wie ik bedoel.",
    "Dat was op de afdeling van {x}.",
    "Sinds {x} er werkt is de sfeer veranderd.",
]
POSSESSIVE_FRAMES = [
    "Het was {x} idee om mij niet mee te nemen naar het overleg.",
    "Ik kwam op {x} verjaardag en toen werd er weer een grap gemaakt.",
]
NUMBER_FRAMES = {
    "email": ["Neem contact op via {x}.", "voor vragen: {x}", "Mijn e-mailadres is {x}."],
    "phone": ["Mijn mobiel: {x}", "U kunt mij bellen op {x}.", "telefoon {x} (na 18 uur)"],
    "iban": ["Het voorschot is gestort op {x}.", "rekening: {x}"],
    "bsn": [
        "Mijn BSN {x} stond op de presentielijst.",
        "burgerservicenummer: {x}",
        "In de bijlage stond {x}, mijn BSN.",
    ],
    "address": [
        "Mijn adres ({x}) werd in de groepsapp gedeeld.",
        "woonachtig {x}",
        "Ze kwamen zelfs langs op {x}.",
    ],
    "employee_number": ["Dit is gemeld onder {x}.", "Ik ben bekend onder {x}.", "({x})"],
    "team": [
        "Binnen {x} wordt hier niet over gesproken.",
        "Ik zit bij {x}.",
        "Vanuit {x} is er niets gedaan.",
        "bij {x} is het het ergst",
        "({x})",
    ],
}
EMPLOYEE_CUES = [
    "personeelsnummer: {n}",
    "mijn personeelsnummer {n}",
    "P-nr. {n}",
    "pers.nr {n}",
    "Medewerkersnummer {n}",
    "personeelsnr. {n}",
    "werknemersnummer: {n}",
    "PERSONEELSNUMMER {n}",
]
ORDINARY = [
    "Ik werk bij het UWV in Amersfoort en daar is het redelijk goed geregeld.",
    "Onze teamleider organiseert elke maand een sessie over inclusie.",
    "Er zijn weinig collega's met een migratieachtergrond in hogere functies.",
    "De vacatureteksten zijn sinds vorig jaar neutraler geschreven.",
    "Tijdens het Offerfeest moest ik gewoon werken, met Kerst was iedereen vrij.",
    "Bij de Douane in Rotterdam hoorde ik dit vaker.",
    "In Capelle aan den IJssel en Vlaardingen gaat het er anders aan toe.",
    "Het team reageerde pas toen de directeur het benoemde.",
    "Een collega uit Curaçao werd steeds aangesproken in het Engels.",
    "Mijn Surinaamse achtergrond werd in elk overleg genoemd.",
    "Het MT heeft een actieplan gemaakt, maar er gebeurt weinig.",
    "We werken hybride, dus veel gebeurt via Teams.",
    "Diversiteit staat in het jaarplan van 2024, maar in de praktijk merk je er weinig van.",
    "Op de werkvloer wordt er gelachen om accenten.",
    "De vertrouwenspersoon was vriendelijk maar kon weinig doen.",
    "ik heb het niet gemeld omdat ik bang was voor mijn beoordeling",
    "Ongeveer 40% van mijn afdeling heeft dit zelf meegemaakt.",
    "Het Rijk moet het goede voorbeeld geven.",
    "De training van de Academie voor Overheidscommunicatie was nuttig.",
    "Op 1 april 2023 ging de nieuwe gedragscode in.",
    "Er werken veel mensen uit Syrië en Eritrea bij ons op de locatie.",
    "Na de fusie met de regio Oost is de cultuur harder geworden.",
    "De feedback die ik kreeg was vooral dat ik 'te direct' ben.",
    "Bij de koffieautomaat worden grappen gemaakt over Polen.",
    "Sommige collega's noemen het 'gewoon humor'.",
    "In de Randstad is het team diverser dan in Groningen.",
    "Het Nationaal Coördinator Discriminatie en Racisme heeft ons bezocht.",
    "Wie het aankaart, wordt als lastig gezien.",
    "Onze directie is volledig wit, dat zegt genoeg.",
    "Ik heb een hbo-opleiding maar word behandeld als stagiair.",
]
