"""The field specs of the pages (issue 18 item 2): what each page asks, declared once.

Read by the web (form, initial values, apply step, writing check under the field, the
recorded items) and by the verslag (rows of every format, the concept-melding). A new field
of an existing group is one `Veld` here plus its attribute on the casus model.
"""

from __future__ import annotations

from meldwijzer.engine.casus import (
    Casus,
    Consultatie,
    ConsultatieMet,
    GeenGesprek,
    GeenGesprekKind,
    Gesprek,
    GesprekMet,
    GrondGeenGesprek,
    GrondGeenGesprekKind,
    Tolk,
)
from meldwijzer.engine.labels import GRONDEN_OUDERS, label
from meldwijzer.engine.paginaspec_stap1 import STAP1
from meldwijzer.engine.paginaspec_stap4_5 import STAP4, STAP5
from meldwijzer.engine.veldspec import Deel, Lijst, PaginaSpec, Soort, Veld, nooit


def _met_en_wie(c: Consultatie) -> str:
    return label(c.met) + (f" ({c.wie})" if c.wie else "")


STAP2 = PaginaSpec(
    id="stap2",
    lijsten=(
        Lijst(
            pad="consultaties",
            model=Consultatie,
            prefix="k",
            sleutel="con_met",
            velden=(
                Veld(
                    "con_met",
                    "met",
                    Soort.KEUZE,
                    "Met wie overlegde u?",
                    keuzes=ConsultatieMet,
                    verslag="Met",
                    verslag_waarde=_met_en_wie,
                    groep="overleg",
                    kop=True,
                ),
                Veld(
                    "con_wie",
                    "wie",
                    Soort.KORT,
                    "Functie of rol",
                    hulp="Bijvoorbeeld ‘teamleider’. Geen namen.",
                    groep="overleg",
                    naast=True,
                    kop=True,
                    in_verslag=nooit,  # printed with `met`: "Collega (teamleider)"
                ),
                Veld(
                    "con_datum",
                    "datum",
                    Soort.DATUM,
                    "Datum",
                    groep="overleg",
                    naast=True,
                    kop=True,
                ),
                Veld(
                    "con_vraag",
                    "vraag",
                    Soort.TEKST,
                    "Uw vraag",
                    rijen=2,
                    verslag="Vraag",
                    groep="overleg",
                    schrijfcheck=True,
                ),
                Veld(
                    "con_advies",
                    "advies",
                    Soort.TEKST,
                    "Het advies dat u kreeg",
                    rijen=3,
                    verslag="Advies",
                    groep="overleg",
                    schrijfcheck=True,
                ),
            ),
        ),
    ),
)


def kind_en_ouders_apart(casus: Casus) -> bool:
    """Stap 3 asks the talk with the child and with the parents apart for a minor client, and
    whenever reasons are recorded already (never hide what she wrote)."""
    leeftijd = casus.client.leeftijd
    return (
        (leeftijd is not None and leeftijd < 18)
        or casus.geen_gesprek_kind is not None
        or casus.geen_gesprek_ouders is not None
    )


def _nieuwkomer(casus: Casus, gesprek: Gesprek) -> bool:
    """The facts of a conversation with a newcomer family (issue 17) are printed once the
    family is marked as recently in the Netherlands, or when one of them was recorded."""
    return casus.recent_in_nederland or bool(gesprek.tolk or gesprek.taal or gesprek.moeilijk)


GESPREKKEN = Lijst(
    pad="gesprekken",
    model=Gesprek,
    prefix="g",
    sleutel="ges_met",
    velden=(
        Veld(
            "ges_met",
            "met",
            Soort.KEUZE,
            "Gesprek met",
            keuzes=GesprekMet,
            verslag="Met",
            groep="gesprek",
            inline=True,
            kop=True,
        ),
        Veld("ges_datum", "datum", Soort.DATUM, "Datum", groep="gesprek", kop=True),
        Veld(
            "ges_inhoud",
            "inhoud",
            Soort.TEKST,
            "Wat heeft u besproken?",
            rijen=3,
            verslag="Besproken",
            groep="gesprek",
            schrijfcheck=True,
        ),
        Veld(
            "ges_reactie",
            "reactie",
            Soort.TEKST,
            "Hoe reageerde de cliënt (of ouder, of kind)?",
            rijen=3,
            verslag="Reactie",
            groep="gesprek",
            schrijfcheck=True,
            concept=True,
        ),
        # 002, Bijlage 1b stap 3: "nodig de cliënt uit om een reactie hierop te geven; kom pas
        # na deze reactie zo nodig met een interpretatie van hetgeen u hebt gezien, gehoord en
        # waargenomen". Optional; not looked at by the schrijfcheck, which would flag the very
        # interpretation the seed allows here.
        Veld(
            "ges_interpretatie",
            "interpretatie",
            Soort.TEKST,
            "Uw interpretatie, pas na de reactie (als u die gaf)",
            hulp="Uw uitleg van wat u hebt gezien, gehoord en waargenomen. Pas na de reactie.",
            rijen=2,
            verslag="Interpretatie na de reactie",
            verslag_leeg=False,
            groep="gesprek",
            concept=True,
        ),
        Veld(
            "ges_tolk",
            "tolk",
            Soort.KEUZE,
            "Was er een tolk bij het gesprek?",
            hulp="Laat een professionele tolk vertalen, niet een familielid of het kind.",
            keuzes=Tolk,
            leeg_keuze="Niet nodig",
            verslag="Tolk",
            groep="nieuwkomers",
            in_verslag=_nieuwkomer,
            concept=True,
        ),
        Veld(
            "ges_taal",
            "taal",
            Soort.KORT,
            "In welke taal voerde u het gesprek?",
            max_lengte=100,
            verslag="Taal",
            groep="nieuwkomers",
            in_verslag=_nieuwkomer,
            concept=True,
        ),
        Veld(
            "ges_moeilijk",
            "moeilijk",
            Soort.TEKST,
            "Wat maakte het gesprek moeilijk?",
            rijen=2,
            verslag="Wat het gesprek moeilijk maakte",
            groep="nieuwkomers",
            in_verslag=_nieuwkomer,
            concept=True,
        ),
    ),
)

STAP3 = PaginaSpec(
    id="stap3",
    velden=(
        Veld(
            "recent_in_nederland",
            "recent_in_nederland",
            Soort.VINK,
            "Het gezin is recent in Nederland",
            verslag="Gezin recent in Nederland",
            verslag_leeg=False,
            groep="nieuwkomers",
        ),
        Veld(
            "geen_grond",
            "geen_gesprek.grond",
            Soort.KEUZE,
            "Grond om het gesprek over te slaan",
            keuzes=GrondGeenGesprek,
            leeg_keuze="Ik sla het gesprek niet over",
            verslag="Grond",
            groep="geen_gesprek",
        ),
        Veld(
            "geen_toelichting",
            "geen_gesprek.toelichting",
            Soort.TEKST,
            "Concrete aanwijzingen voor deze grond",
            rijen=3,
            verslag="Toelichting",
            groep="geen_gesprek",
            schrijfcheck=True,
        ),
        # A minor client: the talk with the child and with the parents apart, each with its own
        # reason (002, 2.2 Stap 3; the rules are checked in web/flow/gesprek_kind_ouders.py).
        Veld(
            "kind_grond",
            "geen_gesprek_kind.grond",
            Soort.KEUZE,
            "Gesprek met het kind zelf niet gevoerd? Waarom niet",
            keuzes=GrondGeenGesprekKind,
            leeg_keuze="Ik heb het kind gesproken, of ga dat nog doen",
            verslag="Grond",
            groep="kind",
            tonen=kind_en_ouders_apart,
        ),
        Veld(
            "kind_toelichting",
            "geen_gesprek_kind.toelichting",
            Soort.TEKST,
            "Toelichting bij het gesprek met het kind",
            rijen=2,
            verslag="Toelichting",
            groep="kind",
            tonen=kind_en_ouders_apart,
        ),
        Veld(
            "ouders_grond",
            "geen_gesprek_ouders.grond",
            Soort.KEUZE,
            "Gesprek met de ouder(s) niet gevoerd? Waarom niet",
            keuzes=GrondGeenGesprek,
            keuzelabels=GRONDEN_OUDERS,
            leeg_keuze="Ik heb de ouder(s) gesproken, of ga dat nog doen",
            verslag="Grond",
            groep="ouders",
            tonen=kind_en_ouders_apart,
        ),
        Veld(
            "ouders_toelichting",
            "geen_gesprek_ouders.toelichting",
            Soort.TEKST,
            "Concrete aanwijzingen bij het gesprek met de ouder(s)",
            rijen=2,
            verslag="Toelichting",
            groep="ouders",
            tonen=kind_en_ouders_apart,
        ),
        Veld(
            "vi_aangesloten",
            "verwijsindex.aangesloten",
            Soort.VINK,
            "Mijn organisatie is aangesloten op de verwijsindex risicojongeren",
            verslag="Organisatie aangesloten",
            groep="verwijsindex",
        ),
        Veld(
            "vi_overwogen",
            "verwijsindex.overwogen",
            Soort.TEKST,
            "Overweging verwijsindex",
            rijen=2,
            verslag="Overwogen",
            groep="verwijsindex",
            schrijfcheck=True,
        ),
    ),
    lijsten=(GESPREKKEN,),
    delen=(
        Deel("geen_gesprek", GeenGesprek, "grond"),
        Deel("geen_gesprek_kind", GeenGesprekKind, "grond"),
        Deel("geen_gesprek_ouders", GeenGesprek, "grond"),
    ),
)

#: The converted pages, by page id.
SPECS: dict[str, PaginaSpec] = {s.id: s for s in (STAP1, STAP2, STAP3, STAP4, STAP5)}
