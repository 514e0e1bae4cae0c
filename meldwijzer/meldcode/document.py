"""Build the organisation's own meldcode from the model text and a profile.

The model text is `basismodel.yaml`: seed 002, Bijlage 1a-1d, verbatim, with the seed's
bracketed fill-ins left in. `bouw_meldcode` replaces each bracket by the profile's value and
each `invulling` by the profile's fields, and nothing else; the result is the verslag's
neutral document model, so the verslag's HTML, PDF and Word renderers (and fonts) print it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from meldwijzer.engine.fouten import MeldwijzerFout, Soort
from meldwijzer.meldcode.profiel import Profiel
from meldwijzer.verslag.document import Alinea, Blok, Lijst, Sectie, Veld, Velden, Verslag

BASISMODEL = Path(__file__).with_name("basismodel.yaml")
VEILIG_THUIS_LANDELIJK = "0800-2000"
MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
Schakelaar = Literal["kindcheck", "verwijsindex"]
Invulling = Literal[
    "contacten", "aftekening", "stappen", "aandachtsfunctionarissen", "vrijwilligers"
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ModelBlok(_Model):
    alinea: str | None = None
    lijst: list[str] | None = None
    invulling: Invulling | None = None
    toelichting: str = ""  # the seed's description of a fill-in: help text, never printed


class ModelDeel(_Model):
    id: str
    bron: str
    titel: str
    als: Schakelaar | None = None
    blokken: list[ModelBlok] = Field(default_factory=list)
    delen: list[ModelDeel] = Field(default_factory=list)


class Spreekuur(_Model):
    bron: str
    tekst: str
    email: str


class Opsomming(_Model):
    bron: str
    inleiding: str
    items: Annotated[list[str], Field(min_length=1)]


class Basismodel(_Model):
    document: str
    titel: str
    delen: Annotated[list[ModelDeel], Field(min_length=1)]
    spreekuur: Spreekuur
    verantwoording: Opsomming  # seed 002, 2.3: what an organisation can show it did


@functools.cache
def basismodel() -> Basismodel:
    """The model text, read and checked once per process."""
    return Basismodel.model_validate(yaml.safe_load(BASISMODEL.read_text(encoding="utf-8")))


def _schoon(tekst: str) -> str:
    return " ".join(tekst.split())


_HAAK = re.compile(r"\[[^\]]*\]")


def invulteksten(profiel: Profiel) -> dict[str, str]:
    """Each bracketed fill-in of the model (as it stands in the seed) and its value."""
    naam = profiel.naam
    return {
        "[naam van de organisatie waarvoor de meldcode wordt vastgesteld]": naam,
        "[naam organisatie of praktijk]": naam,
        "[naam organisatie]": naam,
        (
            "[naam van overige wetten die in verband met de omgang met persoonsgegevens op de "
            "betreffende organisatie van toepassing zijn]"
        ): ", ".join(profiel.overige_wetten),
        (
            "[Functionaris die, gelet op zijn taken en verantwoordelijk heden, verantwoordelijk "
            "is voor de beslissing om al dan niet een melding te doen. NB: Deze functionaris "
            "moet ook in stap 5 worden genoemd als degene die binnen de organisatie beslist "
            "over zelf hulp bieden of een melding doen]"
        ): profiel.beslisser,
    }


class OnbekendeInvulling(MeldwijzerFout, ValueError):
    """The model text holds a bracket the builder does not know (a test guards this)."""

    soort = Soort.INTERN


def invullen(tekst: str, profiel: Profiel) -> str:
    """The model text with every bracketed fill-in replaced by the profile's value."""
    waarden = invulteksten(profiel)

    def vervang(m: re.Match[str]) -> str:
        haak = _schoon(m.group(0))
        if haak not in waarden:
            raise OnbekendeInvulling(haak)
        return waarden[haak]

    return _HAAK.sub(vervang, _schoon(tekst))


def datum_tekst(datum: dt.date) -> str:
    return f"{datum.day} {MAANDEN[datum.month - 1]} {datum.year}"


def contactvelden(profiel: Profiel) -> tuple[Veld, ...]:
    """Whom to consult (stap 2): the aandachtsfunctionarissen, experts, Veilig Thuis."""
    velden = [
        Veld("Aandachtsfunctionaris", _met_bereik(c.functie, c.bereik()))
        for c in profiel.aandachtsfunctionarissen
    ]
    for d in profiel.deskundigen:
        label = f"Deskundige ({d.expertise})" if d.expertise else "Deskundige"
        velden.append(Veld(label, _met_bereik(d.functie, d.bereik())))
    vt = profiel.veilig_thuis
    velden.append(
        Veld(f"Veilig Thuis {vt.regio}", ", ".join(d for d in (vt.telefoon, vt.email) if d) or "-")
    )
    velden.append(Veld("Veilig Thuis landelijk", VEILIG_THUIS_LANDELIJK))
    if profiel.bpsw_spreekuur:
        s = basismodel().spreekuur
        velden.append(Veld("Spreekuur BPSW", f"{_schoon(s.tekst)}. E-mail: {s.email}"))
    return tuple(velden)


def _met_bereik(wie: str, bereik: str) -> str:
    return f"{wie}: {bereik}" if bereik else wie


def _invulling(soort: Invulling, profiel: Profiel) -> list[Blok]:
    if soort == "contacten":
        return [Velden(contactvelden(profiel), titel=f"Raadplegen binnen {profiel.naam}")]
    if soort == "aftekening":
        if not profiel.beslisser_tekent_af:
            return []
        return [Velden((Veld("Aftekening", f"{profiel.beslisser} tekent het besluit af."),))]
    if soort == "stappen":
        velden = [Veld("Functionarissen die alle stappen zetten", profiel.alle_stappen)]
        if profiel.alleen_stap_1:
            velden.append(Veld("Functionarissen die alleen stap 1 zetten", profiel.alleen_stap_1))
        if profiel.signalen_bij:
            velden.append(Veld("Zij brengen hun signalen bij", profiel.signalen_bij))
        return [Velden(tuple(velden))]
    if soort == "aandachtsfunctionarissen":
        return [
            Lijst(
                tuple(_met_bereik(c.functie, c.bereik()) for c in profiel.aandachtsfunctionarissen)
            )
        ]
    if not profiel.vrijwilligers:
        return []
    velden = []
    if profiel.vrijwilligers_verwachting:
        velden.append(
            Veld("Wat van vrijwilligers wordt verwacht", profiel.vrijwilligers_verwachting)
        )
    if profiel.vrijwilligers_signalen_bij:
        velden.append(
            Veld("Vrijwilligers leggen hun signalen neer bij", profiel.vrijwilligers_signalen_bij)
        )
    return [Velden(tuple(velden), titel="Vrijwilligers")]


def _blokken(blok: ModelBlok, profiel: Profiel) -> list[Blok]:
    if blok.alinea is not None:
        return [Alinea(invullen(blok.alinea, profiel))]
    if blok.lijst is not None:
        return [Lijst(tuple(invullen(i, profiel) for i in blok.lijst))]
    if blok.invulling is not None:
        return _invulling(blok.invulling, profiel)
    return []


def _aan(deel: ModelDeel, profiel: Profiel) -> bool:
    return deel.als is None or bool(getattr(profiel, deel.als))


def _sectie(deel: ModelDeel, profiel: Profiel) -> Sectie:
    inhoud: list[Blok | Sectie] = [b for blok in deel.blokken for b in _blokken(blok, profiel)]
    inhoud += [_sectie(d, profiel) for d in deel.delen if _aan(d, profiel)]
    return Sectie(id=deel.id, titel=invullen(deel.titel, profiel), inhoud=tuple(inhoud))


def meta(profiel: Profiel) -> tuple[Veld, ...]:
    """The document's front matter: organisation, version and adoption."""
    velden = [
        Veld("Organisatie", profiel.naam),
        Veld("Bevoegd gezag", profiel.bevoegd_gezag),
        Veld("Sector", profiel.sector_tekst),
        Veld("Beroepen", ", ".join(profiel.beroepen)),
    ]
    if profiel.privacyreglement:
        velden.append(Veld("Privacyreglement", profiel.privacyreglement))
    velden.append(Veld("Versie", str(profiel.versie) if profiel.versie else "concept"))
    velden.append(
        Veld(
            "Vastgesteld op",
            datum_tekst(profiel.vastgesteld_op)
            if profiel.vastgesteld_op
            else "nog niet vastgesteld",
        )
    )
    if profiel.vastgesteld_door:
        velden.append(Veld("Vastgesteld door", profiel.vastgesteld_door))
    return tuple(velden)


def bouw_meldcode(profiel: Profiel) -> Verslag:
    """The organisation's meldcode: Bijlage 1a-1d of seed 002 with its fill-ins."""
    model = basismodel()
    secties = [_sectie(d, profiel) for d in model.delen if _aan(d, profiel)]
    ondertekening = Sectie(
        id="ondertekening",
        titel="Vaststelling",
        inhoud=(
            Velden(
                (
                    Veld("Bevoegd gezag", profiel.bevoegd_gezag),
                    Veld("Versie", str(profiel.versie) if profiel.versie else "concept"),
                    Veld(
                        "Datum",
                        datum_tekst(profiel.vastgesteld_op) if profiel.vastgesteld_op else "",
                    ),
                    Veld("Handtekening", ""),
                )
            ),
        ),
    )
    versie = f", versie {profiel.versie}" if profiel.versie else ""
    return Verslag(
        titel=model.titel,
        meta=meta(profiel),
        secties=(*secties, ondertekening),
        label=profiel.naam,
        kopregel=f"Meldcode {profiel.naam}{versie}",
    )
