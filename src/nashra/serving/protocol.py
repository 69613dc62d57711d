"""The HTTP protocol ``nashra serve`` runs: uvicorn's h11 one, whose answer to a request it
cannot parse (a request line or headers past its 16 KB buffer, bytes that are not HTTP)
is the API's error shape, with the security headers, instead of uvicorn's plain text. The
application never sees such a request, so this is the one place that can answer it."""

from __future__ import annotations

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from nashra.serving.app import POLICY, SECURITY_HEADERS, error_body

UNREADABLE = (
    "the request could not be read: a URL or headers longer than the server takes "
    "(16 KB), or not HTTP"
)


class JSONErrorsH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        body = json.dumps(error_body(400, UNREADABLE)).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            *((k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()),
            (b"content-security-policy", POLICY.encode()),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.close()
