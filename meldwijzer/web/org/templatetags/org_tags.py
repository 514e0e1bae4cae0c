from __future__ import annotations

from typing import Any

from django import forms, template
from django.conf import settings
from django.core.signals import setting_changed
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from meldwijzer.web.org.forms import VASTE_FORMULIEREN

register = template.Library()


# The casus page shows up to seven empty forms; rendering them was half of its time. An
# empty form of a class in VASTE_FORMULIEREN renders the same for everyone (no data, no
# initial values, fixed choices, no CSRF token inside), so it is rendered once per process.
_LEEG: dict[tuple[Any, ...], SafeString] = {}


def _leeg_cache(**_: object) -> None:
    _LEEG.clear()


setting_changed.connect(_leeg_cache, dispatch_uid="meldwijzer.org.lege_formulieren")


@register.simple_tag
def org_formulier(form: forms.Form) -> SafeString:
    """`org/_form.html` for this form (error summary, fields, help texts)."""
    vast = (
        type(form) in VASTE_FORMULIEREN
        and not form.is_bound
        and not form.initial
        and not settings.DEBUG
    )
    sleutel = (type(form), form.prefix, form.auto_id, form.label_suffix)
    if vast and sleutel in _LEEG:
        return _LEEG[sleutel]
    html = SafeString(render_to_string("org/_form.html", {"form": form}))
    if vast and len(_LEEG) < 64:
        _LEEG[sleutel] = html
    return html
