"""Run in a child process against the crash test's own database (env DATABASE_URL etc.).

`setup`: create a medewerker with a confirmed TOTP device and one casus; print JSON.
`check`: read everything back; print JSON (referenties stored, casus readable, chain ok).
"""

from __future__ import annotations

import json
import sys

import django


def setup() -> dict[str, object]:
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from meldwijzer.web.org import services
    from meldwijzer.web.org.models import Profiel

    user = get_user_model().objects.create_user(username="crash", password="een-lang-wachtwoord-42")
    Profiel.objects.create(gebruiker=user, rol="medewerker")
    # One device per client session: a TOTP code is accepted only once per device.
    keys = [
        TOTPDevice.objects.create(user=user, name=f"app{i}", confirmed=True).key for i in range(4)
    ]
    stored = services.casus_aanmaken(user=user, dossier_ref="CRASH-1")
    return {"casus": str(stored.pk), "keys": keys}


def check() -> dict[str, object]:
    from meldwijzer.web.org import selectors
    from meldwijzer.web.org.audit import audit_verifieren
    from meldwijzer.web.org.models import AuditEntry, StoredCasus, VeiligThuisContact

    casussen = []
    for stored in StoredCasus.objects.all():
        casus = selectors.casus_lezen(stored)  # raises if a blob is half-written
        casussen.append(
            {
                "id": str(stored.pk),
                "versie": stored.version,
                "consultaties": len(casus.consultaties),
            }
        )
    uitslag = audit_verifieren()
    return {
        "referenties": sorted(VeiligThuisContact.objects.values_list("referentie", flat=True)),
        "vt_audit": AuditEntry.objects.filter(actie="vt_adviesvraag").count(),
        "plan_audit": AuditEntry.objects.filter(actie="hulpplan_opgeslagen").count(),
        "casussen": casussen,
        "keten_ok": uitslag.in_orde,
        "keten_aantal": uitslag.aantal,
    }


if __name__ == "__main__":
    django.setup()
    opdracht = sys.argv[1]
    print(json.dumps(setup() if opdracht == "setup" else check()))
