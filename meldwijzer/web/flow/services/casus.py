"""Changes to the casus as a whole: a new casus, its scope, who did the work, removing an
item, skipping and resuming a step, closing and re-opening."""

from __future__ import annotations

import datetime as dt

from meldwijzer.engine.casus import (
    Afsluiting,
    Beroep,
    Casus,
    Client,
    RolClient,
    Situatie,
    StapOvergeslagen,
    Vorm,
)


def casus_kopie(casus: Casus, *, nu: dt.datetime | None) -> Casus:
    nieuw = casus.model_copy(deep=True)
    if nu is not None:
        nieuw.gewijzigd = nu
    return nieuw


def casus_nieuw(
    *, label: str, content_pack: str, nu: dt.datetime, beroep: Beroep | None = None
) -> Casus:
    return Casus(
        label=label,
        content_pack=content_pack,
        aangemaakt=nu,
        gewijzigd=nu,
        beroep=beroep or Beroep(),
    )


def scope_vastleggen(
    casus: Casus,
    *,
    situatie: Situatie,
    leeftijd: int | None,
    woont_thuis: bool | None,
    rol: RolClient | None,
    vormen: list[Vorm],
    noodsituatie: bool,
    eenmalig_contact: bool,
    toelichting: str,
    nu: dt.datetime | None = None,
) -> Casus:
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.situatie = situatie
    nieuw.client = Client(leeftijd=leeftijd, woont_thuis=woont_thuis, rol=rol)
    nieuw.vormen = list(vormen)
    nieuw.noodsituatie = noodsituatie
    nieuw.eenmalig_contact = eenmalig_contact
    nieuw.scope_toelichting = toelichting
    return nieuw


def afhankelijk_vastleggen(
    casus: Casus, *, afhankelijk: bool | None, nu: dt.datetime | None = None
) -> Casus:
    """BPSW 3.3 Positie van de cliënt: a dependent client, less able to stand up for himself."""
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.client = nieuw.client.model_copy(update={"afhankelijk": afhankelijk})
    return nieuw


def item_verwijderen(
    casus: Casus, *, lijst: str, item_id: str, nu: dt.datetime | None = None
) -> Casus:
    if lijst not in {
        "signalen",
        "contra_indicaties",
        "consultaties",
        "gesprekken",
        "buiten_acties",
    }:
        raise ValueError(lijst)
    nieuw = casus_kopie(casus, nu=nu)
    setattr(nieuw, lijst, [i for i in getattr(nieuw, lijst) if i.id != item_id])
    return nieuw


def stap_overslaan(casus: Casus, *, stap: int, reden: str, nu: dt.datetime | None = None) -> Casus:
    nieuw = casus_kopie(casus, nu=nu)
    # The keys are typed Literal["1", ..., "5"]; str(step number) is one of them.
    nieuw.overgeslagen = {**nieuw.overgeslagen, str(stap): StapOvergeslagen(reden=reden)}  # type: ignore[dict-item]
    return nieuw


def stap_hervatten(casus: Casus, *, stap: int, nu: dt.datetime | None = None) -> Casus:
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.overgeslagen = {k: v for k, v in nieuw.overgeslagen.items() if k != str(stap)}
    return nieuw


def casus_afsluiten(
    casus: Casus, *, datum: dt.date, reden: str, nu: dt.datetime | None = None
) -> Casus:
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.afgesloten = Afsluiting(datum=datum, reden=reden)
    return nieuw


def casus_heropenen(casus: Casus, *, nu: dt.datetime | None = None) -> Casus:
    """New signs restart the steps (FAQ, seeds/003)."""
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.afgesloten = None
    return nieuw
