"""`meldwijzer content new NAAM`: the skeleton of a new content pack, every blank marked.

A beroepsorganisatie draws up its own afwegingskader from the building blocks of the
Basisdocument (seed 000, "Basisdocument Afwegingskader": "Dit Basisdocument helpt
beroepsgroepen bij het opstellen van een voor hun beroepsgroep specifiek afwegingskader").
The skeleton has the shape every pack needs: the five steps of the meldcode (seed 004,
"Stappenplan"), the two decisions of stap 5 with the five afwegingen (seed 000,
"Afwegingskader"; seed 004), and the blocks the web flow looks up by id. Every place the
beroepsorganisatie must fill holds a `<<INVULLEN: ...>>` mark; `meldwijzer content check`
lists each mark that is still there, with file and line, instead of other errors.

The skeleton contains no domain text of its own: the titles of the five steps and the
questions of the two decisions are the government's, quoted from seed 004 with their source,
and every other text is a mark saying what belongs there.
"""

from __future__ import annotations

import re
from pathlib import Path

from meldwijzer.content.model import VERPLICHTE_BLOKKEN, VERPLICHTE_DEFINITIES
from meldwijzer.engine.beroep import BEROEPSGROEPEN
from meldwijzer.engine.casus_keuzes import Situatie
from meldwijzer.engine.norm_beslissingen import binnen_meldcode

#: Start of a blank in a skeleton; the loader reports every value that still contains it.
MARKERING = "<<INVULLEN"
MARKERING_PATROON = re.compile(r"<<INVULLEN:?\s*(?P<uitleg>[^>]*)>>")
ID_PATROON = re.compile(r"^[a-z][a-z0-9_]*$")

SEED_004 = "004_b221f09de1fbf4de.txt"


def leeg(uitleg: str) -> str:
    """A marked blank as a quoted YAML scalar."""
    return f'"{MARKERING}: {uitleg}>>"'


def _bron(inspringing: str) -> str:
    uitleg = "bron, bijvoorbeeld {document: 005_0123456789abcdef.txt, sectie: Hoofdstuk 2}"
    return f"{inspringing}bron: {leeg(uitleg)}\n"


def _blok(blok_id: str, wat: str, inspringing: str) -> str:
    i = inspringing
    return (
        f"{i}- id: {blok_id}\n"
        f"{i}  titel: {leeg('titel van het blok over ' + wat)}\n"
        f"{i}  tekst: {leeg('tekst van uw afwegingskader over ' + wat)}\n" + _bron(i + "  ")
    )


PACK = """\
# Content pack: het afwegingskader van uw beroepsgroep. Aangemaakt met `meldwijzer content new`.
# Vul elke plek met <<INVULLEN: ...>> in en controleer daarna: meldwijzer content check MAP
# Uitleg per bestand: docs/content-packs.md.
#
# "Een afwegingskader wordt opgesteld door beroepsorganisaties in overleg met Veilig Thuis."
# (Basisdocument Afwegingskader, seed 000)
meta:
  id: {id}
  naam: {naam}
  # Verhoog de versie bij elke tekstwijziging: elk verslag noemt de versie waarmee het is gemaakt.
  versie: {versie}
  cluster: {cluster}
  # De beroepsgroepen die bij de start van meldwijzer dit kader krijgen. Kies uit:
  # {beroepsgroepen}
  beroepsgroepen: [{beroepsgroep}]
  organisaties:
    - {organisatie}
{bron}"""

STAPPEN_KOP = """\
# De vijf stappen van de meldcode. "Iedere organisatie is wettelijk verplicht om deze 5 stappen
# in haar meldcode op te nemen." (seed 004, Hoe werkt de meldcode?) De titels zijn die van het
# stappenplan (seed 004); vervang ze alleen als uw kader ze anders formuleert.
# Tekstvorm: een lege regel scheidt alinea's, een regel die met "- " begint is een opsommingsteken.
stappen:
"""

#: Step titles exactly as seed 004 prints them in "Stappenplan".
STAP_TITELS = {
    1: "In kaart brengen van signalen.",
    2: "Overleggen met een collega. En eventueel raadplegen van Veilig thuis (het advies- en "
    "meldpunt huiselijk geweld en kindermishandeling).",
    3: "Gesprek met de betrokkene(n).",
    4: "Wegen van het huiselijk geweld of de kindermishandeling.",
    5: "Neem 2 beslissingen:",
}

BLOK_UITLEG = {
    "documenteren": "het vastleggen van signalen",
    "kindcheck": "de kindcheck",
    "oudersignalen": "oudersignalen",
    "specifieke_vormen": "specifieke vormen van geweld en advies van Veilig Thuis",
    "gesprek_voorbereiden": "het voorbereiden van het gesprek",
    "geen_gesprek": "wanneer u afziet van het gesprek",
    "gesprek_kinderen": "het gesprek met kinderen",
    "gesprek_ouders": "het gesprek met ouders",
    "verwijsindex": "de verwijsindex",
    "twijfel": "wat te doen bij twijfel",
    "twee_beslissingen": "de twee beslissingen van stap 5",
    "feiten_en_bronnen": "feiten en bronnen in de melding",
    "bespreken": "de melding bespreken met de cliënt",
    "bezwaren": "bezwaren van de cliënt",
    "toestemming": "toestemming voor de melding",
    "anonimiteit": "anonimiteit van de melder",
    "na_de_melding": "wat er na de melding gebeurt",
}


def _stappen() -> str:
    delen = [STAPPEN_KOP]
    for nummer in range(1, 6):
        titel = STAP_TITELS[nummer].replace('"', '\\"')
        delen.append(
            f"  - nummer: {nummer}\n"
            f'    titel: "{titel}"\n'
            f"    kort: {leeg('één regel voor het overzicht')}\n"
            f"    instructie: {leeg('wat de beroepskracht in stap ' + str(nummer) + ' doet')}\n"
            f'    bron: {{document: {SEED_004}, sectie: "Hoe werkt de meldcode?, Stappenplan"}}\n'
            f"    blokken:\n"
        )
        for blok_id in VERPLICHTE_BLOKKEN[f"stap{nummer}"]:
            delen.append(_blok(blok_id, BLOK_UITLEG[blok_id], "      "))
    return "".join(delen)


DEFINITIE_TERMEN = {
    "acute_onveiligheid": "Acute onveiligheid",
    "disclosure": "Disclosure",
    "structurele_onveiligheid": "Structurele onveiligheid",
}


def _definities() -> str:
    delen = ["# Begrippen die bij de afwegingen van stap 4 getoond worden.\ndefinities:\n"]
    for def_id in VERPLICHTE_DEFINITIES:
        delen.append(
            f"  - id: {def_id}\n"
            f"    term: {DEFINITIE_TERMEN[def_id]}\n"
            f"    tekst: {leeg(f'definitie van {DEFINITIE_TERMEN[def_id].lower()} in uw kader')}\n"
            + _bron("    ")
        )
    return "".join(delen)


#: (id, stap, question as seed 004 prints it) for the five afwegingen.
AFWEGINGEN = (
    (
        "vermoeden",
        4,
        "Heb ik op basis van stap 1 t/m 3 een vermoeden van huiselijk geweld of "
        "kindermishandeling?",
    ),
    ("onveiligheid", 4, "Heb ik een vermoeden van acute of structurele onveiligheid?"),
    (
        "hulp_bieden",
        5,
        "De professional in staat is om effectieve/passende hulp te bieden of te organiseren.",
    ),
    ("medewerking", 5, "De betrokkenen meewerken aan de geboden of georganiseerde hulp."),
    ("duurzame_veiligheid", 5, "De hulp leidt tot duurzame veiligheid."),
)

AFWEGINGEN_KOP = """\
# De vijf afwegingen van stap 4 en 5. Een afwegingskader ondersteunt de beroepskracht bij
# "Beslissing 1: Is melden noodzakelijk?" en "Beslissing 2: Is zelf passende en toereikende hulp
# bieden of organiseren (ook) mogelijk?" (seed 000, Afwegingskader). Id, nummer en stap liggen
# vast: meldwijzer beslist de norm op deze vijf antwoorden. De vragen staan er zoals seed 004 ze
# geeft; vervang ze door de vragen van uw kader.
# Hulpvragen: groepen vragen die helpen bij een afweging. Voorbeelden: casuïstiek uit uw kader
# (id, titel, tekst, optioneel `hulpvragen: <groep>`, bron); laat `voorbeelden: []` staan als u
# er geen heeft.
afwegingen:
"""


def _afwegingen() -> str:
    delen = [AFWEGINGEN_KOP]
    for nummer, (afweging_id, stap, vraag) in enumerate(AFWEGINGEN, 1):
        delen.append(
            f"  - id: {afweging_id}\n"
            f"    nummer: {nummer}\n"
            f"    stap: {stap}\n"
            f'    vraag: "{vraag}"\n'
            f"    toelichting: {leeg(f'toelichting bij afweging {nummer} of wis de regel')}\n"
            f'    bron: {{document: {SEED_004}, sectie: "Hoe werkt de meldcode?, Stappenplan"}}\n'
        )
        if afweging_id == "onveiligheid":
            delen.append("    hulpvragen:\n")
            for groep in ("acuut", "disclosure", "structureel"):
                delen.append(
                    f"      - id: {groep}\n"
                    f"        titel: {leeg('titel van de hulpvragen bij ' + groep)}\n"
                    f"        vragen:\n"
                    f"          - {leeg('een hulpvraag; één regel per vraag')}\n"
                    + _bron("        ")
                )
        else:
            delen.append("    hulpvragen: []\n")
        delen.append("    voorbeelden: []\n")
    return "".join(delen)


#: Ids of the five questions of the conflict of duties (the flow asks them in this order).
CONFLICT_IDS = (
    ("zwaarwegende_belangen", "welke belangen zwaar wegen"),
    ("andere_mogelijkheid", "of er een andere weg is dan het geheim doorbreken"),
    ("geen_toestemming", "waarom geen toestemming gevraagd kan worden"),
    ("belangen_wegen", "hoe de belangen tegen elkaar afgewogen zijn"),
    ("aan_wie_welke_informatie", "aan wie welke informatie gegeven wordt"),
)


def _melding() -> str:
    delen = ["# Rond de melding (stap 5). De blokken hieronder zijn verplicht.\nmelding:\n"]
    for blok_id in VERPLICHTE_BLOKKEN["melding"]:
        delen.append(_blok(blok_id, BLOK_UITLEG[blok_id], "  "))
    delen.append(
        "# Vijf vragen bij een conflict van plichten (beroepsgeheim doorbreken), in deze\n"
        "# volgorde.\n"
        "conflict_van_plichten:\n"
    )
    for vraag_id, wat in CONFLICT_IDS:
        tekst = leeg("vraag over " + wat)
        delen.append(f"  - id: {vraag_id}\n    tekst: {tekst}\n" + _bron("    "))
    delen.append(
        "# Wat de beroepskracht doet bij acuut gevaar.\n"
        "noodsituatie:\n"
        "  id: noodsituatie\n"
        f"  titel: {leeg('titel, bijvoorbeeld Noodsituaties')}\n"
        f"  tekst: {leeg('wat uw kader zegt over noodsituaties')}\n" + _bron("  ")
    )
    return "".join(delen)


SITUATIE_UITLEG = {
    "huiselijke_kring": "geweld in de huiselijke kring",
    "professional_tegen_client": "geweld door een professional tegen een cliënt of leerling",
    "tussen_clienten": "geweld tussen cliënten onderling",
    "partners_beide_client": "geweld tussen partners die allebei cliënt zijn",
    "leerkracht_leerling": "geweld tussen een leerkracht en een leerling",
    "tussen_leerlingen": "geweld tussen leerlingen onderling",
}


def _scope() -> str:
    delen = [
        "# Valt de situatie onder de meldcode? Eén regel per situatie. binnen_meldcode staat\n"
        "# al ingevuld: de meldcode zelf (BPSW 1.3) bepaalt het, niet het afwegingskader.\n"
        "# tekst: wat de beroepskracht doet als de situatie buiten de meldcode valt.\n"
        "scope:\n"
    ]
    for situatie, wat in SITUATIE_UITLEG.items():
        vlag = str(binnen_meldcode(Situatie(situatie))).lower()
        delen.append(
            f"  - situatie: {situatie}\n"
            f"    binnen_meldcode: {vlag}\n"
            f"    titel: {leeg('titel over ' + wat)}\n"
            f"    tekst: {leeg('wat de beroepskracht doet bij ' + wat)}\n" + _bron("    ")
        )
    return "".join(delen)


FAQ = """\
# Veelgestelde vragen (mag leeg blijven). Eén item per vraag:
#   - id: korte_naam
#     vraag: De vraag.
#     antwoord: Het antwoord uit uw bron.
#     bron: {document: 005_0123456789abcdef.txt, sectie: "Hoofdstuk of kop"}
faq: []
"""


def bestanden(pack_id: str) -> dict[str, str]:
    """The seven files of a new pack with id `pack_id`, as text."""
    pack = PACK.format(
        id=pack_id,
        naam=leeg("naam van het afwegingskader"),
        versie=leeg("versie, bijvoorbeeld 2025.1"),
        cluster=leeg("de beroepsgroepen waarvoor dit kader geschreven is"),
        beroepsgroepen=", ".join(BEROEPSGROEPEN),
        beroepsgroep=leeg("een of meer beroepsgroepen uit de lijst hierboven"),
        organisatie=leeg("beroepsorganisatie die dit kader opstelde"),
        bron=_bron("  "),
    )
    return {
        "pack.yaml": pack,
        "stappen.yaml": _stappen(),
        "definities.yaml": _definities(),
        "afwegingen.yaml": _afwegingen(),
        "melding.yaml": _melding(),
        "scope.yaml": _scope(),
        "faq.yaml": FAQ,
    }


def maak(doel: Path) -> None:
    """Write a new pack skeleton into the (new or empty) folder `doel`."""
    pack_id = doel.name.lower().replace("-", "_")
    doel.mkdir(parents=True, exist_ok=True)
    for naam, tekst in bestanden(pack_id).items():
        (doel / naam).write_text(tekst, encoding="utf-8")
