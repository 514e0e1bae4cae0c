"""Organisation mode: the verslag can carry the casus's audit trail (issue 6)."""

from __future__ import annotations

import datetime as dt

from meldwijzer.engine.casus import Casus
from meldwijzer.verslag import AuditRegel, bouw_verslag, render_text


def test_audit_trail_staat_in_het_verslag_als_die_wordt_meegegeven() -> None:
    regels = [
        AuditRegel(
            tijd=dt.datetime(2026, 11, 2, 9, 5, tzinfo=dt.UTC),
            wie="jdevries",
            actie="casus_opgeslagen",
        ),
        AuditRegel(
            tijd=dt.datetime(2026, 11, 3, 14, 0, tzinfo=dt.UTC),
            wie="af01",
            actie="advies_vastgelegd",
        ),
    ]
    tekst = render_text(bouw_verslag(Casus(label="D-1"), audit=regels))
    assert "Audit trail" in tekst
    assert "jdevries" in tekst and "casus opgeslagen" in tekst and "advies vastgelegd" in tekst


def test_zonder_audit_geen_sectie_en_een_lege_trail_zegt_dat_hij_leeg_is() -> None:
    assert "Audit trail" not in render_text(bouw_verslag(Casus(label="D-1")))
    leeg = bouw_verslag(Casus(label="D-1"), audit=[])
    assert "Niets vastgelegd." in render_text(leeg).split("Audit trail", 1)[1]
