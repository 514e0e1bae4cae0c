"""Forms of organisation mode. Labels and errors in Dutch; the services check the rules."""

from __future__ import annotations

from django import forms
from django.http import QueryDict

from meldwijzer.web.flow.forms import StartForm
from meldwijzer.web.org.models import ContactSoort, DeelRol, MeldWijze, Rol

LANG = forms.Textarea(attrs={"rows": 4})


class InlogForm(forms.Form):
    username = forms.CharField(label="Gebruikersnaam", max_length=150)
    password = forms.CharField(label="Wachtwoord", widget=forms.PasswordInput, max_length=256)


class TokenForm(forms.Form):
    token = forms.RegexField(
        label="Code uit uw authenticator-app",
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": "Vul de zes cijfers in."},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )
    koppelcode = forms.CharField(
        label="Koppelcode van uw beheerder",
        max_length=20,
        help_text="Uw beheerder gaf u deze code toen uw tweestapsverificatie werd gewist.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def __init__(self, data: QueryDict | None = None, *, koppelcode: bool = False) -> None:
        super().__init__(data)
        if not koppelcode:
            del self.fields["koppelcode"]


class NieuweCasusForm(forms.Form):
    dossier_ref = forms.CharField(
        label="Dossiernummer in uw eigen systeem",
        max_length=40,
        help_text="Geen namen of BSN. Alleen het nummer waarmee u het dossier terugvindt.",
    )
    # Sector and beroep decide the afwegingskader, as on the private start page (issue 17).
    sector = StartForm.base_fields["sector"]
    beroepsgroep = StartForm.base_fields["beroepsgroep"]


class DelenForm(forms.Form):
    gebruikersnaam = forms.CharField(label="Gebruikersnaam van de collega", max_length=150)
    rol = forms.ChoiceField(label="Waarvoor", choices=DeelRol.choices)


class AfsluitenForm(forms.Form):
    reden = forms.CharField(label="Reden van afsluiten", widget=LANG, max_length=20_000)


class VtContactForm(forms.Form):
    soort = forms.ChoiceField(label="Soort contact", choices=ContactSoort.choices)
    datum = forms.DateField(
        label="Datum", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    vraag = forms.CharField(
        label="Uw vraag (adviesvraag)", widget=LANG, required=False, max_length=20_000
    )
    advies = forms.CharField(
        label="Advies van Veilig Thuis", widget=LANG, required=False, max_length=20_000
    )
    wijze = forms.ChoiceField(
        label="Hoe gemeld", choices=[("", "—"), *MeldWijze.choices], required=False
    )
    referentie = forms.CharField(label="Kenmerk van Veilig Thuis", required=False, max_length=100)
    veiligheidsoordeel = forms.CharField(
        label="Veiligheidsbeoordeling van Veilig Thuis",
        widget=LANG,
        required=False,
        max_length=20_000,
    )
    vervolgstap = forms.CharField(
        label="Vervolgstap van Veilig Thuis", widget=LANG, required=False, max_length=20_000
    )


class HulpplanForm(forms.Form):
    doelen = forms.CharField(label="Doelen van de hulp", widget=LANG, max_length=20_000)
    afspraken = forms.CharField(
        label="Afspraken (wie doet wat, wanneer)", widget=LANG, required=False, max_length=20_000
    )
    evaluatiedatum = forms.DateField(
        label="Evaluatiedatum: afweging 5 opnieuw maken",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


JA_NEE = [("nee", "Nee"), ("ja", "Ja")]


class HerwegingForm(forms.Form):
    """Bijlage 2, afweging 5: 'Vragen ter afweging'."""

    geweld_stopt_niet = forms.ChoiceField(
        label="Stopt het geweld niet binnen de verwachte termijn?",
        choices=JA_NEE,
        widget=forms.RadioSelect,
    )
    ernstiger_dan_verwacht = forms.ChoiceField(
        label="Is de problematiek (nog) ernstiger dan verwacht?",
        choices=JA_NEE,
        widget=forms.RadioSelect,
    )
    doelen_niet_behaald = forms.ChoiceField(
        label="Worden de gestelde doelen niet behaald binnen de verwachte termijn?",
        choices=JA_NEE,
        widget=forms.RadioSelect,
    )
    plan_loopt_vast = forms.ChoiceField(
        label="Loopt de uitvoering van het veiligheids- en/of hulpverleningsplan vast?",
        choices=JA_NEE,
        widget=forms.RadioSelect,
    )
    expertise_nodig = forms.ChoiceField(
        label="Is er specifieke expertise nodig?", choices=JA_NEE, widget=forms.RadioSelect
    )
    toelichting = forms.CharField(
        label="Toelichting", widget=LANG, required=False, max_length=20_000
    )
    volgende_evaluatie = forms.DateField(
        label="Volgende evaluatie (als de hulp doorgaat)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class KeuzeForm(forms.Form):
    keuze = forms.ChoiceField(
        label="Besluit over melden",
        choices=[("ja", "Melden bij Veilig Thuis"), ("nee", "Niet melden")],
        widget=forms.RadioSelect,
    )
    reden = forms.CharField(label="Reden", widget=LANG, required=False, max_length=20_000)


class AdviesForm(forms.Form):
    vraag = forms.CharField(
        label="Vraag van de collega", widget=LANG, required=False, max_length=20_000
    )
    advies = forms.CharField(label="Uw advies", widget=LANG, max_length=20_000)


#: The function is printed in her verslag as who did the work; never a name.
FUNCTIE_LABEL = "Functie (staat in het verslag; geen naam)"


class GebruikerForm(forms.Form):
    username = forms.RegexField(
        label="Gebruikersnaam",
        regex=r"^[\w.@+-]{2,150}$",
        error_messages={"invalid": "Letters, cijfers en . @ + - _"},
    )
    wachtwoord = forms.CharField(
        label="Eerste wachtwoord (minstens 12 tekens)", widget=forms.PasswordInput, max_length=256
    )
    rol = forms.ChoiceField(label="Rol", choices=Rol.choices)
    alleen_stap_1 = forms.BooleanField(
        label="Alleen stap 1 (signalen in kaart brengen)", required=False
    )
    functie = forms.CharField(label=FUNCTIE_LABEL, required=False, max_length=200)


class GebruikerWijzigForm(forms.Form):
    rol = forms.ChoiceField(label="Rol", choices=Rol.choices)
    alleen_stap_1 = forms.BooleanField(label="Alleen stap 1", required=False)
    functie = forms.CharField(label=FUNCTIE_LABEL, required=False, max_length=200)
    actief = forms.BooleanField(label="Account actief", required=False)


STAPPEN = [(str(i), f"Stap {i}") for i in range(1, 6)]


class InstellingenForm(forms.Form):
    stappen_medewerker = forms.MultipleChoiceField(
        label="Stappen voor medewerkers",
        choices=STAPPEN,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    stappen_aandachtsfunctionaris = forms.MultipleChoiceField(
        label="Stappen voor aandachtsfunctionarissen",
        choices=STAPPEN,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    stappen_beslisser = forms.MultipleChoiceField(
        label="Stappen voor beslissers",
        choices=STAPPEN,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    beslisser_tekent_af = forms.BooleanField(
        label="Een beslisser neemt het besluit in stap 5 (de medewerker stelt voor)", required=False
    )
    bewaartermijn_dagen = forms.IntegerField(
        label="Bewaartermijn na afsluiten (dagen)", min_value=1, max_value=3650
    )
    inactief_na_dagen = forms.IntegerField(
        label="Herinnering als een casus zo veel dagen niet is bijgewerkt",
        min_value=1,
        max_value=365,
    )
    sessie_minuten = forms.IntegerField(
        label="Uitloggen na zo veel minuten zonder activiteit", min_value=1, max_value=15
    )


#: Forms whose empty rendering is the same for every request and user (fields and choices
#: fixed in the class): `org_formulier` renders them once per process.
VASTE_FORMULIEREN: frozenset[type[forms.Form]] = frozenset(
    {
        NieuweCasusForm,
        DelenForm,
        AfsluitenForm,
        VtContactForm,
        HulpplanForm,
        HerwegingForm,
        KeuzeForm,
        AdviesForm,
    }
)
