"""Login in two steps: password (Argon2, lockout by axes after 5 failures), then a TOTP code.
The first login enrols the authenticator app: the QR code is inline SVG made here (no
external request, no style attributes, so the strict CSP holds)."""

from __future__ import annotations

import base64

import qrcode
import qrcode.image.svg
from django.contrib.auth import authenticate, login, logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from meldwijzer.web.org import services
from meldwijzer.web.org.forms import InlogForm, TokenForm
from meldwijzer.web.org.toegang import vereis_org_modus

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
            services.aanmelding_loggen(user=None, actie="inloggen_mislukt", request=request)
            if getattr(request, "axes_locked_out", False):
                # Our own Dutch page instead of axes' English default.
                request.axes_locked_out = False  # type: ignore[attr-defined]
                return geblokkeerd(request)
            fout = "Gebruikersnaam of wachtwoord klopt niet."
        elif not hasattr(user, "org_profiel"):
            fout = "Dit account heeft geen rol in meldwijzer. Vraag uw beheerder."
        else:
            login(request, user)
            services.aanmelding_loggen(user=user, actie="wachtwoord_juist", request=request)
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


@require_http_methods(["GET", "POST"])
def tweede_stap(request: HttpRequest) -> HttpResponse:
    """Ask the TOTP code; without a confirmed device, enrol one first."""
    vereis_org_modus(request)
    user = request.user
    if not user.is_authenticated:
        return redirect("org:inloggen")
    if user.is_verified():  # type: ignore[union-attr]
        return redirect("org:overzicht")
    bevestigd = TOTPDevice.objects.filter(user=user, confirmed=True)
    koppelen = not bevestigd.exists()
    if koppelen:
        kandidaten = [services.totp_koppeling_starten(user=user)]
    else:
        kandidaten = list(bevestigd)
    form = TokenForm(request.POST or None)
    fout = ""
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["token"].strip()
        for device in kandidaten:
            if device.verify_token(token):
                if koppelen:
                    services.totp_bevestigen(user=user, device=device, request=request)
                otp_login(request, device)
                services.aanmelding_loggen(user=user, actie="ingelogd_2fa", request=request)
                return redirect("org:overzicht")
        services.aanmelding_loggen(user=user, actie="code_onjuist", request=request)
        fout = "Deze code klopt niet (of is verlopen). Probeer de volgende code."
    context: dict[str, object] = {"form": form, "fout": fout, "koppelen": koppelen}
    if koppelen:
        device = kandidaten[0]
        context["qr_svg"] = mark_safe(_qr_svg(device.config_url))  # noqa: S308 - our own SVG
        context["geheim"] = base64.b32encode(device.bin_key).decode("ascii")
    return render(request, "org/tweede_stap.html", context, status=401 if fout else 200)


@require_POST
def uitloggen(request: HttpRequest) -> HttpResponse:
    vereis_org_modus(request)
    if request.user.is_authenticated:
        services.aanmelding_loggen(user=request.user, actie="uitgelogd", request=request)
    logout(request)
    return redirect("org:inloggen")
