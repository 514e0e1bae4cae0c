"""Notices after a redirect ("Casus heropend.") are django.contrib.messages in the session
of the logged-in user (issue 18, item 3: no hand-written copy). They are shown once, and
the text is a fixed one: no casus content travels in them."""

from __future__ import annotations

from django.contrib.sessions.models import Session
from django.test import override_settings

from meldwijzer.web.org import services
from meldwijzer.web.org.models import StoredCasus

from .conftest import GEHEIM_SIGNAAL, Cast, ingelogd

ORG = override_settings(MODE="organisatie")


@ORG
def test_een_melding_na_opslaan_staat_in_de_sessie_en_verschijnt_een_keer(
    stored: StoredCasus, cast: Cast
) -> None:
    services.casus_afsluiten(user=cast.medewerker, casus_id=stored.pk, reden="klaar")
    client = ingelogd(cast.medewerker)
    r = client.post(f"/org/casussen/{stored.pk}/heropenen/")
    assert r.status_code == 302
    assert "messages" not in r.cookies  # not in a cookie: in her session, behind her login
    sessie = Session.objects.get(session_key=client.session.session_key).get_decoded()
    opgeslagen = str(sessie["_messages"])
    assert "Casus heropend." in opgeslagen
    assert GEHEIM_SIGNAAL not in opgeslagen
    pagina = client.get(r["Location"]).content.decode()
    assert 'class="org-melding org-melding--succes" role="status">Casus heropend.' in pagina
    assert "Casus heropend." not in client.get(r["Location"]).content.decode()
    sessie = Session.objects.get(session_key=client.session.session_key).get_decoded()
    assert "_messages" not in sessie


@ORG
def test_een_waarschuwing_krijgt_de_opmaak_van_een_waarschuwing(
    stored: StoredCasus, cast: Cast
) -> None:
    client = ingelogd(cast.medewerker)
    r = client.post(
        f"/org/casussen/{stored.pk}/herweging/",
        {
            "toelichting": "Evaluatie met de ouders",
            "volgende_evaluatie": "",
            "geweld_stopt_niet": "ja",
            "ernstiger_dan_verwacht": "nee",
            "doelen_niet_behaald": "nee",
            "plan_loopt_vast": "nee",
            "expertise_nodig": "nee",
        },
        follow=True,
    )
    assert r.status_code == 200
    assert "org-melding--waarschuwing" in r.content.decode()
    assert "Melden bij Veilig Thuis is noodzakelijk." in r.content.decode()
