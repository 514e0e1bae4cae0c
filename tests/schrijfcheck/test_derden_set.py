"""The third-party evaluation set (issue 15, item 3) stays well-formed and documented.

Each sentence carries its source, the source's own label, and expected categories that agree
with that label; the held-out half is fixed by a hash of the sentence (never by looking at
results); and bench/data/LEESMIJ.md lists every source with its sentence count.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import yaml

from bench.schrijfcheck_bench import (
    DERDEN,
    DERDEN_CATEGORIEEN,
    derden_deel,
    derden_ronde,
    laad_derden,
)

LEESMIJ = Path(DERDEN).with_name("LEESMIJ.md")
VELDEN = {"tekst", "bron_titel", "url", "label", "oordeel", "verwacht", "ronde"}
#: Sentences per round (bench/data/LEESMIJ.md): rounds are only ever added, never edited.
PER_RONDE = {1: 57, 2: 60, 3: 6, 4: 82, 5: 34}


def _items() -> list[dict]:
    return yaml.safe_load(DERDEN.read_text(encoding="utf-8"))


def test_elke_zin_heeft_bron_label_en_een_verwachting_die_bij_het_label_past() -> None:
    items = _items()
    assert len(items) >= 150
    for item in items:
        assert set(item) == VELDEN, item
        assert item["tekst"] == item["tekst"].strip() and item["tekst"], item
        assert item["url"].startswith(("http://", "https://")), item
        assert item["bron_titel"].strip() and item["label"].strip(), item
        assert item["oordeel"] in ("goed", "fout"), item
        assert (item["oordeel"] == "goed") == (item["verwacht"] == []), item
        assert set(item["verwacht"]) <= set(DERDEN_CATEGORIEEN), item
        assert item["ronde"] in PER_RONDE, item


def test_rondes_staan_op_volgorde_en_de_bench_kan_er_een_apart_tonen() -> None:
    items = laad_derden()
    assert Counter(item["ronde"] for item in items) == PER_RONDE
    rondes = [item["ronde"] for item in items]
    assert rondes == sorted(rondes)  # a new round is appended below the last one
    voorspeld = [{"interpretatie"} if i % 2 else set() for i in range(len(items))]
    vier, voorspeld_vier = derden_ronde(items, voorspeld, 4)
    assert [item["tekst"] for item in vier] == [i["tekst"] for i in items if i["ronde"] == 4]
    assert voorspeld_vier == [p for i, p in zip(items, voorspeld, strict=True) if i["ronde"] == 4]
    assert derden_ronde(items, voorspeld, 9) == ([], [])


def test_geen_zin_staat_er_twee_keer_in() -> None:
    teksten = [item["tekst"] for item in _items()]
    assert [t for t, n in Counter(teksten).items() if n > 1] == []


def test_de_splitsing_is_de_hashregel_en_beide_helften_hebben_goede_en_foute_zinnen() -> None:
    for item in laad_derden():
        oneven = int(hashlib.sha256(item["tekst"].encode("utf-8")).hexdigest(), 16) % 2
        assert item["deel"] == ("derden_heldout" if oneven else "derden_dev")
        assert derden_deel(item["tekst"]) == item["deel"]
    paren = Counter((item["deel"], item["oordeel"]) for item in laad_derden())
    for deel in ("derden_dev", "derden_heldout"):
        assert paren[(deel, "goed")] >= 10 and paren[(deel, "fout")] >= 10, paren


def test_leesmij_noemt_elke_bron_met_het_juiste_aantal_zinnen() -> None:
    tekst = LEESMIJ.read_text(encoding="utf-8")
    rijen = {}
    for regel in tekst.splitlines():
        cellen = [c.strip() for c in regel.strip().strip("|").split("|")]
        if len(cellen) == 6 and cellen[1].startswith("<http"):
            aantal = re.match(r"(\d+) \(", cellen[3])
            assert aantal, regel
            rijen[(cellen[0], cellen[1].strip("<>"))] = int(aantal.group(1))
    per_bron = Counter((item["bron_titel"], item["url"]) for item in _items())
    assert rijen == dict(per_bron)
    assert f"samen {sum(per_bron.values())} zinnen" in " ".join(tekst.split())
