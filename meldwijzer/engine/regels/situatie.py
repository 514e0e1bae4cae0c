"""Advice on the situation itself: an emergency, acute danger, geweld outside the meldcode,
doubt, specific forms of geweld, a one-off contact, closing the meldcode.

Part of `REGELS` (see the package docstring); the order of the parts is the order of
`REGELS`, which `docs/norm.md` follows."""

from __future__ import annotations

from meldwijzer.engine.advies import Ernst
from meldwijzer.engine.regels.bron import VEILIG_THUIS, Regel, v

REGELS_SITUATIE: dict[str, Regel] = {
    "noodsituatie": Regel(
        "Acuut gevaar: bel 112. Bel daarnaast direct Veilig Thuis (" + VEILIG_THUIS + ") voor "
        "advies. Vindt Veilig Thuis direct ingrijpen nodig, dan kunt u in hetzelfde gesprek "
        "melden. Ook de politie of de Raad voor de Kinderbescherming kan worden ingeschakeld.",
        ernst=Ernst.DRINGEND,
        bronnen=(v("002", "3.4, Noodsituaties", "kunt u meteen advies vragen aan Veilig Thuis"),),
    ),
    "acuut_direct_handelen": Regel(
        "Er is (een vermoeden van) acute onveiligheid: iemand heeft nu bescherming nodig. Bel "
        "nu Veilig Thuis (" + VEILIG_THUIS + "). U kunt meteen advies vragen en, als Veilig "
        "Thuis onmiddellijke actie nodig vindt, in hetzelfde gesprek melden. Is iemand in "
        "levensgevaar, bel dan 112. Wacht hiermee niet tot u alle stappen heeft gezet.",
        ernst=Ernst.DRINGEND,
        stap=4,
        bronnen=(
            v("002", "Bijlage 2, Acute onveiligheid", "Hij of zij heeft direct bescherming nodig."),
            v("002", "Bijlage 2, Disclosure", "Een specifieke vorm van acute onveiligheid is"),
            v(
                "002",
                "3.4, Noodsituaties",
                "dan kunt u zo nodig in hetzelfde gesprek een melding doen",
            ),
        ),
    ),
    "buiten_meldcode": Regel(
        "Deze situatie valt buiten het stappenplan van de meldcode.",
        ernst=Ernst.DRINGEND,
        bronnen=(
            v(
                "002",
                "1.3, Geweld in een zorg- of onderwijsrelatie",
                "valt buiten het bereik van de meldcode",
            ),
            v(
                "002",
                "Bijlage 1b, Stap 1, Signalen van geweld tussen cliënten of tussen leerlingen",
                "vallen niet onder het stappenplan van de meldcode",
            ),
        ),
        varianten={
            # 002, Bijlage 1b Stap 1 ("meld de signalen dan bij de leidinggevende of de
            # directie, conform de interne richtlijnen") and 1.3 (meldplicht routes).
            "professional_tegen_client": "Signalen van geweld door een medewerker van uw eigen "
            "organisatie tegen een cliënt of leerling vallen buiten het stappenplan van de "
            "meldcode. Meld ze bij de leidinggevende of de directie, volgens de interne "
            "richtlijnen. Daarnaast geldt een meldplicht: in de langdurige zorg en de intramurale "
            "ggz meldt de zorgaanbieder geweld in de zorgrelatie bij de inspectie (Wkkgz, "
            "artikel 9 en 11). In de jeugdzorg en de kinderopvang geldt een meldplicht bij "
            "signalen van seksueel misbruik en andere vormen van geweld. Het onderwijs kent een "
            "meldplicht bij een vermoeden van een zedenmisdrijf door een medewerker van de "
            "school tegen een minderjarige leerling.",
            # Bijlage 2, Acute onveiligheid, first example: a psychologist hears of a
            # childcare worker of another organisation; the seed weighs it under afweging 2.
            "professional_andere_organisatie": "Het geweld gaat uit van een professional van "
            "een andere organisatie. Het interne stappenplan van die organisatie is niet het "
            "uwe: raadpleeg Veilig Thuis (" + VEILIG_THUIS + ") over uw signalen en meld daar "
            "als dat nodig is. Het afwegingskader geeft zo'n situatie als voorbeeld van acute "
            "onveiligheid (afweging 2): een jongetje van 3 over een leidster in de kinderopvang.",
            "professional_onbekend": "Geweld door een professional tegen een cliënt valt buiten "
            "het stappenplan van de meldcode. Werkt deze professional in uw eigen organisatie? "
            "Dat bepaalt de route: de interne regeling en de meldplicht van uw organisatie, of "
            "Veilig Thuis als het om een andere organisatie gaat.",
            "tussen_clienten": "Geweld tussen cliënten (bewoners van een instelling) valt buiten "
            "het stappenplan van de meldcode. Meld het bij de leiding of het bestuur volgens de "
            "interne regeling. Uitzondering: geweld tussen partners die allebei cliënt zijn.",
            # 002, 1.3: "behoren te worden gemeld bij de leidinggevende of de directie en
            # tevens bij de vertrouwensinspecteur voor het onderwijs".
            "leerkracht_leerling": "Geweld door een leerkracht tegen een leerling valt buiten "
            "het stappenplan van de meldcode. Meld het bij de leidinggevende of de directie én "
            "bij de vertrouwensinspecteur van de onderwijsinspectie (Wet op het primair "
            "onderwijs, artikel 4a; Wet op het voortgezet onderwijs, artikel 3). Bij een "
            "vermoeden van een zedenmisdrijf door een medewerker van de school tegen een "
            "minderjarige leerling geldt een meldplicht.",
            "tussen_leerlingen": "Geweld tussen leerlingen valt buiten het stappenplan van de "
            "meldcode. Meld het bij de leidinggevende of de directie én bij de "
            "vertrouwensinspecteur van de onderwijsinspectie (Wet op het primair onderwijs, "
            "artikel 4a; Wet op het voortgezet onderwijs, artikel 3).",
        },
    ),
    "partners_beide_client": Regel(
        "Geweld tussen partners die allebei cliënt zijn, valt wel onder de meldcode.",
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 1, Signalen van geweld tussen cliënten of tussen leerlingen",
                "tussen partners die beiden cliënt zijn van de instelling",
            ),
        ),
    ),
    "veilig_thuis_raadplegen": Regel(
        "U twijfelt. Raadpleeg Veilig Thuis: bel " + VEILIG_THUIS + ". Dat kan anoniem, "
        "zonder gegevens van de cliënt; uw beroepsgeheim blijft dan intact.",
        ernst=Ernst.DRINGEND,
        stap=2,
        bronnen=(
            v(
                "002",
                "2.2, Stap 4: Wegen van het geweld of de kindermishandeling",
                "moet altijd (opnieuw) advies worden gevraagd aan Veilig Thuis",
            ),
            v("002", "Bijlage 1b, Stap 4", "Raadpleeg in geval van twijfel altijd (opnieuw)"),
            v(
                "002",
                "2.2, Stap 1, Veilig Thuis, Advies",
                "voor een adviesgesprek behoeft u uw beroepsgeheim dus niet te verbreken",
            ),
        ),
    ),
    "eerst_advies_specifieke_vorm": Regel(
        "Bij deze vorm van geweld (vrouwelijke genitale verminking, eergerelateerd geweld, "
        "huwelijksdwang, seksueel geweld of ouderenmishandeling): vraag eerst Veilig Thuis om "
        "advies over de vervolgstappen en de risico's daarvan, als uw organisatie zelf niet "
        "genoeg deskundigheid heeft.",
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
    "deskundigen_voor_gesprek": Regel(
        "Bij eergerelateerd geweld, huwelijksdwang en vrouwelijke genitale verminking: "
        "raadpleeg altijd deskundigen voordat u het gesprek voert. Een gesprek kan het risico "
        "juist vergroten.",
        ernst=Ernst.LET_OP,
        stap=3,
        bronnen=(
            v(
                "002",
                "2.2, Stap 3, Gesprek met de ouder(s), NB",
                "wordt geadviseerd om altijd vooraf overleg te voeren met experts",
            ),
            v(
                "002",
                "2.2, Specifieke vormen van huiselijk geweld of kindermishandeling",
                "kan een gesprek over de vermoedens in sommige gevallen extra risico’s met zich",
            ),
        ),
    ),
    "vgv_snel_handelen": Regel(
        "Bij (dreigende) vrouwelijke genitale verminking kan snel handelen nodig zijn, "
        "bijvoorbeeld als een meisje binnenkort naar het buitenland reist. Dan kunt u stappen "
        "overslaan.",
        ernst=Ernst.LET_OP,
        bronnen=(
            v(
                "002",
                "2.2, Specifieke vormen van huiselijk geweld of kindermishandeling",
                "kan het noodzakelijk zijn om snel te handelen en eventueel stappen over te slaan",
            ),
        ),
    ),
    "eenmalig_contact": Regel(
        "Bij een eenmalig contact (spoedeisende hulp, huisartsenpost, ambulance) kunt u niet "
        "alle stappen zetten. Volg de aangepaste stappen van uw eigen meldcode; vaak draagt u "
        "de vervolgstappen over aan de huisarts, kinderarts of Veilig Thuis.",
        bronnen=(
            v(
                "002",
                "2.1, Eenmalige contacten",
                "waardoor het niet mogelijk is alle stappen van het basismodel te zetten",
            ),
        ),
    ),
    "meldcode_afsluiten": Regel(
        "U heeft geen vermoeden van huiselijk geweld of kindermishandeling. De meldcode mag "
        "worden afgesloten. Leg uw bevindingen vast. U kunt de meldcode altijd opnieuw starten "
        "als er nieuwe signalen zijn.",
        ernst=Ernst.LET_OP,
        stap=4,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Afweging: Heb ik op basis van de stappen 1 tot en met 4",
                "In alle stappen van de meldcode is het mogelijk deze af te sluiten.",
            ),
        ),
    ),
}
