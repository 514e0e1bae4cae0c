"""Login in two steps: password (Argon2, lockout by axes after 5 failures), then a TOTP code.
The first login enrols the authenticator app: the QR code is inline SVG made here (no
external request, no style attributes, so the strict CSP holds)."""

from __future__ import annotations

import base64

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout, update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.util import random_hex

from meldwijzer.engine.fouten import MeldwijzerFout
from meldwijzer.web.org.forms import InlogForm, TokenForm
from meldwijzer.web.org.models import Profiel
from meldwijzer.web.org.services import accounts
from meldwijzer.web.org.toegang import tweede_factor_gedaan, vereis_org_modus

GEBLOKKEERD = (
    "Te veel mislukte pogingen. Dit account is een kwartier geblokkeerd. "
    "Probeer het later opnieuw of vraag uw beheerder om hulp."
)


def geblokkeerd(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    """Dutch lockout page; usable as AXES_LOCKOUT_CALLABLE."""
    return render(request, "org/geblokkeerd.html", {"melding": GEBLOKKEERD}, status=429)


@require_http_methods(["GET", "POST"])
def inloggen(request: HttpRequest) -> HttpResponse:
    vereis_org_modus(request)
    form = InlogForm(request.POST or None)
    fout = ""
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request, username=form.cleaned_data["username"], password=form.cleaned_data["password"]
        )
        if user is None:
            accounts.aanmelding_loggen(user=None, actie="inloggen_mislukt", request=request)
            if getattr(request, "axes_locked_out", False):
                # Our own Dutch page instead of axes' English default.
                # django-axes sets this flag on the request; HttpRequest does not declare it.
                request.axes_locked_out = False  # type: ignore[attr-defined]
                return geblokkeerd(request)
            fout = "Gebruikersnaam of wachtwoord klopt niet."
        elif not hasattr(user, "org_profiel"):
            fout = "Dit account heeft geen rol in meldwijzer. Vraag uw beheerder."
        else:
            login(request, user)
            accounts.aanmelding_loggen(user=user, actie="wachtwoord_juist", request=request)
            return redirect("org:tweede_stap")
    return render(
        request, "org/inloggen.html", {"form": form, "fout": fout}, status=401 if fout else 200
    )


def _qr_svg(url: str) -> str:
    img = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    svg = img.to_string(encoding="unicode")
    return svg.replace(
        "<svg ", '<svg role="img" aria-label="QR-code voor uw authenticator-app" ', 1
    )


KOPPEL_SLEUTEL = "org_totp_koppelsleutel"  # the secret of this enrolment attempt (session)


def _moet_wachtwoord_wijzigen(user: User) -> bool:
    return Profiel.objects.filter(gebruiker=user, wachtwoord_wijzigen=True).exists()


def _koppelsleutel(request: HttpRequest) -> str:
    """The secret of this enrolment attempt: made for this session, stored nowhere else
    until she confirms it with a code, so nobody can read it in advance."""
    sleutel = request.session.get(KOPPEL_SLEUTEL)
    if not isinstance(sleutel, str) or len(sleutel) != 40:
        sleutel = random_hex(20)
        request.session[KOPPEL_SLEUTEL] = sleutel
    return sleutel


def _na_tweede_stap(request: HttpRequest, user: User, device: TOTPDevice) -> HttpResponse:
    otp_login(request, device)
    request.session.cycle_key()  # a new session key at the second step, as at the first
    accounts.aanmelding_loggen(user=user, actie="ingelogd_2fa", request=request)
    return redirect("org:overzicht")


@require_http_methods(["GET", "POST"])
def tweede_stap(request: HttpRequest) -> HttpResponse:
    """Ask the TOTP code; without a confirmed device, enrol one first (after the password
    change a first login requires, and with the beheerder's one-time code after a reset)."""
    vereis_org_modus(request)
    user = request.user
    if not user.is_authenticated:
        return redirect("org:inloggen")
    if tweede_factor_gedaan(user):
        return redirect("org:overzicht")
    if _moet_wachtwoord_wijzigen(user):
        return redirect("org:wachtwoord")
    bevestigd = list(TOTPDevice.objects.filter(user=user, confirmed=True))
    koppelen = not bevestigd
    koppelcode_nodig = (
        koppelen and Profiel.objects.filter(gebruiker=user).exclude(koppelcode="").exists()
    )
    form = TokenForm(request.POST or None, koppelcode=koppelcode_nodig)
    fout = ""
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["token"].strip()
        if koppelen:
            sleutel = _koppelsleutel(request)
            totp = TOTP(bytes.fromhex(sleutel), step=30, t0=0, digits=6, drift=0)
            if totp.verify(int(token), tolerance=1):
                try:
                    device = accounts.totp_koppelen(
                        user=user,
                        sleutel=sleutel,
                        laatste_t=totp.t(),
                        koppelcode=form.cleaned_data.get("koppelcode", ""),
                        request=request,
                    )
                except MeldwijzerFout as exc:
                    fout = exc.voor_gebruiker
                else:
                    request.session.pop(KOPPEL_SLEUTEL, None)
                    return _na_tweede_stap(request, user, device)
        else:
            for device in bevestigd:
                if device.verify_token(token):
                    return _na_tweede_stap(request, user, device)
        accounts.aanmelding_loggen(user=user, actie="code_onjuist", request=request)
        fout = fout or "Deze code klopt niet (of is verlopen). Probeer de volgende code."
    context: dict[str, object] = {"form": form, "fout": fout, "koppelen": koppelen}
    if koppelen:
        nieuw = TOTPDevice(user=user, name="authenticator", key=_koppelsleutel(request))
        context["qr_svg"] = mark_safe(_qr_svg(nieuw.config_url))  # noqa: S308 - our own SVG
        context["geheim"] = base64.b32encode(nieuw.bin_key).decode("ascii")
    return render(request, "org/tweede_stap.html", context, status=401 if fout else 200)


@require_http_methods(["GET", "POST"])
def wachtwoord(request: HttpRequest) -> HttpResponse:
    """Change her own password: required at the first login (before the second factor is
    enrolled), and always possible once logged in with both steps."""
    vereis_org_modus(request)
    user = request.user
    if not user.is_authenticated:
        return redirect("org:inloggen")
    verplicht = _moet_wachtwoord_wijzigen(user)
    if not verplicht and not tweede_factor_gedaan(user):
        return redirect("org:tweede_stap")
    form = PasswordChangeForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        update_session_auth_hash(request, form.user)
        accounts.wachtwoord_gewijzigd(user=form.user, request=request)
        if tweede_factor_gedaan(user):
            messages.success(request, "Uw wachtwoord is gewijzigd.")
            return redirect("org:overzicht")
        return redirect("org:tweede_stap")
    return render(
        request,
        "org/wachtwoord.html",
        {"form": form, "verplicht": verplicht},
        status=400 if form.errors else 200,
    )


@require_POST
def uitloggen(request: HttpRequest) -> HttpResponse:
    vereis_org_modus(request)
    if request.user.is_authenticated:
        accounts.aanmelding_loggen(user=request.user, actie="uitgelogd", request=request)
    logout(request)
    return redirect("org:inloggen")
