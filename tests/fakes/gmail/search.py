"""Gmail's search syntax (`q`), the subset bounce-sync uses, parsed into a small tree and
evaluated against a fake message; an operator the fake does not know is a 400, not a quiet
mismatch.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tests.fakes.gmail.state import PST, Mailbox, Msg

@dataclass(frozen=True)
class Term:
    op: str  # "" for free text
    value: str


@dataclass(frozen=True)
class Not:
    node: Any


@dataclass(frozen=True)
class And:
    nodes: tuple


@dataclass(frozen=True)
class Or:
    nodes: tuple


_TOKEN = re.compile(r'\s*(?:(?P<p>[(){}])|(?P<q>"[^"]*")|(?P<op>[A-Za-z_][A-Za-z0-9_]*):|(?P<neg>-)(?=\S)|(?P<w>[^\s(){}"]+))')
SUPPORTED_OPS = {"from", "to", "subject", "in", "label", "after", "before", "rfc822msgid",
                 "newer_than", "older_than", "is"}


class QueryError(ValueError):
    pass


def parse_query(q: str) -> Any:
    """Gmail search syntax, the subset bounce-sync uses: op:value, op:(a OR b), "quoted
    phrases", -negation, OR (binds tighter than the implicit AND), ( ) and { } groups."""
    tokens: list[tuple[str, str]] = []
    pos = 0
    q = q.strip()
    while pos < len(q):
        m = _TOKEN.match(q, pos)
        if not m or m.end() == pos:
            raise QueryError(f"cannot parse query at {q[pos:]!r}")
        pos = m.end()
        kind = m.lastgroup
        tokens.append((kind, m.group(kind)))
    it = _Parser(tokens)
    node = it.parse_and(None, closing=None)
    if it.i != len(tokens):
        raise QueryError("unbalanced parentheses")
    return node


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens, self.i = tokens, 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def parse_and(self, op: str | None, closing: str | None) -> Any:
        nodes = []
        while (tok := self.peek()) is not None and tok != ("p", closing):
            if tok[0] == "p" and tok[1] in ")}":
                raise QueryError("unbalanced parentheses")
            nodes.append(self.parse_or(op))
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def parse_or(self, op: str | None) -> Any:
        nodes = [self.parse_unary(op)]
        while self.peek() == ("w", "OR"):
            self.i += 1
            nodes.append(self.parse_unary(op))
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def parse_unary(self, op: str | None) -> Any:
        tok = self.peek()
        if tok is None:
            raise QueryError("query ends too early")
        self.i += 1
        kind, text = tok
        if kind == "neg":
            return Not(self.parse_unary(op))
        if kind == "p" and text == "(":
            node = self.parse_and(op, ")")
            self.i += 1
            return node
        if kind == "p" and text == "{":
            node = self.parse_and(op, "}")
            self.i += 1
            return Or(node.nodes) if isinstance(node, And) else node
        if kind == "op":
            name = text.lower()
            if name not in SUPPORTED_OPS:
                raise QueryError(f"operator {name}: not supported by the fake")
            nxt = self.peek()
            if nxt is None:
                raise QueryError(f"{name}: needs a value")
            if nxt == ("p", "("):
                self.i += 1
                node = self.parse_and(name, ")")
                self.i += 1
                return node
            self.i += 1
            return Term(name, nxt[1].strip('"'))
        if kind in ("q", "w"):
            return Term(op or "", text.strip('"'))
        raise QueryError(f"unexpected {text!r}")


def _walk(node: Any) -> Iterator[Term]:
    if isinstance(node, Term):
        yield node
    elif isinstance(node, Not):
        yield from _walk(node.node)
    elif isinstance(node, (And, Or)):
        for n in node.nodes:
            yield from _walk(n)


def _date_bound(value: str) -> int:
    """after:/before: value -> epoch milliseconds."""
    if value.isdigit():
        return int(value) * 1000
    try:
        y, m, d = (int(x) for x in value.replace("-", "/").split("/"))
    except ValueError:
        raise QueryError(f"bad date {value!r}") from None
    return int(datetime(y, m, d, tzinfo=PST).timestamp() * 1000)


def _relative(value: str) -> int:
    m = re.fullmatch(r"(\d+)([dmy])", value)
    if not m:
        raise QueryError(f"bad relative age {value!r}")
    days = int(m.group(1)) * {"d": 1, "m": 30, "y": 365}[m.group(2)]
    return int((time.time() - days * 86400) * 1000)


_IN_LABELS = {"inbox": "INBOX", "sent": "SENT", "drafts": "DRAFT", "spam": "SPAM", "trash": "TRASH",
              "chats": "CHAT", "starred": "STARRED", "important": "IMPORTANT"}


def _label_slug(name: str) -> str:
    return re.sub(r"[\s/]+", "-", name.strip().lower())


class Matcher:
    def __init__(self, node: Any, box: Mailbox) -> None:
        self.node, self.box = node, box
        self.slugs = {_label_slug(n): lid for lid, n in box.user_labels.items()}
        for term in _walk(node):  # validate values once, so a bad query is a 400 up front
            if term.op in ("after", "before"):
                _date_bound(term.value)
            elif term.op in ("newer_than", "older_than"):
                _relative(term.value)
            elif term.op == "in" and term.value.lower() not in _IN_LABELS and term.value.lower() != "anywhere":
                raise QueryError(f"in:{term.value} not supported by the fake")

    def __call__(self, msg: Msg) -> bool:
        return self._eval(self.node, msg)

    def _eval(self, node: Any, msg: Msg) -> bool:
        if isinstance(node, Term):
            return self._term(node, msg)
        if isinstance(node, Not):
            return not self._eval(node.node, msg)
        if isinstance(node, And):
            return all(self._eval(n, msg) for n in node.nodes)
        if isinstance(node, Or):
            return any(self._eval(n, msg) for n in node.nodes)
        return True

    def _term(self, t: Term, msg: Msg) -> bool:
        v = t.value.lower()
        if t.op == "from":
            return v in msg.frm
        if t.op == "to":
            return v in msg.to
        if t.op == "subject":
            return v in msg.subject
        if t.op == "":
            return v in msg.subject or v in msg.frm or v in msg.to or v in msg.raw.decode("latin-1").lower()
        if t.op == "in":
            return True if v == "anywhere" else _IN_LABELS[v] in msg.labels
        if t.op == "is":
            return {"unread": "UNREAD" in msg.labels, "read": "UNREAD" not in msg.labels,
                    "starred": "STARRED" in msg.labels, "important": "IMPORTANT" in msg.labels}.get(v, False)
        if t.op == "label":
            lid = self.slugs.get(_label_slug(v)) or v.upper()
            return lid in msg.labels
        if t.op == "after":
            return msg.internal_date >= _date_bound(v)
        if t.op == "before":
            return msg.internal_date < _date_bound(v)
        if t.op == "newer_than":
            return msg.internal_date >= _relative(v)
        if t.op == "older_than":
            return msg.internal_date < _relative(v)
        if t.op == "rfc822msgid":
            return msg.msgid == v.strip("<>")
        return False


def msgid_terms(node: Any) -> list[str]:
    """rfc822msgid values that every match must carry (a conjunct), for the index."""
    if isinstance(node, Term) and node.op == "rfc822msgid":
        return [node.value.lower().strip("<>")]
    if isinstance(node, And):
        return [v for n in node.nodes for v in msgid_terms(n)]
    return []
