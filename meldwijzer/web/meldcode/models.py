"""Data of the organisation's own meldcode. Writes go through services.py only.

Nothing here is about a client: the profile names functions and contacts, the training log
names subjects and staff, an evaluation holds conclusions and actions (the form says: no
client data). Figures of use are computed from organisation mode's own tables, never stored.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ProfielVersie(models.Model):
    """One version of the profile (the fill-ins of seed 002, Bijlage 1a-1d). A change makes
    a new version; older ones stay, so each adopted meldcode can be rebuilt."""

    versie = models.PositiveIntegerField(unique=True)
    data = models.JSONField()
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-versie",)

    def __str__(self) -> str:
        return f"profiel v{self.versie}"


class Vaststelling(models.Model):
    """The bevoegd gezag adopted ("vastgesteld") one version of the meldcode."""

    profiel = models.ForeignKey(
        ProfielVersie, on_delete=models.PROTECT, related_name="vaststellingen"
    )
    datum = models.DateField()
    vastgesteld_door = models.CharField(max_length=200)
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-datum", "-aangemaakt")

    def __str__(self) -> str:
        return f"vaststelling v{self.profiel_id} {self.datum}"


class Training(models.Model):
    """A training or other form of expertise promotion (Bijlage 1d), or onboarding."""

    datum = models.DateField()
    onderwerp = models.CharField(max_length=200)
    deelnemers = models.TextField(blank=True)
    aantal = models.PositiveIntegerField()
    inwerken = models.BooleanField(default=False)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("datum", "aangemaakt")

    def __str__(self) -> str:
        return f"training {self.datum}"


class Evaluatie(models.Model):
    """An evaluation of the use of the meldcode on the basis of casuïstiek (seed 002, 2.3)."""

    datum = models.DateField()
    deelnemers = models.TextField()
    conclusies = models.TextField()
    acties = models.TextField(blank=True)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("datum", "aangemaakt")

    def __str__(self) -> str:
        return f"evaluatie {self.datum}"


class Jaarverslag(models.Model):
    """Per year: how staff were informed and the plans for the coming year (seed 002, 2.3)."""

    jaar = models.PositiveIntegerField(unique=True)
    informeren = models.TextField(blank=True)
    plannen = models.TextField(blank=True)
    gewijzigd = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"jaar {self.jaar}"
