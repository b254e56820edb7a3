"""The Gmail v1 endpoints bounce-sync calls (profile, labels, history, messages list, get,
modify, batchModify), each answering as Gmail does: same fields, same paging, same errors.

`ApiRoutes` is a mixin of `FakeGmail` (it uses the state FakeGmail's constructor sets).
"""

from __future__ import annotations

import base64
import bisect
from collections.abc import Iterable
from typing import Any

from tests.fakes.base import Request, Response, json_response
from tests.fakes.gmail.bodies import b64url, bad_request, entity_not_found, google_error
from tests.fakes.gmail.search import And, Matcher, QueryError, _walk, msgid_terms, parse_query
from tests.fakes.gmail.state import SCOPE_METADATA, SYSTEM_LABELS, HistoryRecord, Mailbox, Msg


class ApiRoutes:
    """The API endpoints (routes registered by FakeGmail)."""

    def _get_profile(self, request: Request) -> Response:
        got = self._call(request, "getProfile")
        if isinstance(got, Response):
            return got
        _, box = got
        threads = {m.thread_id for m in box.messages.values()}
        return json_response({"emailAddress": box.address, "messagesTotal": len(box.messages),
                              "threadsTotal": len(threads), "historyId": str(box.history_id)})

    def _label(self, lid: str, name: str, user: bool) -> dict:
        if not user:
            return {"id": lid, "name": lid, "type": "system"}
        return {"id": lid, "name": name, "type": "user", "messageListVisibility": "show",
                "labelListVisibility": "labelShow"}

    def _labels_list(self, request: Request) -> Response:
        got = self._call(request, "labels.list")
        if isinstance(got, Response):
            return got
        _, box = got
        labels = [self._label(lid, lid, False) for lid in SYSTEM_LABELS]
        labels += [self._label(lid, name, True) for lid, name in box.user_labels.items()]
        return json_response({"labels": labels})

    def _labels_create(self, request: Request) -> Response:
        got = self._call(request, "labels.create", write=True)
        if isinstance(got, Response):
            return got
        _, box = got
        name = (request.json() or {}).get("name", "").strip()
        if not name:
            return bad_request("Invalid label name")
        taken = {n.lower() for n in box.user_labels.values()} | {s.lower() for s in SYSTEM_LABELS}
        if name.lower() in taken:
            return json_response(google_error(409, "Label name exists or conflicts", "duplicate",
                                              "ALREADY_EXISTS"), 409)
        lid = f"Label_{len(box.user_labels) + 1}"
        box.user_labels[lid] = name
        return json_response(self._label(lid, name, True))

    def _history_list(self, request: Request) -> Response:
        got = self._call(request, "history.list")
        if isinstance(got, Response):
            return got
        _, box = got
        start = request.arg("startHistoryId")
        if not start or not start.isdigit():
            return bad_request("Invalid startHistoryId")
        start_id = int(start)
        if start_id < box.min_history_id:
            return entity_not_found()
        try:
            size = min(int(request.arg("maxResults", "100")), 500)
            offset = int(request.arg("pageToken") or 0)
        except ValueError:
            return bad_request("Invalid pageToken or maxResults")
        types = set(request.query.get("historyTypes", [])) or {"messageAdded", "messageDeleted",
                                                               "labelAdded", "labelRemoved"}
        label = request.arg("labelId")
        # Records after startHistoryId; the page token is the id to resume after (stable).
        i = bisect.bisect_right(box.history_ids, max(start_id, offset))
        records: dict[int, dict] = {}
        last_id = None
        while i < len(box.history) and len(records) < size:
            rec = box.history[i]
            i += 1
            if rec.kind not in types or (label and label not in rec.labels):
                continue
            msg = {"id": rec.message_id, "threadId": rec.thread_id}
            entry = records.setdefault(rec.id, {"id": str(rec.id), "messages": []})
            entry["messages"].append(dict(msg))
            key = {"messageAdded": "messagesAdded", "messageDeleted": "messagesDeleted",
                   "labelAdded": "labelsAdded", "labelRemoved": "labelsRemoved"}[rec.kind]
            if rec.kind in ("messageAdded", "messageDeleted"):
                # As Gmail's: "typically only have id and threadId" (no labelIds, no date),
                # unless a test asks for the labels some records do carry.
                labels = {"labelIds": list(rec.labels)} if self.history_with_labels and rec.labels else {}
                entry.setdefault(key, []).append({"message": {**msg, **labels}})
            else:
                entry.setdefault(key, []).append({"message": msg, "labelIds": list(rec.labels)})
            last_id = rec.id
        body: dict[str, Any] = {"historyId": str(box.history_id)}
        if records:
            body["history"] = list(records.values())
        more = self._any_left(box, i, types, label)
        if more and last_id is not None:
            body["nextPageToken"] = str(last_id)
        return json_response(body)

    @staticmethod
    def _any_left(box: Mailbox, i: int, types: set[str], label: str | None) -> bool:
        return any(r.kind in types and (not label or label in r.labels) for r in box.history[i:])

    def _messages_list(self, request: Request) -> Response:
        got = self._call(request, "messages.list")
        if isinstance(got, Response):
            return got
        grant, box = got
        q = request.arg("q", "") or ""
        if q and SCOPE_METADATA in grant.scopes:  # even beside readonly (Google issue 115621456)
            return json_response(google_error(403, "Metadata scope does not support 'q' parameter",
                                              "forbidden", "PERMISSION_DENIED"), 403)
        try:
            node = parse_query(q) if q.strip() else And(())
            match = Matcher(node, box)
            size = min(int(request.arg("maxResults", "100")), 500)
        except (QueryError, ValueError) as exc:
            return bad_request(f"Invalid query: {exc}")
        label_ids = request.query.get("labelIds", [])
        # includeSpamTrash defaults to false; only an explicit in:spam / in:trash reaches them
        # without it (in:anywhere is not documented to override the parameter: assume not).
        spam_trash = request.arg("includeSpamTrash", "false") == "true" or any(
            t.op == "in" and t.value.lower() in ("spam", "trash") for t in _walk(node))

        def ok(msg: Msg) -> bool:
            if msg.id in self.unindexed:
                return False
            if not spam_trash and msg.labels & {"SPAM", "TRASH"}:
                return False
            return all(lid in msg.labels for lid in label_ids) and match(msg)

        token = request.arg("pageToken")
        cutoff: tuple[int, int] | None = None  # the last key of the previous page
        if token:
            try:
                date, seq = (int(x) for x in base64.urlsafe_b64decode(token.encode()).decode().split(":"))
            except Exception:
                return bad_request("Invalid pageToken")
            cutoff = (date, seq)
        msgids = msgid_terms(node)
        candidates: Iterable[tuple[int, int]]
        if msgids:  # answered from the index, like Gmail's own
            ids = set.intersection(*(box.by_msgid.get(v, set()) for v in msgids))
            keys = (box.messages[i].key for i in ids)
            candidates = sorted((k for k in keys if cutoff is None or k < cutoff), reverse=True)
        else:
            end = bisect.bisect_left(box.order, cutoff) if cutoff else len(box.order)
            candidates = (box.order[j] for j in range(end - 1, -1, -1))  # newest first
        found: list[Msg] = []
        more = False
        for key in candidates:
            msg = box.messages[box.by_key[key]]
            if ok(msg):
                if len(found) == size:
                    more = True
                    break
                found.append(msg)
        body: dict[str, Any] = {"resultSizeEstimate": len(found) + (size if more else 0)}
        if found:
            body["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in found]
        if more:
            last = found[-1].key
            body["nextPageToken"] = base64.urlsafe_b64encode(f"{last[0]}:{last[1]}".encode()).decode()
        return json_response(body)

    def _message_resource(self, msg: Msg, fmt: str, headers: list[str]) -> dict:
        body: dict[str, Any] = {"id": msg.id, "threadId": msg.thread_id, "labelIds": sorted(msg.labels),
                                "historyId": str(msg.history_id), "internalDate": str(msg.internal_date),
                                "sizeEstimate": len(msg.raw), "snippet": msg.subject[:100]}
        if fmt == "raw":
            body["raw"] = b64url(msg.raw)
        elif fmt in ("metadata", "full"):
            from email import message_from_bytes
            from email.policy import compat32

            parsed = message_from_bytes(msg.raw, policy=compat32)
            wanted = {h.lower() for h in headers}
            hdrs = [{"name": k, "value": str(v)} for k, v in parsed.items()
                    if fmt == "full" or not wanted or k.lower() in wanted]
            body["payload"] = {"partId": "", "mimeType": parsed.get_content_type(), "filename": "",
                               "headers": hdrs, "body": {"size": 0}}
        return body

    def _messages_get(self, request: Request) -> Response:
        got = self._call(request, "messages.get")
        if isinstance(got, Response):
            return got
        grant, box = got
        fmt = request.arg("format", "full")
        if fmt not in ("raw", "minimal", "metadata", "full"):
            return bad_request(f"Invalid format {fmt}")
        if fmt in ("raw", "full") and grant.scopes <= {SCOPE_METADATA}:
            return json_response(google_error(403, f"Metadata scope doesn't allow format {fmt.upper()}",
                                              "forbidden", "PERMISSION_DENIED"), 403)
        msg = box.messages.get(request.match["id"])
        if msg is None:
            return entity_not_found()
        return json_response(self._message_resource(msg, fmt, request.query.get("metadataHeaders", [])))

    def _relabel(self, box: Mailbox, msg: Msg, add: list[str], remove: list[str]) -> None:
        added = [lid for lid in add if lid not in msg.labels]
        removed = [lid for lid in remove if lid in msg.labels]
        msg.labels.update(added)
        msg.labels.difference_update(removed)
        for kind, labels in (("labelAdded", added), ("labelRemoved", removed)):
            if labels:
                box.history_id += 3
                msg.history_id = box.history_id
                self._log(box, HistoryRecord(box.history_id, kind, msg.id, msg.thread_id, tuple(labels)))

    def _label_changes(self, box: Mailbox, body: dict) -> tuple[list[str], list[str]] | Response:
        """The labels a modify call adds and removes, or Gmail's 400 naming one it does not know."""
        add, remove = body.get("addLabelIds", []), body.get("removeLabelIds", [])
        for lid in add + remove:
            if lid not in SYSTEM_LABELS and lid not in box.user_labels:
                return bad_request(f"Invalid label: {lid}")
        return add, remove

    def _messages_modify(self, request: Request) -> Response:
        got = self._call(request, "messages.modify", write=True)
        if isinstance(got, Response):
            return got
        _, box = got
        changes = self._label_changes(box, request.json() or {})
        if isinstance(changes, Response):
            return changes
        add, remove = changes
        msg = box.messages.get(request.match["id"])
        if msg is None:
            return entity_not_found()
        self._relabel(box, msg, add, remove)
        return json_response({"id": msg.id, "threadId": msg.thread_id, "labelIds": sorted(msg.labels)})

    def _messages_batch_modify(self, request: Request) -> Response:
        got = self._call(request, "messages.batchModify", write=True)
        if isinstance(got, Response):
            return got
        _, box = got
        body = request.json() or {}
        ids = body.get("ids", [])
        if len(ids) > 1000:
            return bad_request("Too many ids: at most 1000")
        changes = self._label_changes(box, body)
        if isinstance(changes, Response):
            return changes
        add, remove = changes
        for mid in ids:
            if (msg := box.messages.get(mid)) is not None:
                self._relabel(box, msg, add, remove)
        return Response(204)
