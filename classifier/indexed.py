"""`IndexedMessage`: a compat32 `email.message.Message` that answers the classifier's many
header questions from an index instead of a scan.

The formats ask for the same few headers some fifty times per bounce, and the parser asks
each part for its content type and boundary; the stdlib scans every header and lowercases
its name on each call, and re-splits (and RFC 2231-decodes) the Content-Type parameters on
each `get_param`. Every answer here is the stdlib's own; only the work is remembered. The
index is rebuilt when the header list changes length or its last entry, and
`replace_header` drops it.
"""

from __future__ import annotations

from email import utils
from email.message import Message, _unquotevalue
from email.policy import compat32

_MISSING = object()
# A header block this short is scanned by `get`, not indexed.
_SMALL = 6
# What Message.__init__ sets, for `new_message` (checked against a real one below).
_FRESH = {"policy": compat32, "_headers": None, "_unixfrom": None, "_payload": None, "_charset": None,
          "preamble": None, "epilogue": None, "defects": None, "_default_type": "text/plain"}


class IndexedMessage(Message):
    """A compat32 `Message` with an index of its headers (see the module's docstring)."""

    # [header count, last header, lowercase name -> first (name, value),
    #  header name -> its parameters as get_param reads them (once asked), lowercase names]
    _index: list | None = None
    # (header count, last header, default type, content type)
    _ctype: tuple | None = None

    def _fresh(self) -> list:
        headers = self._headers
        index = self._index
        if index is None or index[0] != len(headers) or (headers and index[1] is not headers[-1]):
            names = [k.lower() for k, _ in headers]
            # Reversed, so that the first header of a name is the one kept, as `get` finds it.
            index = self._index = [len(headers), headers[-1] if headers else None,
                                   dict(zip(reversed(names), reversed(headers))), None, names]
        return index

    def get(self, name: str, failobj: object = None) -> object:  # type: ignore[override]
        headers = self._headers
        index = self._index
        if index is None and len(headers) <= _SMALL:
            # A part's few headers (Content-Type, -Transfer-Encoding, -Disposition), asked once or
            # twice: a scan costs less than building the index.
            name = name.lower()
            found = None
            for header in headers:
                if header[0].lower() == name:
                    found = header
                    break
        else:
            if index is None or index[0] != len(headers) or (headers and index[1] is not headers[-1]):
                index = self._fresh()
            found = index[2].get(name.lower())
        if found is None:
            return failobj
        k, v = found
        if type(v) is str and v.isascii():
            return v  # what compat32's header_fetch_parse returns for it, without the call
        return self.policy.header_fetch_parse(k, v)

    def get_all(self, name: str, failobj: object = None) -> object:  # type: ignore[override]
        """`Message.get_all`, finding the headers by the index's lowercase names."""
        names = self._fresh()[4]
        name = name.lower()
        count = names.count(name)
        if not count:
            return failobj
        headers = self._headers
        fetch = self.policy.header_fetch_parse
        found = []
        at = -1
        for _ in range(count):
            at = names.index(name, at + 1)
            k, v = headers[at]
            found.append(v if type(v) is str and v.isascii() else fetch(k, v))
        return found

    def get_content_type(self) -> str:
        """The stdlib's answer, from a scan for the first Content-Type header (no index)."""
        headers = self._headers
        cached = self._ctype
        if cached is not None and cached[0] == len(headers) and cached[2] == self._default_type \
                and (not headers or cached[1] is headers[-1]):
            return cached[3]
        ctype = _content_type(headers, self._default_type)
        if ctype is None:  # a header the stdlib must read (8-bit text)
            ctype = super().get_content_type()
        self._ctype = (len(headers), headers[-1] if headers else None, self._default_type, ctype)
        return ctype

    def get_param(self, param: str, failobj: object = None, header: str = "content-type",
                  unquote: bool = True) -> object:
        """`Message.get_param`, the header's parameters split once."""
        index = self._fresh()
        if index[3] is None:
            index[3] = {}
        params = index[3].get(header, _MISSING)
        if params is _MISSING:
            found = index[2].get(header.lower())
            if found is None:
                params = None
            elif type(found[1]) is str and found[1].isascii() and "*" not in found[1] and "\\" not in found[1]:
                params = _plain_params(found[1])
            else:
                params = self._get_params_preserve(None, header)
            index[3][header] = params
        if params is None:
            return failobj
        wanted = param.lower()
        for k, v in params:
            if k.lower() == wanted:
                return _unquotevalue(v) if unquote else v
        return failobj

    def names(self) -> dict[str, tuple[str, object]]:
        """The header names, lowercase (each to its first header, as `get` finds it): `name in names()`
        for a lowercase `name` is `get(name) is not None`, without a call per name asked."""
        return self._fresh()[2]

    def replace_header(self, _name: str, _value: object) -> None:
        self._index = None
        super().replace_header(_name, _value)


def new_message() -> IndexedMessage:
    """`IndexedMessage()`, its attributes set in one step (the parser makes one per part)."""
    msg = IndexedMessage.__new__(IndexedMessage)
    msg.__dict__ = {"policy": compat32, "_headers": [], "_unixfrom": None, "_payload": None, "_charset": None,
                    "preamble": None, "epilogue": None, "defects": [], "_default_type": "text/plain"}
    return msg


if Message().__dict__ != {**_FRESH, "_headers": [], "defects": []}:  # another Python's Message
    def new_message() -> IndexedMessage:  # noqa: F811 - the plain constructor there
        return IndexedMessage()


def _content_type(headers: list[tuple[str, object]], default: str) -> str | None:
    """`Message.get_content_type` over `headers`: the first Content-Type's media type, lowercase,
    'text/plain' when it is not one type/subtype pair, `default` without the header; None
    when its value is not plain ASCII text (the stdlib then decides)."""
    for k, v in headers:
        if len(k) == 12 and k.lower() == "content-type":
            if type(v) is not str or not v.isascii():
                return None
            ctype = v.partition(";")[0].strip().lower()
            return ctype if ctype.count("/") == 1 else "text/plain"
    return default


def _plain_params(value: str) -> list[tuple[str, str]]:
    """`Message._get_params_preserve` of an ASCII header value without backslashes or RFC 2231
    parameters (no "*"): `_parseparam`'s split on semicolons outside quotes, names lowercased,
    then `decode_params`' unquote-and-requote of every value but the first."""
    pieces = value.split(";")
    params = []
    first = True
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        # A semicolon inside quotes does not end the parameter (an odd count of quotes so far).
        while piece and piece.count('"') % 2 and i < len(pieces):
            piece = f"{piece};{pieces[i]}"
            i += 1
        name, sep, val = piece.partition("=")
        if sep:
            name, val = name.strip().lower(), val.strip()
        else:
            name, val = piece.strip(), ""
        if first:
            params.append((name, val))
            first = False
        else:
            params.append((name, '"%s"' % utils.quote(utils.unquote(val))))
    return params
