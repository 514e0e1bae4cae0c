"""Organisation mode asks sector and beroep when a casus is created, as the private start page
does (issue 17): a teacher's stored casus follows the basis kader."""

from __future__ import annotations

from django.test import override_settings

from meldwijzer.web.org import selectors
from meldwijzer.web.org.models import StoredCasus

from .conftest import Cast, ingelogd


@override_settings(MODE="organisatie")
def test_een_nieuwe_casus_bewaart_sector_beroep_en_het_kader(cast: Cast) -> None:
    client = ingelogd(cast.medewerker)
    assert "Wat is uw beroep?" in client.get("/org/casussen/").content.decode()
    r = client.post(
        "/org/casussen/nieuw/",
        {"dossier_ref": "D-17", "sector": "onderwijs", "beroepsgroep": "onderwijs"},
    )
    assert r.status_code == 302
    casus = selectors.casus_lezen(StoredCasus.objects.get(dossier_ref="D-17"))
    assert casus.beroep.sector == "onderwijs" and casus.beroep.beroepsgroep == "onderwijs"
    assert casus.content_pack == "basis@2019.1"
    r = client.post(
        "/org/casussen/nieuw/", {"dossier_ref": "D-18", "beroepsgroep": "sociaal_werker"}
    )
    casus = selectors.casus_lezen(StoredCasus.objects.get(dossier_ref="D-18"))
    assert casus.content_pack == "bpsw@2019.1"
