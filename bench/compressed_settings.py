"""Bench-only settings: the real settings, static files collected and pre-compressed.

What a server install could do (`collectstatic` with whitenoise's compressed storage), so the
page-weight bench can show the difference with the embedded default (served from the app
folders, uncompressed). Only the static-files storage and finders switch differ.
"""

from __future__ import annotations

from meldwijzer.web.settings import *  # noqa: F403 the same settings apart from static files

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = False
