"""Every format from the one model: read back with reader libraries, nothing lost."""

from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser

import pytest

from meldwijzer.engine.casus import Casus
from meldwijzer.verslag import (
    bestandsnaam,
    bouw_verslag,
    render,
    render_docx,
    render_html_document,
    render_html_fragment,
    render_pdf,
    render_text,
)
from meldwijzer.verslag.document import NIETS_VASTGELEGD
from meldwijzer.verslag.pdf import FONT_REGULIER, FONT_VET
from meldwijzer.verslag.pdf_regels import Zetter

from .factories import DIAKRITISCHE_WOORDEN, lege_casus, verwachte_teksten, volle_casus
from .lezen import docx_document, docx_tekst, normaal, pdf_paginas, pdf_tekst

GEMAAKT = dt.datetime(2026, 4, 1, 10, 0)
BESLISSINGEN = (
    "Is melden noodzakelijk?",
    "Is hulp verlenen of organiseren (ook) mogelijk?",
    "melden is noodzakelijk",
    "hulp bieden of organiseren is niet (voldoende) mogelijk",
)


@pytest.fixture(scope="module")
def vol() -> tuple[Casus, object]:
    casus = volle_casus()
    return casus, bouw_verslag(casus, gemaakt_op=GEMAAKT)


@pytest.fixture(scope="module")
def vol_pdf(vol: tuple[Casus, object]) -> bytes:
    return render_pdf(vol[1])  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def vol_docx(vol: tuple[Casus, object]) -> bytes:
    return render_docx(vol[1])  # type: ignore[arg-type]


def test_het_lettertype_wordt_gevonden_en_heeft_een_licentie() -> None:
    assert FONT_REGULIER.is_file() and FONT_REGULIER.stat().st_size > 50_000
    assert FONT_VET.is_file()
    licentie = FONT_REGULIER.with_name("LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licentie and "DejaVu" in licentie


def test_pdf_bevat_elk_vastgelegd_item(vol: tuple[Casus, object], vol_pdf: bytes) -> None:
    tekst = pdf_tekst(vol_pdf)
    ontbreekt = [t for t in verwachte_teksten(vol[0]) if normaal(t) not in tekst]
    assert ontbreekt == []


def test_pdf_bevat_beide_beslissingen_en_de_norm(vol_pdf: bytes) -> None:
    tekst = pdf_tekst(vol_pdf)
    for regel in BESLISSINGEN:
        assert regel in tekst


def test_pdf_houdt_diakrieten_heel(vol_pdf: bytes) -> None:
    tekst = pdf_tekst(vol_pdf)
    for woord in DIAKRITISCHE_WOORDEN:
        assert woord in tekst


def test_pdf_heeft_paginanummers_en_het_label_in_de_kop(vol_pdf: bytes) -> None:
    paginas = pdf_paginas(vol_pdf)
    assert len(paginas) > 3
    for nummer, pagina in enumerate(paginas, start=1):
        assert f"Pagina {nummer} van {len(paginas)}" in pagina
        assert pagina.startswith("Verslag meldcode: Casus café-één")


def test_pdf_is_a4(vol_pdf: bytes) -> None:
    import io

    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(vol_pdf)).pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842


def test_docx_bevat_elk_vastgelegd_item(vol: tuple[Casus, object], vol_docx: bytes) -> None:
    tekst = docx_tekst(vol_docx)
    ontbreekt = [t for t in verwachte_teksten(vol[0]) if normaal(t) not in tekst]
    assert ontbreekt == []
    for woord in DIAKRITISCHE_WOORDEN:
        assert woord in tekst
    for regel in BESLISSINGEN:
        assert regel in tekst


def test_docx_heeft_koppen_en_een_tabel_voor_de_beslissingen(vol_docx: bytes) -> None:
    doc = docx_document(vol_docx)
    koppen = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "De vijf afwegingen" in koppen
    assert "Zelf waargenomen (feit)" in koppen
    assert any(k.startswith("Stap 5.") for k in koppen)
    tabel = doc.tables[0]
    assert tabel.rows[0].cells[1].text == "Norm van het afwegingskader"
    assert tabel.rows[1].cells[1].text == "melden is noodzakelijk"
    assert "Casus café-één" in doc.sections[0].header.paragraphs[0].text


def test_tekst_bevat_elk_vastgelegd_item_en_de_beslissingen(vol: tuple[Casus, object]) -> None:
    tekst = render_text(vol[1])  # type: ignore[arg-type]
    for verwacht in [*verwachte_teksten(vol[0]), *BESLISSINGEN, *DIAKRITISCHE_WOORDEN]:
        assert verwacht in tekst


class _Tekst(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.delen: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if not self.in_style:
            self.delen.append(data)


def _html_tekst(bron: str) -> str:
    parser = _Tekst()
    parser.feed(bron)
    return normaal(" ".join(parser.delen))


def test_html_fragment_bevat_alles_met_bem_klassen(vol: tuple[Casus, object]) -> None:
    fragment = render_html_fragment(vol[1])  # type: ignore[arg-type]
    assert fragment.startswith('<article class="verslag" lang="nl">')
    assert 'class="verslag__sectie verslag__sectie--niveau-2"' in fragment
    assert '<dt class="verslag__label">' in fragment
    assert "<html" not in fragment and "<style" not in fragment
    tekst = _html_tekst(fragment)
    for verwacht in [*verwachte_teksten(vol[0]), *BESLISSINGEN]:
        assert normaal(verwacht) in tekst


def test_html_escapet_wat_de_professional_typte() -> None:
    casus = Casus.model_validate(
        {
            "label": "</style><script>x</script>",
            "signalen": [{"id": "s1", "tekst": '<b>vet</b> & "quote"'}],
        }
    )
    verslag = bouw_verslag(casus, gemaakt_op=GEMAAKT)
    document = render_html_document(verslag)
    assert "<script>" not in document and "<b>vet</b>" not in document
    assert html.escape('<b>vet</b> & "quote"') in document
    assert document.count("</style>") == 1


def test_html_document_is_op_zichzelf_staand_met_printstijl(vol: tuple[Casus, object]) -> None:
    document = render_html_document(vol[1])  # type: ignore[arg-type]
    assert document.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in document
    assert "@media print" in document and "size: A4" in document
    assert "counter(page)" in document
    assert not re.search(r'(src|href)="https?:', document)


def test_lege_casus_zegt_in_elk_formaat_dat_er_niets_is_vastgelegd() -> None:
    verslag = bouw_verslag(lege_casus(), gemaakt_op=GEMAAKT)
    assert NIETS_VASTGELEGD in render_text(verslag)
    assert NIETS_VASTGELEGD in render_html_fragment(verslag)
    assert pdf_tekst(render_pdf(verslag)).count(NIETS_VASTGELEGD) >= 10
    assert docx_tekst(render_docx(verslag)).count(NIETS_VASTGELEGD) >= 10


def test_stuurtekens_breken_pdf_en_word_niet() -> None:
    casus = Casus.model_validate(
        {"signalen": [{"id": "s1", "tekst": "regel één\x00\x0b en\r\nregel twee \x1f"}]}
    )
    verslag = bouw_verslag(casus, gemaakt_op=GEMAAKT)
    assert "regel één en" in pdf_tekst(render_pdf(verslag))
    assert "regel één en regel twee" in docx_tekst(render_docx(verslag))


def test_een_heel_lang_woord_wordt_over_regels_verdeeld() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT_REGULIER))
    pdf.add_font("DejaVu", "B", str(FONT_VET))
    zetter = Zetter(pdf, "DejaVu")
    regels = zetter.regels([("", "a" * 400 + " einde")], 50)
    assert len(regels) > 3
    assert "".join(t for regel in regels for _, t in regel).replace(" ", "") == "a" * 400 + "einde"


def test_render_op_naam_geeft_elk_formaat(vol: tuple[Casus, object]) -> None:
    verslag = vol[1]
    assert render(verslag, "pdf").startswith(b"%PDF")  # type: ignore[arg-type]
    assert render(verslag, "docx").startswith(b"PK")  # type: ignore[arg-type]
    assert render(verslag, "html").startswith(b"<!DOCTYPE html>")  # type: ignore[arg-type]
    assert "Casus café-één" in render(verslag, "txt").decode("utf-8")  # type: ignore[arg-type]
    assert "Concept voor uw melding" in render(verslag, "concept").decode("utf-8")  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        render(verslag, "odt")  # type: ignore[arg-type]


def test_bestandsnaam_is_veilig_en_leesbaar() -> None:
    naam = bestandsnaam("Casus café-één/../x", "pdf", datum=dt.date(2026, 4, 1))
    assert naam == "verslag-casus-cafe-een-x-2026-04-01.pdf"
    assert (
        bestandsnaam("", "concept", datum=dt.date(2026, 4, 1))
        == "concept-melding-casus-2026-04-01.txt"
    )


def test_tekens_buiten_het_lettertype_worden_zichtbaar_vervangen_en_niet_gelogd(
    caplog: pytest.LogCaptureFixture,
) -> None:
    casus = Casus.model_validate(
        {"signalen": [{"id": "s1", "tekst": "Kind zei 日本 😀 tegen ə en Ж, kosten € 5 ❤️"}]}
    )
    tekst = pdf_tekst(render_pdf(bouw_verslag(casus, gemaakt_op=GEMAAKT)))
    assert "Kind zei \ufffd\ufffd [emoji U+1F600] tegen ə en Ж, kosten € 5" in tekst
    assert "kosten € 5 [emoji U+2764]" in tekst  # the variation selector leaves no mark
    assert "日" not in caplog.text and "Kind zei" not in caplog.text
