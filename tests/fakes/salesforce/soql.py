"""A small SOQL parser and evaluator for the fake Salesforce server.

Covers what bounce-sync sends and a little more: `SELECT f, Rel.f FROM Obj [WHERE cond]
[ORDER BY f [ASC|DESC], ...] [LIMIT n]`, conditions built from `=`, `!=`, `<`, `<=`, `>`,
`>=`, `IN (...)`, `NOT IN (...)`, `AND`, `OR`, `NOT` and parentheses, and semi-joins
`field IN (SELECT Id FROM Obj WHERE ...)` with Salesforce's restrictions (one selected field,
no ORDER BY or LIMIT inside, not under OR, at most two per query); literals are quoted
strings (with backslash escapes), numbers, `true`/`false`, `null` and datetime literals
(`2026-11-20T12:00:00Z` or with an offset). Comparisons of strings are case-insensitive,
as in Salesforce. Anything else is a `SoqlError` that the fake answers as MALFORMED_QUERY.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<datetime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}))
  | (?P<number>-?\d+(?:\.\d+)?)
  | (?P<string>'(?:[^'\\]|\\.)*')
  | (?P<op>!=|<=|>=|<>|=|<|>)
  | (?P<punct>[(),])
  | (?P<name>[A-Za-z_][A-Za-z0-9_.]*)
""", re.VERBOSE)

_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "'": "'", '"': '"', "\\": "\\"}


class SoqlError(ValueError):
    pass


@dataclass
class Query:
    fields: list[str]
    sobject: str
    where: Any  # a condition tree or None
    order: list[tuple[str, bool]]  # (field, descending)
    limit: int | None


MAX_SEMI_JOINS = 2


def parse_datetime(text: str) -> datetime:
    text = text.replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", text):
        text = text[:-2] + ":" + text[-2:]
    value = datetime.fromisoformat(text)
    return value.astimezone(timezone.utc)


def _tokens(text: str) -> list[tuple[str, Any]]:
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise SoqlError(f"unexpected token at {pos}: {text[pos:pos + 20]!r}")
        pos = m.end()
        kind = m.lastgroup
        value = m.group()
        if kind == "ws":
            continue
        if kind == "string":
            value = re.sub(r"\\(.)", lambda e: _ESCAPES.get(e.group(1), e.group(1)), value[1:-1])
        elif kind == "number":
            value = float(value) if "." in value else int(value)
        elif kind == "datetime":
            value = parse_datetime(value)
        elif kind == "name" and value.upper() in {"TRUE", "FALSE", "NULL"}:
            kind, value = "literal", {"TRUE": True, "FALSE": False, "NULL": None}[value.upper()]
        out.append((kind, value))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = _tokens(text)
        self.i = 0

    def peek(self, offset: int = 0) -> tuple[str, Any]:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else ("eof", None)

    def keyword(self, word: str) -> bool:
        kind, value = self.peek()
        if kind == "name" and value.upper() == word:
            self.i += 1
            return True
        return False

    def expect_keyword(self, word: str) -> None:
        if not self.keyword(word):
            raise SoqlError(f"expecting {word}, found {self.peek()[1]!r}")

    def take(self, kind: str) -> Any:
        k, value = self.peek()
        if k != kind:
            raise SoqlError(f"expecting {kind}, found {value!r}")
        self.i += 1
        return value

    def punct(self, char: str) -> bool:
        if self.peek() == ("punct", char):
            self.i += 1
            return True
        return False

    def query(self, nested: bool = False) -> Query:
        self.expect_keyword("SELECT")
        fields = [self.take("name")]
        while self.punct(","):
            fields.append(self.take("name"))
        self.expect_keyword("FROM")
        sobject = self.take("name")
        where = None
        if self.keyword("WHERE"):
            where = self.disjunction()
        order: list[tuple[str, bool]] = []
        if self.keyword("ORDER"):
            self.expect_keyword("BY")
            while True:
                name = self.take("name")
                desc = self.keyword("DESC")
                if not desc:
                    self.keyword("ASC")
                order.append((name, desc))
                if not self.punct(","):
                    break
        limit = None
        if self.keyword("LIMIT"):
            limit = self.take("number")
        if nested:
            if len(fields) != 1 or order or limit is not None:
                raise SoqlError("a semi-join sub-select selects one Id or reference field, "
                                "without ORDER BY or LIMIT")
            return Query(fields, sobject, where, order, limit)
        if self.peek()[0] != "eof":
            raise SoqlError(f"unexpected token {self.peek()[1]!r}")
        _check_semi_joins(where)
        return Query(fields, sobject, where, order, limit)

    def disjunction(self) -> Any:
        terms = [self.conjunction()]
        while self.keyword("OR"):
            terms.append(self.conjunction())
        return terms[0] if len(terms) == 1 else ("or", terms)

    def conjunction(self) -> Any:
        terms = [self.atom()]
        while self.keyword("AND"):
            terms.append(self.atom())
        return terms[0] if len(terms) == 1 else ("and", terms)

    def atom(self) -> Any:
        if self.punct("("):
            inner = self.disjunction()
            if not self.punct(")"):
                raise SoqlError("unbalanced parenthesis")
            return inner
        if self.keyword("NOT"):
            return ("not", self.atom())
        field = self.take("name")
        if self.keyword("NOT"):
            self.expect_keyword("IN")
            return ("not", self.in_list(field))
        if self.keyword("IN"):
            return self.in_list(field)
        op = self.take("op")
        return ("cmp", field, "!=" if op == "<>" else op, self.value())

    def in_list(self, field: str) -> Any:
        kind, value = self.peek(1)
        if self.peek() == ("punct", "(") and kind == "name" and value.upper() == "SELECT":
            self.i += 1
            sub = self.query(nested=True)
            if not self.punct(")"):
                raise SoqlError("expecting ) after the sub-select")
            return ("semi", field, sub)
        return ("in", field, self.values())

    def values(self) -> list[Any]:
        if not self.punct("("):
            raise SoqlError("expecting ( after IN")
        values = [self.value()]
        while self.punct(","):
            values.append(self.value())
        if not self.punct(")"):
            raise SoqlError("expecting ) after IN list")
        return values

    def value(self) -> Any:
        kind, value = self.peek()
        if kind not in ("string", "number", "literal", "datetime"):
            raise SoqlError(f"expecting a value, found {value!r}")
        self.i += 1
        return value


def parse(text: str) -> Query:
    return _Parser(text).query()


def _semi_joins(cond: Any) -> int:
    if cond is None:
        return 0
    if cond[0] in ("and", "or"):
        return sum(_semi_joins(term) for term in cond[1])
    if cond[0] == "not":
        return _semi_joins(cond[1])
    return 1 if cond[0] == "semi" else 0


def _check_semi_joins(cond: Any) -> None:
    """Salesforce refuses a semi-join under OR and more than two in one WHERE."""
    if _semi_joins(cond) > MAX_SEMI_JOINS:
        raise SoqlError(f"at most {MAX_SEMI_JOINS} semi-join sub-selects in a WHERE clause")

    def walk(node: Any, under_or: bool) -> None:
        if node is None:
            return
        if node[0] in ("and", "or"):
            for term in node[1]:
                walk(term, under_or or node[0] == "or")
        elif node[0] == "not":
            walk(node[1], under_or)
        elif node[0] == "semi" and under_or:
            raise SoqlError("Semi join sub-selects are not allowed with the 'OR' operator")
    walk(cond, False)


def resolve_semi_joins(cond: Any, run: Any) -> Any:
    """The condition with each semi-join replaced by an IN list of the values its
    sub-select yields; `run(query)` returns those values."""
    if cond is None:
        return None
    if cond[0] in ("and", "or"):
        return (cond[0], [resolve_semi_joins(term, run) for term in cond[1]])
    if cond[0] == "not":
        return ("not", resolve_semi_joins(cond[1], run))
    if cond[0] == "semi":
        return ("in", cond[1], list(run(cond[2])))
    return cond


def condition_fields(cond: Any) -> list[str]:
    if cond is None:
        return []
    if cond[0] in ("and", "or"):
        return [f for term in cond[1] for f in condition_fields(term)]
    if cond[0] == "not":
        return condition_fields(cond[1])
    return [cond[1]]


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})", value):
            return parse_datetime(value)
        return value.lower()
    return value


def _compare(left: Any, op: str, right: Any) -> bool:
    left, right = _norm(left), _norm(right)
    if op == "=":
        return left == right
    if op == "!=":
        return left != right
    if left is None or right is None:
        return False  # ordering against null is never true in SOQL
    try:
        return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]
    except TypeError as exc:
        raise SoqlError(f"cannot compare {left!r} {op} {right!r}") from exc


def matches(cond: Any, get: Any) -> bool:
    """`get(field)` returns the record's value for a (possibly dotted) field."""
    if cond is None:
        return True
    tag = cond[0]
    if tag == "and":
        return all(matches(term, get) for term in cond[1])
    if tag == "or":
        return any(matches(term, get) for term in cond[1])
    if tag == "not":
        return not matches(cond[1], get)
    if tag == "in":
        value = _norm(get(cond[1]))
        return value is not None and value in {_norm(v) for v in cond[2]}
    return _compare(get(cond[1]), cond[2], cond[3])
