"""The summary page shows the verslag's own document tree (issue 18 item 2).

The page renders what `bouw_verslag` builds from the posted casus, the same builder the
downloads use, so any field the verslag prints is on the summary without a second template.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

import pytest
from django.test import Client
from verslag.factories import verwachte_teksten, volle_casus

from meldwijzer import verslag as v
from meldwijzer.engine.casus import Casus
from meldwijzer.verslag import model
from meldwijzer.verslag.document import Sectie, Veld, Velden
from meldwijzer.web.flow.selectors import advies_voor, pack_laden
from meldwijzer.web.flow.store import Geladen, staat_maken

from .verslag_pagina import (
    Gelezen,
    buiten_verslag,
    koppen_van_pagina,
    lees_verslag,
    schoon,
    uit_boom,
)

GEMAAKT_OP = "Verslag gemaakt op"  # the moment of rendering: differs between two renders


def _samenvatting(client: Client, casus: Casus) -> str:
    staat = staat_maken(Geladen(casus=casus, sleutel="k", rev=1))
    r = client.post("/samenvatting/", {"staat": staat, "pagina": "overzicht"})
    assert r.status_code == 200
    return r.content.decode("utf-8")


def _zonder_moment(gelezen: Gelezen) -> Gelezen:
    velden = [(lb, w) for lb, w in gelezen.velden if lb != GEMAAKT_OP]
    assert len(velden) == len(gelezen.velden) - 1, "het verslag noemt zijn eigen datum"
    return dataclasses.replace(gelezen, velden=velden)


def test_elke_sectie_en_elk_veld_van_het_verslag_staat_op_de_samenvatting(
    client: Client,
) -> None:
    casus = volle_casus()
    pagina = _samenvatting(client, casus)
    boom = v.bouw_verslag(casus, advies=advies_voor(casus), pack=pack_laden(casus))
    verwacht, getoond = _zonder_moment(uit_boom(boom)), _zonder_moment(lees_verslag(pagina))

    assert len(verwacht.velden) > 150 and len(boom.secties) >= 10  # a rich casus indeed
    # Every section title, item title, label/value pair and text: same parts, same order.
    assert getoond.koppen == verwacht.koppen
    assert getoond.velden == verwacht.velden
    assert getoond.teksten == verwacht.teksten
    # ... and so every value she typed is on the page she reads before saving it.
    schone_pagina = schoon(" ".join([*getoond.teksten, *(w for _, w in getoond.velden)]))
    for tekst in verwachte_teksten(casus):
        assert schoon(tekst) in schone_pagina, tekst
    # The dossier copy: no writing tips and no audit trail on the summary either.
    assert 'id="verslag-schrijfcheck"' not in pagina and 'id="verslag-audit"' not in pagina


def test_de_pagina_schrijft_naast_het_verslag_geen_eigen_secties(client: Client) -> None:
    """Besides the verslag, the page holds only its own parts: its title and the card with
    downloads, controlekopie, mail and saving as a file; no hand-written record."""
    casus = volle_casus()
    koppen, lijsten = buiten_verslag(_samenvatting(client, casus))
    assert koppen == [f"Casus {casus.label}", "Naar uw dossier"]
    assert lijsten == 0


def test_de_koppen_van_de_samenvatting_lopen_zonder_sprong_onder_de_h1(client: Client) -> None:
    koppen = koppen_van_pagina(_samenvatting(client, volle_casus()))
    assert [n for n, _ in koppen].count(1) == 1 and koppen[0][0] == 1
    for (vorige, _), (niveau, tekst) in itertools.pairwise(koppen):
        assert niveau <= vorige + 1, f"kop {tekst!r} springt van h{vorige} naar h{niveau}"


def test_samenvatting_en_download_tonen_hetzelfde_verslag(client: Client) -> None:
    casus = volle_casus()
    staat = staat_maken(Geladen(casus=casus, sleutel="k", rev=1))
    download = client.post("/verslag/html/", {"staat": staat, "pagina": "samenvatting"})
    assert download.status_code == 200
    assert _zonder_moment(lees_verslag(_samenvatting(client, casus))) == _zonder_moment(
        lees_verslag(download.content.decode("utf-8"))
    )


def test_een_nieuw_veld_in_het_verslag_staat_zonder_meer_op_de_samenvatting(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails when the summary writes its sections by hand again: a field and a section added
    to the verslag's tree only must appear on the page, in their place."""
    reikwijdte, afsluiting = model._reikwijdte, model.afsluiting

    def met_nieuw_veld(*args: Any) -> Sectie:
        sectie = reikwijdte(*args)
        nieuw = Velden((Veld("Nieuw veld 7", "NIEUWE-WAARDE-7"),), titel="Nieuw item 7")
        return dataclasses.replace(sectie, inhoud=(*sectie.inhoud, nieuw))

    def met_nieuwe_sectie(casus: Casus) -> Sectie:
        return Sectie(
            "nieuw", "Nieuwe sectie 8", (afsluiting(casus), Velden((Veld("Label 8", "W-8"),)))
        )

    monkeypatch.setattr(model, "_reikwijdte", met_nieuw_veld)
    monkeypatch.setattr(model, "afsluiting", met_nieuwe_sectie)
    pagina = _samenvatting(client, volle_casus())
    reik = lees_verslag(pagina, "reikwijdte")
    assert "Nieuw item 7" in reik.koppen and reik.waarden("Nieuw veld 7") == ["NIEUWE-WAARDE-7"]
    nieuw = lees_verslag(pagina, "nieuw")
    assert nieuw.koppen[:2] == ["Nieuwe sectie 8", "Afsluiting"]
    assert nieuw.waarden("Label 8") == ["W-8"]
    assert nieuw.waarden("Reden") == ["Afsluiting: overgedragen aan Veilig Thuis."]


def test_een_keuze_tegen_de_norm_zonder_redenen_staat_boven_het_verslag(client: Client) -> None:
    """Not part of the record but a task: a choice against the norm needs her reasons
    (Bijlage 2); the summary says so above the verslag and leads to stap 5. With the
    reasons recorded the warning is gone."""
    from meldwijzer.engine import casus as c

    basis = volle_casus()
    afwijkend = basis.model_copy(
        update={
            "beslissingen": c.Beslissingen(
                melden=c.Beslissing(keuze=c.Keuze.NEE, reden=""),
                hulp=basis.beslissingen.hulp,
            )
        }
    )
    assert any(
        a.beslissing == "melden" and not a.reden_vastgelegd
        for a in advies_voor(afwijkend).afwijkingen
    ), "de casus moet van de norm afwijken"
    pagina = _samenvatting(client, afwijkend)
    voor_verslag = pagina.split("verslag__", 1)[0]
    assert "Uw keuze over melden wijkt af van de norm. De redenen ontbreken nog." in voor_verslag
    assert 'formaction="/stap/5/"' in voor_verslag

    met_reden = afwijkend.model_copy(
        update={
            "beslissingen": c.Beslissingen(
                melden=c.Beslissing(keuze=c.Keuze.NEE, reden="Hulp loopt al, afspraken met VT."),
                hulp=basis.beslissingen.hulp,
            )
        }
    )
    assert "wijkt af van de norm. De redenen ontbreken" not in _samenvatting(client, met_reden)
