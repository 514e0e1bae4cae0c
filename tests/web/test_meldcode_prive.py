"""Private mode: a professional loads a meldcode profile file in stap 2; the organisation's
fill-ins appear in stap 2 and 5, the profile travels in the page like the casus, and the
server keeps nothing of it (issue 16, item 3)."""

from __future__ import annotations

import html
import re

import pytest
import yaml
from django.contrib.sessions.models import Session
from django.core.files.uploadedfile import SimpleUploadedFile
from meldcode.helpers import profiel_data

from meldwijzer.web.meldcode.models import ProfielVersie

from .conftest import Wandeling

VELD = re.compile(r'name="meldcode_profiel" value="([^"]*)"')


def _bestand(data: object) -> SimpleUploadedFile:
    return SimpleUploadedFile(
        "profiel.yaml", yaml.safe_dump(data, allow_unicode=True).encode(), "application/x-yaml"
    )


@pytest.mark.django_db
def test_een_geladen_profiel_toont_de_invullingen_en_reist_mee_met_de_pagina(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/2/", pagina="overzicht")
    assert "Meldcode van uw organisatie laden" in wandeling.tekst
    wandeling.post("/stap/2/", pagina="stap2", meldcode_bestand=_bestand(profiel_data()))
    assert "Raadplegen binnen Stichting Zonnebloemveld" in wandeling.tekst
    assert "kwartel@zonnebloemveld.nl" in wandeling.tekst
    gevonden = VELD.search(wandeling.tekst)
    assert gevonden
    meegestuurd = html.unescape(gevonden.group(1))
    # The next page gets the profile only from the page itself (the hidden field).
    wandeling.post("/stap/5/", pagina="stap2", meldcode_profiel=meegestuurd)
    assert "De teamleider Wielewaal" in wandeling.tekst
    assert "Utrecht-Oost: 030-9998877" in wandeling.tekst
    wandeling.post("/stap/5/", pagina="stap5")
    assert "De teamleider Wielewaal" not in wandeling.tekst  # not posted: not known
    assert ProfielVersie.objects.count() == 0
    assert Session.objects.count() == 0


@pytest.mark.django_db
def test_een_kapot_profiel_geeft_een_melding_en_de_casus_blijft(wandeling: Wandeling) -> None:
    wandeling.nieuw(label="Casus-Blauw")
    wandeling.post(
        "/stap/2/",
        pagina="stap2",
        meldcode_bestand=_bestand({**profiel_data(), "beslisser": ""}),
    )
    assert "Het profiel is niet geladen" in wandeling.tekst
    assert "Wie beslist in stap 5 (beslisser)" in wandeling.tekst
    assert wandeling.casus.label == "Casus-Blauw"
    wandeling.post(
        "/stap/2/",
        pagina="stap2",
        meldcode_bestand=SimpleUploadedFile("x.yaml", b"\xff\xfe\x00", "application/x-yaml"),
    )
    assert "geen tekstbestand" in wandeling.tekst
