"""The public API: types, sorting, offsets, the no-Django rule and the data files."""

from __future__ import annotations

import subprocess
import sys

import pytest

from meldwijzer.engine.schrijfcheck import CATEGORIEEN, Bevinding, controleer
from meldwijzer.engine.schrijfcheck.lexicon import verbuig

NOTITIE = (
    "Gesprek op 3 mei.\n"
    "Moeder is agressief en lijkt gespannen. Volgens de buren drinkt vader te veel.\n"
    "Mevrouw Jansen zegt dat de jongen ADHD heeft; bel 06-12345678.\n"
)


def test_de_categorieen_staan_in_de_afgesproken_volgorde() -> None:
    assert CATEGORIEEN == ("interpretatie", "vaag", "bron_ontbreekt", "diagnose", "identificerend")


def test_offsets_wijzen_precies_de_gevonden_tekst_aan() -> None:
    bevindingen = controleer(NOTITIE)
    assert bevindingen
    for b in bevindingen:
        assert isinstance(b, Bevinding)
        assert NOTITIE[b.begin : b.eind] == b.tekst
        assert b.categorie in CATEGORIEEN
        assert b.uitleg and b.suggestie


def test_bevindingen_zijn_gesorteerd_op_begin() -> None:
    begins = [b.begin for b in controleer(NOTITIE)]
    assert begins == sorted(begins)


def test_de_voorbeeldnotitie_geeft_elke_categorie_op_de_juiste_plek() -> None:
    paren = {(b.categorie, b.tekst) for b in controleer(NOTITIE)}
    assert ("interpretatie", "agressief") in paren
    assert ("vaag", "lijkt") in paren
    assert ("bron_ontbreekt", "Volgens de buren") in paren
    assert ("diagnose", "ADHD") in paren
    assert ("identificerend", "Jansen") in paren
    assert ("identificerend", "06-12345678") in paren
    assert ("interpretatie", "te veel") not in paren  # what the neighbours say


def test_offsets_kloppen_ook_met_accenten_en_emoji() -> None:
    tekst = "Café 👍 gesprek: moeder is ongeïnteresseerd."
    (b,) = controleer(tekst)
    assert tekst[b.begin : b.eind] == "ongeïnteresseerd"


def test_een_lege_tekst_geeft_niets() -> None:
    assert controleer("") == []
    assert controleer("   \n ") == []


def test_een_onbekende_soort_is_een_fout() -> None:
    with pytest.raises(ValueError, match="soort"):
        controleer("tekst", soort="mening")


def test_de_uitleg_noemt_het_gevonden_woord() -> None:
    (b,) = controleer("Moeder is agressief.")
    assert "agressief" in b.uitleg


def test_verbuiging_volgt_de_nederlandse_spelling() -> None:
    assert {"agressieve", "agressiever"} <= verbuig("agressief")
    assert "boze" in verbuig("boos")
    assert "kille" in verbuig("kil")
    assert "verwaarloosde" in verbuig("verwaarloosd")
    assert "sombere" in verbuig("somber")
    assert "onverschillige" in verbuig("onverschillig")
    assert "schizofrene" in verbuig("schizofreen")
    assert verbuig("teruggetrokken") == {"teruggetrokken"}


def test_de_schrijfcheck_importeert_geen_django_en_geen_netwerk() -> None:
    code = (
        "import sys, meldwijzer.engine.schrijfcheck as s\n"
        "s.controleer('Moeder is agressief.')\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in "
        "{'django', 'socket', 'urllib3', 'requests', 'http'})\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
