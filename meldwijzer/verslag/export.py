"""Save and resume a casus: JSON export, optionally protected with a passphrase.

A professional in private mode keeps her casus on her own disk; the server keeps nothing.
The plain export is the casus JSON that `meldwijzer assess` reads too (the `formaat` key is
the format marker). The protected export wraps those bytes:

    b"meldwijzer-casus-versleuteld v1\\n"      readable header line (magic + version)
    log2(N), r, p                              scrypt parameters, 1 byte each
    salt (16 bytes), nonce (12 bytes)          random per file
    AES-256-GCM ciphertext + tag               header line .. nonce are the associated data
    SHA-256 of everything above (32 bytes)     detects accidental damage

Key derivation: scrypt (cryptography's `Scrypt`) with N = 2**15, r = 8, p = 1 and a 32-byte key:
about 32 MiB of memory and a tenth of a second per attempt, which makes guessing slow.
A file is read only with exactly these parameters: they are checked before any key is
derived, so a crafted file cannot ask for gigabytes of memory or seconds of work (issue 14,
item 3). The cost of opening one file is fixed: 128 * r * N bytes = 32 MiB.
The trailing checksum is not a security measure (GCM authenticates); it lets us tell a
damaged file from a wrong passphrase. Every failure is one `ExportFout` with a Dutch message;
a casus is only returned when it is complete and valid.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from pydantic import ValidationError

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.fouten import MeldwijzerFout, vertaal_fouten

MAGIE = b"meldwijzer-casus-versleuteld v1\n"
SCRYPT_LOG2_N = 15
SCRYPT_R = 8
SCRYPT_P = 1
ZOUT_LENGTE = 16
NONCE_LENGTE = 12
TAG_LENGTE = 16
CONTROLE_LENGTE = 32
#: The only parameters a file may carry (the ones `versleutel` writes).
TOEGESTANE_PARAMETERS = frozenset({(SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)})
KOP_LENGTE = len(MAGIE) + 3 + ZOUT_LENGTE + NONCE_LENGTE
MAX_BESTAND = 20 * 1024 * 1024


class ExportFout(MeldwijzerFout):
    """A casus file could not be written or read; the message is Dutch and names the problem."""


def casus_naar_json(casus: Casus) -> bytes:
    """UTF-8 JSON with sorted keys; the `formaat` key marks the format version."""
    data = casus.model_dump(mode="json")
    tekst = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
    try:
        return (tekst + "\n").encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates cannot be stored
        raise ExportFout("De casus bevat tekens die niet kunnen worden opgeslagen.") from exc


def _lijkt_op_casus(data: dict[str, object]) -> bool:
    """An export always has `formaat`; hand-written `assess` input has at least one casus key
    (or none at all: `{}` is the empty casus)."""
    return not data or "formaat" in data or bool(set(data) & set(Casus.model_fields))


def casus_uit_json(data: bytes) -> Casus:
    """A complete, valid casus from JSON bytes, or ExportFout naming the problem."""
    try:
        inhoud = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExportFout("Dit is geen meldwijzer-bestand: het is geen geldige JSON.") from exc
    except RecursionError as exc:  # absurdly deep nesting: no casus is built like that
        raise ExportFout("Dit is geen meldwijzer-bestand: de inhoud is te diep genest.") from exc
    if not isinstance(inhoud, dict) or not _lijkt_op_casus(inhoud):
        raise ExportFout("Dit is geen meldwijzer-bestand: er staat geen casus in.")
    try:
        return Casus.model_validate(inhoud)
    except ValidationError as exc:
        regels = vertaal_fouten(exc)
        meer = f" (en nog {len(regels) - 3} fouten)" if len(regels) > 3 else ""
        raise ExportFout("Ongeldige casus: " + "; ".join(regels[:3]) + meer) from exc


def _sleutel(wachtwoord: str, zout: bytes, log2_n: int, r: int, p: int) -> bytes:
    kdf = Scrypt(salt=zout, length=32, n=2**log2_n, r=r, p=p)
    return kdf.derive(wachtwoord.encode("utf-8"))


def is_versleuteld(data: bytes) -> bool:
    return data.startswith(MAGIE)


def versleutel(data: bytes, wachtwoord: str) -> bytes:
    """Encrypt `data` with a key derived from `wachtwoord` (see the module docstring)."""
    if not wachtwoord:
        raise ExportFout("Kies een wachtwoord om het bestand te beveiligen.")
    zout = os.urandom(ZOUT_LENGTE)
    nonce = os.urandom(NONCE_LENGTE)
    kop = MAGIE + bytes((SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)) + zout + nonce
    sleutel = _sleutel(wachtwoord, zout, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    geheim = AESGCM(sleutel).encrypt(nonce, data, kop)
    inhoud = kop + geheim
    return inhoud + hashlib.sha256(inhoud).digest()


def ontsleutel(data: bytes, wachtwoord: str) -> bytes:
    """The original bytes, or ExportFout: not a meldwijzer file, damaged, or wrong passphrase."""
    if not is_versleuteld(data):
        raise ExportFout("Dit is geen versleuteld meldwijzer-bestand.")
    if len(data) < KOP_LENGTE + TAG_LENGTE + CONTROLE_LENGTE:
        raise ExportFout("Het bestand is beschadigd of onvolledig.")
    inhoud, controle = data[:-CONTROLE_LENGTE], data[-CONTROLE_LENGTE:]
    if not hmac.compare_digest(hashlib.sha256(inhoud).digest(), controle):
        raise ExportFout("Het bestand is beschadigd of onvolledig.")
    log2_n, r, p = inhoud[len(MAGIE) : len(MAGIE) + 3]
    if (log2_n, r, p) not in TOEGESTANE_PARAMETERS:  # before deriving anything
        raise ExportFout(
            "Dit bestand is niet met meldwijzer beveiligd: onbekende beveiligingsinstellingen."
        )
    if not wachtwoord:
        raise ExportFout("Dit bestand is beveiligd met een wachtwoord. Vul het wachtwoord in.")
    zout = inhoud[len(MAGIE) + 3 : len(MAGIE) + 3 + ZOUT_LENGTE]
    nonce = inhoud[len(MAGIE) + 3 + ZOUT_LENGTE : KOP_LENGTE]
    sleutel = _sleutel(wachtwoord, zout, log2_n, r, p)
    try:
        return AESGCM(sleutel).decrypt(nonce, inhoud[KOP_LENGTE:], inhoud[:KOP_LENGTE])
    except InvalidTag as exc:
        raise ExportFout("Het wachtwoord klopt niet.") from exc


def lees_casusbestand(data: bytes, wachtwoord: str | None = None) -> Casus:
    """Read a saved casus, plain or protected; detects which from the header."""
    if len(data) > MAX_BESTAND:
        raise ExportFout("Het bestand is te groot voor een casus.")
    if is_versleuteld(data):
        if not wachtwoord:
            raise ExportFout("Dit bestand is beveiligd met een wachtwoord. Vul het wachtwoord in.")
        data = ontsleutel(data, wachtwoord)
    elif data[:8].startswith(MAGIE[:8]):
        raise ExportFout("Het bestand is beschadigd: de kopregel is onleesbaar.")
    return casus_uit_json(data)
