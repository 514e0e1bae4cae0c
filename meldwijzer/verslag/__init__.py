"""The verslag: one ordered, dated account of a casus, in every form a dossier accepts.

Public API (no Django here; mailing lives in `meldwijzer.verslag.mail`):

- `bouw_verslag(casus, *, advies=None, pack=None, gemaakt_op=None) -> Verslag`
- `render_text`, `render_html_fragment`, `render_html_document`, `render_pdf`, `render_docx`
- `concept_melding_tekst(casus, *, advies=None, pack=None) -> str`
- `render(verslag, formaat) -> bytes` and `FORMATEN` for callers that pick a format by name
- export: `casus_naar_json`, `casus_uit_json`, `versleutel`, `ontsleutel`,
  `lees_casusbestand`, `ExportFout`
"""

from __future__ import annotations

from meldwijzer.verslag.concept_melding import concept_melding_tekst, melding_aan_de_orde
from meldwijzer.verslag.document import Verslag
from meldwijzer.verslag.export import (
    ExportFout,
    casus_naar_json,
    casus_uit_json,
    lees_casusbestand,
    ontsleutel,
    versleutel,
)
from meldwijzer.verslag.formaten import FORMATEN, Formaat, bestandsnaam, render
from meldwijzer.verslag.model import AuditRegel, bouw_verslag
from meldwijzer.verslag.render_html import render_html_document, render_html_fragment
from meldwijzer.verslag.render_tekst import render_text

__all__ = [
    "FORMATEN",
    "AuditRegel",
    "ExportFout",
    "Formaat",
    "Verslag",
    "bestandsnaam",
    "bouw_verslag",
    "casus_naar_json",
    "casus_uit_json",
    "concept_melding_tekst",
    "lees_casusbestand",
    "melding_aan_de_orde",
    "ontsleutel",
    "render",
    "render_docx",
    "render_html_document",
    "render_html_fragment",
    "render_pdf",
    "render_text",
    "versleutel",
]


def render_pdf(verslag: Verslag) -> bytes:
    """PDF (fpdf2 is imported only when a PDF is asked for)."""
    from meldwijzer.verslag.pdf import render_pdf as _render_pdf

    return _render_pdf(verslag)


def render_docx(verslag: Verslag) -> bytes:
    """Word .docx (python-docx is imported only when a .docx is asked for)."""
    from meldwijzer.verslag.word import render_docx as _render_docx

    return _render_docx(verslag)
