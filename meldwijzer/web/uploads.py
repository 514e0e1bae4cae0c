"""Uploads stay in memory: a casus file must never land on the server's disk.

Django writes an upload above FILE_UPLOAD_MAX_MEMORY_SIZE to a temporary file; an
unprotected casus export would then sit in plain text on the server, however briefly
(issue 14, item 3). This handler keeps every upload in memory, whatever its size, up to
MAX_BESTAND_BYTES (the largest casus file the flow accepts), and drops the file beyond
that: the form then says the file is missing or too large, and nothing was written.
"""

from __future__ import annotations

from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile


class AlleenInGeheugen(FileUploadHandler):
    def new_file(
        self,
        field_name: str,
        file_name: str,
        content_type: str,
        content_length: int | None,
        charset: str | None = None,
        content_type_extra: dict[str, bytes] | None = None,
    ) -> None:
        super().new_file(
            field_name, file_name, content_type, content_length, charset, content_type_extra
        )
        self.inhoud = BytesIO()
        self.te_groot = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        if start + len(raw_data) > settings.MAX_BESTAND_BYTES:
            self.te_groot = True
            self.inhoud = BytesIO()  # forget what came so far
            if self.request is not None:
                # A flag for the view on the request, which HttpRequest does not declare.
                self.request.upload_te_groot = True  # type: ignore[attr-defined]
            raise SkipFile
        self.inhoud.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> InMemoryUploadedFile | None:
        if self.te_groot:
            return None
        self.inhoud.seek(0)
        return InMemoryUploadedFile(
            file=self.inhoud,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
