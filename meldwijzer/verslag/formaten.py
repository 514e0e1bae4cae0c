"""The output formats by name, for the command line, the web views and mail attachments."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from meldwijzer.engine.fouten import MeldwijzerFout
from meldwijzer.verslag.document import Verslag


@dataclass(frozen=True)
class Formaat:
    naam: str
    extensie: str
    mime: str
    omschrijving: str


FORMATEN: dict[str, Formaat] = {
    "pdf": Formaat("pdf", "pdf", "application/pdf", "PDF"),
    "docx": Formaat(
        "docx",
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word",
    ),
    "txt": Formaat("txt", "txt", "text/plain; charset=utf-8", "platte tekst"),
    "html": Formaat("html", "html", "text/html; charset=utf-8", "HTML-pagina om te printen"),
    "concept": Formaat("concept", "txt", "text/plain; charset=utf-8", "concept-melding (tekst)"),
}


class GeenConceptMelding(MeldwijzerFout, ValueError):
    """The verslag holds no concept-melding: no report is at stake."""


def _concept(verslag: Verslag) -> bytes:
    from meldwijzer.verslag.render_tekst import render_sectie_tekst

    try:
        sectie = verslag.sectie("concept_melding")
    except KeyError as exc:
        raise GeenConceptMelding(
            "Er is geen concept-melding: er is niet besloten te melden en de norm vraagt het niet."
        ) from exc
    return render_sectie_tekst(sectie).encode("utf-8")


def _renderer(naam: str) -> Callable[[Verslag], bytes]:
    from meldwijzer import verslag as v

    if naam == "pdf":
        return v.render_pdf
    if naam == "docx":
        return v.render_docx
    if naam == "txt":
        return lambda doc: v.render_text(doc).encode("utf-8")
    if naam == "html":
        return lambda doc: v.render_html_document(doc).encode("utf-8")
    if naam == "concept":
        return _concept
    raise KeyError(naam)


def render(verslag: Verslag, formaat: str) -> bytes:
    """The verslag as bytes in `formaat` (a key of FORMATEN); KeyError on an unknown name."""
    if formaat not in FORMATEN:
        raise KeyError(formaat)
    return _renderer(formaat)(verslag)


def bestandsnaam(label: str, formaat: str, *, datum: dt.date | None = None) -> str:
    """A safe file name: `verslag-<label>-<jjjj-mm-dd>.<ext>` (ASCII letters, digits, '-')."""
    ascii_label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    schoon = re.sub(r"[^A-Za-z0-9]+", "-", ascii_label).strip("-").lower()[:40] or "casus"
    soort = "concept-melding" if formaat == "concept" else "verslag"
    dag = (datum or dt.date.today()).isoformat()
    return f"{soort}-{schoon}-{dag}.{FORMATEN[formaat].extensie}"
