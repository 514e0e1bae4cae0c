"""The yearly verantwoording (seed 002, 2.3 and Bijlage 1d) as the verslag's document model,
so the verslag's PDF and Word renderers print it. Aggregates and the beheerder's own records
only; no casus content can reach this module's output (tests/meldcode/test_verantwoording.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from meldwijzer.meldcode import Profiel, contactvelden
from meldwijzer.meldcode.document import basismodel, datum_tekst
from meldwijzer.verslag.document import Alinea, Leeg, Lijst, Sectie, Tabel, Veld, Velden, Verslag
from meldwijzer.web.meldcode.cijfers import Cijfers, cijfers_voor
from meldwijzer.web.meldcode.models import Evaluatie, Jaarverslag, Training, Vaststelling
from meldwijzer.web.meldcode.selectors import (
    geldende_vaststelling,
    huidig_profiel,
    profiel_van_versie,
)


@dataclass(frozen=True)
class Jaar:
    """Everything the verantwoording of one year shows."""

    jaar: int
    vaststelling: Vaststelling | None
    profiel: Profiel | None
    trainingen: list[Training]
    evaluaties: list[Evaluatie]
    jaarverslag: Jaarverslag | None
    cijfers: Cijfers


def jaar_lezen(jaar: int, *, vandaag: dt.date | None = None) -> Jaar:
    vast = geldende_vaststelling(dt.date(jaar, 12, 31))
    profiel = profiel_van_versie(vast.profiel) if vast else huidig_profiel()
    return Jaar(
        jaar=jaar,
        vaststelling=vast,
        profiel=profiel,
        trainingen=list(Training.objects.filter(datum__year=jaar)),
        evaluaties=list(Evaluatie.objects.filter(datum__year=jaar)),
        jaarverslag=Jaarverslag.objects.filter(jaar=jaar).first(),
        cijfers=cijfers_voor(jaar, vandaag=vandaag),
    )


def _tekst_of_leeg(tekst: str) -> tuple[Alinea | Leeg, ...]:
    return (Alinea(tekst),) if tekst.strip() else (Leeg(),)


def cijfertabel(c: Cijfers) -> Tabel:
    rijen = [
        (c.gestart.label, c.gestart.tekst),
        (c.afgesloten.label, c.afgesloten.tekst),
        *((f"Hoe ver: {t.label.lower()}", t.tekst) for t in c.voortgang),
        (c.afwijkingen.label, c.afwijkingen.tekst),
        *((f"Afwijkend, {t.label}", t.tekst) for t in c.afwijkingen_reden),
        (c.vt_advies.label, c.vt_advies.tekst),
        (c.vt_stap2.label, c.vt_stap2.tekst),
        (c.meldingen.label, c.meldingen.tekst),
        (c.vt_te_laat.label, c.vt_te_laat.tekst),
        ("Mediaan dagen van eerste signaal tot besluit", c.mediaan_dagen),
    ]
    return Tabel(("Gebruik van de meldcode", f"{c.jaar}"), tuple(rijen))


def bouw_verantwoording(j: Jaar) -> Verslag:
    naam = j.profiel.naam if j.profiel else "de organisatie"
    v = j.vaststelling
    meldcode = (
        Velden(
            (
                Veld("Versie", str(v.profiel.versie)),
                Veld("Vastgesteld op", datum_tekst(v.datum)),
                Veld("Vastgesteld door", v.vastgesteld_door),
            )
        )
        if v
        else Leeg("Geen vastgestelde meldcode in dit jaar.")
    )
    trainingen = (
        Tabel(
            ("Datum", "Onderwerp", "Deelnemers", "Aantal", "Inwerken"),
            tuple(
                (
                    datum_tekst(t.datum),
                    t.onderwerp,
                    t.deelnemers,
                    str(t.aantal),
                    "ja" if t.inwerken else "nee",
                )
                for t in j.trainingen
            ),
        )
        if j.trainingen
        else Leeg()
    )
    evaluaties = tuple(
        Velden(
            (
                Veld("Deelnemers", e.deelnemers),
                Veld("Conclusies", e.conclusies),
                Veld("Acties", e.acties or "-"),
            ),
            titel=f"Evaluatie van {datum_tekst(e.datum)}",
        )
        for e in j.evaluaties
    ) or (Leeg(),)
    deskundigen = (Velden(contactvelden(j.profiel)),) if j.profiel else (Leeg(),)
    jv = j.jaarverslag
    secties = (
        Sectie("meldcode", "De meldcode", (meldcode,)),
        Sectie(
            "informeren",
            "Hoe medewerkers zijn geïnformeerd",
            _tekst_of_leeg(jv.informeren if jv else ""),
        ),
        Sectie("trainingen", "Trainingen en inwerken", (trainingen,)),
        Sectie("deskundigen", "Beschikbare deskundigen", deskundigen),
        Sectie("evaluaties", "Evaluaties van het gebruik van de meldcode", evaluaties),
        Sectie(
            "cijfers",
            "Cijfers over het gebruik",
            (
                Alinea(
                    "Alleen totalen uit de organisatiemodus. Aantallen van 1 tot en met 4 "
                    "staan er als \u201c< 5\u201d, zodat geen casus herkenbaar is."
                ),
                cijfertabel(j.cijfers),
            ),
        ),
        Sectie("plannen", f"Plannen voor {j.jaar + 1}", _tekst_of_leeg(jv.plannen if jv else "")),
        Sectie(
            "wet",
            "Wat de wet vraagt",
            (
                Alinea(" ".join(basismodel().verantwoording.inleiding.split())),
                Lijst(tuple(" ".join(i.split()) for i in basismodel().verantwoording.items)),
            ),
        ),
    )
    return Verslag(
        titel=f"Verantwoording meldcode {j.jaar}",
        meta=(Veld("Organisatie", naam), Veld("Jaar", str(j.jaar))),
        secties=secties,
        label=naam,
        kopregel=f"Verantwoording meldcode {j.jaar}: {naam}",
    )
