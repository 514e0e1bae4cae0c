"""Open points of steps 1 to 3 and of a situation outside the meldcode: what is not yet
recorded.

Part of `REGELS` (see the package docstring); the order of the parts is the order of
`REGELS`, which `docs/norm.md` follows."""

from __future__ import annotations

from meldwijzer.engine.advies import Ernst
from meldwijzer.engine.regels.bron import Regel, v

REGELS_OPEN_VASTLEGGEN: dict[str, Regel] = {
    "geen_signalen": Regel(
        "Nog geen signalen vastgelegd.",
        ernst=Ernst.LET_OP,
        stap=1,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 1: In kaart brengen van signalen",
                "in kaart en leg deze vast",
            ),
        ),
    ),
    "bron_ontbreekt": Regel(
        "Bij informatie van derden ontbreekt de bron. Noem wie het zag of hoorde.",
        ernst=Ernst.LET_OP,
        stap=1,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 1",
                "Vermeld de bron als er informatie van derden wordt vastgelegd.",
            ),
        ),
    ),
    "hypothese_zonder_vervolg": Regel(
        "Een hypothese is bevestigd of weerlegd zonder vervolgnotitie. Leg vast waardoor.",
        stap=1,
        bronnen=(v("002", "Bijlage 1b, Stap 1", "Maak een vervolgaantekening als een hypothese"),),
    ),
    "kindcheck": Regel(
        "Kindcheck nog niet gedaan: zijn er minderjarige kinderen voor wie de cliënt zorgt?",
        ernst=Ernst.LET_OP,
        stap=1,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 1, Kindcheck",
                "Vraag uw cliënt of er minderjarige kinderen aan zijn zorg zijn toevertrouwd",
            ),
            v(
                "002",
                "Bijlage 2, Uitgangspunten bij het hanteren van dit afwegingskader",
                "voert deze de verplichte kindcheck uit",
            ),
        ),
    ),
    "visie_kinderen": Regel(
        "Leg de visie van de kinderen vast, en hoe u die heeft meegewogen.",
        stap=1,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Uitgangspunten bij het hanteren van dit afwegingskader",
                "naar hun visie gevraagd wordt, dat hun mening meeweegt",
            ),
        ),
    ),
    "leeftijd_onbekend": Regel(
        "De leeftijd van de cliënt is niet vastgelegd. Die bepaalt met wie u een melding "
        "bespreekt en of de kindcheck nodig is.",
        stap=1,
        bronnen=(
            v(
                "002",
                "2.2, Positie van de jeugdige cliënt en zijn ouder(s)",
                "Is de cliënt nog geen 12 jaar oud",
            ),
            v("002", "3.2, Vragen van toestemming", "vanaf zijn 16e jaar"),
        ),
    ),
    "woonsituatie_onbekend": Regel(
        "Leg vast of de cliënt (16 of 17) nog thuis woont. Dan betrekt u ook de ouders.",
        stap=1,
        bronnen=(
            v(
                "002",
                "3.2, Vragen van toestemming, NB 1",
                "die nog thuis woont, ook gesproken worden met zijn ouders",
            ),
        ),
    ),
    "afhankelijkheid_onbekend": Regel(
        "Leg vast of de cliënt in een afhankelijke positie is (bijvoorbeeld zorgafhankelijk) "
        "en daardoor minder goed zelf kan optreden tegen het geweld. Dat weegt mee bij het "
        "besluit om uw zwijgplicht te doorbreken.",
        ernst=Ernst.LET_OP,
        stap=1,
        bronnen=(
            v(
                "002",
                "3.3, Positie van de cliënt",
                "speelt de positie van de cliënt een belangrijke rol",
            ),
        ),
    ),
    "aard_onveiligheid_open": Regel(
        "Leg vast of de onveiligheid acuut is (iemand heeft nu bescherming nodig), structureel "
        "(herhaling of voortduren), of beide.",
        ernst=Ernst.LET_OP,
        stap=4,
        bronnen=(
            v("002", "Bijlage 2, Acute onveiligheid", "Hij of zij heeft direct bescherming nodig."),
            v(
                "002",
                "Bijlage 2, Structurele onveiligheid",
                "herhaling of het voortduren van een onveilige situatie of geweld",
            ),
        ),
    ),
    "geen_consultatie": Regel(
        "Nog geen collegiale consultatie vastgelegd.",
        ernst=Ernst.LET_OP,
        stap=2,
        bronnen=(
            v("002", "Bijlage 1b, Stap 2", "Bespreek de signalen met een deskundige collega."),
        ),
    ),
    "advies_specifieke_vorm_ontbreekt": Regel(
        "Bij deze vorm van geweld is nog geen advies van Veilig Thuis of een deskundige "
        "vastgelegd.",
        ernst=Ernst.LET_OP,
        stap=2,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 2, Advies bij specifieke vormen van geweld",
                "vraag dan altijd advies aan Veilig Thuis over uw vervolgstappen",
            ),
        ),
    ),
    "geen_gesprek_vastgelegd": Regel(
        "Nog geen gesprek met de cliënt vastgelegd (of de reden om het niet te voeren).",
        ernst=Ernst.LET_OP,
        stap=3,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 3: Gesprek met de cliënt",
                "Bespreek de signalen met de cliënt.",
            ),
        ),
    ),
    "geen_gesprek_zonder_toelichting": Regel(
        "U voert het gesprek niet. Licht concreet toe waarom: welke aanwijzingen zijn er?",
        ernst=Ernst.LET_OP,
        stap=3,
        bronnen=(
            v(
                "002",
                "2.2, Stap 3, Geen gesprek met de cliënt",
                "waarin er concrete aanwijzingen zijn",
            ),
        ),
    ),
    "gesprek_kind_vastleggen": Regel(
        "Leg vast of u met het kind zelf heeft gesproken, of waarom niet (bijvoorbeeld de "
        "jonge leeftijd, of omdat het te belastend is).",
        "002, 2.2 Stap 3 'Gesprek met kinderen'",
        Ernst.LET_OP,
        stap=3,
        bronnen=(
            v(
                "002",
                "2.2, Stap 3, Gesprek met kinderen",
                "tenzij dat vanwege zijn jeugdige leeftijd echt niet mogelijk of te belastend",
            ),
        ),
    ),
    "gesprek_ouders_vastleggen": Regel(
        "Leg vast of u met de ouder(s) heeft gesproken, of waarom niet.",
        "002, 2.2 Stap 3 'Gesprek met de ouder(s)'",
        Ernst.LET_OP,
        stap=3,
        varianten={
            "specifieke_vorm": "Leg vast of u met de ouder(s) heeft gesproken, of waarom niet. "
            "Bij eergerelateerd geweld, huwelijksdwang of vrouwelijke genitale verminking: "
            "raadpleeg eerst deskundigen.",
        },
        bronnen=(
            v(
                "002",
                "2.2, Stap 3, Gesprek met de ouder(s)",
                "ook een gesprek over de signalen worden gevoerd met de ouder(s)",
            ),
        ),
    ),
    "buiten_acties_vastleggen": Regel(
        "Leg vast wat u heeft gedaan: wie u heeft geïnformeerd (bijvoorbeeld de leidinggevende, "
        "de directie of de vertrouwensinspecteur), wanneer, en waarom.",
        "002, 1.3 Geweld in een zorg- of onderwijsrelatie; Bijlage 1b Stap 1 (contacten en "
        "besluiten vastleggen)",
        Ernst.LET_OP,
        bronnen=(
            v(
                "002",
                "1.3, Geweld in een zorg- of onderwijsrelatie",
                "zoals het informeren van de leidinggevende en/of de directie",
            ),
        ),
    ),
    "buiten_organisatie_onbekend": Regel(
        "Geef aan of de professional in uw eigen organisatie werkt. Dat bepaalt de route.",
        "002, 1.3 Geweld in een zorg- of onderwijsrelatie; Bijlage 2 Acute onveiligheid "
        "(voorbeeld)",
        Ernst.LET_OP,
        bronnen=(
            v(
                "002",
                "1.3, Geweld in een zorg- of onderwijsrelatie",
                "Geweld gepleegd door een professional ten opzichte van een cliënt",
            ),
            v("002", "Bijlage 2, Acute onveiligheid, voorbeeld", "een leidster in de kinderopvang"),
        ),
    ),
    "verwijsindex_overwegen": Regel(
        "Leg vast of u een registratie in de verwijsindex heeft overwogen.",
        stap=3,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 3, Melding in de verwijsindex risicojongeren",
                "Overweeg bij het zetten van stap 3",
            ),
        ),
    ),
}
