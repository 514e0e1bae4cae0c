"""PDF on A4 with fpdf2 and an embedded DejaVu Sans, so Dutch diacritics and € print.

The font ships inside this package (`fonts/`, with its licence), so a fresh machine without
system fonts renders the same file. Text is left-aligned, never justified: justified lines
scramble word order for text extraction (pdftotext, pypdf), which reviewers and tests use.
"""

from __future__ import annotations

import functools
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF

from meldwijzer.verslag.document import (
    Alinea,
    Blok,
    Leeg,
    Lijst,
    Sectie,
    Tabel,
    Veld,
    Velden,
    Verslag,
    zichtbaar,
)
from meldwijzer.verslag.pdf_regels import Zetter

FONT_MAP = Path(__file__).with_name("fonts")
FONT_REGULIER = FONT_MAP / "DejaVuSans.ttf"
FONT_VET = FONT_MAP / "DejaVuSans-Bold.ttf"
FONT = "DejaVu"
MARGE = 18.0  # mm
REGEL = 5.0  # line height in mm for body text
GRIJS = (90, 90, 90)
KOPMATEN = {1: 13.0, 2: 11.5, 3: 10.5}
VERVANGING = "\ufffd"
#: Emoji and pictographs: the fonts have none, so each is named instead of shown as "\ufffd"
#: (issue 13 item 6: replaced visibly, never silently and never as an unreadable mark).
_BEELDTEKENS = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF))
_ONZICHTBAAR = frozenset({0xFE0F, 0xFE0E, 0x200D})  # variation selectors, zero-width joiner


@functools.cache
def _tekens() -> frozenset[int]:
    """Code points both shipped fonts can print."""
    regulier = TTFont(str(FONT_REGULIER), lazy=True).getBestCmap()
    vet = TTFont(str(FONT_VET), lazy=True).getBestCmap()
    return frozenset(regulier) & frozenset(vet)


def drukbaar(tekst: str) -> str:
    """Text the PDF can show: a character the font lacks becomes "\ufffd" instead of
    vanishing, and fpdf2 does not log the missing characters (casus content) as a warning."""
    tekst = zichtbaar(tekst)
    tekens = _tekens()
    if all(ord(t) in tekens or t == "\n" for t in tekst):
        return tekst
    return "".join(_vervang(t, tekens) for t in tekst)


def _vervang(teken: str, tekens: frozenset[int]) -> str:
    code = ord(teken)
    if code in tekens or teken == "\n":
        return teken
    if code in _ONZICHTBAAR:
        return ""
    if any(laag <= code <= hoog for laag, hoog in _BEELDTEKENS):
        return f"[emoji U+{code:04X}]"
    return VERVANGING


class _Pdf(FPDF):
    """A4 pages with the casus label in the header and "Pagina x van y" in the footer."""

    def __init__(self, kopregel: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.kopregel = kopregel
        self.add_font(FONT, "", str(FONT_REGULIER))
        self.add_font(FONT, "B", str(FONT_VET))
        self.set_margins(MARGE, 20, MARGE)
        self.set_auto_page_break(auto=True, margin=18)
        self.zetter = Zetter(self, FONT)

    def header(self) -> None:
        self.set_font(FONT, "", 8)
        self.set_text_color(*GRIJS)
        self.set_xy(MARGE, 9)
        self.cell(0, 4, self.kopregel, align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GRIJS)
        self.cell(0, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _inspringen(pdf: _Pdf, mm: float) -> None:
    pdf.set_left_margin(MARGE + mm)
    pdf.set_x(MARGE + mm)


def _tekst(pdf: _Pdf, tekst: str, *, vet: bool = False, maat: float = 10, h: float = REGEL) -> None:
    pdf.zetter.maat = maat
    pdf.zetter.zet([("B" if vet else "", drukbaar(tekst))], hoogte=h)


def _veld(pdf: _Pdf, veld: Veld) -> None:
    pdf.zetter.maat = 10
    pdf.zetter.zet([("B", drukbaar(veld.kop) + " "), ("", drukbaar(veld.waarde))], hoogte=REGEL)
    pdf.ln(0.8)


def _kop(pdf: _Pdf, titel: str, niveau: int) -> None:
    if pdf.get_y() > pdf.page_break_trigger - 25:
        pdf.add_page()
    pdf.ln(3 if niveau == 1 else 1.5)
    _tekst(pdf, titel, vet=True, maat=KOPMATEN.get(niveau, 10.5), h=6.5 if niveau == 1 else 5.5)
    if niveau == 1:
        y = pdf.get_y()
        pdf.set_draw_color(200, 200, 200)
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.ln(1.5)


def _tabel(pdf: _Pdf, tabel: Tabel) -> None:
    pdf.set_font(FONT, "", 9)
    breedte = pdf.w - pdf.l_margin - pdf.r_margin
    kolommen = len(tabel.kop)
    with pdf.table(
        width=breedte,
        col_widths=tuple([1.3] + [1.0] * (kolommen - 1)),
        text_align="LEFT",
        line_height=4.6,
        first_row_as_headings=True,
    ) as t:
        for rij in (tabel.kop, *tabel.rijen):
            r = t.row()
            for cel in rij:
                r.cell(drukbaar(cel))
    pdf.ln(2)


def _blok(pdf: _Pdf, blok: Blok, inspringing: float) -> None:
    if isinstance(blok, Leeg):
        pdf.set_text_color(*GRIJS)
        _tekst(pdf, blok.tekst)
        pdf.set_text_color(0, 0, 0)
    elif isinstance(blok, Alinea):
        _tekst(pdf, blok.tekst)
    elif isinstance(blok, Velden):
        if blok.titel:
            _kop(pdf, blok.titel, 3)
            _inspringen(pdf, inspringing + 4)
        for veld in blok.velden:
            _veld(pdf, veld)
        _inspringen(pdf, inspringing)
    elif isinstance(blok, Lijst):
        for item in blok.items:
            if pdf.get_y() + REGEL > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font(FONT, "", 10)
            pdf.set_x(MARGE + inspringing)
            pdf.cell(4, REGEL, "•")
            _inspringen(pdf, inspringing + 4)
            pdf.set_y(y)
            _tekst(pdf, item)
            pdf.ln(0.8)
            _inspringen(pdf, inspringing)
    elif isinstance(blok, Tabel):
        _tabel(pdf, blok)
    else:
        raise TypeError(type(blok).__name__)
    pdf.ln(1)


def _sectie(pdf: _Pdf, sectie: Sectie, niveau: int) -> None:
    _kop(pdf, sectie.titel, niveau)
    for deel in sectie.inhoud:
        if isinstance(deel, Sectie):
            _sectie(pdf, deel, niveau + 1)
        else:
            _blok(pdf, deel, 0)


def render_pdf(verslag: Verslag) -> bytes:
    pdf = _Pdf(drukbaar(verslag.paginakop).replace("\n", " "))
    pdf.set_title(zichtbaar(verslag.titel).replace("\n", " "))
    pdf.set_lang("nl-NL")
    pdf.set_creator("meldwijzer")
    pdf.add_page()
    _tekst(pdf, verslag.titel, vet=True, maat=16, h=8)
    pdf.ln(2)
    for veld in verslag.meta:
        _veld(pdf, veld)
    for sectie in verslag.secties:
        _sectie(pdf, sectie, 1)
    if verslag.colofon:
        pdf.ln(4)
        _tekst(pdf, verslag.colofon, maat=8)
    return bytes(pdf.output())
