"""The meldcode in use (issue 16, item 3): the flow's step pages show the organisation's own
fill-ins — whom to consult in stap 2, who decides in stap 5 with the regional Veilig Thuis
beside 0800-2000, and where an account limited to stap 1 brings her signals."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from org.conftest import Cast, casus_met_tekst, ingelogd

from meldwijzer.web.meldcode import services
from meldwijzer.web.org import services as org_services
from meldwijzer.web.org.models import Profiel as OrgProfiel

from .helpers import profiel

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _org(settings: object) -> None:
    settings.MODE = "organisatie"  # type: ignore[attr-defined]


def _pagina(client: Client, stored_pk: object, stap: int) -> str:
    html = client.get(f"/org/casussen/{stored_pk}/stappen/", follow=True).content.decode()
    staat = re.search(r'name="staat" value="([^"]+)"', html)
    assert staat
    r = client.post(
        f"/stap/{stap}/", {"staat": staat.group(1), "pagina": "overzicht", "actie": "opslaan"}
    )
    assert r.status_code == 200
    return r.content.decode()


def test_stap_2_en_5_tonen_de_eigen_invullingen(cast: Cast) -> None:
    services.profiel_opslaan(door=cast.beheerder, profiel=profiel())
    stored = org_services.casus_aanmaken(
        user=cast.medewerker, dossier_ref="D-1", casus=casus_met_tekst()
    )
    client = ingelogd(cast.medewerker)
    stap2 = _pagina(client, stored.pk, 2)
    assert "Raadplegen binnen Stichting Zonnebloemveld" in stap2
    assert "Aandachtsfunctionaris Kwartelkoning: 030-1112233, kwartel@zonnebloemveld.nl" in stap2
    assert "Veilig Thuis Utrecht-Oost" in stap2
    stap5 = _pagina(client, stored.pk, 5)
    assert "De teamleider Wielewaal" in stap5
    assert "Utrecht-Oost: 030-9998877" in stap5 and "0800-2000" in stap5
    assert "U zet stap 1" not in _pagina(client, stored.pk, 1)


def test_wie_alleen_stap_1_zet_ziet_waar_zij_haar_signalen_brengt(cast: Cast) -> None:
    services.profiel_opslaan(door=cast.beheerder, profiel=profiel())
    OrgProfiel.objects.filter(gebruiker=cast.medewerker).update(alleen_stap_1=True)
    stored = org_services.casus_aanmaken(
        user=cast.medewerker, dossier_ref="D-2", casus=casus_met_tekst()
    )
    stap1 = _pagina(ingelogd(cast.medewerker), stored.pk, 1)
    assert "Uw meldcode: u zet stap 1" in stap1
    assert "Breng uw signalen bij: <strong>De gezinscoach van dienst</strong>" in stap1


def test_zonder_profiel_toont_de_flow_geen_invulling(cast: Cast) -> None:
    stored = org_services.casus_aanmaken(
        user=cast.medewerker, dossier_ref="D-3", casus=casus_met_tekst()
    )
    assert "Raadplegen binnen" not in _pagina(ingelogd(cast.medewerker), stored.pk, 2)
