"""One policy for every write (issue 14, item 1): every write path × role × casus state.

The write paths are taken from the URL configuration: every URL whose view accepts a POST
is either a write path in `SCHRIJFPADEN` (with a scenario that writes) or named in
`GEEN_CASUS_SCHRIJVEN` with the reason it writes no casus. A new POST path in neither
fails `test_elke_post_route_is_ingedeeld`; a write path that does not ask the policy fails
`test_elke_schrijfroute_vraagt_het_beleid` (with the policy saying no, nothing changes).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver

from meldwijzer.engine.casus import (
    Afsluiting,
    Beslissing,
    Beslissingen,
    Casus,
    Consultatie,
    ConsultatieMet,
    Keuze,
    Signaal,
)
from meldwijzer.verslag import casus_naar_json
from meldwijzer.web.org import beleid, selectors, services, store
from meldwijzer.web.org.models import (
    Aftekening,
    AuditEntry,
    DeelRol,
    Deling,
    Herweging,
    Hulpplan,
    Instellingen,
    Profiel,
    StoredCasus,
    VeiligThuisContact,
)

from .conftest import Cast, casus_met_tekst, ingelogd

ORG = override_settings(MODE="organisatie")
VANDAAG = dt.date.today().isoformat()

#: POST paths that write no casus, and why (their own rules are tested elsewhere).
GEEN_CASUS_SCHRIJVEN = {
    "org:inloggen": "login (test_auth)",
    "org:tweede_stap": "second factor (test_auth)",
    "org:uitloggen": "logout",
    "org:wachtwoord": "her own password (test_auth)",
    "org:gebruiker_nieuw": "accounts, beheerder only (test_autorisatie)",
    "org:gebruiker": "accounts, beheerder only (test_autorisatie)",
    "org:totp_reset": "accounts, beheerder only (test_autorisatie)",
    "org:instellingen": "settings, beheerder only (test_autorisatie)",
    "org:stappen": "forwards the body to flow:overzicht (307), tested there",
    "flow:schrijfcheck": "checks a text, keeps nothing",
    "flow:verslag": "an export: logged, the casus unchanged (test_flow_integratie)",
    "flow:bewaren": "an export: logged, the casus unchanged (test_flow_integratie)",
    "flow:mail_versturen": "an export: logged, the casus unchanged (test_mail_org)",
    "flow:wissen": "private mode's erase of the tab; org mode erases with org:wissen",
    "flow:oefening": "practice on the pack's examples: no casus, nothing stored",
    "flow:intervisie": "an intervisie document to download: no casus, nothing stored",
}
#: Whole namespaces that hold no casus: the organisation's own meldcode (issue 16).
GEEN_CASUS_NAMESPACES = {"meldcode": "the organisation's meldcode and its account, no casus"}


@dataclass(frozen=True)
class Pad:
    """A write path: who may write it (`wie`: eigenaar, af, bs), the step it writes (the
    stap-1-only account may write only step 1 or no step), whether it is allowed on a
    closed casus, whether it makes a new casus, and the request that writes."""

    naam: str
    wie: frozenset[str]
    stap: int | None
    post: Callable[[Client, Wereld, Any], Any]
    ook_gesloten: bool = False
    nieuw: bool = False


def _flow(pagina: str, url: str, data: dict[str, str] | None = None) -> Callable[..., Any]:
    def post(client: Client, w: Wereld, actor: Any) -> Any:
        uid = actor.pk if actor is not None else 0
        staat = store.staat_maken(casus_id=w.casus.pk, versie=w.versie(), user_id=uid)
        return client.post(
            url, {"staat": staat, "pagina": pagina, "actie": "opslaan", **(data or {})}
        )

    return post


def _org(url: str, data: dict[str, str] | None = None) -> Callable[..., Any]:
    def post(client: Client, w: Wereld, actor: Any) -> Any:
        return client.post(url.format(c=w.casus.pk, d=w.deling_id), data or {})

    return post


def _bestand() -> bytes:
    casus = Casus(
        label="IMPORT-1",
        signalen=[Signaal(id="s1", soort="observatie", tekst="Blauwe plek")],
        consultaties=[
            Consultatie(id="k1", met=ConsultatieMet.COLLEGA, vraag="Wat ziet u?", advies="Bel")
        ],
        beslissingen=Beslissingen(melden=Beslissing(keuze=Keuze.JA, reden="Ernstig")),
    )
    return casus_naar_json(casus)


def _openen(client: Client, w: Wereld, actor: Any) -> Any:
    bestand = SimpleUploadedFile("casus.json", _bestand(), content_type="application/json")
    return client.post("/openen/", {"bestand": bestand, "wachtwoord": ""})


EIGENAAR = frozenset({"eigenaar", "eigenaar_stap1"})
IEDEREEN = frozenset({"eigenaar", "eigenaar_stap1", "af", "bs", "buitenstaander"})
HERWEGING = {
    "geweld_stopt_niet": "ja",
    "ernstiger_dan_verwacht": "nee",
    "doelen_niet_behaald": "nee",
    "plan_loopt_vast": "nee",
    "expertise_nodig": "nee",
}

SCHRIJFPADEN: dict[str, Pad] = {
    p.naam: p
    for p in (
        # organisation pages
        Pad(
            "org:nieuw",
            IEDEREEN,
            None,
            _org("/org/casussen/nieuw/", {"dossier_ref": "N-1"}),
            nieuw=True,
        ),
        Pad(
            "org:vt_contact",
            EIGENAAR,
            5,
            _org(
                "/org/casussen/{c}/veilig-thuis/",
                {"soort": "melding", "datum": VANDAAG, "wijze": "telefonisch"},
            ),
        ),
        Pad(
            "org:hulpplan",
            EIGENAAR,
            5,
            _org("/org/casussen/{c}/hulpplan/", {"doelen": "Rust", "evaluatiedatum": VANDAAG}),
        ),
        Pad("org:herweging", EIGENAAR, 5, _org("/org/casussen/{c}/herweging/", HERWEGING)),
        Pad(
            "org:delen",
            EIGENAAR,
            None,
            _org("/org/casussen/{c}/delen/", {"gebruikersnaam": "af2", "rol": "consult"}),
        ),
        Pad(
            "org:deling_intrekken",
            EIGENAAR,
            None,
            _org("/org/casussen/{c}/delen/{d}/intrekken/"),
            ook_gesloten=True,
        ),
        Pad(
            "org:voorstel",
            EIGENAAR,
            5,
            _org("/org/casussen/{c}/voorstel/", {"keuze": "ja", "reden": "ernstig"}),
        ),
        Pad(
            "org:besluit",
            frozenset({"bs"}),
            5,
            _org("/org/casussen/{c}/besluit/", {"keuze": "ja", "reden": "eens"}),
        ),
        Pad(
            "org:advies",
            frozenset({"af"}),
            None,
            _org("/org/casussen/{c}/advies/", {"advies": "Bel Veilig Thuis"}),
        ),
        Pad(
            "org:afsluiten",
            EIGENAAR,
            None,
            _org("/org/casussen/{c}/afsluiten/", {"reden": "klaar"}),
        ),
        Pad(
            "org:heropenen", EIGENAAR, None, _org("/org/casussen/{c}/heropenen/"), ook_gesloten=True
        ),
        Pad(
            "org:wissen",
            EIGENAAR,
            None,
            _org("/org/casussen/{c}/wissen/", {"bevestig": "ja"}),
            ook_gesloten=True,
        ),
        # the flow's pages (server store)
        Pad(
            "flow:start",
            IEDEREEN,
            None,
            lambda client, w, a: client.post("/", {"pagina": "start", "label": "S-1"}),
            nieuw=True,
        ),
        Pad("flow:openen", IEDEREEN, 5, _openen, nieuw=True),
        Pad(
            "flow:scope",
            EIGENAAR,
            None,
            _flow("scope", "/scope/", {"situatie": "huiselijke_kring", "eenmalig_contact": "on"}),
        ),
        Pad("flow:buiten", EIGENAAR, None, _flow("buiten", "/buiten-meldcode/")),
        Pad("flow:overzicht", EIGENAAR, None, _flow("overzicht", "/overzicht/")),
        Pad(
            "flow:stap1",
            EIGENAAR,
            1,
            _flow("stap1", "/stap/1/", {"sig_soort": "observatie", "sig_tekst": "Huilt vaak"}),
        ),
        Pad(
            "flow:stap2",
            EIGENAAR,
            2,
            _flow("stap2", "/stap/2/", {"con_met": "collega", "con_vraag": "Wat ziet u?"}),
        ),
        Pad(
            "flow:stap3",
            EIGENAAR,
            3,
            _flow("stap3", "/stap/3/", {"ges_met": "ouders", "ges_inhoud": "Zorgen gedeeld"}),
        ),
        Pad(
            "flow:stap4",
            EIGENAAR,
            4,
            _flow("stap4", "/stap/4/", {"weging_notitie": "Risicotaxatie gedaan"}),
        ),
        Pad(
            "flow:stap5",
            EIGENAAR,
            5,
            _flow("stap5", "/stap/5/", {"m_afspraken": "Wij blijven betrokken"}),
        ),
        Pad("flow:samenvatting", EIGENAAR, None, _flow("samenvatting", "/samenvatting/")),
        Pad(
            "flow:afsluiten",
            EIGENAAR,
            None,
            _flow("afsluiten", "/afsluiten/", {"actie": "afsluiten", "reden": "Klaar"}),
        ),
        Pad("flow:nood", EIGENAAR, None, _flow("nood", "/acuut-gevaar/")),
        # Information pages: arriving from a step saves that step first (here step 1).
        Pad(
            "flow:faq",
            EIGENAAR,
            1,
            _flow(
                "stap1", "/veelgestelde-vragen/", {"sig_soort": "observatie", "sig_tekst": "Stil"}
            ),
        ),
        Pad(
            "flow:beroepsgeheim",
            EIGENAAR,
            1,
            _flow("stap1", "/beroepsgeheim/", {"sig_soort": "observatie", "sig_tekst": "Stil"}),
        ),
        Pad("flow:mail", EIGENAAR, None, _flow("mail", "/mailen/")),
    )
}


def _post_routes() -> Iterator[tuple[str, str]]:
    """(namespaced name, path with sample arguments) of every named URL."""

    def loop(patronen: list[Any], prefix: str, ns: str) -> Iterator[tuple[str, str]]:
        for p in patronen:
            if isinstance(p, URLResolver):
                sub_ns = f"{ns}{p.namespace}:" if p.namespace else ns
                yield from loop(p.url_patterns, prefix + str(p.pattern), sub_ns)
            elif isinstance(p, URLPattern) and p.name:
                pad = "/" + prefix + str(p.pattern)
                for conv, waarde in (
                    ("<uuid:casus_id>", "00000000-0000-0000-0000-000000000001"),
                    ("<int:deling_id>", "1"),
                    ("<int:gebruiker_id>", "1"),
                    ("<str:formaat>", "txt"),
                ):
                    pad = pad.replace(conv, waarde)
                yield f"{ns}{p.name}", pad

    yield from loop(get_resolver().url_patterns, "", "")


@ORG
def test_elke_post_route_is_ingedeeld(cast: Cast) -> None:
    """Every URL whose view accepts a POST is a write path with a policy scenario, or is
    named as writing no casus. Found by asking each URL: a view that refuses POST answers
    405 before it does anything."""
    client = ingelogd(cast.medewerker)
    post_routes = set()
    for naam, pad in _post_routes():
        if client.post(pad, {}).status_code != 405:
            post_routes.add(naam)
    assert "flow:stap1" in post_routes and "org:besluit" in post_routes  # the walk works
    onbekend = {
        naam
        for naam in post_routes - set(SCHRIJFPADEN) - set(GEEN_CASUS_SCHRIJVEN)
        if naam.split(":")[0] not in GEEN_CASUS_NAMESPACES
    }
    assert not onbekend, f"POST-routes zonder beleidsscenario: {sorted(onbekend)}"
    assert set(SCHRIJFPADEN) <= post_routes


class Wereld:
    """A medewerker's casus (open or closed), shared for consult with the af and for the
    decision with the bs, with a proposal; or (vreemd) the same, but owned by a medewerker
    of another team who shared nothing."""

    def __init__(self, cast: Cast, staat: str) -> None:
        from .conftest import maak_gebruiker

        self.cast = cast
        maak_gebruiker("af2", "aandachtsfunctionaris")
        eigenaar = cast.buitenstaander if staat == "vreemd" else cast.medewerker
        self.casus = services.casus_aanmaken(
            user=eigenaar, dossier_ref="W-1", casus=casus_met_tekst()
        )
        # Someone else's casus is shared with nobody of the cast (only with a third af).
        af = maak_gebruiker("af3", "aandachtsfunctionaris") if staat == "vreemd" else None
        self.deling_id = services.casus_delen(
            user=eigenaar,
            casus_id=self.casus.pk,
            met=af or cast.aandachtsfunctionaris,
            rol=DeelRol.CONSULT,
        ).pk
        if staat != "vreemd":
            services.casus_delen(
                user=eigenaar, casus_id=self.casus.pk, met=cast.beslisser, rol=DeelRol.BESLISSEN
            )
        services.voorstel_doen(user=eigenaar, casus_id=self.casus.pk, keuze="nee", reden="hulp")
        if staat == "gesloten":
            services.casus_afsluiten(user=eigenaar, casus_id=self.casus.pk, reden="klaar")

    def versie(self) -> int:
        rij = StoredCasus.objects.filter(pk=self.casus.pk).first()
        return rij.version if rij else 1

    def actor(self, naam: str) -> Any:
        c = self.cast
        if naam == "eigenaar_stap1":
            Profiel.objects.filter(gebruiker=c.medewerker).update(alleen_stap_1=True)
            return c.medewerker
        return {
            "anoniem": None,
            "eigenaar": c.medewerker,
            "af": c.aandachtsfunctionaris,
            "bs": c.beslisser,
            "beheerder": c.beheerder,
            "buitenstaander": c.buitenstaander,
        }[naam]


def _stand() -> tuple[Any, ...]:
    """Everything a write could change (views and exports only add audit entries)."""
    return (
        sorted(StoredCasus.objects.values_list("pk", "version", "status", "data")),
        sorted(VeiligThuisContact.objects.values_list("pk", flat=True)),
        sorted(Hulpplan.objects.values_list("pk", "doelen")),
        sorted(Herweging.objects.values_list("pk", flat=True)),
        sorted(Deling.objects.values_list("pk", "rol")),
        sorted(Aftekening.objects.values_list("pk", "voorstel", "besluit")),
    )


ACTOREN = ("anoniem", "eigenaar", "eigenaar_stap1", "af", "bs", "beheerder", "buitenstaander")
STATEN = ("open", "gesloten", "vreemd")


def _mag(pad: Pad, actor: str, staat: str) -> bool:
    """What the policy must decide, written out for the test."""
    if actor in {"anoniem", "beheerder"}:
        return False
    stap_ok = not (actor == "eigenaar_stap1" and pad.stap is not None and pad.stap > 1)
    if pad.nieuw:
        return stap_ok
    if staat == "vreemd":  # the casus of a medewerker of another team: he is its owner
        actor = {"buitenstaander": "eigenaar", "eigenaar": "-", "eigenaar_stap1": "-"}.get(
            actor, actor
        )
    if actor not in pad.wie or (staat == "vreemd" and actor in {"af", "bs"}):  # not shared
        return False
    if staat == "gesloten" and not pad.ook_gesloten:
        return False
    return stap_ok


@ORG
@pytest.mark.parametrize("staat", STATEN)
@pytest.mark.parametrize("actor", ACTOREN)
@pytest.mark.parametrize("pad", sorted(SCHRIJFPADEN))
def test_schrijfroute_rol_en_staat(cast: Cast, pad: str, actor: str, staat: str) -> None:
    w = Wereld(cast, staat)
    wie = w.actor(actor)
    voor = _stand()
    r = SCHRIJFPADEN[pad].post(ingelogd(wie), w, wie)
    assert r.status_code < 500
    geschreven = _stand() != voor
    assert geschreven == _mag(SCHRIJFPADEN[pad], actor, staat), (pad, actor, staat, r.status_code)
    if actor == "anoniem" and pad != "flow:nood":  # the emergency page is open to all
        assert r.status_code == 302 and r["Location"].endswith("/org/inloggen/")


@ORG
@pytest.mark.parametrize("pad", sorted(SCHRIJFPADEN))
def test_elke_schrijfroute_vraagt_het_beleid(
    cast: Cast, pad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the policy refusing everything, no write path changes anything: each asks it."""
    gevraagd: list[set[str]] = []

    def weiger(**kwargs: Any) -> None:
        gevraagd.append(set(kwargs["delen"]))
        raise beleid.Geweigerd("Nee.")

    w = Wereld(cast, "open")
    p = SCHRIJFPADEN[pad]
    wie = w.actor(sorted(p.wie)[0])
    monkeypatch.setattr(beleid, "toetsen", weiger)
    voor = _stand()
    r = p.post(ingelogd(wie), w, wie)
    assert r.status_code < 500
    assert _stand() == voor, pad
    assert gevraagd, pad


@ORG
def test_import_legt_het_besluit_niet_vast_als_de_beslisser_aftekent(cast: Cast) -> None:
    """The bypass of issue 14: a file edited to hold a decision. It becomes her proposal;
    the audit entry says the casus came from a file, with the file's sha256."""
    Instellingen.objects.update_or_create(pk=1, defaults={"beslisser_tekent_af": True})
    client = ingelogd(cast.medewerker)
    r = _openen(client, None, cast.medewerker)  # type: ignore[arg-type]
    assert r.status_code == 200
    stored = StoredCasus.objects.get(dossier_ref="IMPORT-1")
    casus = selectors.casus_lezen(stored)
    assert casus.beslissingen.melden.keuze is None
    assert [s.tekst for s in casus.signalen] == ["Blauwe plek"]
    aft = Aftekening.objects.get(casus=stored)
    assert (aft.voorstel, aft.voorstel_reden, aft.besluit) == ("ja", "Ernstig", "")
    entry = AuditEntry.objects.get(object_id=str(stored.pk), actie="casus_geimporteerd")
    assert entry.detail == "sha256:" + hashlib.sha256(_bestand()).hexdigest()
    assert entry.gebruiker_id == cast.medewerker.pk


@ORG
def test_import_door_een_account_voor_alleen_stap_1_wordt_geweigerd(cast: Cast) -> None:
    Profiel.objects.filter(gebruiker=cast.medewerker).update(alleen_stap_1=True)
    r = _openen(ingelogd(cast.medewerker), None, cast.medewerker)  # type: ignore[arg-type]
    assert r.status_code == 403
    assert not StoredCasus.objects.exists()


@ORG
def test_import_van_een_afgesloten_casus_is_afgesloten(cast: Cast) -> None:
    casus = Casus(label="IMP-2", afgesloten=Afsluiting(datum=dt.date(2026, 1, 2), reden="Klaar"))
    bestand = SimpleUploadedFile("c.json", casus_naar_json(casus))
    r = ingelogd(cast.medewerker).post("/openen/", {"bestand": bestand})
    assert r.status_code == 200
    assert StoredCasus.objects.get(dossier_ref="IMP-2").status == "afgesloten"


def test_gewijzigde_delen_volgen_de_stappen() -> None:
    leeg = Casus()
    assert beleid.gewijzigde_delen(leeg, leeg) == set()
    assert beleid.gewijzigde_delen(leeg, Casus.model_validate(json.loads(_bestand()))) == {
        "stap1",
        "stap2",
        beleid.BESLUIT,
    }
