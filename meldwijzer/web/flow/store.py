"""Where a casus comes from and goes to: one seam for every view of the flow.

Private mode keeps nothing on the server. The casus travels with the page as one signed
hidden field (`staat`): the JSON of the casus plus a per-casus key and a revision counter.
Signing (django.core.signing, keyed by SECRET_KEY) detects tampering; it does not hide the
content from the user, whose own data it is. The organisation mode adds a server store with
the same two methods.

A mode plugs in; the flow never imports it (STYLE.md point 10). The flow defines what it
needs — a `CasusStore`, a `CasusConflict` to raise when a colleague saved first, a gate in
front of its pages and a hook that logs exports — and looks the implementation up in
`MODI`, which organisation mode fills when its app loads (`OrgConfig.ready`).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypedDict

from django.core import signing
from django.http import HttpRequest, HttpResponse
from pydantic import ValidationError

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.fouten import MeldwijzerFout, Soort

if TYPE_CHECKING:
    from meldwijzer.verslag import AuditRegel

STAAT_VELD = "staat"
_SALT = "meldwijzer.flow.casus"


class StaatOngeldig(MeldwijzerFout):
    """The posted state was altered, damaged or is not a casus."""

    standaard_melding = (
        "De casusgegevens die met deze pagina meekwamen zijn beschadigd of aangepast, en zijn "
        "niet gebruikt. Wat u op deze pagina typte, staat er nog. Heeft u de casus als bestand "
        "bewaard, open dat bestand dan opnieuw."
    )


@dataclass(frozen=True)
class Geladen:
    """A casus as the page posted it: `sleutel` names the casus in this tab, `rev` counts saves."""

    casus: Casus
    sleutel: str
    rev: int
    #: sha256 of the file this casus was read from (an import), "" otherwise.
    herkomst: str = ""

    @property
    def leeg(self) -> bool:
        return self.rev == 0

    def volgende(self, casus: Casus) -> Geladen:
        return Geladen(casus=casus, sleutel=self.sleutel, rev=self.rev + 1)


def nieuw_geladen(casus: Casus, *, herkomst: str = "") -> Geladen:
    return Geladen(casus=casus, sleutel=secrets.token_urlsafe(9), rev=1, herkomst=herkomst)


LEEG = Geladen(casus=Casus(), sleutel="", rev=0)


class Bewaard(TypedDict):
    """What a page carries to its next post: the signed state, the revision and the key."""

    staat: str
    rev: int
    sleutel: str


class CasusStore(Protocol):
    def laad(self, request: HttpRequest) -> Geladen:
        """The casus this request works on; raises StaatOngeldig when it cannot be trusted."""
        ...

    def bewaar(self, request: HttpRequest, geladen: Geladen) -> Bewaard:
        """Keep the casus; returns what the page needs to carry it further."""
        ...


class PriveStore:
    """Private mode: the casus is the signed hidden field of the page, nothing else."""

    def laad(self, request: HttpRequest) -> Geladen:
        token = request.POST.get(STAAT_VELD, "") if request.method == "POST" else ""
        if not token:
            return LEEG
        return staat_lezen(token)

    def bewaar(self, request: HttpRequest, geladen: Geladen) -> Bewaard:
        if geladen.leeg:
            return {"staat": "", "rev": 0, "sleutel": ""}
        return {"staat": staat_maken(geladen), "rev": geladen.rev, "sleutel": geladen.sleutel}


def staat_maken(geladen: Geladen) -> str:
    payload = {
        "s": geladen.sleutel,
        "r": geladen.rev,
        "c": geladen.casus.model_dump(mode="json"),
    }
    return signing.dumps(payload, salt=_SALT, compress=True)


def staat_lezen(token: str) -> Geladen:
    try:
        payload = signing.loads(token, salt=_SALT)
    except signing.BadSignature as exc:
        raise StaatOngeldig from exc
    if not isinstance(payload, dict):
        raise StaatOngeldig
    try:
        sleutel = str(payload["s"])
        rev = int(payload["r"])
        casus = Casus.model_validate(payload["c"])
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise StaatOngeldig from exc
    return Geladen(casus=casus, sleutel=sleutel, rev=rev)


class CasusConflict(MeldwijzerFout):
    """Nothing was written: a colleague saved (or closed) the casus after this page was
    opened (409), or the mode's policy refuses this change (403). `nieuwste` is the newest
    version, over which the flow shows her page again, her input kept, with `melding`."""

    def __init__(self, melding: str, *, nieuwste: Geladen, status: int = 409) -> None:
        super().__init__(melding, soort=Soort.GEWEIGERD if status == 403 else Soort.CONFLICT)
        self.nieuwste = nieuwste


class ExportVastleggen(Protocol):
    def __call__(
        self, request: HttpRequest, geladen: Geladen, *, wat: str, detail: str = ""
    ) -> list[AuditRegel] | None: ...


@dataclass(frozen=True)
class Modus:
    """What a mode plugs into the flow.

    `store` gives the store for a request; `poort` may answer a request instead of the flow
    (e.g. send her to the login page; None lets the flow answer); `export_vastleggen` logs
    an export (what: the format or "bestand"/"mail"; detail: e.g. the recipient) and
    returns the audit trail for the verslag.
    """

    store: Callable[[HttpRequest], CasusStore]
    poort: Callable[[HttpRequest, str | None], HttpResponse | None]
    export_vastleggen: ExportVastleggen


#: Modes by the name of settings.MODE; filled at app load by the mode's AppConfig.ready().
MODI: dict[str, Modus] = {}


def modus_registreren(naam: str, modus: Modus) -> None:
    MODI[naam] = modus


def modus_voor() -> Modus | None:
    """The plugged-in mode for settings.MODE (decided per request, so tests can switch with
    override_settings); None in private mode."""
    from django.conf import settings

    return MODI.get(settings.MODE)


def store_voor(request: HttpRequest) -> CasusStore:
    """The store for this request: the page itself in private mode, the mode's store
    otherwise."""
    modus = modus_voor()
    return modus.store(request) if modus is not None else PriveStore()
