"""Changes to a casus. Each function returns a new casus and leaves its input untouched.

Ids of new items come from the caller (the revision of the page), so a form that is sent
twice (a reload of a POST) adds its item only once.

One module per subject; this package re-exports their functions, so callers keep writing
`from meldwijzer.web.flow import services as svc` and `svc.signaal_toevoegen`.
"""

from __future__ import annotations

from meldwijzer.web.flow.services.afwegingen import (
    afweging_beantwoorden,
    beslissing_vastleggen,
    herweging_toevoegen,
    onveiligheid_aard_vastleggen,
    relevantie_vastleggen,
)
from meldwijzer.web.flow.services.casus import (
    afhankelijk_vastleggen,
    casus_afsluiten,
    casus_heropenen,
    casus_nieuw,
    item_verwijderen,
    scope_vastleggen,
    stap_hervatten,
    stap_overslaan,
)
from meldwijzer.web.flow.services.signalen import (
    contra_indicatie_toevoegen,
    hypothese_bijwerken,
    signaal_toevoegen,
)
from meldwijzer.web.flow.services.spec import spec_toepassen

__all__ = [
    "afhankelijk_vastleggen",
    "afweging_beantwoorden",
    "beslissing_vastleggen",
    "casus_afsluiten",
    "casus_heropenen",
    "casus_nieuw",
    "contra_indicatie_toevoegen",
    "herweging_toevoegen",
    "hypothese_bijwerken",
    "item_verwijderen",
    "onveiligheid_aard_vastleggen",
    "relevantie_vastleggen",
    "scope_vastleggen",
    "signaal_toevoegen",
    "spec_toepassen",
    "stap_hervatten",
    "stap_overslaan",
]
