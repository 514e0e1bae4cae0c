"""The advice as plain JSON-ready data: the machine interface of `meldwijzer assess`."""

from __future__ import annotations

from dataclasses import asdict

from meldwijzer.engine.advies import Advies, AdviesItem


def advies_als_dict(advies: Advies) -> dict[str, object]:
    """Stable keys; enums as their string values. Documented in docs/assess.md."""
    return {
        "binnen_meldcode": advies.binnen_meldcode,
        "beslissing_melden": advies.beslissing_melden.value,
        "beslissing_hulp": advies.beslissing_hulp.value,
        "meldcode_mag_afsluiten": advies.meldcode_mag_afsluiten,
        "bespreken_met": list(advies.bespreken_met),
        "adviezen": [_item(a) for a in advies.adviezen],
        "open_punten": [_item(a) for a in advies.open_punten],
        "stappen": [
            {"stap": s.nummer, "status": s.status.value, "toelichting": s.toelichting}
            for s in advies.stappen
        ],
        "afwijkingen": [asdict(a) for a in advies.afwijkingen],
        "acuut": advies.acuut,
        "melden_open_wegens": [_item(a) for a in advies.melden_open_wegens],
        "hulp_open_wegens": [_item(a) for a in advies.hulp_open_wegens],
        "afweging5_historie": [asdict(w) for w in advies.afweging5_historie],
    }


def _item(a: AdviesItem) -> dict[str, object]:
    return {
        "code": a.code,
        "tekst": a.tekst,
        "ernst": a.ernst.value,
        "stap": a.stap,
        "bron": a.bron,
    }
