"""A complete profile for tests, and readers for the produced files."""

from __future__ import annotations

import io
import re
from typing import Any

from docx import Document
from pypdf import PdfReader

from meldwijzer.meldcode import Profiel, profiel_laden
from meldwijzer.meldcode.document import ModelDeel, basismodel


def profiel_data(**anders: Any) -> dict[str, Any]:
    """Every fill-in set to a recognisable value (markers that occur nowhere in the seed)."""
    data: dict[str, Any] = {
        "naam": "Stichting Zonnebloemveld",
        "bevoegd_gezag": "Raad van bestuur Zonnebloemveld",
        "sector": "jeugdhulp",
        "beroepen": ["jeugdhulpverlener", "gezinscoach"],
        "overige_wetten": ["de Algemene verordening gegevensbescherming"],
        "privacyreglement": "Privacyreglement Zonnebloemveld 2025",
        "alle_stappen": "Alle gezinscoaches van Zonnebloemveld",
        "alleen_stap_1": "De medewerkers van de balie Zonnebloemveld",
        "signalen_bij": "De gezinscoach van dienst",
        "vrijwilligers_verwachting": "Vrijwilligers van Zonnebloemveld letten op signalen",
        "vrijwilligers_signalen_bij": "De coördinator vrijwilligers Zonnebloemveld",
        "aandachtsfunctionarissen": [
            {
                "functie": "Aandachtsfunctionaris Kwartelkoning",
                "telefoon": "030-1112233",
                "email": "kwartel@zonnebloemveld.nl",
                "bereikbaar": "maandag tot vrijdag",
            }
        ],
        "beslisser": "De teamleider Wielewaal",
        "beslisser_tekent_af": True,
        "veilig_thuis": {"regio": "Utrecht-Oost", "telefoon": "030-9998877"},
        "deskundigen": [{"functie": "Gedragswetenschapper Roerdomp", "expertise": "letselduiding"}],
        "bpsw_spreekuur": True,
        "kindcheck": True,
        "verwijsindex": True,
        "versie": 3,
        "vastgesteld_op": "2026-02-01",
        "vastgesteld_door": "Raad van bestuur Zonnebloemveld",
    }
    data.update(anders)
    return data


def profiel(**anders: Any) -> Profiel:
    return profiel_laden(profiel_data(**anders))


#: The values of `profiel_data` that the meldcode must print.
INGEVULD = (
    "Stichting Zonnebloemveld",
    "Raad van bestuur Zonnebloemveld",
    "de Algemene verordening gegevensbescherming",
    "Alle gezinscoaches van Zonnebloemveld",
    "De medewerkers van de balie Zonnebloemveld",
    "Vrijwilligers van Zonnebloemveld letten op signalen",
    "De coördinator vrijwilligers Zonnebloemveld",
    "Aandachtsfunctionaris Kwartelkoning",
    "030-1112233",
    "kwartel@zonnebloemveld.nl",
    "De teamleider Wielewaal",
    "Utrecht-Oost",
    "030-9998877",
    "Gedragswetenschapper Roerdomp",
    "spreekuur@bpsw.nl",
    "1 februari 2026",
)


def normaal(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip()


def pdf_tekst(data: bytes) -> str:
    """Body text of all pages, without the running header line and the page number."""
    delen = []
    for pagina in PdfReader(io.BytesIO(data)).pages:
        regels = pagina.extract_text().splitlines()
        if regels and regels[0].startswith("Meldcode "):
            regels = regels[1:]
        if regels and re.fullmatch(r"Pagina \d+ van \d+", regels[-1].strip()):
            regels = regels[:-1]
        delen.append(" ".join(regels))
    return normaal(" ".join(delen))


def docx_tekst(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    delen = [p.text for p in doc.paragraphs]
    for tabel in doc.tables:
        delen += [c.text for r in tabel.rows for c in r.cells]
    return normaal(" ".join(delen))


def model_teksten() -> list[str]:
    """Every paragraph, list item and title of the model, brackets still in."""
    uit: list[str] = []

    def deel(d: ModelDeel) -> None:
        if d.als is None:
            uit.append(d.titel)
        for b in d.blokken:
            if d.als is None and b.alinea:
                uit.append(b.alinea)
            if d.als is None:
                uit.extend(b.lijst or [])
        for sub in d.delen:
            deel(sub)

    for d in basismodel().delen:
        deel(d)
    return uit
