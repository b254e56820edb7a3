"""The fake's `POST composite`: subrequests run in order as one API call, with the
documented `@{ref.field}` references between them."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes.base import Request, Response, json_response
from tests.fakes.salesforce.schema import (
    API, MAX_QUERY_SUBREQUESTS, MAX_SUBREQUESTS, REFERENCE, api_error,
)


class CompositeRoutes:
    """The composite handler of `FakeSalesforce` (dispatches subrequests to its routes)."""

    def _composite(self, request: Request) -> Response:
        """`POST composite`: up to 25 subrequests run in order as one API call, answered
        HTTP 200 with one `compositeResponse` item per subrequest (`body`, `httpHeaders`,
        `httpStatusCode`, `referenceId`). A subrequest may use an earlier one's answer
        through `@{referenceId.field}` / `@{referenceId.list[0].field}` in its url or body;
        one whose reference cannot be resolved (its source failed) is not run."""
        body = request.json() or {}
        subs = body.get("compositeRequest")
        if not isinstance(subs, list) or not subs:
            return api_error("JSON_PARSER_ERROR", "compositeRequest: a non-empty list is required")
        if len(subs) > MAX_SUBREQUESTS:
            return api_error("LIMIT_EXCEEDED", f"Limit Exceeded: at most {MAX_SUBREQUESTS} subrequests")
        heavy = sum(1 for sub in subs if re.search(r"/(query|queryAll)/?(\?|$)|/composite/sobjects",
                                                   str(sub.get("url", ""))))
        if heavy > MAX_QUERY_SUBREQUESTS:
            return api_error("LIMIT_EXCEEDED", f"Limit Exceeded: at most {MAX_QUERY_SUBREQUESTS} "
                          "query or sObject Collections subrequests")
        refs = [sub.get("referenceId") for sub in subs]
        if any(not isinstance(r, str) or not re.fullmatch(r"[A-Za-z0-9_]+", r) for r in refs) \
                or len(set(refs)) != len(refs):
            return api_error("INVALID_INPUT", "referenceId: unique letters, digits and underscores required")
        all_or_none = bool(body.get("allOrNone"))
        results: dict[str, tuple[int, Any]] = {}
        answers = []
        failed = False
        for sub in subs:
            ref = sub["referenceId"]
            if failed and all_or_none:
                answers.append(self._sub_answer(ref, 400, [{"errorCode": "PROCESSING_HALTED",
                               "message": "The transaction was rolled back since another operation "
                                          "in the same transaction failed."}], {}))
                continue
            try:
                url = self._resolve_refs(str(sub.get("url", "")), results, in_url=True)
                sub_body = self._resolve_refs(sub.get("body"), results)
            except LookupError as exc:
                answers.append(self._sub_answer(ref, 400, [{"errorCode": "PROCESSING_HALTED",
                               "message": f"Invalid reference specified. {exc}"}], {}))
                failed = True
                continue
            response = self._subrequest(request, str(sub.get("method", "")).upper(), url, sub_body,
                                        sub.get("httpHeaders") or {})
            payload = response.body
            if isinstance(payload, bytes):
                payload = payload.decode()
            results[ref] = (response.status, payload)
            headers = {k: v for k, v in response.headers.items()
                       if k.lower() not in ("content-type", "content-length", "sforce-limit-info")}
            answers.append(self._sub_answer(ref, response.status, payload, headers))
            failed = failed or response.status >= 400
        if failed and all_or_none:  # the fake does not undo writes; we never send allOrNone
            answers = [a if a["httpStatusCode"] >= 400 else {**a, "httpStatusCode": 400, "body": [
                {"errorCode": "PROCESSING_HALTED", "message": "The transaction was rolled back "
                 "since another operation in the same transaction failed."}]} for a in answers]
        return json_response({"compositeResponse": answers})

    @staticmethod
    def _sub_answer(ref: str, status: int, body: Any, headers: dict[str, str]) -> dict[str, Any]:
        return {"body": body, "httpHeaders": headers, "httpStatusCode": status, "referenceId": ref}

    def _resolve_refs(self, value: Any, results: dict[str, tuple[int, Any]], *, in_url: bool = False) -> Any:
        """`@{ref.path}` references replaced by values of earlier answers (the `.` and
        `[n]` operators of the documentation; nothing else)."""
        if isinstance(value, dict):
            return {k: self._resolve_refs(v, results) for k, v in value.items()}
        if isinstance(value, list):
            return [self._resolve_refs(v, results) for v in value]
        if not isinstance(value, str) or "@{" not in value:
            return value

        def lookup(m: re.Match) -> Any:
            ref, path = m.group("ref"), m.group("path")
            status, body = results.get(ref, (None, None))
            if status is None or status >= 400:
                raise LookupError(f"No value for {ref}{path} found in {ref}.")
            node = body
            for step in re.findall(r"\.(\w+)|\[(\d+)\]", path):
                try:
                    node = node[step[0]] if step[0] else node[int(step[1])]
                except (KeyError, IndexError, TypeError):
                    raise LookupError(f"No value for {ref}{path} found in {ref}.") from None
            return node

        whole = REFERENCE.fullmatch(value)
        if whole and not in_url:
            return lookup(whole)
        if "@{" in REFERENCE.sub("", value):
            raise LookupError(f"Unsupported reference in {value[:80]!r}.")
        return REFERENCE.sub(lambda m: str(lookup(m)), value)

    def _subrequest(self, outer: Request, method: str, url: str, body: Any,
                    headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        if not parts.path.startswith("/services/data/"):
            return api_error("INVALID_INPUT", f"url must start with /services/data/: {url[:80]}")
        sub = Request(method=method, path=parts.path,
                      query=parse_qs(parts.query, keep_blank_values=True),
                      headers={**outer.headers, **{k.lower(): str(v) for k, v in headers.items()}},
                      body=json.dumps(body).encode() if body is not None else b"")
        for route_method, pattern, handler in self._routes:
            if route_method == method and (m := pattern.match(sub.path)):
                if m.re.pattern.startswith(API + r"composite/?"):
                    break  # a composite inside a composite is not allowed
                sub.match = m
                return handler(sub)
        return api_error("NOT_FOUND", "The requested resource does not exist", 404)
