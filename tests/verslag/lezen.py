"""Read produced files back with reader libraries, as a reviewer's tools would."""

from __future__ import annotations

import io
import re

from docx import Document
from pypdf import PdfReader


def normaal(tekst: str) -> str:
    """Collapse all whitespace, so line breaks in a PDF do not split a phrase."""
    return re.sub(r"\s+", " ", tekst).strip()


def pdf_tekst(data: bytes) -> str:
    """The body text of all pages, without each page's header line and page number."""
    delen = []
    for pagina in PdfReader(io.BytesIO(data)).pages:
        regels = pagina.extract_text().splitlines()
        if regels and regels[0].startswith("Verslag meldcode:"):
            regels = regels[1:]
        if regels and re.fullmatch(r"Pagina \d+ van \d+", regels[-1].strip()):
            regels = regels[:-1]
        delen.append(" ".join(regels))
    return normaal(" ".join(delen))


def pdf_paginas(data: bytes) -> list[str]:
    return [normaal(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


def docx_document(data: bytes):  # type: ignore[no-untyped-def]
    return Document(io.BytesIO(data))


def docx_tekst(data: bytes) -> str:
    doc = docx_document(data)
    delen = [p.text for p in doc.paragraphs]
    for tabel in doc.tables:
        for rij in tabel.rows:
            delen.extend(cel.text for cel in rij.cells)
    return normaal(" ".join(delen))
