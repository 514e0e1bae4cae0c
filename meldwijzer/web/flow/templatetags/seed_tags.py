"""Template filters for the seed content pages and fields added for issues 12 and 13:
the reasons for not talking with a child or its parents (step 3)."""

from __future__ import annotations

from typing import Any

from django import template

from meldwijzer.web.flow.gesprek_kind_ouders import GROND_KIND_TEKST, GROND_OUDERS_TEKST

register = template.Library()


@register.filter
def grond_kind(reden: Any) -> str:
    """The on-screen wording of the reason the talk with the child was not held."""
    return GROND_KIND_TEKST.get(getattr(reden.grond, "value", ""), "") if reden else ""


@register.filter
def grond_ouders(reden: Any) -> str:
    return GROND_OUDERS_TEKST.get(getattr(reden.grond, "value", ""), "") if reden else ""


@register.filter
def zonder_stap(advies: Any) -> dict[str, list[Any]]:
    """Advice and open points that belong to no step (e.g. outside the meldcode)."""
    from meldwijzer.web.flow.selectors import items_voor_stap

    return items_voor_stap(advies, None)


@register.filter
def voorbeeld(pack: Any, voorbeeld_id: str) -> Any:
    """A casuïstiek example of Bijlage 2 by id, from any afweging; None when absent."""
    for afweging in getattr(pack, "afwegingen", ()):
        for v in afweging.voorbeelden:
            if v.id == voorbeeld_id:
                return v
    return None
