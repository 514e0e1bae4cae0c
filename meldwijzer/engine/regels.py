"""The texts of every advice and open point, each with its stable code and its source.

Codes are part of the machine interface (`meldwijzer assess`): keep them stable.
A rule's text may have variants (e.g. per situatie); `{variant}` in a text is filled in.
Seeds: 001 = Rijksoverheid/NJi "Hoe werk ik met de meldcode", 002 = BPSW meldcode 2018,
003 = FAQ afwegingskadermeldcode.nl.
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


@dataclass(frozen=True)
class Regel:
    tekst: str
    bron: str
    ernst: Ernst = Ernst.INFO
    stap: int | None = None
    varianten: dict[str, str] = field(default_factory=dict)


REGELS: dict[str, Regel] = {
    # --- advice ---------------------------------------------------------------------
    "noodsituatie": Regel(
        "Acuut gevaar: bel 112. Bel daarnaast direct Veilig Thuis (" + VEILIG_THUIS + ") voor "
        "advies. Vindt Veilig Thuis direct ingrijpen nodig, dan kunt u in hetzelfde gesprek "
        "melden. Ook de politie of de Raad voor de Kinderbescherming kan worden ingeschakeld.",
        "002, 3.4 Noodsituaties; 2.2 Volgorde van de stappen",
        Ernst.DRINGEND,
    ),
    "buiten_meldcode": Regel(
        "Deze situatie valt buiten het stappenplan van de meldcode.",
        "002, 1.3 Geweld in een zorg- of onderwijsrelatie; Bijlage 1b stap 1",
        Ernst.DRINGEND,
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
        "002, 1.3 Geweld in een zorg- of onderwijsrelatie",
    ),
    "veilig_thuis_raadplegen": Regel(
        "U twijfelt. Raadpleeg Veilig Thuis: bel " + VEILIG_THUIS + " (gratis). Dat kan "
        "anoniem, zonder gegevens van de cliënt; uw beroepsgeheim blijft dan intact.",
        "002, 2.2 Stap 2 en Stap 4 ('Bij twijfel altijd Veilig Thuis raadplegen'); 001",
        Ernst.DRINGEND,
        stap=2,
    ),
    "eerst_advies_specifieke_vorm": Regel(
        "Bij deze vorm van geweld (vrouwelijke genitale verminking, eergerelateerd geweld, "
        "huwelijksdwang, seksueel geweld of ouderenmishandeling): vraag eerst Veilig Thuis om "
        "advies over de vervolgstappen en de risico's daarvan, als uw organisatie zelf niet "
        "genoeg deskundigheid heeft.",
        "002, 2.2 Specifieke vormen; Stap 2 'Bij specifieke vormen van geweld advies'",
        Ernst.LET_OP,
        stap=2,
    ),
    "deskundigen_voor_gesprek": Regel(
        "Bij eergerelateerd geweld, huwelijksdwang en vrouwelijke genitale verminking: "
        "raadpleeg altijd deskundigen voordat u het gesprek voert. Een gesprek kan het risico "
        "juist vergroten.",
        "002, 2.2 Stap 3 Gesprek met de cliënt",
        Ernst.LET_OP,
        stap=3,
    ),
    "vgv_snel_handelen": Regel(
        "Bij (dreigende) vrouwelijke genitale verminking kan snel handelen nodig zijn, "
        "bijvoorbeeld als een meisje binnenkort naar het buitenland reist. Dan kunt u stappen "
        "overslaan.",
        "002, 2.2 Volgorde van de stappen",
        Ernst.LET_OP,
    ),
    "eenmalig_contact": Regel(
        "Bij een eenmalig contact (spoedeisende hulp, huisartsenpost, ambulance) kunt u niet "
        "alle stappen zetten. Volg de aangepaste stappen van uw eigen meldcode; vaak draagt u "
        "de vervolgstappen over aan de huisarts, kinderarts of Veilig Thuis.",
        "002, 2.1 Eenmalige contacten",
    ),
    "meldcode_afsluiten": Regel(
        "U heeft geen vermoeden van huiselijk geweld of kindermishandeling. De meldcode mag "
        "worden afgesloten. Leg uw bevindingen vast. U kunt de meldcode altijd opnieuw starten "
        "als er nieuwe signalen zijn.",
        "002, Bijlage 2 Afweging 1; 003 FAQ",
        Ernst.LET_OP,
        stap=4,
    ),
    "melden_noodzakelijk_onveiligheid": Regel(
        "Er is (een vermoeden van) acute of structurele onveiligheid. De beroepsnorm is: "
        "melden bij Veilig Thuis is noodzakelijk.",
        "002, Bijlage 2 Afweging 2; 001 'Aangepaste meldcode'",
        Ernst.DRINGEND,
        stap=5,
    ),
    "melden_noodzakelijk_hulp": Regel(
        "Niet alle drie voorwaarden voor hulp zijn (zeker) vervuld: effectieve hulp, "
        "medewerking en duurzame veiligheid. De beroepsnorm is: melden bij Veilig Thuis is "
        "noodzakelijk. Twijfelt u of u de cliënt voldoende kunt beschermen, meld dan ook.",
        "002, Bijlage 2 Afwegingen 3–5; Bijlage 1b Stap 5; 001",
        Ernst.DRINGEND,
        stap=5,
    ),
    "melden_en_hulp": Regel(
        "Melden en hulp verlenen sluiten elkaar niet uit. Spreek met Veilig Thuis af wat u "
        "zelf blijft doen.",
        "000 Basisdocument; 002, 2.2 Stap 5",
        stap=5,
    ),
    "meldrecht": Regel(
        "Volgens de beroepsnorm is melden niet noodzakelijk. U mag altijd melden (meldrecht), "
        "ook als collega's er anders over denken. Blijven er zorgen, meld dan; ook als er al "
        "andere hulp in het gezin is.",
        "002, 3.4 Wettelijk meldrecht; 003 FAQ",
        stap=5,
    ),
    "hulp_mogelijk": Regel(
        "U kunt effectieve hulp bieden of organiseren, de betrokkenen werken mee en de hulp "
        "leidt tot duurzame veiligheid. Hulp verlenen is mogelijk.",
        "002, Bijlage 2 Afwegingen 3–5; 001",
        stap=5,
    ),
    "duurzame_veiligheid_volgen": Regel(
        "Weeg afweging 5 opnieuw zolang de hulp loopt. Stopt het geweld niet binnen de "
        "verwachte tijd, is het erger dan gedacht, worden doelen niet gehaald of stagneert het "
        "plan: dan is melden alsnog noodzakelijk.",
        "002, Bijlage 2 Afweging 5; 003 FAQ",
        Ernst.LET_OP,
        stap=5,
    ),
    "oudersignalen": Regel(
        "Er zijn oudersignalen. Meld geen feiten over kinderen die u niet zelf heeft gezien. "
        "Meld dat de toestand van de ouder een risico is voor de kinderen, en dat Veilig Thuis "
        "de situatie van de kinderen moet onderzoeken.",
        "002, 2.2 Stap 1 'Stappen van de meldcode volgen bij oudersignalen'",
        Ernst.LET_OP,
        stap=1,
    ),
    "gesprek_client": Regel(
        "Bespreek uw zorgen, en een eventuele melding vooraf, met de cliënt. Leg het doel "
        "uit, bespreek de feiten, vraag om een reactie en geef pas daarna uw interpretatie.",
        "002, 2.2 Stap 3; Stap 5 'Positie van de jeugdige cliënt en zijn ouder(s)'",
        stap=3,
    ),
    "gesprek_ouders": Regel(
        "Bespreek uw zorgen, en een eventuele melding vooraf, met de ouder(s).",
        "002, 2.2 Stap 3 'Gesprek met de ouder(s)'; Stap 5; 3.2 NB 1",
        stap=3,
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
        "002, 2.2 Stap 3 'Gesprek met kinderen'",
        stap=3,
    ),
    "melding_bespreken_jong_kind": Regel(
        "Bespreekt u een melding vooraf, dan doet u dat bij een kind jonger dan 12 met de "
        "ouder(s). Met het kind zelf is dat niet verplicht. U beoordeelt of het mogelijk en "
        "gewenst is, gelet op de aard van de melding, uw relatie met het kind en zijn leeftijd.",
        "002, 2.2 Stap 5 'Positie van de jeugdige cliënt en zijn ouder(s)'",
        stap=5,
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
    ),
    "verwijsindex": Regel(
        "Uw organisatie is aangesloten op de verwijsindex risicojongeren. Overweeg ook een "
        "registratie daar. Dat is nooit een alternatief voor stap 4 en 5.",
        "002, 2.1 Verhouding tot de verwijsindex risicojongeren",
        stap=3,
    ),
    "na_de_melding": Regel(
        "Een melding is geen eindpunt. Spreek met Veilig Thuis af wat u zelf nog doet om de "
        "cliënt te beschermen en te ondersteunen. Veilig Thuis beoordeelt binnen vijf "
        "werkdagen de veiligheid en laat u weten wat het doet.",
        "002, 2.2 Stap 5 'Wat Veilig Thuis met een melding doet' en 'Inspanningen na de melding'",
        stap=5,
    ),
    # --- open points ------------------------------------------------------------------
    "geen_signalen": Regel(
        "Nog geen signalen vastgelegd.", "002, 2.2 Stap 1", Ernst.LET_OP, stap=1
    ),
    "bron_ontbreekt": Regel(
        "Bij informatie van derden ontbreekt de bron. Noem wie het zag of hoorde.",
        "002, Bijlage 1b Stap 1",
        Ernst.LET_OP,
        stap=1,
    ),
    "hypothese_zonder_vervolg": Regel(
        "Een hypothese is bevestigd of weerlegd zonder vervolgnotitie. Leg vast waardoor.",
        "002, Bijlage 1b Stap 1",
        stap=1,
    ),
    "kindcheck": Regel(
        "Kindcheck nog niet gedaan: zijn er minderjarige kinderen voor wie de cliënt zorgt?",
        "002, 2.2 Stap 1 Kindcheck; Bijlage 2",
        Ernst.LET_OP,
        stap=1,
    ),
    "visie_kinderen": Regel(
        "Leg de visie van de kinderen vast, en hoe u die heeft meegewogen.",
        "002, Bijlage 2 'Uitgangspunten bij het hanteren van dit afwegingskader'",
        stap=1,
    ),
    "leeftijd_onbekend": Regel(
        "De leeftijd van de cliënt is niet vastgelegd. Die bepaalt met wie u een melding "
        "bespreekt en of de kindcheck nodig is.",
        "002, 2.2 Stap 5; 3.2",
        stap=1,
    ),
    "woonsituatie_onbekend": Regel(
        "Leg vast of de cliënt (16 of 17) nog thuis woont. Dan betrekt u ook de ouders.",
        "002, 3.2 NB 1",
        stap=1,
    ),
    "geen_consultatie": Regel(
        "Nog geen collegiale consultatie vastgelegd.", "002, 2.2 Stap 2", Ernst.LET_OP, stap=2
    ),
    "advies_specifieke_vorm_ontbreekt": Regel(
        "Bij deze vorm van geweld is nog geen advies van Veilig Thuis of een deskundige "
        "vastgelegd.",
        "002, 2.2 Stap 2",
        Ernst.LET_OP,
        stap=2,
    ),
    "geen_gesprek_vastgelegd": Regel(
        "Nog geen gesprek met de cliënt vastgelegd (of de reden om het niet te voeren).",
        "002, 2.2 Stap 3",
        Ernst.LET_OP,
        stap=3,
    ),
    "geen_gesprek_zonder_toelichting": Regel(
        "U voert het gesprek niet. Licht concreet toe waarom: welke aanwijzingen zijn er?",
        "002, 2.2 Stap 3 'Geen gesprek met de cliënt'",
        Ernst.LET_OP,
        stap=3,
    ),
    "gesprek_kind_vastleggen": Regel(
        "Leg vast of u met het kind zelf heeft gesproken, of waarom niet (bijvoorbeeld de "
        "jonge leeftijd, of omdat het te belastend is).",
        "002, 2.2 Stap 3 'Gesprek met kinderen'",
        Ernst.LET_OP,
        stap=3,
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
    ),
    "buiten_acties_vastleggen": Regel(
        "Leg vast wat u heeft gedaan: wie u heeft geïnformeerd (bijvoorbeeld de leidinggevende, "
        "de directie of de vertrouwensinspecteur), wanneer, en waarom.",
        "002, 1.3 Geweld in een zorg- of onderwijsrelatie; Bijlage 1b Stap 1 (contacten en "
        "besluiten vastleggen)",
        Ernst.LET_OP,
    ),
    "buiten_organisatie_onbekend": Regel(
        "Geef aan of de professional in uw eigen organisatie werkt. Dat bepaalt de route.",
        "002, 1.3 Geweld in een zorg- of onderwijsrelatie; Bijlage 2 Acute onveiligheid "
        "(voorbeeld)",
        Ernst.LET_OP,
    ),
    "verwijsindex_overwegen": Regel(
        "Leg vast of u een registratie in de verwijsindex heeft overwogen.",
        "002, 2.1 Verhouding tot de verwijsindex risicojongeren",
        stap=3,
    ),
    "afweging_open": Regel(
        "Nog niet beantwoord: {variant}.",
        "002, Bijlage 2",
        Ernst.LET_OP,
        varianten={k: f"Nog niet beantwoord: {v}." for k, v in AFWEGING_NAMEN.items()},
    ),
    "motivatie_ontbreekt": Regel(
        "Motivering ontbreekt bij {variant}.",
        "002, Bijlage 2; Bijlage 1b Stap 4",
        Ernst.LET_OP,
        varianten={k: f"Motivering ontbreekt bij {v}." for k, v in AFWEGING_NAMEN.items()},
    ),
    "stappen_niet_gezet": Regel(
        "U beslist, maar deze stappen zijn nog niet gezet: {variant}. Zet alle stappen voordat "
        "u beslist, tenzij er een noodsituatie is.",
        "002, 2.2 Volgorde van de stappen",
        Ernst.LET_OP,
        stap=5,
    ),
    "reden_afwijking": Regel(
        "Uw beslissing wijkt af van de beroepsnorm. Leg uw redenen vast.",
        "002, Bijlage 2 'De toepassing van dit afwegingskader'",
        Ernst.DRINGEND,
        stap=5,
        varianten={
            "melden": "U besluit niet te melden, terwijl de beroepsnorm melden noodzakelijk "
            "vindt. Leg uw redenen vast.",
            "hulp": "Uw beslissing over hulp wijkt af van de beroepsnorm. Leg uw redenen vast.",
        },
    ),
    "volgorde_beslissingen": Regel(
        "Beslis eerst of melden noodzakelijk is, en daarna of hulp (ook) mogelijk is.",
        "000 Basisdocument; 002, 2.2 Stap 5",
        Ernst.LET_OP,
        stap=5,
    ),
    "melding_bespreken": Regel(
        "Leg vast met wie u de melding vooraf heeft besproken (of waarom niet).",
        "002, 2.2 Stap 5 'Melden en bespreken met de cliënt'",
        Ernst.LET_OP,
        stap=5,
    ),
    "melding_niet_besproken_toelichting": Regel(
        "U bespreekt de melding niet vooraf. Licht de reden concreet toe.",
        "002, Bijlage 1b Stap 5 'Van contacten met de cliënt over de melding kunt u afzien'",
        Ernst.LET_OP,
        stap=5,
    ),
    "bezwaren_wegen": Regel(
        "Er zijn bezwaren tegen de melding. Leg vast hoe u ze heeft gewogen tegen de noodzaak "
        "om te beschermen.",
        "002, 2.2 Stap 5",
        Ernst.LET_OP,
        stap=5,
    ),
    "conflict_van_plichten": Regel(
        "U meldt zonder toestemming of zonder de cliënt te informeren. Beantwoord de vijf "
        "vragen van het conflict van plichten en leg vast wie u vooraf heeft geraadpleegd.",
        "002, 3.3 Conflict van plichten",
        Ernst.LET_OP,
        stap=5,
    ),
    "toestemming_vastleggen": Regel(
        "Leg vast of de cliënt toestemming gaf voor de melding.",
        "002, 3.3 Vragen van toestemming",
        stap=5,
    ),
    "anonimiteit_reden": Regel(
        "U blijft anoniem tegenover het gezin. Leg vast waarom.",
        "002, 2.2 Stap 5 'Een melder kan echter ten opzichte van het gezin anoniem blijven'",
        stap=5,
    ),
    "afspraken_veilig_thuis": Regel(
        "Leg vast wat u met Veilig Thuis heeft afgesproken over uw eigen rol na de melding.",
        "002, 2.2 Stap 5 'Inspanningen na de melding'",
        Ernst.LET_OP,
        stap=5,
    ),
}


def item(code: str, *, variant: str | None = None) -> AdviesItem:
    """The advice item for `code`, in the variant that applies."""
    regel = REGELS[code]
    tekst = regel.tekst
    if variant is not None:
        tekst = regel.varianten.get(variant, tekst.replace("{variant}", variant))
    return AdviesItem(code=code, tekst=tekst, bron=regel.bron, ernst=regel.ernst, stap=regel.stap)
