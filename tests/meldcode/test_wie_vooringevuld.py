"""Organisation mode prefills who does the work (issue 13 item 7): a new casus carries her
function from her account and the organisation's name from its meldcode profile; both
survive the beheerder's second save and reach the verslag."""

from __future__ import annotations

import pytest
from org.conftest import Cast, ingelogd

from meldwijzer.web.org import selectors
from meldwijzer.web.org.models import Profiel, StoredCasus

from .test_profiel_pagina import formulier

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _org(settings: object) -> None:
    settings.MODE = "organisatie"  # type: ignore[attr-defined]


def test_de_beheerder_legt_de_functie_vast_en_twee_keer_opslaan_verliest_niets(
    cast: Cast,
) -> None:
    beheerder = ingelogd(cast.beheerder)
    pad = f"/org/beheer/gebruikers/{cast.medewerker.pk}/"
    gegevens = {"rol": "medewerker", "functie": "Jeugdverpleegkundige Grutto", "actief": "on"}
    assert beheerder.post(pad, gegevens).status_code == 302
    assert "Jeugdverpleegkundige Grutto" in beheerder.get(pad).content.decode()
    assert beheerder.post(pad, gegevens).status_code == 302
    assert Profiel.objects.get(gebruiker=cast.medewerker).functie == "Jeugdverpleegkundige Grutto"


def test_een_nieuwe_casus_krijgt_haar_functie_en_de_naam_van_de_organisatie(
    cast: Cast,
) -> None:
    Profiel.objects.filter(gebruiker=cast.medewerker).update(functie="Schoolmaatschappelijk werker")
    assert ingelogd(cast.beheerder).post("/org/meldcode/profiel/", formulier()).status_code == 302
    client = ingelogd(cast.medewerker)
    assert client.post("/org/casussen/nieuw/", {"dossier_ref": "D-7"}).status_code == 302
    casus = selectors.casus_lezen(StoredCasus.objects.get(dossier_ref="D-7"))
    assert casus.professional.functie == "Schoolmaatschappelijk werker"
    assert casus.professional.organisatie == "Stichting Zonnebloemveld"


def test_zonder_functie_en_profiel_blijft_het_leeg(cast: Cast) -> None:
    client = ingelogd(cast.medewerker)
    assert client.post("/org/casussen/nieuw/", {"dossier_ref": "D-8"}).status_code == 302
    casus = selectors.casus_lezen(StoredCasus.objects.get(dossier_ref="D-8"))
    assert (casus.professional.functie, casus.professional.organisatie) == ("", "")
