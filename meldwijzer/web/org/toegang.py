"""The gate in front of every organisation page: mode, login, second factor, role, idle time.

Every org view is wrapped in `org_pagina`. Order of checks: organisation mode on (else 404,
checked per request), logged in (else to the login page), verified TOTP (else to the second
step), role allowed (else 403). A casus the user may not reach answers 404 (selectors).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import cast

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect

from meldwijzer.web.org.models import Instellingen
from meldwijzer.web.org.selectors import instellingen, rol_van

View = Callable[..., HttpResponse]


class OrgVerzoek(HttpRequest):
    """The request an `org_pagina` view receives: a logged-in user with a role (the gate
    checked both) and the organisation's settings read once for this request."""

    user: User
    org_rol: str
    org_instellingen: Instellingen


def tweede_factor_gedaan(user: User | AnonymousUser) -> bool:
    """Whether this session passed the TOTP step. django_otp's OTPMiddleware gives
    `request.user` an `is_verified()` at run time; Django's user model does not declare it."""
    return bool(user.is_verified())  # type: ignore[union-attr]  # added by OTPMiddleware


def org_modus_aan() -> bool:
    return getattr(settings, "MODE", "prive") == "organisatie"


def vereis_org_modus(request: HttpRequest) -> None:
    if not org_modus_aan():
        raise Http404


def org_pagina(*, rollen: Iterable[str] | None = None, otp: bool = True) -> Callable[[View], View]:
    toegestaan = frozenset(rollen) if rollen is not None else None

    def deco(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
            vereis_org_modus(request)
            user = request.user
            if not user.is_authenticated:
                return redirect("org:inloggen")
            if not user.is_active:
                logout(request)
                return redirect("org:inloggen")
            if otp and not tweede_factor_gedaan(user):
                return redirect("org:tweede_stap")
            rol = rol_van(user)
            if rol is None or (toegestaan is not None and rol not in toegestaan):
                raise PermissionDenied
            # The organisation's idle limit (at most the 15 minutes of settings).
            inst = instellingen()
            minuten = min(inst.sessie_minuten, settings.SESSION_COOKIE_AGE // 60)
            request.session.set_expiry(minuten * 60)
            verzoek = cast(OrgVerzoek, request)  # the two attributes are set here
            verzoek.org_rol = rol
            verzoek.org_instellingen = inst
            return view(verzoek, *args, **kwargs)

        return wrapper

    return deco
