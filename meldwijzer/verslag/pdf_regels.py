"""Left-aligned line breaking for fpdf2, linear in the text length.

fpdf2's own `multi_cell`/`write` re-measure the growing line after every character, which
costs quadratic time on long paragraphs; a full verslag then takes most of a second. Here
each word is measured once (cached per font and size) and every line is printed with one
`cell` per style run, so word order stays intact for text extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fpdf import FPDF

Run = tuple[str, str]  # (style "" or "B", text)


@dataclass
class Zetter:
    """Sets paragraphs of styled runs inside the current left and right margins."""

    pdf: FPDF
    familie: str
    maat: float = 10
    _breedtes: dict[tuple[str, float, str], float] = field(default_factory=dict)

    def _breedte(self, stijl: str, tekst: str) -> float:
        sleutel = (stijl, self.maat, tekst)
        breedte = self._breedtes.get(sleutel)
        if breedte is None:
            self.pdf.set_font(self.familie, stijl, self.maat)
            breedte = self.pdf.get_string_width(tekst)
            self._breedtes[sleutel] = breedte
        return breedte

    def _knip(self, stijl: str, woord: str, ruimte: float) -> list[str]:
        """Split a word wider than a whole line into pieces that fit."""
        stukken, huidig = [], ""
        for teken in woord:
            if huidig and self._breedte(stijl, huidig + teken) > ruimte:
                stukken.append(huidig)
                huidig = ""
            huidig += teken
        return [*stukken, huidig] if huidig else stukken

    def regels(self, runs: list[Run], ruimte: float) -> list[list[Run]]:
        """Break runs into lines no wider than `ruimte`; "\\n" forces a break."""
        regels: list[list[Run]] = []
        regel: list[Run] = []
        x = 0.0

        def voeg_toe(stijl: str, tekst: str, breedte: float) -> None:
            nonlocal x
            if regel and regel[-1][0] == stijl:
                regel[-1] = (stijl, regel[-1][1] + tekst)
            else:
                regel.append((stijl, tekst))
            x += breedte

        def breek() -> None:
            nonlocal regel, x
            regels.append(regel)
            regel, x = [], 0.0

        for stijl, tekst in runs:
            for n, deel in enumerate(tekst.split("\n")):
                if n > 0:
                    breek()
                for woord in deel.split(" "):
                    if not woord:
                        continue
                    spatie = self._breedte(stijl, " ") if regel else 0.0
                    breedte = self._breedte(stijl, woord)
                    if regel and x + spatie + breedte > ruimte:
                        breek()
                        spatie = 0.0
                    if breedte > ruimte:
                        *volle, rest = self._knip(stijl, woord, ruimte)
                        for stuk in volle:
                            voeg_toe(stijl, stuk, 0.0)
                            breek()
                        woord, breedte = rest, self._breedte(stijl, rest)
                    voeg_toe(stijl, (" " if spatie else "") + woord, spatie + breedte)
        if regel or not regels:
            regels.append(regel)
        return regels

    def zet(self, runs: list[Run], *, hoogte: float) -> None:
        """Print the runs as left-aligned lines from the current y, breaking pages as needed."""
        pdf = self.pdf
        ruimte = pdf.w - pdf.l_margin - pdf.r_margin
        for regel in self.regels(runs, ruimte):
            if pdf.get_y() + hoogte > pdf.page_break_trigger:
                pdf.add_page()
            pdf.set_x(pdf.l_margin)
            for stijl, tekst in regel:
                pdf.set_font(self.familie, stijl, self.maat)
                pdf.cell(self._breedte(stijl, tekst), hoogte, tekst)
            pdf.ln(hoogte)
