"""Simple bar charts for the dashboard, as server-rendered SVG: no script, no inline style
(bar lengths are SVG geometry attributes, allowed under the strict CSP). A hidden count
("< 5") draws no bar, so the chart reveals no more than the table."""

from __future__ import annotations

from dataclasses import dataclass

from meldwijzer.web.meldcode.cijfers import Cijfers, Telling

BREEDTE = 100  # percent of the bar area


@dataclass(frozen=True)
class Staaf:
    label: str
    tekst: str
    breedte: int  # 0-100: the bar's share of the largest shown count
    y: int


@dataclass(frozen=True)
class Grafiek:
    titel: str
    staven: list[Staaf]

    @property
    def hoogte(self) -> int:
        return 28 * len(self.staven) + 4


def _grafiek(titel: str, tellingen: list[Telling]) -> Grafiek:
    grootste = max((t.aantal for t in tellingen if not t.verborgen), default=0) or 1
    staven = [
        Staaf(
            t.label,
            t.tekst,
            0 if t.verborgen else round(BREEDTE * t.aantal / grootste),
            4 + 28 * n,
        )
        for n, t in enumerate(tellingen)
    ]
    return Grafiek(titel, staven)


def staven(c: Cijfers) -> list[Grafiek]:
    return [
        _grafiek("Casussen", [c.gestart, c.afgesloten]),
        _grafiek("Hoe ver kwamen de casussen van dit jaar", c.voortgang),
        _grafiek("Veilig Thuis", [c.vt_advies, c.vt_stap2, c.meldingen, c.vt_te_laat]),
        _grafiek("Besluiten die afwijken van de norm", c.afwijkingen_reden),
    ]
