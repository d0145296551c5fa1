"""One shape for every problem found in config or content: ``path:line: severity: message``."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str
    severity: Severity = Severity.ERROR

    @classmethod
    def error(cls, path: Path | str, line: int, message: str) -> Problem:
        return cls(str(path), line, message, Severity.ERROR)

    @classmethod
    def warning(cls, path: Path | str, line: int, message: str) -> Problem:
        return cls(str(path), line, message, Severity.WARNING)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity.value}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data
