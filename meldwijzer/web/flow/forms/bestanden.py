"""Forms around files and mail: resuming a casus from a file, the passphrase of a saved
file, and mailing the verslag."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile

from meldwijzer.web.flow.forms.velden import (
    FlowForm,
    keuzeveld,
)


class OpenenForm(FlowForm):
    """Resume a casus saved as a file (plain or passphrase-protected JSON)."""

    bestand = forms.FileField(
        label="Casusbestand (.json)",
        required=False,
        help_text="Een bestand dat u eerder met meldwijzer bewaarde.",
    )
    wachtwoord = forms.CharField(
        label="Wachtwoord (als u het bestand beveiligde)",
        required=False,
        max_length=200,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
    )

    def clean_bestand(self) -> UploadedFile[bytes]:
        bestand: UploadedFile[bytes] | None = self.cleaned_data.get("bestand")
        if not bestand:
            raise forms.ValidationError("Kies een casusbestand.")
        return bestand


class ExportForm(forms.Form):
    """Optional passphrase for the saved casus file."""

    wachtwoord = forms.CharField(required=False, max_length=200, strip=False)


MAIL_FORMATEN = [("pdf", "PDF"), ("docx", "Word"), ("txt", "Platte tekst"), ("html", "Webpagina")]


class MailForm(FlowForm):
    adres = forms.EmailField(
        label="Uw e-mailadres",
        required=False,
        max_length=254,
        help_text="Bij voorkeur uw adres op het werk.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    formaat = keuzeveld("Bijlage", MAIL_FORMATEN)

    def bouw(self) -> None:
        self.fields["formaat"].initial = "pdf"

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what Form.clean() returns, typed without its Optional
        if (
            self.data.get("actie") == "versturen"
            and not data.get("adres")
            and "adres" not in self.errors
        ):
            self.add_error("adres", "Vul het e-mailadres in waarnaar het verslag moet.")
        return data
