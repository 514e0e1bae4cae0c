from __future__ import annotations

from django import template
from django.http import HttpRequest

from meldwijzer.web.org.melding import ophalen

register = template.Library()


@register.simple_tag
def org_meldingen(request: HttpRequest) -> list[dict[str, str]]:
    return ophalen(request)
