"""Word (.docx) with python-docx: real headings and tables, for dossier systems with attachments.

Headings use Word's built-in heading styles, so the document map and a dossier system's
index show the structure. A4 page, the casus label in the header, page numbers in the footer.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

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

GRIJS = RGBColor(0x55, 0x55, 0x55)


class _Stijlen:
    """Style ids looked up once: python-docx resolves a style name by scanning all styles,
    which made name lookups the largest cost of a full verslag."""

    def __init__(self, doc: DocxDocument) -> None:
        self._ids: dict[str, str] = {}
        self._doc = doc

    def alinea(self, tekst: str, stijl: str | None = None) -> Paragraph:
        p = self._doc.add_paragraph()
        if stijl is not None:
            stijl_id = self._ids.get(stijl)
            if stijl_id is None:
                stijl_id = self._ids[stijl] = self._doc.styles[stijl].style_id
            p._p.style = stijl_id
        if tekst:
            p.add_run(tekst)
        return p

    def kop(self, tekst: str, niveau: int) -> Paragraph:
        return self.alinea(tekst, "Title" if niveau == 0 else f"Heading {min(niveau, 9)}")


def _pagina(doc: DocxDocument, kopregel: str) -> None:
    sectie = doc.sections[0]
    sectie.page_width, sectie.page_height = Mm(210), Mm(297)
    for marge in ("left_margin", "right_margin"):
        setattr(sectie, marge, Mm(18))
    sectie.top_margin, sectie.bottom_margin = Mm(20), Mm(20)
    kop = sectie.header.paragraphs[0]
    run = kop.add_run(kopregel)
    run.font.size, run.font.color.rgb = Pt(8), GRIJS
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for deel in ("Pagina ", "PAGE", " van ", "NUMPAGES"):
        if deel.isupper():
            _veldcode(voet, deel)
        else:
            r = voet.add_run(deel)
            r.font.size = Pt(8)


def _veldcode(alinea: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the pages."""
    veld = OxmlElement("w:fldSimple")
    veld.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    tekst = OxmlElement("w:t")
    tekst.text = "1"
    run.append(tekst)
    veld.append(run)
    alinea._p.append(veld)


def _taal(doc: DocxDocument) -> None:
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(10.5)
    rpr = stijl.element.get_or_add_rPr()
    taal = OxmlElement("w:lang")
    taal.set(qn("w:val"), "nl-NL")
    rpr.append(taal)


def _veld(st: _Stijlen, veld: Veld) -> None:
    p = st.alinea("")
    p.paragraph_format.space_after = Pt(2)
    p.add_run(veld.kop + " ").bold = True
    p.add_run(zichtbaar(veld.waarde))


def _tabel(doc: DocxDocument, tabel: Tabel) -> None:
    t = doc.add_table(rows=1 + len(tabel.rijen), cols=len(tabel.kop))
    t.style = "Table Grid"
    for r, rij in enumerate((tabel.kop, *tabel.rijen)):
        cellen = t.rows[r].cells
        for c, waarde in enumerate(rij):
            run = cellen[c].paragraphs[0].add_run(zichtbaar(waarde))
            run.bold = r == 0 or c == 0
    doc.add_paragraph()


def _blok(st: _Stijlen, blok: Blok, niveau: int) -> None:
    if isinstance(blok, Leeg):
        run = st.alinea("").add_run(zichtbaar(blok.tekst))
        run.italic, run.font.color.rgb = True, GRIJS
    elif isinstance(blok, Alinea):
        st.alinea(zichtbaar(blok.tekst))
    elif isinstance(blok, Velden):
        if blok.titel:
            st.kop(zichtbaar(blok.titel), niveau)
        for veld in blok.velden:
            _veld(st, veld)
    elif isinstance(blok, Lijst):
        for item in blok.items:
            st.alinea(zichtbaar(item), "List Bullet")
    elif isinstance(blok, Tabel):
        _tabel(st._doc, blok)
    else:
        raise TypeError(type(blok).__name__)


def _sectie(st: _Stijlen, sectie: Sectie, niveau: int) -> None:
    st.kop(zichtbaar(sectie.titel), niveau)
    for deel in sectie.inhoud:
        if isinstance(deel, Sectie):
            _sectie(st, deel, niveau + 1)
        else:
            _blok(st, deel, niveau + 1)


def render_docx(verslag: Verslag) -> bytes:
    doc = Document()
    _taal(doc)
    _pagina(doc, zichtbaar(f"Verslag meldcode: {verslag.label}"))
    doc.core_properties.title = zichtbaar(verslag.titel)
    doc.core_properties.language = "nl-NL"
    doc.core_properties.author = "meldwijzer"
    st = _Stijlen(doc)
    st.kop(zichtbaar(verslag.titel), 0)
    for veld in verslag.meta:
        _veld(st, veld)
    for sectie in verslag.secties:
        _sectie(st, sectie, 1)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
