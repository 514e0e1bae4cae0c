from __future__ import annotations

import datetime as dt

import pytest
from django.http import Http404

from meldwijzer.engine.casus import Signaal
from meldwijzer.web.org import selectors, services
from meldwijzer.web.org.beleid import Geweigerd
from meldwijzer.web.org.models import AuditEntry, DeelRol, Status, StoredCasus

from .conftest import GEHEIM_SIGNAAL, Cast, casus_met_tekst


def test_opgeslagen_casus_komt_volledig_terug(stored: StoredCasus, cast: Cast) -> None:
    casus = selectors.casus_lezen(selectors.casus_voor(cast.medewerker, stored.pk))
    assert casus.signalen[0].tekst == GEHEIM_SIGNAAL
    assert stored.dossier_ref == "D-2024/001"


def test_dossierreferentie_met_spaties_of_naam_wordt_geweigerd(cast: Cast) -> None:
    with pytest.raises(services.OrgFout):
        services.casus_aanmaken(user=cast.medewerker, dossier_ref="Jan de Vries")


def test_opslaan_verhoogt_versie_en_schrijft_auditregel(stored: StoredCasus, cast: Cast) -> None:
    casus = casus_met_tekst("nieuw signaal")
    versie = services.casus_opslaan(
        user=cast.medewerker, casus_id=stored.pk, casus=casus, expected_version=1
    )
    assert versie == 2
    opnieuw = selectors.casus_lezen(StoredCasus.objects.get(pk=stored.pk))
    assert opnieuw.signalen[0].tekst == "nieuw signaal"
    assert (
        AuditEntry.objects.filter(actie="casus_opgeslagen", object_id=str(stored.pk)).count() == 1
    )


def test_opslaan_over_een_nieuwere_versie_heen_geeft_conflict_en_verandert_niets(
    stored: StoredCasus, cast: Cast
) -> None:
    services.casus_opslaan(
        user=cast.medewerker,
        casus_id=stored.pk,
        casus=casus_met_tekst("eerste"),
        expected_version=1,
    )
    with pytest.raises(services.VersieConflict) as fout:
        services.casus_opslaan(
            user=cast.medewerker,
            casus_id=stored.pk,
            casus=casus_met_tekst("tweede"),
            expected_version=1,
        )
    assert fout.value.huidige_versie == 2
    assert "niet verloren" in str(fout.value)
    casus = selectors.casus_lezen(StoredCasus.objects.get(pk=stored.pk))
    assert casus.signalen[0].tekst == "eerste"


def test_anderen_kunnen_een_casus_niet_lezen_of_opslaan(stored: StoredCasus, cast: Cast) -> None:
    for user in (cast.buitenstaander, cast.beheerder, cast.aandachtsfunctionaris, cast.beslisser):
        with pytest.raises(Http404):
            selectors.casus_voor(user, stored.pk)
        with pytest.raises(Http404):
            services.casus_opslaan(
                user=user, casus_id=stored.pk, casus=casus_met_tekst("x"), expected_version=1
            )
        assert list(selectors.casussen_voor(user)) == []


def test_gedeelde_casus_is_leesbaar_maar_niet_te_wijzigen(stored: StoredCasus, cast: Cast) -> None:
    services.casus_delen(
        user=cast.medewerker,
        casus_id=stored.pk,
        met=cast.aandachtsfunctionaris,
        rol=DeelRol.CONSULT,
    )
    assert selectors.casus_voor(cast.aandachtsfunctionaris, stored.pk) == stored
    assert list(selectors.casussen_voor(cast.aandachtsfunctionaris)) == [stored]
    with pytest.raises(Http404):
        selectors.casus_voor(cast.aandachtsfunctionaris, stored.pk, recht=selectors.WIJZIGEN)


def test_delen_voor_consultatie_kan_alleen_met_een_aandachtsfunctionaris(
    stored: StoredCasus, cast: Cast
) -> None:
    with pytest.raises(services.OrgFout):
        services.casus_delen(
            user=cast.medewerker, casus_id=stored.pk, met=cast.buitenstaander, rol=DeelRol.CONSULT
        )
    with pytest.raises(services.OrgFout):
        services.casus_delen(
            user=cast.medewerker,
            casus_id=stored.pk,
            met=cast.aandachtsfunctionaris,
            rol=DeelRol.BESLISSEN,
        )


def test_aandachtsfunctionaris_legt_haar_advies_vast_in_stap_2(
    stored: StoredCasus, cast: Cast
) -> None:
    services.casus_delen(
        user=cast.medewerker,
        casus_id=stored.pk,
        met=cast.aandachtsfunctionaris,
        rol=DeelRol.CONSULT,
    )
    services.advies_vastleggen(
        user=cast.aandachtsfunctionaris,
        casus_id=stored.pk,
        vraag="Wat nu?",
        advies="Vraag Veilig Thuis om advies.",
    )
    casus = selectors.casus_lezen(StoredCasus.objects.get(pk=stored.pk))
    assert casus.consultaties[-1].advies == "Vraag Veilig Thuis om advies."
    assert casus.consultaties[-1].met == "aandachtsfunctionaris"
    assert StoredCasus.objects.get(pk=stored.pk).version == 2


def test_afsluiten_vraagt_een_reden_en_heropenen_zet_de_casus_weer_open(
    stored: StoredCasus, cast: Cast
) -> None:
    with pytest.raises(services.OrgFout):
        services.casus_afsluiten(user=cast.medewerker, casus_id=stored.pk, reden=" ")
    services.casus_afsluiten(user=cast.medewerker, casus_id=stored.pk, reden="Zorgen weggenomen")
    gesloten = StoredCasus.objects.get(pk=stored.pk)
    assert gesloten.status == Status.AFGESLOTEN
    assert gesloten.afsluit_reden == "Zorgen weggenomen"
    assert selectors.casus_lezen(gesloten).afgesloten is not None
    with pytest.raises(Geweigerd, match="afgesloten"):
        services.casus_opslaan(
            user=cast.medewerker,
            casus_id=stored.pk,
            casus=selectors.casus_lezen(gesloten).model_copy(update={"visie_kinderen": "x"}),
            expected_version=gesloten.version,
        )
    services.casus_heropenen(user=cast.medewerker, casus_id=stored.pk)
    open_ = StoredCasus.objects.get(pk=stored.pk)
    assert open_.status == Status.OPEN
    assert selectors.casus_lezen(open_).afgesloten is None
    assert selectors.casus_lezen(open_).signalen[0].tekst == GEHEIM_SIGNAAL


def test_wissen_op_verzoek_laat_alleen_een_auditregel_achter(
    stored: StoredCasus, cast: Cast
) -> None:
    services.vt_contact_vastleggen(
        user=cast.medewerker,
        casus_id=stored.pk,
        soort="adviesvraag",
        datum=dt.date.today(),
        vraag="v",
        advies="a",
    )
    services.casus_wissen(user=cast.medewerker, casus_id=stored.pk)
    assert not StoredCasus.objects.filter(pk=stored.pk).exists()
    assert AuditEntry.objects.filter(actie="casus_gewist", object_id=str(stored.pk)).exists()


def test_herweging_met_een_ja_maakt_melden_noodzakelijk(stored: StoredCasus, cast: Cast) -> None:
    from meldwijzer.engine.norm import beoordeel

    services.herweging_vastleggen(
        user=cast.medewerker,
        casus_id=stored.pk,
        geweld_stopt_niet=False,
        ernstiger_dan_verwacht=False,
        doelen_niet_behaald=True,
        plan_loopt_vast=False,
        expertise_nodig=False,
    )
    casus = selectors.casus_lezen(StoredCasus.objects.get(pk=stored.pk))
    assert casus.afwegingen.duurzame_veiligheid.antwoord == "nee"
    assert beoordeel(casus).beslissing_melden == "noodzakelijk"


def test_herweging_zonder_ja_houdt_de_hulp_in_stand(stored: StoredCasus, cast: Cast) -> None:
    h = services.herweging_vastleggen(
        user=cast.medewerker,
        casus_id=stored.pk,
        geweld_stopt_niet=False,
        ernstiger_dan_verwacht=False,
        doelen_niet_behaald=False,
        plan_loopt_vast=False,
        expertise_nodig=False,
    )
    assert not h.melden_noodzakelijk
    casus = selectors.casus_lezen(StoredCasus.objects.get(pk=stored.pk))
    assert casus.afwegingen.duurzame_veiligheid.antwoord == "ja"


def test_beslisser_wijkt_alleen_met_reden_af_van_het_voorstel(
    stored: StoredCasus, cast: Cast
) -> None:
    services.voorstel_doen(
        user=cast.medewerker, casus_id=stored.pk, keuze="nee", reden="Hulp loopt goed"
    )
    with pytest.raises(Http404):
        services.besluit_nemen(user=cast.beslisser, casus_id=stored.pk, keuze="ja", reden="")
    services.casus_delen(
        user=cast.medewerker, casus_id=stored.pk, met=cast.beslisser, rol=DeelRol.BESLISSEN
    )
    with pytest.raises(services.OrgFout):
        services.besluit_nemen(user=cast.beslisser, casus_id=stored.pk, keuze="ja", reden="")
    aft = services.besluit_nemen(
        user=cast.beslisser, casus_id=stored.pk, keuze="ja", reden="Signalen te ernstig"
    )
    assert aft.voorstel == "nee" and aft.besluit == "ja"
    assert aft.besluit_reden == "Signalen te ernstig"
    casus = selectors.casus_lezen(StoredCasus.objects.get(pk=stored.pk))
    assert casus.beslissingen.melden.keuze == "ja"
    assert casus.beslissingen.melden.reden == "Signalen te ernstig"


def test_voorstel_tegen_de_norm_vraagt_een_reden(stored: StoredCasus, cast: Cast) -> None:
    casus = casus_met_tekst()
    casus.afwegingen.vermoeden.antwoord = "ja"  # type: ignore[assignment]
    casus.afwegingen.onveiligheid.antwoord = "ja"  # type: ignore[assignment]
    services.casus_opslaan(
        user=cast.medewerker, casus_id=stored.pk, casus=casus, expected_version=1
    )
    with pytest.raises(services.OrgFout):
        services.voorstel_doen(user=cast.medewerker, casus_id=stored.pk, keuze="nee", reden="")
    aft = services.voorstel_doen(user=cast.medewerker, casus_id=stored.pk, keuze="ja", reden="")
    assert aft.norm == "noodzakelijk"


def test_signalen_blijven_in_volgorde_bewaard(cast: Cast) -> None:
    casus = casus_met_tekst("een")
    casus.signalen.append(Signaal(id="s2", tekst="twee"))
    stored = services.casus_aanmaken(user=cast.medewerker, dossier_ref="X1", casus=casus)
    assert [s.tekst for s in selectors.casus_lezen(stored).signalen] == ["een", "twee"]
