"""Template filters for the seed content pages and fields added for issues 12 and 13."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django import template
from django.http import HttpRequest

if TYPE_CHECKING:
    from meldwijzer.content.model import Blok, FaqItem, Voorbeeld
    from meldwijzer.engine.advies import Advies, AdviesItem
    from meldwijzer.engine.casus import Casus

register = template.Library()

# The pack and the step come from the page's context: a template passes whatever it holds
# (a missing variable is ""), so those parameters stay Any and the code tolerates the rest.


@register.filter
def zonder_stap(advies: Advies) -> dict[str, list[AdviesItem]]:
    """Advice and open points that belong to no step (e.g. outside the meldcode)."""
    from meldwijzer.web.flow.selectors import items_voor_stap

    return items_voor_stap(advies, None)


@register.filter
def voorbeeld(pack: Any, voorbeeld_id: str) -> Voorbeeld | None:
    """A casuïstiek example of Bijlage 2 by id, from any afweging; None when absent."""
    for afweging in getattr(pack, "afwegingen", ()):
        for v in afweging.voorbeelden:
            if v.id == voorbeeld_id:
                gevonden: Voorbeeld = v
                return gevonden
    return None


#: The longest search the FAQ page accepts; longer input is cut, never an error.
MAX_ZOEK = 200


def _plat(tekst: str) -> str:
    """Lower case without diacritics, so 'client' finds 'cliënt'."""
    ontleed = unicodedata.normalize("NFKD", tekst.casefold())
    return "".join(t for t in ontleed if not unicodedata.combining(t))


def faq_filter(items: Iterable[FaqItem], zoek: str) -> list[FaqItem]:
    """FAQ items whose question or answer contains every word of `zoek`."""
    woorden = _plat(zoek).split()
    if not woorden:
        return list(items)
    return [i for i in items if all(w in _plat(f"{i.vraag} {i.antwoord}") for w in woorden)]


@register.simple_tag
def faq_zoeken(pack: Any, request: HttpRequest) -> dict[str, object]:
    """The FAQ search of this request: `q` from the query string, or from the posted form
    when a casus travels along (private mode keeps it in the page)."""
    bron = request.POST if getattr(request, "method", "") == "POST" else request.GET
    zoek = str(bron.get("q", ""))[:MAX_ZOEK].strip()
    items = list(getattr(pack, "faq", ()))
    gevonden = faq_filter(items, zoek)
    return {"q": zoek, "items": gevonden, "totaal": len(items)}


#: Chapter 3 of seed 002 in its own order: block ids of the pack's `melding` list (3.1-3.5).
#: A pack without one of them simply shows the rest.
BEROEPSGEHEIM_BLOKKEN: tuple[str, ...] = (
    "beroepsgeheim_inleiding",
    "zwijgplicht_algemeen",
    "zwijgplicht_specifiek",
    "paradox_geheimhouding",
    "toestemming",
    "conflict_van_plichten",
    "positie_client",
    "vastleggen_besluit",
    "meldrecht",
    "verhouding_meldcode",
    "handreiking_geheimhouding",
)


@register.simple_tag
def beroepsgeheim_blokken(pack: Any) -> list[Blok]:
    uit: list[Blok] = []
    for blok_id in BEROEPSGEHEIM_BLOKKEN:
        try:
            uit.append(pack.melding_blok(blok_id))
        except (KeyError, AttributeError):
            continue
    return uit


#: Blocks each step template places itself, beside the field they explain. Every other block
#: of the step is shown as background at the top of the step (`achtergrond`), so no block of
#: the pack goes unseen (a test renders every page and looks for every block).
GEPLAATST: dict[int, frozenset[str]] = {
    # volgorde_stappen is shown on the overview, where the order of the steps is at stake.
    1: frozenset({"documenteren", "kindcheck", "oudersignalen", "volgorde_stappen"}),
    2: frozenset({"specifieke_vormen"}),
    3: frozenset(
        {
            "gesprek_voorbereiden",
            "gesprek_kinderen",
            "gesprek_ouders",
            "geen_gesprek",
            "verwijsindex",
        }
    ),
    4: frozenset({"twijfel"}),
    5: frozenset({"twee_beslissingen"}),
}
#: Blocks about the report that explain a decision of step 5 (seed 002, Bijlage 1b Stap 5;
#: 2.2 'Melding zonder gesprek'; 3.3; 3.4), shown there beside the blocks stap5.html places.
MELDING_BIJ_STAP5: tuple[str, ...] = (
    "melding_zonder_gesprek",
    "veilig_thuis",
    "meldrecht",
    "vastleggen_besluit",
)


def _open(blok_id: str, casus: Casus | None, stap: int) -> bool:
    """Open by default where the casus makes the block apply (or, in step 4, the line that
    the afwegingskader is "geen checklist die tot ‘ja’ of ‘nee’ leidt")."""
    if blok_id == "eenmalige_contacten":
        return bool(getattr(casus, "eenmalig_contact", False))
    if blok_id == "gesprek_specifieke_vormen":
        from meldwijzer.engine.gesprekken import eerst_deskundigen

        return casus is not None and eerst_deskundigen(casus)
    return stap == 4 and blok_id == "toepassing"


@register.simple_tag
def achtergrond(stap: Any, casus: Any, pack: Any) -> list[dict[str, object]]:
    """The step's blocks that its template does not place itself, then (step 5) the blocks
    about the report that explain its decisions."""
    nummer = getattr(stap, "nummer", 0)
    geplaatst = GEPLAATST.get(nummer, frozenset())
    blokken: list[Blok] = [b for b in getattr(stap, "blokken", ()) if b.id not in geplaatst]
    if nummer == 5:
        for blok_id in MELDING_BIJ_STAP5:
            try:
                blokken.append(pack.melding_blok(blok_id))
            except (KeyError, AttributeError):
                continue
    return [{"blok": b, "open": _open(b.id, casus, nummer)} for b in blokken]
