"""Loads the word lists (data/*.yaml) once and turns them into matchers.

The lists are data so that a domain expert can review and extend them without reading code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from meldwijzer.engine.schrijfcheck.lexicon import Frame, Lexicon, lexicon_uit


def _laad(naam: str) -> dict[str, Any]:
    bestand = resources.files("meldwijzer.engine.schrijfcheck.data").joinpath(naam)
    inhoud = yaml.safe_load(bestand.read_text(encoding="utf-8"))
    if not isinstance(inhoud, dict):
        raise ValueError(f"schrijfcheck: {naam} is geen YAML-mapping")
    return inhoud


def laad_data(naam: str) -> dict[str, Any]:
    """One data file of the schrijfcheck (data/NAAM), as a mapping."""
    return _laad(naam)


def _woordenschat() -> frozenset[str]:
    bestand = resources.files("meldwijzer.engine.schrijfcheck.data").joinpath("woordenschat.txt")
    regels = bestand.read_text(encoding="utf-8").splitlines()
    return frozenset(r.strip().lower() for r in regels if r.strip() and not r.startswith("#"))


def _set(waarden: Any) -> frozenset[str]:
    return frozenset(str(w).lower() for w in (waarden or ()))


def _vormen(lijsten: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for lijst in (lijsten or ()) for v in lijst)


def _frames(items: Any) -> tuple[Frame, ...]:
    return tuple(
        Frame(
            eerste=_set(f["eerste"]),
            tweede=_set(f["tweede"]),
            vereist=_set(f.get("vereist")),
            na=_set(f.get("na")),
        )
        for f in (items or ())
    )


@dataclass(frozen=True)
class BronData:
    zinnen: Lexicon
    horen_vormen: frozenset[str]
    horen_personen: frozenset[str]
    vaag: frozenset[str]
    vaag_voor: frozenset[str]
    instellingen: frozenset[str]
    berichtwoorden: frozenset[str]
    personen: frozenset[str]
    werkwoorden: frozenset[str]
    werkwoorden_met_dat: frozenset[str]
    contact: frozenset[str]
    scheidbaar: tuple[Frame, ...]
    vragen: frozenset[str]
    vraagwoorden: frozenset[str]
    achteraf: frozenset[str]
    achteraf_geen_bron: frozenset[str]
    bron_begin: frozenset[str]
    bron_verbinders: frozenset[str]
    bron_achter: frozenset[str]
    zou_vormen: frozenset[str]
    zou_niet_na: frozenset[str]
    zou_perfectief: frozenset[str]
    zou_voorwaarde: frozenset[str]
    zou_toekomst: frozenset[str]
    #: Every word that can start a report verb or a question (a quick first test).
    meld_eerste: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DiagnoseData:
    labels: Lexicon
    deskundigen: frozenset[str]
    deskundigen_achter: tuple[str, ...]
    ontkenning: frozenset[str]
    ontkenning_direct: frozenset[str]


@dataclass(frozen=True)
class IdentData:
    titels: frozenset[str]
    inleiders: frozenset[str]
    tussenvoegsels: frozenset[str]
    geen_namen: frozenset[str]
    gewone_woorden: frozenset[str]
    voornamen: frozenset[str]
    #: Common Dutch words (data/woordenschat.txt): capitalised, still not a name.
    woordenschat: frozenset[str]
    afkortingen: frozenset[str]
    straat_achtervoegsels: tuple[str, ...]
    bsn_woorden: tuple[str, ...]


@dataclass(frozen=True)
class Woorden:
    interpretatie: Lexicon
    geen_oordeel: Lexicon
    vaag: Lexicon
    bron: BronData
    diagnose: DiagnoseData
    ident: IdentData
    hypothese_woorden: frozenset[str]
    eerste_persoon: frozenset[str]
    zinsdeelgrens: frozenset[str]
    uitleg: dict[str, Any]


@cache
def woorden() -> Woorden:
    """All word lists, loaded once per process."""
    algemeen = _laad("algemeen.yaml")
    bron = _laad("bron.yaml")
    interpretatie = _laad("interpretatie.yaml")
    diag = _laad("diagnose.yaml")
    ident = _laad("identificerend.yaml")
    deskundigen = _set(diag["deskundigen"])
    return Woorden(
        interpretatie=lexicon_uit(interpretatie),
        geen_oordeel=lexicon_uit({"woordgroepen": interpretatie.get("geen_oordeel", [])}),
        vaag=lexicon_uit(_laad("vaag.yaml")),
        bron=BronData(
            zinnen=lexicon_uit({"woordgroepen": bron["zinnen"], "gescheiden": bron["passief"]}),
            horen_vormen=_set(bron["horen_vormen"]),
            horen_personen=_set(bron["horen_personen"]),
            vaag=_set(bron["vaag"]),
            vaag_voor=_set(bron["vaag_voor"]),
            instellingen=_set(bron["instellingen"]),
            berichtwoorden=_set(bron["berichtwoorden"]),
            personen=_set(bron["personen"]),
            werkwoorden=_vormen(bron["werkwoorden"]),
            werkwoorden_met_dat=_vormen(bron["werkwoorden_met_dat"]),
            contact=_vormen(bron["contact"]),
            scheidbaar=_frames(bron["scheidbaar"]),
            vragen=_set(bron["vragen"]),
            vraagwoorden=_set(bron["vraagwoorden"]),
            achteraf=_set(bron["achteraf"]),
            achteraf_geen_bron=_set(bron["achteraf_geen_bron"]),
            bron_begin=_set(bron["bron_begin"]),
            bron_verbinders=_set(bron["bron_verbinders"]),
            bron_achter=_set(bron["bron_achter"]),
            zou_vormen=_set(bron["zou_vormen"]),
            zou_niet_na=_set(bron["zou_niet_na"]),
            zou_perfectief=_set(bron["zou_perfectief"]),
            zou_voorwaarde=_set(bron["zou_voorwaarde"]),
            zou_toekomst=_set(bron["zou_toekomst"]),
            meld_eerste=_vormen(bron["werkwoorden"])
            | _vormen(bron["werkwoorden_met_dat"])
            | _set(bron["vragen"])
            | frozenset(v for f in _frames(bron["scheidbaar"]) for v in f.eerste),
        ),
        diagnose=DiagnoseData(
            labels=lexicon_uit(diag),
            deskundigen=deskundigen,
            deskundigen_achter=tuple(sorted(deskundigen)),
            ontkenning=_set(diag["ontkenning"]),
            ontkenning_direct=_set(diag["ontkenning_direct"]),
        ),
        ident=IdentData(
            titels=_set(ident["titels"]),
            inleiders=_set(ident["inleiders"]),
            tussenvoegsels=_set(ident["tussenvoegsels"]),
            geen_namen=_set(ident["geen_namen"]),
            gewone_woorden=_set(ident["gewone_woorden"]),
            voornamen=_set(ident["voornamen"]),
            woordenschat=_woordenschat(),
            afkortingen=_set(ident["afkortingen"]),
            straat_achtervoegsels=tuple(str(s) for s in ident["straat_achtervoegsels"]),
            bsn_woorden=tuple(str(s) for s in ident["bsn_woorden"]),
        ),
        hypothese_woorden=_set(algemeen["hypothese_woorden"]),
        eerste_persoon=_set(algemeen["eerste_persoon"]),
        zinsdeelgrens=_set(algemeen["zinsdeelgrens"]),
        uitleg=_laad("uitleg.yaml"),
    )
