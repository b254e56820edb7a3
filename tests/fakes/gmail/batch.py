"""Gmail's multipart/mixed batch endpoint: each part is answered by the same endpoints as a
single call, and may fail on its own (`part_faults`, `max_concurrent_parts`), as Google's
batch parts do.

`BatchRoutes` is a mixin of `FakeGmail` (it uses the state FakeGmail's constructor sets).
"""

from __future__ import annotations

import re
import secrets
from urllib.parse import parse_qs, urlsplit

from tests.fakes.base import Request, Response
from tests.fakes.gmail.bodies import bad_request, rate_limited
from tests.fakes.gmail.state import MAX_BATCH_PARTS


class BatchRoutes:
    """The batch endpoint."""

    def _batch(self, request: Request) -> Response:
        ctype = request.headers.get("content-type", "")
        m = re.search(r'boundary="?([^";]+)"?', ctype)
        if not ctype.startswith("multipart/mixed") or not m:
            return bad_request("Batch requests must be multipart/mixed")
        if self.before_batch is not None:
            self.before_batch()
        parts = _split_multipart(request.body, m.group(1).encode())
        if len(parts) > MAX_BATCH_PARTS:
            return bad_request(f"Too many requests in batch: {len(parts)} (at most {MAX_BATCH_PARTS})")
        boundary = "batch_" + secrets.token_hex(12)
        out: list[str] = []
        for n, part in enumerate(parts):
            content_id, inner = _parse_part(part)
            response = self._answer_part(request, inner, n)
            payload, headers = response.encoded()
            status_text = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized",
                           403: "Forbidden", 404: "Not Found", 429: "Too Many Requests",
                           500: "Internal Server Error"}.get(response.status, "Error")
            head = [f"HTTP/1.1 {response.status} {status_text}"]
            head += [f"{k}: {v}" for k, v in headers.items()]
            head.append(f"Content-Length: {len(payload)}")
            out.append(f"--{boundary}\r\nContent-Type: application/http\r\nContent-ID: <response-{content_id[1:]}"
                       f"\r\n\r\n" + "\r\n".join(head) + "\r\n\r\n" + payload.decode("utf-8") + "\r\n")
            self.parts_served += 1
        body = "".join(out) + f"--{boundary}--\r\n"
        return Response(200, body.encode(), {"Content-Type": f"multipart/mixed; boundary={boundary}"})

    def _answer_part(self, outer: Request, inner: Request, n: int) -> Response:
        if self.max_concurrent_parts is not None and n >= self.max_concurrent_parts:
            return rate_limited(None)  # Google's "Too many concurrent requests for user"
        fault = self.part_faults.draw(inner.path)
        if fault is not None:
            inner.fault = fault
            return self.render_fault("server_error" if fault in ("timeout", "slow") else fault, inner)
        if "authorization" not in inner.headers:  # parts without their own credentials use the batch's
            inner.headers["authorization"] = outer.headers.get("authorization", "")
        for method, pattern, handler in self._routes:
            if method == inner.method and pattern.pattern.startswith("/gmail/") and (m := pattern.match(inner.path)):
                inner.match = m
                return handler(inner)
        return self.not_found(inner)


def _split_multipart(body: bytes, boundary: bytes) -> list[bytes]:
    chunks = body.split(b"--" + boundary)
    parts = []
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break
        parts.append(chunk.strip(b"\r\n"))
    return parts


def _parse_part(part: bytes) -> tuple[str, Request]:
    """A batch part: MIME headers (Content-ID), blank line, then an application/http request."""
    text = part.decode("utf-8").replace("\r\n", "\n")
    mime_headers, _, http = text.partition("\n\n")
    content_id = ""
    for line in mime_headers.split("\n"):
        if line.lower().startswith("content-id:"):
            content_id = line.split(":", 1)[1].strip()
    head, _, body = http.partition("\n\n")
    lines = head.split("\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    split = urlsplit(target)
    return content_id, Request(method=method, path=split.path,
                               query=parse_qs(split.query, keep_blank_values=True),
                               headers=headers, body=body.encode())
