"""Word (.docx) with python-docx: real headings and tables, for dossier systems with attachments.

Headings use Word's built-in heading styles, so the document map and a dossier system's
index show the structure. A4 page, the casus label in the header, page numbers in the footer.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
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
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STIJLEN = ("Title", *(f"Heading {n}" for n in range(1, 10)), "List Bullet", "Table Grid")
TEKSTBREEDTE = 9638  # twentieths of a point: A4 (11906) minus 2 x 18 mm margins


class _Body:
    """Collects the body as WordprocessingML text and inserts it in one parse.

    Adding hundreds of paragraphs through python-docx objects cost most of the render time
    (each style set by name scans all styles); one lxml parse of escaped markup is linear.
    Header, footer, page size and styles still go through python-docx.
    """

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self.delen: list[str] = []
        self.stijl_ids = {naam: doc.styles[naam].style_id for naam in STIJLEN}

    @staticmethod
    def run(tekst: str, *, vet: bool = False, zacht: bool = False) -> str:
        rpr = ("<w:b/>" if vet else "") + ('<w:i/><w:color w:val="555555"/>' if zacht else "")
        stukken = [
            f'<w:t xml:space="preserve">{escape(t)}</w:t>' for t in zichtbaar(tekst).split("\n")
        ]
        return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{'<w:br/>'.join(stukken)}</w:r>"

    def alinea(self, runs: str, *, stijl: str | None = None, na: int | None = None) -> None:
        ppr = f'<w:pStyle w:val="{self.stijl_ids[stijl]}"/>' if stijl else ""
        ppr += f'<w:spacing w:after="{na}"/>' if na is not None else ""
        self.delen.append(f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>")

    def kop(self, tekst: str, niveau: int) -> None:
        self.alinea(self.run(tekst), stijl="Title" if niveau == 0 else f"Heading {min(niveau, 9)}")

    def veld(self, veld: Veld) -> None:
        self.alinea(self.run(veld.kop + " ", vet=True) + self.run(veld.waarde), na=40)

    def tabel(self, tabel: Tabel) -> None:
        kolommen = len(tabel.kop)
        breedte = TEKSTBREEDTE // kolommen
        grid = "".join(f'<w:gridCol w:w="{breedte}"/>' for _ in range(kolommen))
        rijen = []
        for r, rij in enumerate((tabel.kop, *tabel.rijen)):
            cellen = "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="{breedte}" w:type="dxa"/></w:tcPr>'
                f"<w:p>{self.run(cel, vet=r == 0 or c == 0)}</w:p></w:tc>"
                for c, cel in enumerate(rij)
            )
            rijen.append(f"<w:tr>{cellen}</w:tr>")
        self.delen.append(
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.stijl_ids["Table Grid"]}"/>'
            f'<w:tblW w:w="{TEKSTBREEDTE}" w:type="dxa"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rijen)}</w:tbl>"
        )
        self.alinea("")

    def invoegen(self) -> None:
        body = self.doc.element.body
        nieuw = parse_xml(f'<w:body xmlns:w="{W_NS}">{"".join(self.delen)}</w:body>')
        sectpr = body.sectPr
        for element in list(nieuw):
            if sectpr is not None:
                sectpr.addprevious(element)
            else:
                body.append(element)


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
    rpr = OxmlElement("w:rPr")
    maat = OxmlElement("w:sz")
    maat.set(qn("w:val"), "16")  # half-points: 8 pt, like the words around it
    rpr.append(maat)
    run.append(rpr)
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


def _blok(body: _Body, blok: Blok, niveau: int) -> None:
    if isinstance(blok, Leeg):
        body.alinea(body.run(blok.tekst, zacht=True))
    elif isinstance(blok, Alinea):
        body.alinea(body.run(blok.tekst))
    elif isinstance(blok, Velden):
        if blok.titel:
            body.kop(blok.titel, niveau)
        for veld in blok.velden:
            body.veld(veld)
    elif isinstance(blok, Lijst):
        for item in blok.items:
            body.alinea(body.run(item), stijl="List Bullet")
    elif isinstance(blok, Tabel):
        body.tabel(blok)
    else:
        raise TypeError(type(blok).__name__)


def _sectie(body: _Body, sectie: Sectie, niveau: int) -> None:
    body.kop(sectie.titel, niveau)
    for deel in sectie.inhoud:
        if isinstance(deel, Sectie):
            _sectie(body, deel, niveau + 1)
        else:
            _blok(body, deel, niveau + 1)


def render_docx(verslag: Verslag) -> bytes:
    doc = Document()
    _taal(doc)
    _pagina(doc, zichtbaar(verslag.paginakop))
    doc.core_properties.title = zichtbaar(verslag.titel)
    doc.core_properties.language = "nl-NL"
    doc.core_properties.author = "meldwijzer"
    body = _Body(doc)
    body.kop(verslag.titel, 0)
    for veld in verslag.meta:
        body.veld(veld)
    for sectie in verslag.secties:
        _sectie(body, sectie, 1)
    if verslag.colofon:
        body.alinea(body.run(verslag.colofon, zacht=True))
    body.invoegen()
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
