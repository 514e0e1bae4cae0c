"""The verantwoording of a year with seeded data: counts match counts computed here from the
seed list, a count of 1-4 is never shown, no casus text reaches the page or the files."""

from __future__ import annotations

import datetime as dt
import re
import statistics
from dataclasses import dataclass

import pytest
from django.utils import timezone
from org.conftest import Cast, ingelogd

from meldwijzer.engine.casus import (
    AfwegingAntwoord,
    Afwegingen,
    Beslissing,
    Beslissingen,
    Casus,
    Consultatie,
    Gesprek,
    Melding,
    Signaal,
)
from meldwijzer.web.meldcode.cijfers import Telling, cijfers_voor, groep
from meldwijzer.web.org import services
from meldwijzer.web.org.models import ContactSoort, Status, StoredCasus, VeiligThuisContact

from .helpers import docx_tekst, pdf_tekst

pytestmark = pytest.mark.django_db
JAAR = 2025
MARKER = "ZZGEHEIM7431"
VANDAAG = dt.date(2026, 3, 1)


@pytest.fixture(autouse=True)
def _org(settings: object) -> None:
    settings.MODE = "organisatie"  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Spec:
    stap: int  # how far the casus got
    signaal: dt.date
    melden: str | None = None  # "ja" / "nee" in stap 5
    reden: bool = False
    gemeld: dt.date | None = None
    terug: dt.date | None = None  # feedback from Veilig Thuis after the report
    jaar: int = JAAR
    afgesloten: bool = False


def _d(maand: int, dag: int) -> dt.date:
    return dt.date(JAAR, maand, dag)


SPECS = [
    # Reported: six, each with a report; feedback on time, late, or missing.
    Spec(5, _d(1, 6), "ja", gemeld=_d(1, 20), terug=_d(1, 22), afgesloten=True),
    Spec(5, _d(2, 3), "ja", gemeld=_d(2, 10), terug=_d(2, 12), afgesloten=True),
    Spec(5, _d(3, 3), "ja", gemeld=_d(3, 31), terug=_d(4, 2), afgesloten=True),
    Spec(5, _d(4, 1), "ja", gemeld=_d(4, 4), terug=_d(4, 8), afgesloten=True),
    Spec(5, _d(5, 5), "ja", gemeld=_d(5, 30), terug=_d(6, 20), afgesloten=True),  # late
    Spec(5, _d(6, 2), "ja", gemeld=_d(6, 9)),  # no feedback at all
    # Not reported although the norm says so: three with reasons, three without.
    *(Spec(5, _d(7, n), "nee", reden=True) for n in (1, 2, 3)),
    *(Spec(5, _d(8, n), "nee", reden=False) for n in (1, 2, 3)),
    Spec(2, _d(9, 1)),
    Spec(2, _d(9, 2)),
    Spec(1, _d(9, 3)),
    Spec(5, dt.date(2024, 5, 1), "ja", gemeld=dt.date(2024, 5, 2), jaar=2024),
]
ADVIESVRAGEN = 7


def _casus(spec: Spec, n: int) -> Casus:
    ja = AfwegingAntwoord(antwoord="ja", motivatie=MARKER)
    return Casus(
        signalen=[Signaal(id="s1", tekst=f"{MARKER} signaal {n}", datum=spec.signaal)],
        consultaties=[
            Consultatie(id="c1", met="collega", advies=MARKER),
            Consultatie(id="c2", met="veilig_thuis", advies=MARKER),
        ]
        if spec.stap >= 2
        else [],
        gesprekken=[Gesprek(id="g1", met="client", inhoud=MARKER)] if spec.stap >= 3 else [],
        afwegingen=Afwegingen(vermoeden=ja, onveiligheid=ja) if spec.stap >= 4 else Afwegingen(),
        beslissingen=Beslissingen(
            melden=Beslissing(keuze=spec.melden, reden=MARKER if spec.reden else ""),
            hulp=Beslissing(keuze="nee"),
        )
        if spec.melden
        else Beslissingen(),
        melding=Melding(datum=spec.gemeld) if spec.gemeld else Melding(),
    )


@pytest.fixture
def wereld(cast: Cast) -> None:
    for n, spec in enumerate(SPECS):
        stored = services.casus_aanmaken(
            user=cast.medewerker, dossier_ref=f"D-{n}", casus=_casus(spec, n)
        )
        moment = timezone.make_aware(
            dt.datetime(spec.jaar, spec.signaal.month, spec.signaal.day, 12)
        )
        velden: dict[str, object] = {"aangemaakt": moment}
        if spec.afgesloten:
            velden |= {"status": Status.AFGESLOTEN, "afgesloten_op": moment + dt.timedelta(days=60)}
        StoredCasus.objects.filter(pk=stored.pk).update(**velden)
        vt = {
            "casus": stored,
            "vastgelegd_door": cast.medewerker,
            "vraag": MARKER,
            "advies": MARKER,
        }
        if spec.gemeld:
            VeiligThuisContact.objects.create(soort=ContactSoort.MELDING, datum=spec.gemeld, **vt)
        if spec.terug:
            VeiligThuisContact.objects.create(
                soort=ContactSoort.TERUGKOPPELING, datum=spec.terug, **vt
            )
        if n < ADVIESVRAGEN:
            VeiligThuisContact.objects.create(
                soort=ContactSoort.ADVIESVRAAG, datum=spec.signaal, **vt
            )


def getoond(n: int) -> str:
    return "< 5" if 0 < n < 5 else str(n)


def _werkdagen(van: dt.date, tot: dt.date) -> int:
    return sum(
        1 for i in range(1, (tot - van).days + 1) if (van + dt.timedelta(days=i)).weekday() < 5
    )


def test_de_cijfers_kloppen_met_de_zaaitabel(wereld: None) -> None:
    c = cijfers_voor(JAAR, vandaag=VANDAAG)
    dit_jaar = [s for s in SPECS if s.jaar == JAAR]
    assert c.gestart.tekst == getoond(len(dit_jaar))
    assert c.afgesloten.tekst == getoond(sum(s.afgesloten for s in dit_jaar))
    verst = {t.label: t.tekst for t in c.voortgang}
    assert verst["Tot en met stap 5"] == getoond(sum(s.stap == 5 for s in dit_jaar))
    assert verst["Tot en met stap 2"] == "< 5"
    assert verst["Tot en met stap 3"] == "0"
    tegen = [s for s in dit_jaar if s.melden == "nee"]
    assert c.afwijkingen.tekst == getoond(len(tegen))
    assert [t.tekst for t in c.afwijkingen_reden] == [
        getoond(sum(s.reden for s in tegen)),
        getoond(sum(not s.reden for s in tegen)),
    ]
    assert c.vt_advies.tekst == getoond(ADVIESVRAGEN)
    assert c.vt_stap2.tekst == getoond(sum(s.stap >= 2 for s in dit_jaar))
    assert c.meldingen.tekst == getoond(sum(bool(s.gemeld) for s in dit_jaar))
    laat = sum(
        1 for s in dit_jaar if s.gemeld and (s.terug is None or _werkdagen(s.gemeld, s.terug) > 5)
    )
    assert c.vt_te_laat.aantal == laat
    assert c.vt_te_laat.tekst == getoond(laat)
    dagen = [(s.gemeld - s.signaal).days for s in dit_jaar if s.gemeld]
    assert c.mediaan_dagen == f"{statistics.median(dagen):g}"


def test_een_telling_van_1_tot_4_wordt_nooit_getoond(wereld: None) -> None:
    c = cijfers_voor(JAAR, vandaag=VANDAAG)
    assert all(t.tekst not in {"1", "2", "3", "4"} for t in c.alle())
    assert any(t.verborgen for t in c.alle())  # the seeded data does hold small counts


def test_een_enkele_verborgen_telling_in_een_groep_verbergt_ook_de_kleinste_andere() -> None:
    """Otherwise total minus the shown parts would give the hidden one away."""
    assert [t.tekst for t in groep([("a", 2), ("b", 7), ("c", 9)])] == ["< 5", "< 5", "9"]
    assert [t.tekst for t in groep([("a", 2), ("b", 3), ("c", 9)])] == ["< 5", "< 5", "9"]
    assert [t.tekst for t in groep([("a", 0), ("b", 6)])] == ["0", "6"]
    assert Telling("x", 4, True).tekst == "< 5"


def test_minder_dan_vijf_besluiten_geeft_geen_mediaan(cast: Cast) -> None:
    c = cijfers_voor(JAAR, vandaag=VANDAAG)
    assert c.gestart.tekst == "0"
    assert "niet getoond" in c.mediaan_dagen


def test_pagina_en_bestanden_tonen_geen_casustekst_en_geen_kleine_aantallen(
    wereld: None, cast: Cast
) -> None:
    client = ingelogd(cast.aandachtsfunctionaris)
    html = client.get(f"/org/meldcode/verantwoording/?jaar={JAAR}").content.decode()
    assert MARKER not in html
    getallen = re.findall(r'mc-staaf__getal">([^<]*)<', html)
    assert getallen and not set(getallen) & {"1", "2", "3", "4"}
    assert "&lt; 5" in html
    pdf = client.get(f"/org/meldcode/verantwoording/bestand.pdf?jaar={JAAR}").content
    docx = client.get(f"/org/meldcode/verantwoording/bestand.docx?jaar={JAAR}").content
    for tekst in (pdf_tekst(pdf), docx_tekst(docx)):
        assert MARKER not in tekst
        assert "Casussen gestart" in tekst and "< 5" in tekst
    for dossier in ("D-0", "D-1"):
        assert dossier not in html


def test_trainingen_evaluaties_en_plannen_komen_in_de_verantwoording(cast: Cast) -> None:
    client = ingelogd(cast.beheerder)
    client.post(
        "/org/meldcode/verantwoording/training/",
        {
            "training-datum": "2025-04-01",
            "training-onderwerp": "Werken met het afwegingskader",
            "training-deelnemers": "Team Noord",
            "training-aantal": "12",
            "training-inwerken": "on",
        },
    )
    client.post(
        "/org/meldcode/verantwoording/evaluatie/",
        {
            "evaluatie-datum": "2025-10-01",
            "evaluatie-deelnemers": "Aandachtsfunctionarissen",
            "evaluatie-conclusies": "Stap 2 gaat goed",
            "evaluatie-acties": "Meer scholing stap 3",
        },
    )
    client.post(
        f"/org/meldcode/verantwoording/jaar/{JAAR}/",
        {"jaar-informeren": "Nieuwsbrief in maart", "jaar-plannen": "Training voor alle teams"},
    )
    tekst = pdf_tekst(client.get(f"/org/meldcode/verantwoording/bestand.pdf?jaar={JAAR}").content)
    for verwacht in (
        "Werken met het afwegingskader",
        "Team Noord",
        "Stap 2 gaat goed",
        "Meer scholing stap 3",
        "Nieuwsbrief in maart",
        "Training voor alle teams",
        f"Plannen voor {JAAR + 1}",
    ):
        assert verwacht in tekst, verwacht
