"""Key rotation without downtime (issue 6: keys rotatable without downtime).

Rows still under an old key are found by their key-id prefix (see crypto.py), re-encrypted
one per small transaction and written back only if the stored ciphertext is still the one
that was read (compare-and-swap): a save in between already used the new key and wins.
"""

from __future__ import annotations

from django.db import models, transaction
from django.db.models.functions import Substr

from meldwijzer.web.org import crypto
from meldwijzer.web.org.fields import VersleuteldeTekst
from meldwijzer.web.org.models import (
    Aftekening,
    Herweging,
    Hulpplan,
    StoredCasus,
    VeiligThuisContact,
    kolomnaam,
)

MODELLEN: tuple[type[models.Model], ...] = (
    StoredCasus,
    VeiligThuisContact,
    Hulpplan,
    Herweging,
    Aftekening,
)


def _velden(model: type[models.Model]) -> list[str]:
    return [f.name for f in model._meta.get_fields() if isinstance(f, VersleuteldeTekst)]


def _oud_filter(model: type[models.Model], veld: str, prefix: str) -> models.QuerySet[models.Model]:
    pfx = f"_pfx_{veld}"
    # The stubs type annotate() with computed keyword names as Any; the result is this queryset.
    qs: models.QuerySet[models.Model] = (
        model._default_manager.annotate(
            **{pfx: Substr(veld, 1, len(prefix), output_field=models.CharField())}
        )
        .exclude(**{pfx: prefix})
        .exclude(**{pfx: ""})
    )
    return qs


def _ruw(model: type[models.Model], pk: object, veld: str) -> str:
    """The stored ciphertext itself (no decryption)."""
    tabel = model._meta.db_table
    kolom = kolomnaam(model, veld)
    pk_kolom = model._meta.pk.column
    with transaction.get_connection().cursor() as cur:
        qn = transaction.get_connection().ops.quote_name
        cur.execute(
            f"SELECT {qn(kolom)} FROM {qn(tabel)} WHERE {qn(pk_kolom)} = %s",  # noqa: S608 - identifiers from the ORM, quoted by qn(); values are bound parameters
            [model._meta.pk.get_db_prep_value(pk, transaction.get_connection())],
        )
        rij = cur.fetchone()
    return str(rij[0]) if rij and rij[0] is not None else ""


def sleutels_roteren(*, batch: int = 500) -> dict[str, int]:
    prefix = crypto.sleutelbos().huidig + crypto.SCHEIDER
    uitslag: dict[str, int] = {}
    for model in MODELLEN:
        totaal = 0
        for veld in _velden(model):
            overgeslagen: set[object] = set()
            while True:
                pks = list(
                    _oud_filter(model, veld, prefix)
                    .exclude(pk__in=overgeslagen)
                    .values_list("pk", flat=True)[:batch]
                )
                if not pks:
                    break
                for pk in pks:
                    if _rij_roteren(model, pk, veld):
                        totaal += 1
                    else:
                        overgeslagen.add(pk)  # changed meanwhile: a save used the new key
        uitslag[model.__name__] = totaal
    return uitslag


def _rij_roteren(model: type[models.Model], pk: object, veld: str) -> bool:
    with transaction.atomic():
        oud = _ruw(model, pk, veld)
        if not oud or crypto.is_huidig(oud):
            return False
        tekst = crypto.ontsleutel(oud)
        # Compare-and-swap on the raw ciphertext: untouched rows only.
        tabel = model._meta.db_table
        conn = transaction.get_connection()
        qn = conn.ops.quote_name
        kolom = kolomnaam(model, veld)
        pk_kolom = model._meta.pk.column
        with conn.cursor() as cur:
            cur.execute(
                f"UPDATE {qn(tabel)} SET {qn(kolom)} = %s "  # noqa: S608 - identifiers from the ORM, quoted by qn(); values are bound parameters
                f"WHERE {qn(pk_kolom)} = %s AND {qn(kolom)} = %s",
                [crypto.versleutel(tekst), model._meta.pk.get_db_prep_value(pk, conn), oud],
            )
            return bool(cur.rowcount == 1)
