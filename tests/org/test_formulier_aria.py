"""Organisation mode's forms tie hints and errors to their field (issue 18 item 3).

Django 5.2 renders `aria-describedby="id_x_helptext id_x_error"` on a widget with a help
text or an error; org/_form.html gives the hint and the error list those ids, so no field
points at an id that is not on the page.
"""

from __future__ import annotations

import re

import pytest
from django import forms
from django.template.loader import render_to_string

from meldwijzer.web.org import forms as org_forms

IDS = re.compile(r'\bid="([^"]+)"')


def _formulieren() -> list[type[forms.Form]]:
    return [
        k
        for k in vars(org_forms).values()
        if isinstance(k, type) and issubclass(k, forms.Form) and k.__module__ == org_forms.__name__
    ]


@pytest.mark.parametrize("klasse", _formulieren(), ids=lambda k: k.__name__)
def test_elke_verwijzing_bestaat(klasse: type[forms.Form]) -> None:
    form = klasse(data={})  # empty: the required fields get an error
    form.is_valid()
    html = render_to_string("org/_form.html", {"form": form})
    ids = set(IDS.findall(html))
    for lijst in re.findall(r'aria-describedby="([^"]*)"', html):
        assert set(lijst.split()) <= ids, (klasse.__name__, lijst)


def test_er_zijn_formulieren_met_hint_en_fout() -> None:
    gezien = set()
    for klasse in _formulieren():
        form = klasse(data={})
        form.is_valid()
        html = render_to_string("org/_form.html", {"form": form})
        gezien |= {
            i.rsplit("_", 1)[1] for i in IDS.findall(html) if i.endswith(("_helptext", "_error"))
        }
    assert gezien == {"helptext", "error"}
