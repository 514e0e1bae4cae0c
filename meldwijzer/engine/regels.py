"""The texts of every advice and open point, each with its stable code and its sources.

Codes are part of the machine interface (`meldwijzer assess`): keep them stable.
A rule's text may have variants (e.g. per situatie); `{variant}` in a text is filled in.
Seeds: 000 = Basisdocument afwegingskader, 001 = Rijksoverheid/NJi "Hoe werk ik met de
meldcode", 002 = BPSW meldcode 2018, 003 = FAQ afwegingskadermeldcode.nl.

Every rule names its sources as `Verwijzing`s: a seed, a section as the content pack names it
(so a reader finds the text in the pack and in the seed), and where possible a short verbatim
`citaat` from that section. `tests/engine/test_bronnen.py` checks that every section exists in
the shipped pack and that every quote stands in the pack text of that section.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from meldwijzer.engine.advies import AdviesItem, Ernst

VEILIG_THUIS = "0800-2000"

AFWEGING_NAMEN: dict[str, str] = {
    "vermoeden": "afweging 1 (vermoeden van huiselijk geweld of kindermishandeling)",
    "onveiligheid": "afweging 2 (acute of structurele onveiligheid)",
    "hulp_bieden": "afweging 3 (effectieve hulp bieden of organiseren)",
    "medewerking": "afweging 4 (medewerking van de betrokkenen)",
    "duurzame_veiligheid": "afweging 5 (duurzame veiligheid)",
}

#: Seeds the shipped pack transcribes; citations of other seeds (000, 001) cannot be checked
#: against the pack and always add one that can.
PACK_SEEDS = frozenset({"002", "003"})


@dataclass(frozen=True)
class Verwijzing:
    """One source: seed number ("002"), section as the pack names it, optional exact quote."""

    seed: str
    sectie: str
    citaat: str = ""

    def __str__(self) -> str:
        return f"{self.seed}: {self.sectie}"


def v(seed: str, sectie: str, citaat: str = "") -> Verwijzing:
    return Verwijzing(seed, sectie, citaat)


def faq(vraag: str, citaat: str = "") -> Verwijzing:
    """A FAQ item of seed 003, named by its question."""
    return Verwijzing("003", f"Veelgestelde vragen, {vraag}", citaat)


@dataclass(frozen=True)
class Regel:
    """One advice or open point. `bron` is the display form of `bronnen`; a rule written with
    only a `bron` string still works, but the citation test asks for `bronnen`."""

    tekst: str
    bron: str = ""
    ernst: Ernst = Ernst.INFO
    stap: int | None = None
    varianten: dict[str, str] = field(default_factory=dict)
    bronnen: tuple[Verwijzing, ...] = ()

    def __post_init__(self) -> None:
        if not self.bron and self.bronnen:
            object.__setattr__(self, "bron", "; ".join(str(b) for b in self.bronnen))


REGELS: dict[str, Regel] = {
    # --- advice ---------------------------------------------------------------------
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
    "melden_noodzakelijk_onveiligheid": Regel(
        "Er is (een vermoeden van) acute of structurele onveiligheid. De beroepsnorm is: "
        "melden bij Veilig Thuis is noodzakelijk.",
        ernst=Ernst.DRINGEND,
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Afweging: Heb ik een vermoeden van of is er sprake van acute of "
                "structurele onveiligheid?",
                "Heb ik een vermoeden van of is er sprake van acute of structurele onveiligheid?",
            ),
            v(
                "002",
                "2.2, Stap 4, De toepassing van het afwegingskader",
                "Het afwegingskader geeft de professionele norm weer",
            ),
            v(
                "001",
                "Aangepaste meldcode",
                "Melden is noodzakelijk als er sprake is van acute of structurele onveiligheid.",
            ),
        ),
    ),
    "melden_noodzakelijk_hulp": Regel(
        "Niet alle drie voorwaarden voor hulp zijn (zeker) vervuld: effectieve hulp, "
        "medewerking en duurzame veiligheid. De beroepsnorm is: melden bij Veilig Thuis is "
        "noodzakelijk. Twijfelt u of u de cliënt voldoende kunt beschermen, meld dan ook.",
        ernst=Ernst.DRINGEND,
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 1b, Stap 5: Beslissen, Melden en bespreken met de cliënt",
                "twijfelt u er aan of u voldoende bescherming hiertegen kunt bieden",
            ),
            v(
                "001",
                "Aangepaste meldcode",
                "Als hulp verlenen op basis van één van deze punten niet mogelijk is, is melden "
                "bij Veilig Thuis noodzakelijk.",
            ),
        ),
    ),
    "melden_noodzakelijk_relevant": Regel(
        "U kunt zelf hulp blijven bieden, maar een melding bij Veilig Thuis is relevant. Dan "
        "wordt er gemeld: melden is noodzakelijk.",
        ernst=Ernst.DRINGEND,
        stap=5,
        bronnen=(
            v(
                "002",
                "2.2, Stap 5",
                "maar een melding bij Veilig Thuis relevant is – zal er een melding worden gedaan",
            ),
            faq(
                "Moet ik ook melden als er al een gezinsvoogd in het gezin is?",
                "Ja, ook dan moet er worden gemeld bij Veilig Thuis.",
            ),
        ),
        varianten={
            "gezinsvoogd": "Er is een gezinsvoogd in het gezin. Ook dan moet er worden gemeld "
            "bij Veilig Thuis: iedere professional maakt een eigen afweging, ongeacht welke "
            "andere hulpverleners betrokken zijn. Melden is noodzakelijk.",
            "relevant": "U kunt zelf hulp blijven bieden, maar u vindt een melding bij Veilig "
            "Thuis relevant. Dan wordt er gemeld: melden is noodzakelijk.",
        },
    ),
    "melden_aanbevolen_andere_hulp": Regel(
        "Er is al andere hulp in het gezin. Heeft u zorgen of vermoedens, dan is melden altijd "
        "aan te bevelen, juist ook dan: het register van Veilig Thuis krijgt pas kracht als er "
        "meer meldingen over een gezin komen.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            faq(
                "Moet ik melden als er al (meerdere vormen van) hulpverlening in het gezin is?",
                "Júist ook als er al hulpverlening in het gezin zit.",
            ),
        ),
    ),
    "melden_en_hulp": Regel(
        "Melden en hulp verlenen sluiten elkaar niet uit. Spreek met Veilig Thuis af wat u "
        "zelf blijft doen.",
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Wat is een afwegingskader en wat is de bedoeling ervan?",
                "naast melden bij Veilig Thuis tegelijkertijd zelf hulp kan (blijven) bieden",
            ),
            v("000", "Afwegingskader", "De keuze tussen hulpverlenen óf melden in stap 5 vervalt."),
        ),
    ),
    "meldrecht": Regel(
        "Volgens de beroepsnorm is melden niet noodzakelijk. U mag altijd melden (meldrecht), "
        "ook als collega's er anders over denken.",
        stap=5,
        bronnen=(
            v(
                "002",
                "3.4, Wettelijk meldrecht kindermishandeling en huiselijk geweld",
                "heeft het wettelijk recht om",
            ),
            faq(
                "Hoe moet gehandeld worden als er binnen een organisatie meerdere beroepsgroepen "
                "(dus afwegingskaders) samenwerken?",
                "iedere professional het recht heeft te melden bij Veilig Thuis",
            ),
        ),
    ),
    "hulp_mogelijk": Regel(
        "U kunt effectieve hulp bieden of organiseren, de betrokkenen werken mee en de hulp "
        "leidt tot duurzame veiligheid. Hulp verlenen is mogelijk.",
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Afweging: Ben ik in staat effectieve (passende) hulp te bieden of "
                "organiseren?",
                "Ben ik in staat effectieve (passende) hulp te bieden of organiseren?",
            ),
            v(
                "002",
                "Bijlage 2, Afweging: Werken de betrokkenen mee aan de geboden of georganiseerde "
                "hulp?",
                "Werken de betrokkenen mee aan de geboden of georganiseerde hulp?",
            ),
            v(
                "002",
                "Bijlage 2, Afweging: Leidt deze hulp tot duurzame veiligheid?",
                "Leidt deze hulp tot duurzame veiligheid?",
            ),
            v("001", "Aangepaste meldcode", "Hulp verlenen is mogelijk als:"),
        ),
    ),
    "duurzame_veiligheid_volgen": Regel(
        "Weeg afweging 5 opnieuw zolang de hulp loopt. Stopt het geweld niet binnen de "
        "verwachte tijd, is het erger dan gedacht, worden doelen niet gehaald of stagneert het "
        "plan: dan is melden alsnog noodzakelijk.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Afweging: Leidt deze hulp tot duurzame veiligheid?",
                "constateert dat de onveiligheid niet stopt of zich herhaalt",
            ),
            v(
                "002",
                "Bijlage 2, Afweging: Leidt deze hulp tot duurzame veiligheid?, Vragen ter "
                "afweging",
                "Stopt het geweld niet binnen de verwachte termijn?",
            ),
        ),
    ),
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
    # --- why a decision is still open (Advies.melden_open_wegens) --------------------
    "twijfel_onveiligheid": Regel(
        "U twijfelt of er acute of structurele onveiligheid is. De beslissing over melden is "
        "dan nog niet genomen en u sluit de meldcode niet af. Raadpleeg Veilig Thuis ("
        + VEILIG_THUIS
        + ") en weeg afweging 2 daarna opnieuw.",
        ernst=Ernst.DRINGEND,
        stap=4,
        bronnen=(
            v(
                "002",
                "2.2, Stap 4: Wegen van het geweld of de kindermishandeling",
                "moet altijd (opnieuw) advies worden gevraagd aan Veilig Thuis",
            ),
            v("002", "Bijlage 1b, Stap 4", "Raadpleeg in geval van twijfel altijd (opnieuw)"),
        ),
    ),
    "twijfel_vermoeden": Regel(
        "U twijfelt of er een vermoeden is van huiselijk geweld of kindermishandeling. "
        "Raadpleeg Veilig Thuis (" + VEILIG_THUIS + ") en weeg afweging 1 daarna opnieuw.",
        ernst=Ernst.LET_OP,
        stap=4,
        bronnen=(
            v("002", "Bijlage 1b, Stap 4", "Raadpleeg in geval van twijfel altijd (opnieuw)"),
        ),
    ),
    "melding_relevant_open": Regel(
        "Hulp is mogelijk en er is geen acute of structurele onveiligheid. Beantwoord nog: is "
        "een melding bij Veilig Thuis relevant, ook al kunt u zelf hulp blijven bieden? Is er "
        "een gezinsvoogd, dan moet u melden. Is er al andere hulp, dan is melden aan te "
        "bevelen.",
        ernst=Ernst.LET_OP,
        stap=5,
        bronnen=(
            v(
                "002",
                "2.2, Stap 5",
                "maar een melding bij Veilig Thuis relevant is – zal er een melding worden gedaan",
            ),
            faq(
                "Moet ik ook melden als er al een gezinsvoogd in het gezin is?",
                "Ja, ook dan moet er worden gemeld bij Veilig Thuis.",
            ),
        ),
    ),
    "geen_hulpbeslissing": Regel(
        "U heeft geen vermoeden van huiselijk geweld of kindermishandeling. De beslissing over "
        "hulp is dan niet aan de orde.",
        stap=5,
        bronnen=(
            v(
                "002",
                "Bijlage 2, Afweging: Heb ik op basis van de stappen 1 tot en met 4",
                "In alle stappen van de meldcode is het mogelijk deze af te sluiten.",
            ),
        ),
    ),
    # --- open points ------------------------------------------------------------------
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


def item(code: str, *, variant: str | None = None) -> AdviesItem:
    """The advice item for `code`, in the variant that applies."""
    regel = REGELS[code]
    tekst = regel.tekst
    if variant is not None:
        tekst = regel.varianten.get(variant, tekst.replace("{variant}", variant))
    return AdviesItem(code=code, tekst=tekst, bron=regel.bron, ernst=regel.ernst, stap=regel.stap)
