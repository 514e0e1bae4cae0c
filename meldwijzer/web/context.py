"""Template context available on every page."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

VEILIG_THUIS_NUMMER = "0800-2000"
VEILIG_THUIS_TEL = "tel:08002000"


def site(request: HttpRequest) -> dict[str, object]:
    return {
        "veilig_thuis_nummer": VEILIG_THUIS_NUMMER,
        "veilig_thuis_tel": VEILIG_THUIS_TEL,
        "modus": settings.MODE,
        "mail_aan": settings.MAIL_ENABLED,
    }
