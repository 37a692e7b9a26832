"""API errors: every 4xx answer carries a JSON body ``{"error": {"status", "message", "param"}}``."""
from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A request the server refuses; ``param`` names the offending query parameter when there is one."""

    def __init__(self, status: int, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param

    def body(self) -> dict[str, Any]:
        return error_body(self.status, self.message, self.param)


def error_body(status: int, message: str, param: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"status": status, "message": message}
    if param:
        error["param"] = param
    return {"error": error}
