"""The scripted professional (bench/flowclient.py) driven through Django's test client."""

from __future__ import annotations

import random

from django.test import Client

from bench import flowclient as fc


class DjangoFlowClient(fc.Client):
    """Same interface as the HTTP client; requests go through `django.test.Client`."""

    def __init__(self, client: Client | None = None) -> None:
        super().__init__("http://testserver")
        self.django = client or Client()

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> fc.Antwoord:
        if method == "GET":
            response = self.django.get(path)
        else:
            content_type = (headers or {}).get("Content-Type", "application/x-www-form-urlencoded")
            response = self.django.generic(method, path, body or b"", content_type=content_type)
        inhoud = b"".join(response.streaming_content) if response.streaming else response.content
        return fc.Antwoord(
            status=response.status_code,
            url=path,
            body=inhoud.decode("utf-8", errors="replace"),
            headers={k.lower(): v for k, v in response.items()},
            grootte=len(inhoud),
        )

    def close(self) -> None:
        return None


def casus_doorlopen(seed: int = 7, *, herhalingen: int = 1) -> tuple[DjangoFlowClient, fc.Verloop]:
    """A realistic casus worked through every page, in the test client."""
    client = DjangoFlowClient()
    verloop = fc.casus_doorlopen(
        client, rng=random.Random(seed), profiel=fc.Profiel.realistisch(), herhalingen=herhalingen
    )
    return client, verloop
