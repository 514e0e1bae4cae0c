"""Typed helpers to read settings from the environment (accepting `NAME_FILE` for secrets)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured


def env_str(name: str, default: str = "") -> str:
    """Value of `name`, or the contents of the file named by `name_FILE` (for secrets)."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        return Path(file_name).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "ja", "on"}


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def env_deelverzameling(name: str, alle: frozenset[str]) -> frozenset[str]:
    """`aan` (or unset) is all of `alle`, `uit` none, else a comma-separated list of them."""
    raw = os.environ.get(name, "").strip().lower()
    if raw in {"", "aan"}:
        return alle
    if raw == "uit":
        return frozenset()
    namen = frozenset(n.strip() for n in raw.split(",") if n.strip())
    if not namen <= alle:
        onbekend = ", ".join(sorted(namen - alle))
        raise ImproperlyConfigured(
            f"{name}: onbekend: {onbekend} (kies uit {', '.join(sorted(alle))})"
        )
    return namen


def data_dir() -> Path:
    """Per-user data folder: $MELDWIJZER_DATA_DIR, else $XDG_DATA_HOME/meldwijzer."""
    explicit = os.environ.get("MELDWIJZER_DATA_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "meldwijzer"


def database_from_url(url: str) -> dict[str, object]:
    """Django DATABASES entry from `postgres://user:pw@host:port/name` or `sqlite:///path`."""
    parts = urlsplit(url)
    if parts.scheme in {"postgres", "postgresql", "pgsql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    if parts.scheme == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": unquote(parts.path)}
    raise ValueError(
        f"DATABASE_URL: onbekend schema '{parts.scheme}' (gebruik postgres:// of sqlite://)"
    )
