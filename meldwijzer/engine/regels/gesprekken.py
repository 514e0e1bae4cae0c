"""Advice on the conversations (client, parents, child, newcomers), discussing the melding,
the verwijsindex, after the melding, and the client's position.

Part of `REGELS` (see the package docstring); the order of the parts is the order of
`REGELS`, which `docs/norm.md` follows."""

from __future__ import annotations

from meldwijzer.engine.advies import Ernst
from meldwijzer.engine.regels.bron import VEILIG_THUIS, Regel, v

REGELS_GESPREKKEN: dict[str, Regel] = {
    "nieuwkomers": Regel(
        "Het gezin is recent in Nederland. Werken met de meldcode brengt dan extra "
        "uitdagingen mee: weinig kennis over verschillende culturen, of een taalbarrière "
        "tussen u en de ouders. Laat een gesprek vertalen door een professionele tolk, niet "
        "door een familielid of het kind. Leg bij het gesprek vast of er een tolk was, in "
        "welke taal u sprak en wat het gesprek moeilijk maakte.",
        ernst=Ernst.LET_OP,
        stap=3,
        bronnen=(
            v(
                "001",
                "Afwegingskaders (slot)",
                "Werken met de meldcode bij gezinnen die recent in Nederland zijn brengt extra "
                "uitdagingen met zich mee.",
            ),
        ),
    ),
    "oudersignalen": Regel(
        "Er zijn oudersignalen. Meld geen feiten over kinderen die u niet zelf heeft gezien. "
        "Meld dat de toestand van de ouder een risico is voor de kinderen, en dat Veilig Thuis "
        "de situatie van de kinderen moet onderzoeken.",
        ernst=Ernst.LET_OP,
        stap=1,
        bronnen=(
            v(
                "002",
                "2.2, Stappen van de meldcode volgen bij ‘oudersignalen’",
                "geen uitspraak doet over de feitelijke situatie waarin de kinderen zich bevinden",
            ),
        ),
    ),
    "gesprek_client": Regel(
        "Bespreek uw zorgen, en een eventuele melding vooraf, met de cliënt. Leg het doel "
        "uit, bespreek de feiten, vraag om een reactie en geef pas daarna uw interpretatie.",
        stap=3,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 3: Gesprek met de cliënt",
                "Bespreek de signalen met de cliënt.",
            ),
            v(
                "002",
                "Bijlage 1b, Stap 3",
                "kom pas na deze reactie zo nodig met een interpretatie",
            ),
            v(
                "002",
                "Bijlage 1b, Stap 5",
                "Bespreek uw melding vooraf met uw cliënt (vanaf 12 jaar)",
            ),
        ),
    ),
    "gesprek_ouders": Regel(
        "Bespreek uw zorgen, en een eventuele melding vooraf, met de ouder(s).",
        stap=3,
        bronnen=(
            v(
                "002",
                "2.2, Stap 3, Gesprek met de ouder(s)",
                "ook een gesprek over de signalen worden gevoerd met de ouder(s)",
            ),
            v(
                "002",
                "2.2, Positie van de jeugdige cliënt en zijn ouder(s)",
                "voert de sociaal werker het gesprek zoals hierboven beschreven met de ouder(s)",
            ),
            v(
                "002",
                "3.2, Vragen van toestemming, NB 1",
                "die nog thuis woont, ook gesproken worden met zijn ouders",
            ),
        ),
        varianten={
            # 2.2 Stap 3 'Gesprek met de ouder(s)': "Normaal gesproken zal er, als het om een
            # minderjarige cliënt gaat, ook een gesprek over de signalen worden gevoerd met de
            # ouder(s)." NB: it may be skipped for the child's or others' safety.
            "jong": "De cliënt is jonger dan 12: voer het gesprek over de signalen ook met de "
            "ouder(s). Dat kan achterwege blijven als het de veiligheid van het kind of van "
            "anderen in gevaar brengt.",
            # 2.2 Stap 5 'Positie van de jeugdige cliënt': "Is de cliënt al wel 12 maar nog
            # geen 16 jaar dan wordt het gesprek gevoerd met de cliënt en of met de ouder."
            "en_of": "De cliënt is 12 tot 16 jaar: voer het gesprek met de cliënt en/of met de "
            "ouder(s). U beoordeelt zelf of u hen apart of samen spreekt. Het gesprek met de "
            "ouder(s) kan achterwege blijven als het de veiligheid van het kind of van anderen "
            "in gevaar brengt.",
            "thuis": "De cliënt is jonger dan 16, of 16 of 17 en woont nog thuis: betrek ook de "
            "ouder(s) bij het bespreken van uw zorgen en een eventuele melding.",
            # 2.2 Stap 3 NB: "wordt geadviseerd om altijd vooraf overleg te voeren met experts
            # om te beoordelen of het voeren van een gesprek in dit stadium, in verband met de
            # veiligheidsrisico's, verantwoord is"; 2.2 Specifieke vormen: "precies het bekend
            # worden van (vermeend) wangedrag [speelt] bij dit type geweld een belangrijke rol".
            "specifieke_vorm": "Let op bij eergerelateerd geweld, huwelijksdwang of vrouwelijke "
            "genitale verminking: betrek de ouder(s) niet voordat u deskundigen heeft "
            "geraadpleegd, bijvoorbeeld Veilig Thuis (" + VEILIG_THUIS + "). Een gesprek met "
            "de ouders kan het kind juist in gevaar brengen. Beoordeel samen met hen of een "
            "gesprek met de ouders in dit stadium veilig en verantwoord is.",
        },
    ),
    "gesprek_kind": Regel(
        "Ook met een jong kind is een gesprek van belang, tenzij dat vanwege de jonge leeftijd "
        "echt niet mogelijk of te belastend is. U beoordeelt zelf of een gesprek zinvol en "
        "mogelijk is, zo nodig met een collega of Veilig Thuis. Soms is het goed het kind even "
        "alleen te spreken, zonder de ouders erbij.",
        stap=3,
        bronnen=(
            v(
                "002",
                "2.2, Stap 3, Gesprek met kinderen",
                "tenzij dat vanwege zijn jeugdige leeftijd echt niet mogelijk of te belastend",
            ),
        ),
    ),
    "melding_bespreken_jong_kind": Regel(
        "Bespreekt u een melding vooraf, dan doet u dat bij een kind jonger dan 12 met de "
        "ouder(s). Met het kind zelf is dat niet verplicht. U beoordeelt of het mogelijk en "
        "gewenst is, gelet op de aard van de melding, uw relatie met het kind en zijn leeftijd.",
        "002, 2.2 Stap 5 'Positie van de jeugdige cliënt en zijn ouder(s)'",
        stap=5,
        bronnen=(
            v(
                "002",
                "2.2, Positie van de jeugdige cliënt en zijn ouder(s)",
                "Het is niet verplicht om met een zo jonge cliënt zelf in gesprek te gaan.",
            ),
        ),
    ),
    "melding_bespreken_specifieke_vorm": Regel(
        "Bij eergerelateerd geweld, huwelijksdwang of vrouwelijke genitale verminking: "
        "bespreek een melding niet vooraf met de ouder(s) voordat u deskundigen heeft "
        "geraadpleegd. Brengt het bespreken de veiligheid van het kind, van u of van een ander "
        "in gevaar, dan kunt u ervan afzien.",
        "002, 2.2 Stap 3 NB (specifieke vormen); Bijlage 1b Stap 5 'Van contacten met de "
        "cliënt over de melding kunt u afzien'",
        Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "2.2, Stap 3, Gesprek met de ouder(s), NB",
                "wordt geadviseerd om altijd vooraf overleg te voeren met experts",
            ),
            v(
                "002",
                "Bijlage 1b, Stap 5",
                "Van contacten met de cliënt over de melding kunt u afzien",
            ),
        ),
    ),
    "verwijsindex": Regel(
        "Uw organisatie is aangesloten op de verwijsindex risicojongeren. Overweeg ook een "
        "registratie daar. Dat is nooit een alternatief voor stap 4 en 5.",
        stap=3,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 3, Melding in de verwijsindex risicojongeren",
                "Een melding in de verwijsindex is geen alternatief",
            ),
        ),
    ),
    "na_de_melding": Regel(
        "Een melding is geen eindpunt. Spreek met Veilig Thuis af wat u zelf nog doet om de "
        "cliënt te beschermen en te ondersteunen. Veilig Thuis beoordeelt binnen vijf "
        "werkdagen de veiligheid en laat u weten wat het doet.",
        stap=5,
        bronnen=(
            v("002", "2.2, Inspanningen na de melding", "Een melding is geen eindpunt."),
            v(
                "003",
                "Veelgestelde vragen, Wat doet Veilig Thuis nadat ik gemeld heb?",
                "voert binnen vijf werkdagen een veiligheidsbeoordeling uit",
            ),
        ),
    ),
    "positie_meerderjarige": Regel(
        "De cliënt is meerderjarig. Hij beslist in beginsel zelf of hij hulp of inmenging "
        "wil. Span u eerst tot het uiterste in om zijn toestemming te krijgen. Melden tegen "
        "zijn wens of zonder dat hij het weet, is een uiterste middel: alleen als het geweld "
        "alleen zo kan stoppen.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v("002", "3.3, Positie van de cliënt", "Meerderjarigen beslissen in beginsel zelf"),
            v(
                "002",
                "3.4, Betekenis ‘zonder toestemming’",
                "moet dan ook worden gezien als een uiterste middel",
            ),
        ),
    ),
    "positie_afhankelijke_client": Regel(
        "De cliënt is afhankelijk en minder goed in staat zelf op te treden tegen het geweld. "
        "Dan kunt u eerder dan gemiddeld besluiten uw zwijgplicht te doorbreken. Bespreek dat "
        "besluit vooraf met een deskundige collega en zo nodig (anoniem) met Veilig Thuis.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "3.3, Positie van de cliënt",
                "zal een sociaal werker eerder dan ‘gemiddeld’ kunnen besluiten dat hij zijn "
                "zwijgplicht verbreekt",
            ),
        ),
    ),
}
