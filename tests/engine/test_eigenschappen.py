"""Properties of the norm that hold for every casus (hypothesis).

The invariants are the professional norm of the afwegingskader (seeds/002 Bijlage 2 and
Bijlage 1b stap 5; DOMAIN.md "The professional norm"): acute or structural unsafety makes a
report necessary; help is possible only when afwegingen 3, 4 and 5 all hold; one that fails or
is in doubt makes a report necessary; doubt always brings the advice to consult Veilig Thuis;
out-of-scope situations (BPSW 1.3) leave the stappenplan.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from robustness.strategies import (
    afwegingen,
    binnen_meldcode,
    buiten_meldcode,
    casus_dicts,
    casussen,
)

from meldwijzer.engine.advies import (
    Advies,
    BeslissingHulp,
    BeslissingMelden,
    Ernst,
    StapStatus,
)
from meldwijzer.engine.casus import AFWEGING_IDS, Antwoord, Casus, Keuze
from meldwijzer.engine.norm import beoordeel
from meldwijzer.engine.regels import REGELS

#: Keeps the whole file well under 30 s on a 2-core machine.
snel = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

niet_ja = st.sampled_from([None, Antwoord.NEE, Antwoord.TWIJFEL])
nee_of_twijfel = st.sampled_from([Antwoord.NEE, Antwoord.TWIJFEL])
niet_nee = st.sampled_from([None, Antwoord.JA, Antwoord.TWIJFEL])


def _geldig(advies: Advies) -> None:
    """What every advice must satisfy, whatever the casus."""
    assert isinstance(advies.beslissing_melden, BeslissingMelden)
    assert isinstance(advies.beslissing_hulp, BeslissingHulp)
    assert [s.nummer for s in advies.stappen] == [1, 2, 3, 4, 5]
    assert all(isinstance(s.status, StapStatus) for s in advies.stappen)
    for item in (*advies.adviezen, *advies.open_punten):
        assert item.code in REGELS, item.code
        assert item.tekst.strip() and item.bron.strip()
        assert "{" not in item.tekst, item.tekst  # every variant was filled in
        assert isinstance(item.ernst, Ernst)
    assert set(advies.bespreken_met) <= {"client", "kind", "ouders"}
    for afwijking in advies.afwijkingen:
        assert afwijking.beslissing in {"melden", "hulp"}


@snel
@given(casus_dicts())
def test_elke_casus_geeft_geldig_advies_zonder_fout(data: dict[str, Any]) -> None:
    casus = Casus.model_validate(data)
    advies = beoordeel(casus)
    _geldig(advies)
    assert beoordeel(casus) == advies  # the norm is a pure function of the casus


@snel
@given(casussen(situaties=binnen_meldcode, afweging_strategy=afwegingen(onveiligheid=Antwoord.JA)))
def test_onveiligheid_ja_maakt_melden_altijd_noodzakelijk(casus: Casus) -> None:
    advies = beoordeel(casus)
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    assert "melden_noodzakelijk_onveiligheid" in advies.codes()
    assert not advies.meldcode_mag_afsluiten


@snel
@given(
    casussen(
        situaties=binnen_meldcode,
        afweging_strategy=afwegingen(
            vermoeden=Antwoord.JA,
            hulp_bieden=Antwoord.JA,
            medewerking=Antwoord.JA,
            duurzame_veiligheid=Antwoord.JA,
        ),
    )
)
def test_drie_hulpvoorwaarden_ja_maken_hulp_mogelijk(casus: Casus) -> None:
    advies = beoordeel(casus)
    assert advies.beslissing_hulp is BeslissingHulp.MOGELIJK
    assert "hulp_mogelijk" in advies.codes()
    r = casus.relevantie
    if casus.afwegingen.onveiligheid.antwoord is Antwoord.NEE and not casus.noodsituatie:
        # 2.2 Stap 5: "Ook in gevallen waarin de sociaal werker meent zelf hulp te kunnen
        # blijven verlenen, maar een melding bij Veilig Thuis relevant is – zal er een melding
        # worden gedaan"; 003 FAQ: with a gezinsvoogd "moet er worden gemeld".
        if r.gezinsvoogd or r.relevant:
            assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
        elif r.relevant is False:
            assert advies.beslissing_melden is BeslissingMelden.NIET_NOODZAKELIJK
        else:
            assert advies.beslissing_melden is BeslissingMelden.OPEN
            assert "melding_relevant_open" in {i.code for i in advies.melden_open_wegens}
    elif casus.afwegingen.onveiligheid.antwoord is Antwoord.JA:
        assert "melden_en_hulp" in advies.codes()  # reporting and helping together


@st.composite
def _een_hulpvoorwaarde_faalt(draw: st.DrawFn) -> dict[str, Any]:
    """Afweging 3, 4 or 5 is nee or twijfel; afweging 1 is not nee."""
    faalt = draw(st.sampled_from(["hulp_bieden", "medewerking", "duurzame_veiligheid"]))
    vast: dict[str, Antwoord | None] = {"vermoeden": draw(niet_nee), faalt: draw(nee_of_twijfel)}
    return draw(afwegingen(**vast))


@snel
@given(casussen(situaties=binnen_meldcode, afweging_strategy=_een_hulpvoorwaarde_faalt()))
def test_een_falende_hulpvoorwaarde_maakt_melden_noodzakelijk_en_hulp_niet_mogelijk(
    casus: Casus,
) -> None:
    advies = beoordeel(casus)
    assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
    assert advies.beslissing_hulp is BeslissingHulp.NIET_MOGELIJK
    assert "hulp_mogelijk" not in advies.codes()


@st.composite
def _ergens_twijfel(draw: st.DrawFn) -> dict[str, Any]:
    twijfel_bij = draw(st.sampled_from(AFWEGING_IDS))
    return draw(afwegingen(**{twijfel_bij: Antwoord.TWIJFEL}))


@snel
@given(casussen(situaties=binnen_meldcode, afweging_strategy=_ergens_twijfel()))
def test_twijfel_bij_een_afweging_geeft_altijd_veilig_thuis_raadplegen(casus: Casus) -> None:
    advies = beoordeel(casus)
    assert "veilig_thuis_raadplegen" in advies.codes()
    assert "0800-2000" in " ".join(a.tekst for a in advies.adviezen)


@snel
@given(casus_dicts(situaties=binnen_meldcode))
def test_twijfel_over_aard_en_ernst_geeft_altijd_veilig_thuis_raadplegen(
    data: dict[str, Any],
) -> None:
    advies = beoordeel(Casus.model_validate({**data, "twijfel_aard_ernst": True}))
    assert "veilig_thuis_raadplegen" in advies.codes()


@snel
@given(casussen(situaties=buiten_meldcode))
def test_buiten_de_meldcode_verwijst_altijd_naar_buiten_meldcode(casus: Casus) -> None:
    advies = beoordeel(casus)
    assert not advies.binnen_meldcode
    assert "buiten_meldcode" in advies.codes()
    assert advies.beslissing_melden is BeslissingMelden.OPEN
    # No steps to complete outside the stappenplan; only what she did instead (issue 13
    # item 9) and, for a professional's violence, whether he works in her organisation.
    assert advies.open_codes() <= {"buiten_acties_vastleggen", "buiten_organisatie_onbekend"}
    assert not any(p.stap for p in advies.open_punten)
    _geldig(advies)


@snel
@given(
    casussen(
        situaties=binnen_meldcode,
        afweging_strategy=afwegingen(vermoeden=Antwoord.NEE, onveiligheid=None),
    )
)
def test_geen_vermoeden_laat_afsluiten_toe_en_eist_geen_melding(casus: Casus) -> None:
    advies = beoordeel(casus)
    if casus.noodsituatie or casus.twijfel_aard_ernst:
        # An emergency never allows closing (3.4 Noodsituaties), nor doubt about the next step
        # (2.2 Stap 4: "bij twijfel over de vervolgstap moet altijd (opnieuw) advies ...").
        assert not advies.meldcode_mag_afsluiten
        return
    assert advies.meldcode_mag_afsluiten
    assert advies.beslissing_melden is not BeslissingMelden.NOODZAKELIJK
    assert "meldcode_afsluiten" in advies.codes()


@snel
@given(
    casussen(situaties=binnen_meldcode, afweging_strategy=afwegingen(onveiligheid=Antwoord.JA)),
    st.booleans(),
)
def test_een_keuze_tegen_de_norm_is_altijd_een_afwijking(casus: Casus, reden: bool) -> None:
    assert beoordeel(casus).beslissing_melden is BeslissingMelden.NOODZAKELIJK
    casus.beslissingen.melden.keuze = Keuze.NEE
    casus.beslissingen.melden.reden = "Zie dossier." if reden else ""
    advies = beoordeel(casus)
    melden = [a for a in advies.afwijkingen if a.beslissing == "melden"]
    assert len(melden) == 1 and melden[0].reden_vastgelegd is reden
    if not reden:
        assert "reden_afwijking" in advies.open_codes()


@snel
@given(casus_dicts())
def test_casus_overleeft_de_json_heen_en_terug(data: dict[str, Any]) -> None:
    casus = Casus.model_validate(data)
    assert Casus.model_validate(casus.model_dump(mode="json")) == casus
    tekst = json.dumps(casus.model_dump(mode="json"), ensure_ascii=False)
    terug = Casus.model_validate(json.loads(tekst))
    assert terug == casus
    assert beoordeel(terug) == beoordeel(casus)


@snel
@given(casus_dicts(), niet_ja)
def test_zonder_onveiligheid_ja_hangt_melden_alleen_van_de_hulpvoorwaarden_af(
    data: dict[str, Any], onveiligheid: Antwoord | None
) -> None:
    afw = dict(data["afwegingen"])
    afw["onveiligheid"] = None if onveiligheid is None else onveiligheid.value
    casus = Casus.model_validate({**data, "afwegingen": afw})
    advies = beoordeel(casus)
    if (
        not advies.binnen_meldcode
        or casus.afwegingen.vermoeden.antwoord is Antwoord.NEE
        or casus.noodsituatie  # an emergency makes a report necessary (3.4 Noodsituaties)
    ):
        return
    namen = ("hulp_bieden", "medewerking", "duurzame_veiligheid")
    hulp = [getattr(casus.afwegingen, a).antwoord for a in namen]
    if casus.herwegingen:
        hulp[2] = casus.herwegingen[-1].antwoord  # the norm follows the latest weighing
    faalt = any(a in (Antwoord.NEE, Antwoord.TWIJFEL) for a in hulp)
    relevant = casus.relevantie.gezinsvoogd or casus.relevantie.relevant
    alle_ja = all(a is Antwoord.JA for a in hulp)
    if (
        relevant
        and alle_ja
        and casus.afwegingen.vermoeden.antwoord is Antwoord.JA
        and onveiligheid is Antwoord.NEE
    ):
        # 2.2 Stap 5: help possible, but a report is relevant (or a gezinsvoogd, FAQ).
        assert advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK
        return
    assert (advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK) is faalt
