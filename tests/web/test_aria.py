"""Hints and errors are tied to their field by Django itself (issue 18 item 3).

Django 5.2 renders `aria-describedby` (`id_x_helptext`, `id_x_error`) and `aria-invalid` on a
widget, and `BoundField.aria_describedby` for a group of choices; the flow's forms no longer
write those attributes by hand, and the `{% veld %}` tag gives the error the id Django points at.
"""

from __future__ import annotations

import re

from django.test import Client

from meldwijzer.web.flow.forms.velden import FlowForm

from .conftest import Wandeling

IDS = re.compile(r'\bid="([^"]+)"')


def _alle_flowformulieren() -> list[type[FlowForm]]:
    gevonden: list[type[FlowForm]] = []
    te_doen = [FlowForm]
    while te_doen:
        klasse = te_doen.pop()
        gevonden.append(klasse)
        te_doen.extend(klasse.__subclasses__())
    return gevonden


def test_geen_formulier_schrijft_zelf_aria_attributen() -> None:
    klassen = _alle_flowformulieren()
    assert len(klassen) >= 8  # the step pages' forms really were found
    for klasse in klassen:
        form = klasse(data={"actie": "opslaan", "sig_tekst": "x", "sig_soort": "derden"})
        form.is_valid()
        for naam, veld in form.fields.items():
            eigen = [a for a in veld.widget.attrs if a.startswith("aria-")]
            assert not eigen, f"{klasse.__name__}.{naam}: {eigen}"


def _element(html: str, ident: str) -> str:
    """The tag that carries this id, and what follows it (enough for its text)."""
    begin = html.rindex("<", 0, html.index(f'id="{ident}"'))
    return html[begin : begin + 400]


def test_fout_en_hint_hangen_aan_hun_veld(wandeling: Wandeling, client: Client) -> None:
    wandeling.nieuw()
    # No kind of sign (a group of choices) and a third-party sign without its source.
    wandeling.post("/stap/1/", pagina="stap1", sig_tekst="Buurvrouw hoorde geschreeuw")
    html = wandeling.tekst
    assert "Kies wat voor signaal dit is." in html
    ids = set(IDS.findall(html))
    verwijzingen = re.findall(r'aria-describedby="([^"]*)"', html)
    assert verwijzingen
    for lijst in verwijzingen:  # every id a field points at is on the page
        assert set(lijst.split()) <= ids, lijst

    fieldset = re.search(
        r'<fieldset[^>]*aria-describedby="([^"]*)"[^>]*>\s*<legend[^>]*>'
        r"[^<]*</legend>(?:(?!</fieldset>).)*name=\"sig_soort\"",
        html,
        re.S,
    )
    assert fieldset is not None
    assert "id_sig_soort_error" in fieldset.group(1).split()
    assert "Kies wat voor signaal dit is." in _element(html, "id_sig_soort_error")
    keuzes = re.findall(r'<input type="radio" name="sig_soort"[^>]*>', html)
    assert keuzes and all('aria-invalid="true"' in k for k in keuzes)

    wandeling.post("/stap/1/", pagina="stap1", sig_soort="derden", sig_tekst="Buurvrouw hoorde")
    html = wandeling.tekst
    assert "Noem de bron" in html
    bron = re.search(r'<input[^>]*name="sig_bron"[^>]*>', html)
    assert bron is not None
    assert 'aria-invalid="true"' in bron.group(0)
    beschreven = re.search(r'aria-describedby="([^"]*)"', bron.group(0))
    assert beschreven is not None and "id_sig_bron_error" in beschreven.group(1).split()
    assert "Noem de bron" in _element(html, "id_sig_bron_error")
    # A field without an error is not marked invalid.
    tekst = re.search(r"<textarea[^>]*name=\"sig_tekst\"[^>]*>", html)
    assert tekst is not None and "aria-invalid" not in tekst.group(0)
    assert "id_sig_tekst_helptext" in tekst.group(0)
