"""Encryption at rest for casus content (issue 6: free text encrypted, keys rotatable).

Keys come from `settings.MELDWIJZER_ENCRYPTION_KEYS` (Fernet keys, newest first). The newest
key encrypts; every listed key decrypts, so a new key can be put in front while old rows are
re-encrypted in the background (`manage rotate_keys`). Each stored value starts with the id
of the key that encrypted it (`<kid>$<fernet token>`), so rotation finds the rows still under
an old key without decrypting anything.

Without configured keys (private mode, development) one key is derived from SECRET_KEY with
HKDF; `docs/organisatie.md` tells organisations to configure their own keys.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

from meldwijzer.engine.fouten import MeldwijzerFout, Soort

SCHEIDER = "$"


class SleutelFout(MeldwijzerFout):
    """A stored value cannot be decrypted with any configured key (the installation's keys:
    INTERN, the message is for the operator)."""

    soort = Soort.INTERN


@dataclass(frozen=True)
class Sleutelbos:
    """The configured keys: `ids[0]` encrypts, all decrypt."""

    ids: tuple[str, ...]
    fernets: dict[str, Fernet]
    multi: MultiFernet

    @property
    def huidig(self) -> str:
        return self.ids[0]


def sleutel_id(key: bytes) -> str:
    """A short public fingerprint of a key (never the key itself)."""
    return hashlib.sha256(b"meldwijzer-kid:" + key).hexdigest()[:10]


def afgeleide_sleutel(secret_key: str) -> bytes:
    """Development fallback: a Fernet key derived from SECRET_KEY (HKDF-SHA256)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"meldwijzer-org", info=b"casus-at-rest")
    return base64.urlsafe_b64encode(hkdf.derive(secret_key.encode("utf-8")))


@lru_cache(maxsize=8)
def _bos(keys: tuple[str, ...], secret_key: str) -> Sleutelbos:
    raw = [k.encode("ascii") for k in keys] or [afgeleide_sleutel(secret_key)]
    fernets = [Fernet(k) for k in raw]
    ids = tuple(sleutel_id(k) for k in raw)
    return Sleutelbos(
        ids=ids, fernets=dict(zip(ids, fernets, strict=True)), multi=MultiFernet(fernets)
    )


def sleutelbos() -> Sleutelbos:
    """The keys of the current settings (read per call so tests can override settings)."""
    keys = tuple(getattr(settings, "MELDWIJZER_ENCRYPTION_KEYS", []) or [])
    return _bos(keys, settings.SECRET_KEY)


def versleutel(tekst: str) -> str:
    bos = sleutelbos()
    token = bos.fernets[bos.huidig].encrypt(tekst.encode("utf-8")).decode("ascii")
    return f"{bos.huidig}{SCHEIDER}{token}"


def ontsleutel(waarde: str) -> str:
    bos = sleutelbos()
    kid, _, token = waarde.partition(SCHEIDER)
    fernet = bos.fernets.get(kid)
    try:
        if fernet is not None:
            return fernet.decrypt(token.encode("ascii")).decode("utf-8")
        return bos.multi.decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise SleutelFout(
            "Versleutelde gegevens passen bij geen enkele ingestelde sleutel"
        ) from exc


def is_huidig(waarde: str) -> bool:
    """True when `waarde` is already encrypted with the newest key."""
    return waarde.startswith(sleutelbos().huidig + SCHEIDER)
