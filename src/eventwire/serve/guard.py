"""A small ASGI middleware in front of every route: refuse malformed requests early with a 4xx JSON
error (oversized or non-UTF-8 query strings and paths, methods other than GET/HEAD), answer HEAD as GET
without the body, and add security headers to every answer."""
from __future__ import annotations

import json
from typing import Any, Awaitable, Callable, MutableMapping
from urllib.parse import unquote_to_bytes

from .errors import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_QUERY_BYTES = 4096
MAX_PATH_BYTES = 2048
HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none';"
     b" base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def problem(scope: Scope) -> tuple[int, str] | None:
    """Why this request is refused (status, message), or None when it may go on."""
    if scope.get("method") not in ("GET", "HEAD"):
        return 405, "read-only server: only GET and HEAD"
    query: bytes = scope.get("query_string") or b""
    raw_path: bytes = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogateescape")
    if len(query) > MAX_QUERY_BYTES:
        return 414, f"query string longer than {MAX_QUERY_BYTES} bytes"
    if len(raw_path) > MAX_PATH_BYTES:
        return 414, f"path longer than {MAX_PATH_BYTES} bytes"
    for part, what in ((query.replace(b"+", b" "), "query string"), (raw_path, "path")):
        try:
            unquote_to_bytes(part).decode("utf-8")
        except UnicodeDecodeError:
            return 400, f"{what} is not valid UTF-8"
    return None


class RequestGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = problem(scope)
        if refused:
            await _refuse(send, *refused)
            return
        head = scope.get("method") == "HEAD"
        if head:  # answered like GET (same status and headers, content-length included), without the body
            scope = {**scope, "method": "GET"}

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, with_headers)


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps(error_body(status, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *HEADERS]})
    await send({"type": "http.response.body", "body": body})
