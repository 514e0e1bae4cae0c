"""The Python form renderer (meldwijzer.web.snel, shim `widgets`) writes exactly what
Django's widget templates write.

Every page of the flow is rendered twice, with a realistic casus and with hostile input that
produces errors, once with SnelleRenderer and once with Django's template renderer; the pages
must be identical (apart from the per-response CSRF token and the signed state's timestamp).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.forms.renderers import get_default_renderer
from django.test import override_settings

from meldwijzer.web.snel import SnelleRenderer

from .flow import casus_doorlopen

STAP_PADEN = ["/scope/", "/overzicht/", "/stap/1/", "/stap/2/", "/stap/3/", "/stap/4/"]
STAP_PADEN += ["/stap/5/", "/samenvatting/", "/afsluiten/", "/mailen/", "/openen/", "/"]
VLUCHTIG = re.compile(r'(name="(?:csrfmiddlewaretoken|staat)" value=")[^"]*"')
BEHOUDEN = ("staat", "csrfmiddlewaretoken", "actie", "pagina")
VIJANDIG = "<b>x</b> & \"quote\" 'apos' ü\u202e"


@contextmanager
def renderer(pad: str) -> Iterator[None]:
    with override_settings(FORM_RENDERER=pad, SNELLE_WEERGAVE=settings.SNELLE_SHIMS):
        get_default_renderer.cache_clear()
        try:
            yield
        finally:
            get_default_renderer.cache_clear()


def _genormaliseerd(html: str) -> str:
    return VLUCHTIG.sub(r'\1…"', html)


def _beide(verzend: object) -> tuple[str, str]:
    uitkomsten = []
    for pad in ("meldwijzer.web.snel.SnelleRenderer", "django.forms.renderers.DjangoTemplates"):
        with renderer(pad):
            assert isinstance(get_default_renderer(), SnelleRenderer) == pad.endswith("Renderer")
            antwoord = verzend()  # type: ignore[operator]
            uitkomsten.append(_genormaliseerd(antwoord.body))
    return uitkomsten[0], uitkomsten[1]


@pytest.fixture(scope="module")
def verloop():  # type: ignore[no-untyped-def]
    return casus_doorlopen(seed=11, herhalingen=2)


def test_de_instelling_kiest_de_renderer() -> None:
    """MELDWIJZER_SNELLE_WEERGAVE=uit runs the tests on stock Django (scripts/test.sh)."""
    get_default_renderer.cache_clear()
    snel = isinstance(get_default_renderer(), SnelleRenderer)
    assert snel == ("widgets" in settings.SNELLE_WEERGAVE)


def test_uitgezet_schrijft_de_renderer_niets_zelf(verloop) -> None:  # type: ignore[no-untyped-def]
    """With the shim off, even SnelleRenderer leaves every widget to Django's templates."""
    from unittest import mock

    from meldwijzer.web import snel

    client, v = verloop
    staat = [(x.name, x.value) for x in v.laatste_formulier().velden if x.name == "staat"]
    import urllib.parse

    body = urllib.parse.urlencode([*staat, ("actie", "herstel")]).encode()
    with (
        renderer("meldwijzer.web.snel.SnelleRenderer"),
        override_settings(SNELLE_WEERGAVE=frozenset()),
        mock.patch.dict(
            snel._SNEL, {naam: mock.Mock(side_effect=AssertionError) for naam in snel._SNEL}
        ),
    ):
        assert "<input" in client.request("POST", "/stap/2/", body).body


@pytest.mark.parametrize("pad", STAP_PADEN)
def test_pagina_met_casus_is_gelijk_aan_django(verloop, pad: str) -> None:  # type: ignore[no-untyped-def]
    client, v = verloop
    staat = [(x.name, x.value) for x in v.laatste_formulier().velden if x.name == "staat"]
    import urllib.parse

    body = urllib.parse.urlencode([*staat, ("actie", "herstel")]).encode()
    snel, django_ = _beide(lambda: client.request("POST", pad, body))
    assert "<input" in snel
    assert snel == django_


def test_paginas_met_fouten_en_vijandige_invoer_zijn_gelijk_aan_django(verloop) -> None:  # type: ignore[no-untyped-def]
    client, v = verloop
    import urllib.parse

    getest = 0
    for stap in v.stappen:
        data = [(naam, waarde if naam in BEHOUDEN else VIJANDIG) for naam, waarde in stap.data]
        body = urllib.parse.urlencode(data).encode()
        snel, django_ = _beide(lambda body=body, pad=stap.pad: client.request("POST", pad, body))
        assert snel == django_, stap.pad
        if 'aria-invalid="true"' in snel:
            getest += 1
    assert getest >= 5  # the hostile input really produced pages with errors
