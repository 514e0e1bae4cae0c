"""Settings for meldwijzer: one module, read from the environment.

Defaults give the embedded setup for one professional (private mode, SQLite in the
per-user data folder). An organisation sets MELDWIJZER_MODE=organisatie, DATABASE_URL
(PostgreSQL) and MELDWIJZER_PRODUCTION=1 with a real secret key.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from django.contrib.messages import constants as berichten
from django.core.exceptions import ImproperlyConfigured

from meldwijzer.web.env import (
    data_dir,
    database_from_url,
    env_bool,
    env_deelverzameling,
    env_int,
    env_list,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

MODE = env_str("MELDWIJZER_MODE", "prive")
if MODE not in {"prive", "organisatie"}:
    raise ImproperlyConfigured("MELDWIJZER_MODE moet 'prive' of 'organisatie' zijn")
PRODUCTION = env_bool("MELDWIJZER_PRODUCTION")
DEBUG = env_bool("MELDWIJZER_DEBUG") and not PRODUCTION


def _secret_key() -> str:
    key = env_str("MELDWIJZER_SECRET_KEY")
    if key:
        if PRODUCTION and len(key) < 50:
            raise ImproperlyConfigured("MELDWIJZER_SECRET_KEY is te kort (minstens 50 tekens)")
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("Zet MELDWIJZER_SECRET_KEY (of _FILE) in productie")
    # Embedded use: a random key kept in the user's own data folder, created once.
    path = DATA_DIR / "secret_key"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(64), encoding="utf-8")
    return path.read_text(encoding="utf-8").strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("MELDWIJZER_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("MELDWIJZER_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "meldwijzer.web.flow",
    "meldwijzer.web.org",
    "meldwijzer.web.meldcode",
]
# The org app is always installed (its tables stay empty in private mode) so one test run
# covers both modes; its views answer 404 unless MODE == "organisatie" (checked per request).

MIDDLEWARE = [
    # Compresses pages (text only). BREACH: Django's GZipMiddleware pads each response with
    # random bytes, CSRF tokens are masked per response, and a casus is only ever sent back
    # to the page that posted it (CSRF-protected), so no third party can mix in guesses.
    "meldwijzer.web.middleware.GZipTekst",
    "django.middleware.security.SecurityMiddleware",
    "meldwijzer.web.middleware.security_headers",
    "meldwijzer.web.middleware.verzoeken_beperken",
    "meldwijzer.web.middleware.nood_zonder_database",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "axes.middleware.AxesMiddleware",
    # Last, so its process_exception is asked first: every application error to its page.
    "meldwijzer.web.errors.MeldwijzerFoutMiddleware",
]

ROOT_URLCONF = "meldwijzer.web.urls"
WSGI_APPLICATION = "meldwijzer.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "meldwijzer.web.context.site",
                "meldwijzer.web.meldcode.context.meldcode",
            ],
        },
    }
]

_db_url = env_str("DATABASE_URL")
DATABASES = {
    "default": database_from_url(_db_url)
    if _db_url
    else {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(DATA_DIR / "meldwijzer.sqlite3"),
        # Writers take the lock at BEGIN, so concurrent saves queue instead of failing.
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # zxcvbn with Dutch words: refuses "Welkom2024!!" (issue 14, item 2).
    {"NAME": "meldwijzer.web.org.wachtwoord.SterkWachtwoordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# The speed shims (meldwijzer/web/snel.py): "aan" (all), "uit" (stock Django), or a list.
SNELLE_SHIMS = frozenset({"widgets", "paginas", "formulieren"})
SNELLE_WEERGAVE = env_deelverzameling("MELDWIJZER_SNELLE_WEERGAVE", SNELLE_SHIMS)
FORM_RENDERER = (
    "meldwijzer.web.snel.SnelleRenderer"
    if "widgets" in SNELLE_WEERGAVE
    else "django.forms.renderers.DjangoTemplates"
)

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed and gzip-compressed after collectstatic (`meldwijzer start` collects when the
    # sources changed); plain names from the app folders when nothing was collected.
    "staticfiles": {"BACKEND": "meldwijzer.web.statisch.StatischeBestanden"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_MAX_AGE = 3600

# Sessions: only organisation mode uses them (login). Private mode stores nothing.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 15 * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "meldwijzer.web.errors.csrf_failure"

# One-off notices after a redirect ("Opgeslagen."): django.contrib.messages, used only by
# organisation-mode pages (behind its login), in that user's session. The texts are fixed
# (never casus content). Private mode adds no message, so it opens no session and keeps
# nothing on the server (tests/web/test_meldingen.py, tests/org/test_meldingen.py).
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
MESSAGE_TAGS = {
    berichten.DEBUG: "info",
    berichten.INFO: "info",
    berichten.SUCCESS: "succes",
    berichten.WARNING: "waarschuwing",
    berichten.ERROR: "fout",
}

# Security headers (CSP etc. in meldwijzer.web.middleware).
SECURE_CONTENT_TYPE_NOSNIFF = True
# The same policy as the pages' <meta name="referrer"> (issue 14: aligned): no referrer to
# another host. Not no-referrer: then Chromium sends "Origin: null" with every form post and
# Django's CSRF check refuses every save (flow/templates/base.html).
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("MELDWIJZER_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("MELDWIJZER_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Upload/request limits: a casus is small; refuse anything absurd early.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 4000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# An uploaded casus file is never written to a temporary file, where a plain (unprotected)
# export would sit on the server's disk: it is read in memory up to the largest casus file
# accepted, and refused beyond that (issue 14, item 3).
FILE_UPLOAD_HANDLERS = ["meldwijzer.web.uploads.AlleenInGeheugen"]
MAX_BESTAND_BYTES = 5 * 1024 * 1024

# Mail (verslag to oneself): off unless a host is configured.
EMAIL_HOST = env_str("MELDWIJZER_SMTP_HOST")
EMAIL_PORT = env_int("MELDWIJZER_SMTP_PORT", 587)
EMAIL_HOST_USER = env_str("MELDWIJZER_SMTP_USER")
EMAIL_HOST_PASSWORD = env_str("MELDWIJZER_SMTP_PASSWORD")
EMAIL_USE_TLS = env_bool("MELDWIJZER_SMTP_TLS", EMAIL_PORT == 587)
EMAIL_USE_SSL = env_bool("MELDWIJZER_SMTP_SSL", EMAIL_PORT == 465)
EMAIL_TIMEOUT = 15
DEFAULT_FROM_EMAIL = env_str("MELDWIJZER_MAIL_FROM", "meldwijzer@localhost")
MAIL_ENABLED = bool(EMAIL_HOST)
# The organisation's own mail domains (comma-separated, e.g. "zorg.nl,team.zorg.nl"): when
# set, a verslag is only sent to an address in one of them (and its subdomains).
MELDWIJZER_MAIL_DOMEINEN = [d.lower().lstrip("@") for d in env_list("MELDWIJZER_MAIL_DOMEINEN")]

# Organisation mode.
MELDWIJZER_ENCRYPTION_KEYS = env_list("MELDWIJZER_ENCRYPTION_KEYS")  # newest first
MELDWIJZER_RETENTION_DAYS = env_int("MELDWIJZER_RETENTION_DAYS", 365)
# The key of the audit chain (HMAC), kept outside the database; and the file of signed
# checkpoints (`manage audit_checkpoint`), which the operator keeps outside the database
# too (docs/organisatie.md).
MELDWIJZER_AUDIT_KEY = env_str("MELDWIJZER_AUDIT_KEY")
MELDWIJZER_AUDIT_CHECKPOINTS = env_str("MELDWIJZER_AUDIT_CHECKPOINTS")
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
# Lock the account after 5 failures from anywhere, and the account+address pair (axes.W006).
AXES_LOCKOUT_PARAMETERS = ["username", ["username", "ip_address"]]
AXES_LOCKOUT_CALLABLE = "meldwijzer.web.org.views_auth.geblokkeerd"

# Logging: never content. Only the level and the logger name plus Django's own
# messages (which carry paths and status codes, never form data).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("MELDWIJZER_LOG_LEVEL", "WARNING")},
}

# Content pack: MELDWIJZER_CONTENT_PACK names the folder of the afwegingskader to use
# (default: the shipped BPSW pack). Only `meldwijzer.content.loader` reads it, from the
# environment: the content layer imports no Django, so there is no setting for it here.
