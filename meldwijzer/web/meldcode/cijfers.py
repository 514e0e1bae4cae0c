"""Figures of use for the verantwoording (seed 002, 2.3: "het zicht houden op de effecten
van de meldcode"), from organisation mode's own tables.

Aggregates only, never casus content. A count of 1 to 4 is never shown ("< 5"), so that no
casus can be recognised; where a group's total is shown and only one part would be hidden,
the next smallest part is hidden too, so the hidden one cannot be worked out by subtraction.
A median is shown only when at least five casussen contribute to it.
"""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from collections import Counter
from dataclasses import dataclass

from django.utils import timezone

from meldwijzer.engine.advies import Advies, StapStatus
from meldwijzer.engine.casus import Casus, ConsultatieMet, Keuze
from meldwijzer.engine.norm import beoordeel
from meldwijzer.web.org.models import Aftekening, ContactSoort, StoredCasus, VeiligThuisContact
from meldwijzer.web.org.selectors import (
    VT_TERUGKOPPELING_WERKDAGEN,
    casus_lezen,
    werkdagen_erbij,
)

ONDERGRENS = 5
VERBORGEN = "< 5"


@dataclass(frozen=True)
class Telling:
    """One count as it may be shown: `tekst` is the number, "0" or "< 5"."""

    label: str
    aantal: int
    verborgen: bool

    @property
    def tekst(self) -> str:
        return VERBORGEN if self.verborgen else str(self.aantal)


def telling(label: str, aantal: int) -> Telling:
    return Telling(label, aantal, 0 < aantal < ONDERGRENS)


def groep(delen: list[tuple[str, int]]) -> list[Telling]:
    """Counts that add up to a shown total: hide 1-4, and never hide exactly one part."""
    tellingen = [telling(label, n) for label, n in delen]
    verborgen = [t for t in tellingen if t.verborgen]
    zichtbaar = sorted(
        (t for t in tellingen if not t.verborgen and t.aantal > 0), key=lambda t: t.aantal
    )
    if len(verborgen) == 1 and zichtbaar:
        extra = zichtbaar[0]
        tellingen = [Telling(t.label, t.aantal, True) if t is extra else t for t in tellingen]
    return tellingen


@dataclass(frozen=True)
class Cijfers:
    jaar: int
    gestart: Telling
    afgesloten: Telling
    voortgang: list[Telling]  # furthest step done, for casussen started in the year
    afwijkingen: Telling
    afwijkingen_reden: list[Telling]  # with and without recorded reasons
    vt_advies: Telling
    vt_stap2: Telling  # consultations of Veilig Thuis recorded in stap 2 of the flow
    meldingen: Telling
    vt_te_laat: Telling
    mediaan_dagen: str  # "12" or "niet getoond (minder dan 5 casussen)"
    mediaan_n: Telling

    def alle(self) -> list[Telling]:
        return [
            self.gestart,
            self.afgesloten,
            *self.voortgang,
            self.afwijkingen,
            *self.afwijkingen_reden,
            self.vt_advies,
            self.vt_stap2,
            self.meldingen,
            self.vt_te_laat,
            self.mediaan_n,
        ]


def _verst(advies: Advies) -> int:
    """The highest step done (or deliberately skipped); 0 when none."""
    stappen = [s.nummer for s in advies.stappen if s.status != StapStatus.OPEN]
    return max(stappen, default=0)


def _eerste_signaal(casus: Casus, stored: StoredCasus) -> dt.date:
    datums = [s.datum for s in casus.signalen if s.datum is not None]
    return min(datums) if datums else timezone.localdate(stored.aangemaakt)


def _besluitdatum(casus: Casus, stored: StoredCasus, aft: Aftekening | None) -> dt.date | None:
    """When the decision of stap 5 was taken: the beslisser's decision when signed off,
    else the date of the report, of closing the meldcode, or of closing the casus."""
    if casus.beslissingen.melden.keuze is None:
        return None
    if aft is not None and aft.besloten_op is not None:
        return timezone.localdate(aft.besloten_op)
    if casus.beslissingen.melden.keuze is Keuze.JA and casus.melding.datum is not None:
        return casus.melding.datum
    if casus.afgesloten is not None and casus.afgesloten.datum is not None:
        return casus.afgesloten.datum
    if stored.afgesloten_op is not None:
        return timezone.localdate(stored.afgesloten_op)
    return None


def _vt_te_laat(jaar: int, vandaag: dt.date) -> int:
    """Reports in the year whose feedback came later than five working days, or not yet while
    that time has passed (issue 6: Veilig Thuis answers within five working days)."""
    contacten = VeiligThuisContact.objects.filter(
        soort__in=(ContactSoort.MELDING, ContactSoort.TERUGKOPPELING)
    ).values_list("casus_id", "soort", "datum")
    terug: dict[uuid.UUID, list[dt.date]] = {}
    meldingen: list[tuple[uuid.UUID, dt.date]] = []
    for casus_id, soort, datum in contacten:
        if soort == ContactSoort.TERUGKOPPELING:
            terug.setdefault(casus_id, []).append(datum)
        elif datum.year == jaar:
            meldingen.append((casus_id, datum))
    te_laat = 0
    for casus_id, datum in meldingen:
        uiterlijk = werkdagen_erbij(datum, VT_TERUGKOPPELING_WERKDAGEN)
        na = [d for d in terug.get(casus_id, []) if d >= datum]
        if (min(na) > uiterlijk) if na else vandaag > uiterlijk:
            te_laat += 1
    return te_laat


def cijfers_voor(jaar: int, *, vandaag: dt.date | None = None) -> Cijfers:
    vandaag = vandaag or timezone.localdate()
    begin = timezone.make_aware(dt.datetime(jaar, 1, 1))
    eind = timezone.make_aware(dt.datetime(jaar + 1, 1, 1))
    gestart = list(StoredCasus.objects.filter(aangemaakt__gte=begin, aangemaakt__lt=eind))
    afgesloten = StoredCasus.objects.filter(
        afgesloten_op__gte=begin, afgesloten_op__lt=eind
    ).count()
    aftekeningen = {a.casus_id: a for a in Aftekening.objects.filter(casus__in=gestart)}
    verst: Counter[int] = Counter()
    afw_met = afw_zonder = vt_stap2 = 0
    dagen: list[int] = []
    for stored in gestart:
        casus = casus_lezen(stored)
        advies = beoordeel(casus)
        verst[_verst(advies)] += 1
        vt_stap2 += sum(c.met is ConsultatieMet.VEILIG_THUIS for c in casus.consultaties)
        for a in advies.afwijkingen:
            if a.reden_vastgelegd:
                afw_met += 1
            else:
                afw_zonder += 1
        besluit = _besluitdatum(casus, stored, aftekeningen.get(stored.pk))
        if besluit is not None:
            dagen.append(max((besluit - _eerste_signaal(casus, stored)).days, 0))
    vt = VeiligThuisContact.objects.filter(datum__year=jaar)
    n_dagen = telling("Casussen met een besluit", len(dagen))
    return Cijfers(
        jaar=jaar,
        gestart=telling("Casussen gestart", len(gestart)),
        afgesloten=telling("Casussen afgesloten", afgesloten),
        voortgang=groep(
            [
                ("Nog geen stap gezet" if n == 0 else f"Tot en met stap {n}", verst[n])
                for n in range(6)
            ]
        ),
        afwijkingen=telling("Besluiten die afwijken van de norm", afw_met + afw_zonder),
        afwijkingen_reden=groep(
            [("met vastgelegde redenen", afw_met), ("zonder vastgelegde redenen", afw_zonder)]
        ),
        vt_advies=telling(
            "Adviesvragen aan Veilig Thuis", vt.filter(soort=ContactSoort.ADVIESVRAAG).count()
        ),
        vt_stap2=telling("Overleg met Veilig Thuis vastgelegd in stap 2", vt_stap2),
        meldingen=telling(
            "Meldingen bij Veilig Thuis", vt.filter(soort=ContactSoort.MELDING).count()
        ),
        vt_te_laat=telling("Terugkoppeling van Veilig Thuis te laat", _vt_te_laat(jaar, vandaag)),
        mediaan_dagen=(
            f"{statistics.median(dagen):g}"
            if len(dagen) >= ONDERGRENS
            else "niet getoond (minder dan 5 casussen)"
        ),
        mediaan_n=n_dagen,
    )
