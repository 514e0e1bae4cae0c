"""Cross-checks on a pack that one pydantic model cannot express on its own.

They run on the raw YAML data (also when parts of it have the wrong type, so every problem
is found in one pass) and report through `report(key_path, dutch_message)`:

- the blocks and definitions the web flow and verslag look up by id are present
  (`VERPLICHTE_BLOKKEN`, `VERPLICHTE_DEFINITIES`, `VERPLICHTE_HULPVRAGEN`);
- ids are unique in every list, and voorbeeld ids across the whole pack;
- steps and afwegingen are numbered 1..5 in order, with the afweging ids and steps of Bijlage 2;
- every `voorbeeld.hulpvragen` names a group of helper questions of its own afweging;
- every scope situatie has exactly one rule (BPSW 1.3 and Bijlage 1b), and its
  `binnen_meldcode` flag agrees with the engine, which alone decides it;
- every `bron.document` looks like a seed file name (`NNN_<16 hex>.txt`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from meldwijzer.content.lines import KeyPath
from meldwijzer.content.model import (
    AFWEGING_STAPPEN,
    VERPLICHTE_BLOKKEN,
    VERPLICHTE_DEFINITIES,
    VERPLICHTE_HULPVRAGEN,
)
from meldwijzer.engine.casus_keuzes import Situatie
from meldwijzer.engine.norm_beslissingen import binnen_meldcode

Report = Callable[[KeyPath, str], None]

#: File names of the source documents, as in /work/shared/seeds (e.g. 002_5b0914504b666284.txt).
SEED_DOCUMENT = re.compile(r"^[0-9]{3}_[0-9a-f]{16}\.txt$")
STAPPEN_VOLGORDE = "stappen moeten genummerd zijn 1 t/m 5, in die volgorde"
AFWEGINGEN_VOLGORDE = "afwegingen moeten genummerd zijn 1 t/m 5, in die volgorde"
SITUATIES: tuple[str, ...] = tuple(s.value for s in Situatie)


def run(data: dict[str, Any], report: Report) -> None:
    """Run every cross-check on the merged raw pack data.

    The basis kader (`meta.soort: basis`) holds only the government's general texts, so the
    blocks, definitions, groups, scope rules and questions a beroepskader must have are not
    required of it; everything else is checked the same way.
    """
    meta = data.get("meta")
    volledig = not (isinstance(meta, dict) and meta.get("soort") == "basis")
    _stappen(data.get("stappen"), report, volledig=volledig)
    _melding(data.get("melding"), report, volledig=volledig)
    _definities(data.get("definities"), report, volledig=volledig)
    _afwegingen(data.get("afwegingen"), report, volledig=volledig)
    _scope(data.get("scope"), report, volledig=volledig)
    if volledig:
        _kader_delen(data, report)
    for veld in ("faq", "conflict_van_plichten"):
        _unique_ids(data.get(veld), (veld,), report)
    for pad, document in _documents(data, ()):
        if not SEED_DOCUMENT.match(document):
            report(pad, f"bron '{document}' heeft niet de vorm NNN_<16 hex>.txt van een seed")


def _kader_delen(data: dict[str, Any], report: Report) -> None:
    vragen = data.get("conflict_van_plichten")
    if isinstance(vragen, list) and len(vragen) != 5:
        report(
            ("conflict_van_plichten",),
            f"precies 5 vragen nodig (conflict van plichten), gevonden {len(vragen)}",
        )
    if "noodsituatie" in data and data["noodsituatie"] is None:
        report(("noodsituatie",), "verplicht blok ontbreekt")


def _dicts(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, dict):
                yield i, item


def _is_int(value: Any) -> bool:
    """Numbers of the wrong type are reported by pydantic; only check real integers here."""
    return isinstance(value, int) and not isinstance(value, bool)


def _ids(value: Any) -> set[str]:
    return {item["id"] for _, item in _dicts(value) if isinstance(item.get("id"), str)}


def _unique_ids(
    value: Any, pad: KeyPath, report: Report, seen: dict[str, int] | None = None
) -> None:
    seen = {} if seen is None else seen
    for i, item in _dicts(value):
        item_id = item.get("id")
        if not isinstance(item_id, str):
            continue
        if item_id in seen:
            report((*pad, i, "id"), f"dubbele id '{item_id}' (ook bij item {seen[item_id]})")
        else:
            seen[item_id] = i


def _require(value: Any, nodig: tuple[str, ...], pad: KeyPath, soort: str, report: Report) -> None:
    if not isinstance(value, list):
        return  # the type error is reported by pydantic
    aanwezig = _ids(value)
    for item_id in nodig:
        if item_id not in aanwezig:
            report(pad, f"verplicht {soort} '{item_id}' ontbreekt")


def _stappen(stappen: Any, report: Report, *, volledig: bool) -> None:
    for i, stap in _dicts(stappen):
        if _is_int(stap.get("nummer")) and stap.get("nummer") != i + 1:
            report(("stappen", i, "nummer"), STAPPEN_VOLGORDE)
        _unique_ids(stap.get("blokken"), ("stappen", i, "blokken"), report)
    if not isinstance(stappen, list) or not volledig:
        return
    for sleutel, nodig in VERPLICHTE_BLOKKEN.items():
        if not sleutel.startswith("stap"):
            continue
        index = int(sleutel.removeprefix("stap")) - 1
        if index < len(stappen) and isinstance(stappen[index], dict):
            blokken = stappen[index].get("blokken", [])
            _require(blokken, nodig, ("stappen", index, "blokken"), "blok", report)


def _melding(melding: Any, report: Report, *, volledig: bool) -> None:
    _unique_ids(melding, ("melding",), report)
    if volledig:
        _require(melding, VERPLICHTE_BLOKKEN["melding"], ("melding",), "blok", report)


def _definities(definities: Any, report: Report, *, volledig: bool) -> None:
    _unique_ids(definities, ("definities",), report)
    if volledig:
        _require(definities, VERPLICHTE_DEFINITIES, ("definities",), "definitie", report)


def _afwegingen(afwegingen: Any, report: Report, *, volledig: bool) -> None:
    volgorde = list(AFWEGING_STAPPEN)
    _unique_ids(afwegingen, ("afwegingen",), report)
    voorbeelden_gezien: dict[str, int] = {}
    for i, afweging in _dicts(afwegingen):
        pad: KeyPath = ("afwegingen", i)
        if _is_int(afweging.get("nummer")) and afweging.get("nummer") != i + 1:
            report((*pad, "nummer"), AFWEGINGEN_VOLGORDE)
        verwacht = volgorde[i] if i < len(volgorde) else None
        if verwacht and afweging.get("id") in AFWEGING_STAPPEN and afweging.get("id") != verwacht:
            report((*pad, "id"), f"afweging {i + 1} moet id '{verwacht}' hebben")
        afweging_id = afweging.get("id")
        if isinstance(afweging_id, str) and afweging_id in AFWEGING_STAPPEN:
            stap = AFWEGING_STAPPEN[afweging_id]
            if _is_int(afweging.get("stap")) and afweging.get("stap") != stap:
                report((*pad, "stap"), f"afweging '{afweging_id}' hoort bij stap {stap}")
            nodig = VERPLICHTE_HULPVRAGEN.get(afweging_id, ()) if volledig else ()
            groep_pad: KeyPath = (*pad, "hulpvragen")
            _require(afweging.get("hulpvragen"), nodig, groep_pad, "groep hulpvragen", report)
        groepen = afweging.get("hulpvragen", [])
        _unique_ids(groepen, (*pad, "hulpvragen"), report)
        _unique_ids(afweging.get("voorbeelden"), (*pad, "voorbeelden"), report, voorbeelden_gezien)
        _voorbeelden(afweging.get("voorbeelden"), _ids(groepen), pad, report)


def _voorbeelden(voorbeelden: Any, groepen: set[str], pad: KeyPath, report: Report) -> None:
    for j, voorbeeld in _dicts(voorbeelden):
        groep = voorbeeld.get("hulpvragen")
        if isinstance(groep, str) and groep not in groepen:
            bekend = ", ".join(sorted(groepen)) or "geen"
            report(
                (*pad, "voorbeelden", j, "hulpvragen"),
                f"onbekende groep hulpvragen '{groep}'; bij deze afweging bestaan: {bekend}",
            )


def _scope(scope: Any, report: Report, *, volledig: bool) -> None:
    if not isinstance(scope, list):
        return
    gezien: dict[str, int] = {}
    for i, regel in _dicts(scope):
        situatie = regel.get("situatie")
        if not isinstance(situatie, str):
            continue
        if situatie in gezien:
            report(("scope", i, "situatie"), f"situatie '{situatie}' staat er twee keer in")
        gezien.setdefault(situatie, i)
        vlag = regel.get("binnen_meldcode")
        if situatie in SITUATIES and isinstance(vlag, bool):
            volgens_meldcode = binnen_meldcode(Situatie(situatie))
            if vlag != volgens_meldcode:
                report(
                    ("scope", i, "binnen_meldcode"),
                    f"moet {str(volgens_meldcode).lower()} zijn: situatie '{situatie}' valt "
                    f"{'binnen' if volgens_meldcode else 'buiten'} de meldcode (BPSW 1.3)",
                )
    for situatie in SITUATIES if volledig else ():
        if situatie not in gezien:
            report(("scope",), f"regel voor situatie '{situatie}' ontbreekt")


def _documents(value: Any, pad: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    """Every `bron.document` and `extra_bronnen[i].document` in the data, with its path."""
    if isinstance(value, dict):
        for key, kind in value.items():
            if key == "bron" and isinstance(kind, dict) and isinstance(kind.get("document"), str):
                yield (*pad, key, "document"), kind["document"]
            elif key == "extra_bronnen":
                for i, bron in _dicts(kind):
                    if isinstance(bron.get("document"), str):
                        yield (*pad, key, i, "document"), bron["document"]
            else:
                yield from _documents(kind, (*pad, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _documents(item, (*pad, i))
