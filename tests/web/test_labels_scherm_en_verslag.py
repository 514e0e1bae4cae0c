"""The screen and the verslag name every choice with the same words (issue 18, point 1).

For each value of each enum a casus holds, the summary page and the verslag must both show
`meldwijzer.engine.labels.label(value)`; the forms offer exactly those labels.
"""

from __future__ import annotations

import datetime as dt
import html
from enum import StrEnum

from django.test import Client

from meldwijzer import verslag as v
from meldwijzer.engine import casus as c
from meldwijzer.engine.beroep import Beroepsgroep, Sector
from meldwijzer.engine.labels import LABELS, keuzes, label
from meldwijzer.web.flow import forms as f
from meldwijzer.web.flow.selectors import advies_voor, pack_laden
from meldwijzer.web.flow.store import Geladen, staat_maken

DAG = dt.date(2026, 2, 3)


def _casus(i: int) -> tuple[c.Casus, list[StrEnum]]:
    """A casus with the i-th value of every single choice and every value of each list."""

    def kies(enum: type[StrEnum]) -> StrEnum:
        leden = list(enum)
        return leden[i % len(leden)]

    situatie = kies(c.Situatie)
    rol, antwoord, keuze = kies(c.RolClient), kies(c.Antwoord), kies(c.Keuze)
    kinderen = kies(c.JaNeeOnbekend)
    gedeeld = list(c.JaNeeOnbekend)[(i + 1) % 3]  # never both unknown: then nothing is recorded
    status, grond, grond_m = (
        kies(c.StatusHypothese),
        kies(c.GrondGeenGesprek),
        kies(c.GrondGeenGesprek),
    )
    toestemming = kies(c.Toestemming)
    grond_kind = kies(c.GrondGeenGesprekKind)
    aard = kies(c.AardOnveiligheid)
    tolk = kies(c.Tolk)
    sector, beroepsgroep = kies(Sector), kies(Beroepsgroep)
    casus = c.Casus(
        label=f"LABELS-{i}",
        beroep=c.Beroep(sector=sector, beroepsgroep=beroepsgroep),
        situatie=situatie,
        client=c.Client(leeftijd=40, rol=rol),
        vormen=list(c.Vorm),
        signalen=[
            c.Signaal(
                id=f"s{n}",
                soort=soort,
                tekst=f"Signaal {n}",
                bron="leerkracht",
                status=status,
                vervolg="Vervolg",
                datum=DAG,
            )
            for n, soort in enumerate(c.SoortSignaal)
        ],
        kindcheck=c.Kindcheck(kinderen=kinderen, gedeelde_zorg=gedeeld),
        consultaties=[c.Consultatie(id=f"k{n}", met=m) for n, m in enumerate(c.ConsultatieMet)],
        gesprekken=[
            c.Gesprek(id=f"g{n}", met=m, inhoud="Besproken", tolk=tolk)
            for n, m in enumerate(c.GesprekMet)
        ],
        geen_gesprek=c.GeenGesprek(grond=grond, toelichting="Aanwijzing"),
        geen_gesprek_kind=c.GeenGesprekKind(grond=grond_kind, toelichting="Jong"),
        onveiligheid_aard=aard,
        afwegingen=c.Afwegingen(
            **{a: c.AfwegingAntwoord(antwoord=antwoord, motivatie="M") for a in c.AFWEGING_IDS}
        ),
        beslissingen=c.Beslissingen(
            melden=c.Beslissing(keuze=c.Keuze.JA, reden="R"),
            hulp=c.Beslissing(keuze=keuze, reden="R"),
        ),
        melding=c.Melding(
            besproken=False,
            besproken_met=list(c.GesprekMet),
            niet_besproken_grond=grond_m,
            niet_besproken_toelichting="T",
            toestemming=toestemming,
        ),
    )
    enkel = [situatie, rol, antwoord, kinderen, gedeeld, status, grond, grond_m, toestemming]
    enkel.extend([grond_kind, aard, tolk, sector, beroepsgroep])
    lijsten = [*c.Vorm, *c.SoortSignaal, *c.ConsultatieMet, *c.GesprekMet]
    return casus, [*enkel, *lijsten]


def _schoon(tekst: str) -> str:
    return " ".join(html.unescape(tekst).split()).lower()


def test_samenvatting_en_verslag_tonen_voor_elke_waarde_hetzelfde_label(client: Client) -> None:
    gezien: set[StrEnum] = set()
    # Every value of every choice (the longest list sets the count), and two casussen whose
    # norm is "niet noodzakelijk" (no vermoeden) and "hulp niet mogelijk" (help fails).
    varianten = [_casus(i) for i in range(len(Beroepsgroep))]
    for afwegingen in (
        {"vermoeden": "nee"},
        {"vermoeden": "ja", "onveiligheid": "ja", "hulp_bieden": "nee"},
    ):
        basis, _ = _casus(0)
        varianten.append(
            (basis.model_copy(update={"afwegingen": c.Afwegingen.model_validate(afwegingen)}), [])
        )
    for casus, waarden in varianten:
        staat = staat_maken(Geladen(casus=casus, sleutel="k", rev=1))
        scherm = _schoon(
            client.post("/samenvatting/", {"staat": staat, "pagina": "x"}).content.decode()
        )
        advies = advies_voor(casus)
        document = v.bouw_verslag(casus, advies=advies, pack=pack_laden())
        waarden = [*waarden, advies.beslissing_melden, advies.beslissing_hulp]  # the norm's words
        papier = _schoon(v.render(document, "txt").decode())
        for waarde in waarden:
            tekst = label(waarde).lower()
            assert tekst in scherm, f"scherm mist {type(waarde).__name__}.{waarde.name}: {tekst!r}"
            assert tekst in papier, f"verslag mist {type(waarde).__name__}.{waarde.name}: {tekst!r}"
            gezien.add(waarde)
    verwacht = {w for enum, m in LABELS.items() if enum is not c.Keuze for w in m}
    assert verwacht <= gezien


def test_formulieren_bieden_precies_de_labels_uit_de_ene_bron() -> None:
    paren = {
        "situatie": (f.ScopeForm, c.Situatie),
        "rol": (f.ScopeForm, c.RolClient),
        "vormen": (f.ScopeForm, c.Vorm),
        "sig_soort": (f.Stap1Form, c.SoortSignaal),
        "con_met": (f.Stap2Form, c.ConsultatieMet),
        "ges_met": (f.Stap3Form, c.GesprekMet),
        "m_toestemming": (f.Stap5Form, c.Toestemming),
        "melden_keuze": (f.Stap5Form, c.Keuze),
    }
    for veld, (klasse, enum) in paren.items():
        aangeboden = [(w, t) for w, t in klasse().fields[veld].choices if w]
        assert aangeboden == keuzes(enum), veld
