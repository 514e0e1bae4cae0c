"""Open points of the afwegingen (step 4) and the decision and melding (step 5).

Part of `REGELS` (see the package docstring); the order of the parts is the order of
`REGELS`, which `docs/norm.md` follows."""

from __future__ import annotations

from meldwijzer.engine.advies import Ernst
from meldwijzer.engine.regels.bron import AFWEGING_NAMEN, Regel, faq, v

REGELS_OPEN_BESLISSEN: dict[str, Regel] = {
    "afweging_open": Regel(
        "Nog niet beantwoord: {variant}.",
        ernst=Ernst.LET_OP,
        bronnen=(
            v(
                "002",
                "2.2, Stap 4, De toepassing van het afwegingskader",
                "Het afwegingskader biedt een professional een vijftal afwegingen",
            ),
        ),
        varianten={k: f"Nog niet beantwoord: {n}." for k, n in AFWEGING_NAMEN.items()},
    ),
    "motivatie_ontbreekt": Regel(
        "Motivering ontbreekt bij {variant}.",
        ernst=Ernst.LET_OP,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Afweging: Heb ik op basis van de stappen 1 tot en met 4",
                "De professional legt de bevindingen vast in het dossier.",
            ),
            faq(
                "Hoe moet gehandeld worden als er binnen een organisatie meerdere beroepsgroepen "
                "(dus afwegingskaders) samenwerken?",
                "dát je de afwegingen goed vastlegt in je dossier",
            ),
        ),
        varianten={k: f"Motivering ontbreekt bij {n}." for k, n in AFWEGING_NAMEN.items()},
    ),
    "stappen_niet_gezet": Regel(
        "U beslist, maar deze stappen zijn nog niet gezet: {variant}. Zet alle stappen voordat "
        "u beslist, tenzij er een noodsituatie is.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "2.2, Volgorde van de stappen",
                "alle stappen heeft doorlopen, voordat hij besluit om al dan niet een melding",
            ),
        ),
    ),
    "reden_afwijking": Regel(
        "Uw beslissing wijkt af van de beroepsnorm. Leg uw redenen vast.",
        ernst=Ernst.DRINGEND,
        stap=5,
        bronnen=(
            v(
                "002",
                "2.2, Stap 4, De toepassing van het afwegingskader",
                "Het afwegingskader geeft de professionele norm weer",
            ),
            faq(
                "Hoe moet gehandeld worden als er binnen een organisatie meerdere beroepsgroepen "
                "(dus afwegingskaders) samenwerken?",
                "dát je de afwegingen goed vastlegt in je dossier",
            ),
        ),
        varianten={
            "melden": "U besluit niet te melden, terwijl de beroepsnorm melden noodzakelijk "
            "vindt. Leg uw redenen vast.",
            "hulp": "Uw beslissing over hulp wijkt af van de beroepsnorm. Leg uw redenen vast.",
        },
    ),
    "volgorde_beslissingen": Regel(
        "Beslis eerst of melden noodzakelijk is, en daarna of hulp (ook) mogelijk is.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Het afwegingskader in de meldcode",
                "twee beslissingen die in deze volgorde genomen dienen te worden",
            ),
        ),
    ),
    "melding_bespreken": Regel(
        "Leg vast met wie u de melding vooraf heeft besproken (of waarom niet).",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(v("002", "Bijlage 1b, Stap 5", "Bespreek uw melding vooraf met uw cliënt"),),
    ),
    "melding_niet_besproken_toelichting": Regel(
        "U bespreekt de melding niet vooraf. Licht de reden concreet toe.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 5",
                "Van contacten met de cliënt over de melding kunt u afzien",
            ),
        ),
    ),
    "bezwaren_wegen": Regel(
        "Er zijn bezwaren tegen de melding. Leg vast hoe u ze heeft gewogen tegen de noodzaak "
        "om te beschermen.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "2.2, Stap 5, Contact met de cliënt of zijn ouder(s) over de melding",
                "Hij weegt de aangevoerde bezwaren af tegen de noodzaak",
            ),
        ),
    ),
    "conflict_van_plichten": Regel(
        "U meldt zonder toestemming of zonder de cliënt te informeren. Beantwoord de vijf "
        "vragen van het conflict van plichten en leg vast wie u vooraf heeft geraadpleegd.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "3.3 Conflict van plichten",
                "Beantwoording van de volgende vijf vragen leidt doorgaans tot een zorgvuldige "
                "besluitvorming",
            ),
            v(
                "002",
                "3.3, Beoordeling van een besluit over het doorbreken van het beroepsgeheim",
                "de personen die van te voren over het besluit zijn geraadpleegd",
            ),
        ),
    ),
    "toestemming_vastleggen": Regel(
        "Leg vast of de cliënt toestemming gaf voor de melding.",
        stap=5,
        bronnen=(
            v(
                "002",
                "3.2, Vragen van toestemming",
                "zich inspant om toestemming voor zijn melding te krijgen",
            ),
        ),
    ),
    "anonimiteit_reden": Regel(
        "U blijft anoniem tegenover het gezin. Leg vast waarom.",
        stap=5,
        bronnen=(
            v(
                "002",
                "2.2, Bekendmaken van de identiteit van de melder bij vermoedens van huiselijk "
                "geweld of kindermishandeling",
                "Een melder kan echter ten opzichte van het gezin anoniem blijven",
            ),
        ),
    ),
    "afspraken_veilig_thuis": Regel(
        "Leg vast wat u met Veilig Thuis heeft afgesproken over uw eigen rol na de melding.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "2.2, Inspanningen na de melding",
                "ook bespreekt wat hij zelf, na zijn melding",
            ),
        ),
    ),
}
