"""The organisation's own meldcode (issue 16): its profile and the document built from it.

Plain Python, no Django: the command line (`meldwijzer meldcode maken`) and the web app
(`meldwijzer.web.meldcode`) both use it.

- `profiel_laden(data) -> Profiel`, `profiel_lezen(tekst) -> Profiel` (raise `ProfielFout`)
- `bouw_meldcode(profiel) -> Verslag`, rendered by the verslag's renderers: `maak(profiel, formaat)`
"""

from __future__ import annotations

from meldwijzer.meldcode.document import bouw_meldcode, contactvelden
from meldwijzer.meldcode.profiel import Profiel, ProfielFout, profiel_laden, profiel_lezen

#: Formats of the meldcode: extension -> (MIME type).
FORMATEN: dict[str, str] = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
}


def maak(profiel: Profiel, formaat: str) -> bytes:
    """The meldcode in `formaat` ("pdf", "docx" or "html")."""
    from meldwijzer.verslag import render_docx, render_html_document, render_pdf

    document = bouw_meldcode(profiel)
    if formaat == "pdf":
        return render_pdf(document)
    if formaat == "docx":
        return render_docx(document)
    if formaat == "html":
        return render_html_document(document).encode("utf-8")
    raise ValueError(formaat)


__all__ = [
    "FORMATEN",
    "Profiel",
    "ProfielFout",
    "bouw_meldcode",
    "contactvelden",
    "maak",
    "profiel_laden",
    "profiel_lezen",
]
