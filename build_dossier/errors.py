"""The one exception type the core raises; adapters turn it into a one-line message."""

from __future__ import annotations


class DossierError(Exception):
    """A problem with the user's input, located in a file (and line) when possible."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class DossierErrors(DossierError):
    """Several problems reported at once (e.g. by `build-dossier check`)."""

    def __init__(self, errors: list[DossierError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)
