"""Forms of the flow: parsing and validation only. Every field is optional unless a part of
the page is used; the rules say which fields belong together (e.g. a third-party sign needs
its source, Bijlage 1b stap 1).

One module per group of pages; this package re-exports their names, so callers keep
writing `from meldwijzer.web.flow import forms as f` and `f.Stap1Form`.
"""

from __future__ import annotations

from meldwijzer.web.flow.forms.afweging import (
    CONFLICT_VELDEN,
    STAP4_AFWEGINGEN,
    STAP5_AFWEGINGEN,
    MeldingForm,
    Stap4Form,
    Stap5Form,
    afweging_clean,
    afweging_velden,
)
from meldwijzer.web.flow.forms.bestanden import (
    MAIL_FORMATEN,
    ExportForm,
    MailForm,
    OpenenForm,
)
from meldwijzer.web.flow.forms.casus import (
    AfsluitenForm,
    ScopeForm,
    StartForm,
)
from meldwijzer.web.flow.forms.spec import SpecForm
from meldwijzer.web.flow.forms.stappen import (
    Stap1Form,
    Stap2Form,
    Stap3Form,
)
from meldwijzer.web.flow.forms.velden import (
    ANTWOORDEN,
    CONSULTATIE_MET,
    GEEN_NAMEN,
    GESPREK_MET,
    GRONDEN,
    ISO_DATUM,
    JA_NEE,
    JA_NEE_ONBEKEND,
    KEUZES,
    ROLLEN,
    SITUATIES,
    SOORTEN,
    STATUSSEN,
    TOESTEMMING,
    TOLKEN,
    VORMEN,
    FlowForm,
    StapForm,
    datumveld,
    ja_nee,
    ja_nee_waarde,
    keuzeveld,
    kortveld,
    skelet_uit_velden,
    tekstveld,
)

__all__ = [
    "ANTWOORDEN",
    "CONFLICT_VELDEN",
    "CONSULTATIE_MET",
    "GEEN_NAMEN",
    "GESPREK_MET",
    "GRONDEN",
    "ISO_DATUM",
    "JA_NEE",
    "JA_NEE_ONBEKEND",
    "KEUZES",
    "MAIL_FORMATEN",
    "ROLLEN",
    "SITUATIES",
    "SOORTEN",
    "STAP4_AFWEGINGEN",
    "STAP5_AFWEGINGEN",
    "STATUSSEN",
    "TOESTEMMING",
    "TOLKEN",
    "VORMEN",
    "AfsluitenForm",
    "ExportForm",
    "FlowForm",
    "MailForm",
    "MeldingForm",
    "OpenenForm",
    "ScopeForm",
    "SpecForm",
    "Stap1Form",
    "Stap2Form",
    "Stap3Form",
    "Stap4Form",
    "Stap5Form",
    "StapForm",
    "StartForm",
    "afweging_clean",
    "afweging_velden",
    "datumveld",
    "ja_nee",
    "ja_nee_waarde",
    "keuzeveld",
    "kortveld",
    "skelet_uit_velden",
    "tekstveld",
]
