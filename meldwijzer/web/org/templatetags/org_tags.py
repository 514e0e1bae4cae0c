from __future__ import annotations

from django import forms, template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from meldwijzer.web import snel
from meldwijzer.web.org.forms import VASTE_FORMULIEREN

register = template.Library()


@register.simple_tag
def org_formulier(form: forms.Form) -> SafeString:
    """`org/_form.html` for this form (error summary, fields, help texts); an empty form of a
    fixed class is rendered once per process (meldwijzer.web.snel, `formulieren`)."""
    return SafeString(
        snel.leeg_formulier(
            form,
            type(form) in VASTE_FORMULIEREN,
            lambda: render_to_string("org/_form.html", {"form": form}),
        )
    )
