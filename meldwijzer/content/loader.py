"""Read a content pack folder, validate it completely, and return a `Pack` or one `PackError`.

A pack is only usable as a whole: the web flow and the verslag look texts up by id, so a
missing block would surface as a crash in front of a professional. The loader therefore
collects every problem it can find (YAML syntax, missing files, unknown keys, wrong types,
missing required blocks, duplicate ids, examples pointing to unknown question groups, scope
gaps) with file, line and key path, and raises them together. A broken pack never half-loads.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from meldwijzer.content import checks
from meldwijzer.content.lines import KeyPath, ParsedFile, parse_yaml
from meldwijzer.content.messages import dutch_message
from meldwijzer.content.model import Pack
from meldwijzer.content.skelet import MARKERING, MARKERING_PATROON
from meldwijzer.engine.fouten import MeldwijzerFout, Soort

#: Environment variable that points to an organisation's own pack folder.
ENV_VAR = "MELDWIJZER_CONTENT_PACK"
#: The pack shipped with meldwijzer: psychologen, pedagogen, (psycho)therapeuten en sociaal werkers.
SHIPPED_PACK = Path(__file__).resolve().parent / "packs" / "bpsw"
#: The basis kader: the five steps and two decisions as the government gives them (seeds
#: 000, 001, 004), for every professional whose own kader meldwijzer does not have.
BASIS_PACK = Path(__file__).resolve().parent / "packs" / "basis"

#: The files of a pack and the top-level keys each one holds, in reporting order.
FILES: dict[str, tuple[str, ...]] = {
    "pack.yaml": ("meta",),
    "stappen.yaml": ("stappen",),
    "definities.yaml": ("definities",),
    "afwegingen.yaml": ("afwegingen",),
    "melding.yaml": ("melding", "conflict_van_plichten", "noodsituatie"),
    "scope.yaml": ("scope",),
    "faq.yaml": ("faq",),
}
FIELD_FILE: dict[str, str] = {key: name for name, keys in FILES.items() for key in keys}


@dataclass(frozen=True, order=True)
class Probleem:
    """One problem in a pack: where it is and what is wrong, in Dutch."""

    bestand: str
    regel: int
    sleutel: str
    melding: str

    def __str__(self) -> str:
        return f"{self.bestand}:{self.regel}: {self.sleutel or '(bestand)'}: {self.melding}"


class PackError(MeldwijzerFout):
    """Raised by `load_pack` with every problem found; the pack is not loaded at all. For the
    installation to fix, not the user (INTERN): the message lists the problems."""

    soort = Soort.INTERN

    def __init__(self, pad: Path, problemen: list[Probleem]) -> None:
        self.pad = pad
        self.problemen: tuple[Probleem, ...] = tuple(problemen)
        regels = "\n".join(str(p) for p in self.problemen)
        aantal = len(self.problemen)
        super().__init__(f"content pack {pad} is ongeldig ({aantal} problemen):\n{regels}")


class _Collector:
    """Collects problems and maps key paths to lines of the file that holds them."""

    def __init__(self) -> None:
        self.problemen: list[Probleem] = []
        self.files: dict[str, ParsedFile] = {}

    def add(self, bestand: str, pad: KeyPath, melding: str, *, regel: int | None = None) -> None:
        if regel is None:
            parsed = self.files.get(bestand)
            regel = parsed.line_of(pad) if parsed else 1
        sleutel = ".".join(str(deel) for deel in pad)
        self.problemen.append(Probleem(bestand, regel, sleutel, melding))

    def at(self, pad: KeyPath, melding: str) -> None:
        """Report a problem at a pack-level key path (first element names the field)."""
        bestand = FIELD_FILE.get(str(pad[0]), "pack.yaml") if pad else "pack.yaml"
        self.add(bestand, pad, melding)


def load_pack(path: Path | str) -> Pack:
    """Load and validate the pack folder at `path`; raise `PackError` listing every problem."""
    pad = Path(path)
    col = _Collector()
    if not pad.is_dir():
        col.add(str(pad), (), "map met het content pack bestaat niet", regel=0)
        raise PackError(pad, col.problemen)
    data: dict[str, Any] = {}
    broken: set[str] = set()
    for naam, keys in FILES.items():
        parsed = _read_file(pad / naam, naam, col)
        if parsed is None:
            broken.update(keys)
            continue
        col.files[naam] = parsed
        _take_top_level(parsed, naam, keys, col, data, broken)
    _report_unknown_files(pad, col)
    pack = _validate(data, broken, col)
    checks.run(data, col.at)
    _report_blanks(data, col)
    if col.problemen or pack is None:
        raise PackError(pad, _sorted_unique(col.problemen))
    return pack


def _read_file(bestand: Path, naam: str, col: _Collector) -> ParsedFile | None:
    if not bestand.is_file():
        col.add(naam, (), "bestand ontbreekt", regel=0)
        return None
    try:
        tekst = bestand.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        col.add(naam, (), f"bestand is geen geldige UTF-8-tekst (byte {exc.start})", regel=1)
        return None
    parsed, fouten = parse_yaml(tekst)
    for regel, pad, melding in fouten:
        col.add(naam, pad, melding, regel=regel)
    if parsed is None:
        return None
    if not isinstance(parsed.data, dict):
        col.add(naam, (), "bestand moet een mapping (sleutel: waarde) bevatten", regel=1)
        return None
    return parsed


def _take_top_level(
    parsed: ParsedFile,
    naam: str,
    keys: tuple[str, ...],
    col: _Collector,
    data: dict[str, Any],
    broken: set[str],
) -> None:
    for key in parsed.data:
        if key not in keys:
            verwacht = ", ".join(keys)
            col.add(naam, (key,), f"onbekende sleutel; dit bestand bevat alleen: {verwacht}")
    for key in keys:
        if key in parsed.data:
            data[key] = parsed.data[key]
        else:
            col.add(naam, (), f"verplichte sleutel '{key}' ontbreekt", regel=1)
            broken.add(key)


def _report_unknown_files(pad: Path, col: _Collector) -> None:
    for bestand in sorted(pad.iterdir()):
        if bestand.suffix in {".yaml", ".yml"} and bestand.name not in FILES:
            col.add(bestand.name, (), "onbekend bestand; verwacht: " + ", ".join(FILES), regel=0)


def _validate(data: dict[str, Any], broken: set[str], col: _Collector) -> Pack | None:
    try:
        return Pack.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            if loc and str(loc[0]) in broken:
                continue  # already reported: the file is missing or unreadable
            if not loc and err["type"] == "value_error":
                continue  # the model's ordering check; `checks` reports it with a location
            col.at(_trim(loc, data, err["type"]), dutch_message(err))
        return None


def _trim(loc: tuple[Any, ...], data: Any, err_type: str) -> KeyPath:
    """Cut pydantic's union/tag segments so the path names keys that exist in the YAML."""
    pad: list[str | int] = []
    node = data
    for i, deel in enumerate(loc):
        if isinstance(node, dict) and deel in node:
            node = node[deel]
        elif isinstance(node, list) and isinstance(deel, int) and 0 <= deel < len(node):
            node = node[deel]
        elif err_type == "missing" and i == len(loc) - 1 and isinstance(deel, str):
            pass
        else:
            break
        pad.append(deel if isinstance(deel, int) else str(deel))
    return tuple(pad)


def _report_blanks(data: dict[str, Any], col: _Collector) -> None:
    """A skeleton's blanks (`<<INVULLEN: ...>>`, see `skelet.py`): one clear problem per blank,
    instead of the type or format errors the placeholder itself causes at that place."""
    leeg = list(_blanks(data, ()))
    if not leeg:
        return
    plekken = {".".join(str(deel) for deel in pad) for pad, _ in leeg}
    col.problemen = [
        p
        for p in col.problemen
        if not any(p.sleutel == plek or p.sleutel.startswith(plek + ".") for plek in plekken)
    ]
    for pad, uitleg in leeg:
        col.at(pad, f"nog in te vullen: {uitleg}")


def _blanks(value: Any, pad: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    if isinstance(value, str) and MARKERING in value:
        gevonden = MARKERING_PATROON.search(value)
        yield pad, (gevonden.group("uitleg").strip() if gevonden else value.strip())
    elif isinstance(value, dict):
        for key, kind in value.items():
            yield from _blanks(kind, (*pad, key))
    elif isinstance(value, list):
        for i, kind in enumerate(value):
            yield from _blanks(kind, (*pad, i))


def _sorted_unique(problemen: list[Probleem]) -> list[Probleem]:
    volgorde = {naam: i for i, naam in enumerate(FILES)}
    uniek = list(dict.fromkeys(problemen))
    return sorted(uniek, key=lambda p: (volgorde.get(p.bestand, len(volgorde)), p.bestand, p.regel))


def default_pack() -> Pack:
    """The pack in `$MELDWIJZER_CONTENT_PACK`, or the shipped BPSW pack; loaded once per folder."""
    return _load_cached(os.environ.get(ENV_VAR) or str(SHIPPED_PACK))


def basis_pack() -> Pack:
    """The shipped basis kader (loaded once)."""
    return _load_cached(str(BASIS_PACK))


def pack_voor_beroepsgroep(beroepsgroep: str | None) -> Pack:
    """The pack for a professional of `beroepsgroep`; None (not chosen) gives `default_pack`.

    Candidates in order: the organisation's own pack (`$MELDWIJZER_CONTENT_PACK`), the
    shipped BPSW pack; the first whose `meta.beroepsgroepen` names hers. When none does,
    the basis kader: "Er zijn verschillende afwegingskaders voor specifieke beroepsgroepen"
    (seed 001), and meldwijzer must not hand her another group's kader as if it were hers.
    """
    if not beroepsgroep:
        return default_pack()
    kandidaten = [os.environ.get(ENV_VAR), str(SHIPPED_PACK)]
    for pad in dict.fromkeys(k for k in kandidaten if k):
        pack = _load_cached(pad)
        if beroepsgroep in pack.meta.beroepsgroepen:
            return pack
    return basis_pack()


@functools.lru_cache(maxsize=4)
def _load_cached(pad: str) -> Pack:
    return load_pack(Path(pad))


def clear_cache() -> None:
    """Forget loaded packs (tests, or after editing a pack in a running process)."""
    _load_cached.cache_clear()


__all__ = [
    "BASIS_PACK",
    "ENV_VAR",
    "FILES",
    "SHIPPED_PACK",
    "PackError",
    "Probleem",
    "basis_pack",
    "clear_cache",
    "default_pack",
    "load_pack",
    "pack_voor_beroepsgroep",
]
