"""Writes for organisation mode, one module per subject. Each service runs in one
`transaction.atomic()` together with its audit entry, so a save is acknowledged only after
both are committed. Keyword-only arguments; `request` (optional) only supplies the IP for
the audit trail.

| module          | subject                                                        |
|-----------------|----------------------------------------------------------------|
| `basis`         | `OrgFout`, `VersieConflict`, dossier reference, locked writes  |
| `casus`         | create, import, save, view, close, reopen, erase, retention    |
| `delen`         | sharing for consultation or decision, the advice in step 2     |
| `veilig_thuis`  | the log of contacts with Veilig Thuis                          |
| `hulp`          | help plan and re-weighing (afweging 5 again)                   |
| `aftekening`    | proposal and decision of the step 5 sign-off                   |
| `beheer`        | accounts and settings, by the beheerder                        |
| `accounts`      | a user's own account: login events, authenticator, password    |

The names below are re-exported so that `services.casus_opslaan(...)` keeps working.
"""

from meldwijzer.web.org.services.accounts import (
    aanmelding_loggen,
    sessies_beeindigen,
    totp_koppelen,
    wachtwoord_gewijzigd,
)
from meldwijzer.web.org.services.aftekening import besluit_nemen, voorstel_doen
from meldwijzer.web.org.services.basis import (
    DOSSIER_REF,
    OrgFout,
    VersieConflict,
    dossier_ref_controleren,
)
from meldwijzer.web.org.services.beheer import (
    gebruiker_aanmaken,
    gebruiker_wijzigen,
    instellingen_opslaan,
    koppelcode_maken,
    totp_resetten,
)
from meldwijzer.web.org.services.casus import (
    bewaartermijn_toepassen,
    casus_aanmaken,
    casus_afsluiten,
    casus_bekeken,
    casus_heropenen,
    casus_importeren,
    casus_opslaan,
    casus_wissen,
)
from meldwijzer.web.org.services.delen import advies_vastleggen, casus_delen, deling_intrekken
from meldwijzer.web.org.services.hulp import herweging_vastleggen, hulpplan_opslaan
from meldwijzer.web.org.services.veilig_thuis import vt_contact_vastleggen

__all__ = [
    "DOSSIER_REF",
    "OrgFout",
    "VersieConflict",
    "aanmelding_loggen",
    "advies_vastleggen",
    "besluit_nemen",
    "bewaartermijn_toepassen",
    "casus_aanmaken",
    "casus_afsluiten",
    "casus_bekeken",
    "casus_delen",
    "casus_heropenen",
    "casus_importeren",
    "casus_opslaan",
    "casus_wissen",
    "deling_intrekken",
    "dossier_ref_controleren",
    "gebruiker_aanmaken",
    "gebruiker_wijzigen",
    "herweging_vastleggen",
    "hulpplan_opslaan",
    "instellingen_opslaan",
    "koppelcode_maken",
    "sessies_beeindigen",
    "totp_koppelen",
    "totp_resetten",
    "voorstel_doen",
    "vt_contact_vastleggen",
    "wachtwoord_gewijzigd",
]
