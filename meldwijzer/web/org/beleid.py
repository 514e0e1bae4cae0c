"""The one policy for every write to a casus (issue 14, item 1; STYLE.md point 11).

Who may change what is decided here and only here: `toetsen(user=, stored=, delen=)`
raises `Geweigerd` (a Dutch message) unless this user, in her role, under the
organisation's settings, may change these parts of this casus in its current state.
Every write path asks it before it writes: the flow's pages and the import of a file
(through the server store), herweging, voorstel, besluit, advies, hulpplan, Veilig Thuis
contact, sharing, closing, reopening and erasing (through the services).

A save of the flow is checked part by part: `gewijzigde_delen` compares the casus before
and after, so a page cannot change more than its step, and an import is "everything in
the file changed".

The parts follow the steps of the meldcode (BPSW Bijlage 1c: the organisation names who
takes which step; seeds/001): stap 1 signals, contra-indications, kindcheck; stap 2
consultation (also an adviesvraag at Veilig Thuis); stap 3 the conversation; stap 4
afwegingen 1 and 2; stap 5 afwegingen 3 to 5 (so also a herweging of afweging 5), the
decisions, the report and the help plan. The melden decision is its own part (`besluit`):
with "een beslisser neemt het besluit" on, only the beslisser takes it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.fouten import MeldwijzerFout, Soort
from meldwijzer.web.org import selectors
from meldwijzer.web.org.models import PROFESSIONELE_ROLLEN, Instellingen, Rol, Status, StoredCasus

Gebruiker = User | AnonymousUser


class Geweigerd(MeldwijzerFout, PermissionDenied):
    """The policy refuses this write; the message is Dutch and safe to show. Nothing was
    written. (Also a PermissionDenied, so even outside the error middleware it answers 403.)
    `status` is 409 when the casus is closed: a state to change first rather than a missing
    right."""

    soort = Soort.GEWEIGERD

    def __init__(self, melding: str, *, status: int = 403) -> None:
        super().__init__(melding, soort=Soort.CONFLICT if status == 409 else Soort.GEWEIGERD)


# The parts of a casus ("delen"). Steps are "stap1".."stap5".
SCOPE = "scope"  # the question whether the meldcode applies; before stap 1
BESLUIT = "besluit"  # the decision whether to report (beslissingen.melden)
VOORSTEL = "voorstel"  # the medewerker's proposal for that decision
ADVIES = "advies"  # the aandachtsfunctionaris's advice on a consult share
AFSLUITEN = "afsluiten"
HEROPENEN = "heropenen"
DELEN = "delen"
INTREKKEN = "intrekken"
WISSEN = "wissen"
AANMAKEN = "aanmaken"


def stap(n: int) -> str:
    return f"stap{n}"


#: Casus fields per part. Metadata (formaat, label, times, pack) is no part of its own.
_VELDEN: dict[str, tuple[str, ...]] = {
    SCOPE: (
        "situatie",
        "scope_toelichting",
        "client",
        "vormen",
        "noodsituatie",
        "eenmalig_contact",
    ),
    "stap1": ("signalen", "contra_indicaties", "kindcheck", "visie_kinderen"),
    "stap2": ("consultaties",),
    "stap3": ("gesprekken", "geen_gesprek", "verwijsindex"),
    "stap4": ("weging_notitie", "twijfel_aard_ernst"),
    "stap5": ("melding",),
}
_AFWEGINGEN = {
    "vermoeden": "stap4",
    "onveiligheid": "stap4",
    "hulp_bieden": "stap5",
    "medewerking": "stap5",
    "duurzame_veiligheid": "stap5",
}

#: Parts that may be written on a closed casus (erasure on request stays possible).
_OOK_AFGESLOTEN = frozenset({HEROPENEN, WISSEN, INTREKKEN})

AFGESLOTEN = "Deze casus is afgesloten. Heropen hem om verder te werken."


def gewijzigde_delen(oud: Casus, nieuw: Casus) -> set[str]:
    """The parts in which `nieuw` differs from `oud`."""
    delen: set[str] = set()
    for deel, velden in _VELDEN.items():
        if any(getattr(oud, v) != getattr(nieuw, v) for v in velden):
            delen.add(deel)
    for afweging, deel in _AFWEGINGEN.items():
        if getattr(oud.afwegingen, afweging) != getattr(nieuw.afwegingen, afweging):
            delen.add(deel)
    if oud.beslissingen.melden != nieuw.beslissingen.melden:
        delen.add(BESLUIT)
    if oud.beslissingen.hulp != nieuw.beslissingen.hulp:
        delen.add("stap5")
    for n in "12345":
        if oud.overgeslagen_bij(n) != nieuw.overgeslagen_bij(n):
            delen.add(stap(int(n)))
    if oud.afgesloten != nieuw.afgesloten:
        delen.add(AFSLUITEN if nieuw.afgesloten is not None else HEROPENEN)
    return delen


def _stap_van(deel: str) -> int | None:
    if deel.startswith("stap"):
        return int(deel[4:])
    if deel in {BESLUIT, VOORSTEL}:
        return 5
    return None


def toetsen(
    *,
    user: Gebruiker,
    stored: StoredCasus | None,
    delen: Iterable[str],
    recht: str = selectors.WIJZIGEN,
    inst: Instellingen | None = None,
) -> None:
    """Refuse (Geweigerd) unless `user` may write `delen` of `stored` (None: a new casus).

    `recht` is the right the path needs on the casus: changing it (the owner), or advising
    (a consult share) or deciding (a sign-off share). Without it the casus is "not found",
    as everywhere. With the beslisser signing off, the melden decision is refused to
    anyone but a beslisser, whatever the path.
    """
    delen = set(delen)
    rol = selectors.rol_van(user)
    if rol not in PROFESSIONELE_ROLLEN:
        raise Geweigerd("Alleen medewerkers leggen casussen vast.")
    inst = inst or selectors.instellingen()
    if stored is not None:
        if recht not in selectors.rechten(user, stored):
            raise selectors.CasusNietGevonden
        if stored.status != Status.OPEN and not (delen and delen <= _OOK_AFGESLOTEN):
            raise Geweigerd(AFGESLOTEN, status=409)
    stappen = set(selectors.stappen_voor(user, inst=inst))
    if SCOPE in delen and not stappen:
        raise Geweigerd("U zet geen enkele stap (instelling van uw organisatie).")
    buiten = sorted({s for d in delen if (s := _stap_van(d)) is not None} - stappen)
    if buiten:
        namen = ", ".join(str(s) for s in buiten)
        raise Geweigerd(f"Stap {namen} zet u niet (instelling van uw organisatie).")
    if BESLUIT in delen and inst.beslisser_tekent_af and rol != Rol.BESLISSER:
        raise Geweigerd(
            "Het besluit over melden neemt de beslisser. Leg uw voorstel vast bij de casus."
        )
