"""Root URLs: the flow (private and organisation mode) and, in organisation mode, accounts."""

from __future__ import annotations

from django.urls import include, path

urlpatterns = [
    path("", include("meldwijzer.web.flow.urls")),
    path("org/meldcode/", include("meldwijzer.web.meldcode.urls")),  # 404 unless organisatie
    path("org/", include("meldwijzer.web.org.urls")),  # 404 unless MODE == "organisatie"
]

handler400 = "meldwijzer.web.errors.bad_request"
handler403 = "meldwijzer.web.errors.permission_denied"
handler404 = "meldwijzer.web.errors.not_found"
handler500 = "meldwijzer.web.errors.server_error"
