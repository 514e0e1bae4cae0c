"""Any valid casus renders in every format, and the text survives into the readable formats."""

from __future__ import annotations

import html

from hypothesis import HealthCheck, given, settings

from meldwijzer.engine.casus import Casus
from meldwijzer.verslag import FORMATEN, bouw_verslag, render, render_html_fragment, render_text
from meldwijzer.verslag.document import zichtbaar

from .lezen import docx_tekst, normaal
from .strategies import casussen


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(casussen())
def test_elke_casus_geeft_elk_formaat(casus: Casus) -> None:
    verslag = bouw_verslag(casus)
    for formaat in FORMATEN:
        if formaat == "concept" and not any(s.id == "concept_melding" for s in verslag.secties):
            continue
        assert render(verslag, formaat)
    tekst = render_text(verslag)
    docx = docx_tekst(render(verslag, "docx"))
    for signaal in casus.signalen:
        if signaal.tekst:
            assert normaal(zichtbaar(signaal.tekst)) in normaal(tekst)
            assert normaal(zichtbaar(signaal.tekst)) in docx
    fragment = render_html_fragment(verslag)
    for signaal in casus.signalen:
        for regel in zichtbaar(signaal.tekst).split("\n"):
            assert html.escape(regel, quote=True) in fragment
