"""classifier.remote's provider lookup (suffix tables indexed by first provider, one combined
search for markers and tags in front of the ordered loop) picks the very provider the plain
ordered loops picked: the first in table order. The plain loops are kept here as the reference.
Texts: every marker alone and beside each other provider's, every tag's own examples, every
host and domain entry (and a host under it), the providers' rule wordings."""

from __future__ import annotations

import itertools

import pytest

from classifier import remote


def _reference(*, remote_mta: str | None, address: str, text: str, reporter: str | None = None):
    """provider_of as the ordered loops over every provider's tables wrote it."""
    providers = remote._providers()
    tables = [(m, frozenset(s.lstrip(".") for s in m.HOSTS), frozenset(s.lstrip(".") for s in m.DOMAINS))
              for m in providers]
    host = (remote_mta or "").lower().strip().strip("[]()").split(" ", 1)[0].rstrip(".")
    domain = address.rpartition("@")[2].lower()
    if host:
        parts = remote._dot_suffixes(host)
        for module, hosts, _ in tables:
            if not hosts.isdisjoint(parts):
                return module
    for module in providers:
        for marker in module.MARKERS:
            if marker in text:
                return module
        tag = getattr(module, "TAG", None)
        if tag is not None and tag.search(text):
            return module
    if reporter:
        parts = remote._dot_suffixes(reporter.rpartition(";")[2].strip().strip("[]").rstrip("."))
        for module, hosts, _ in tables:
            if not hosts.isdisjoint(parts):
                return module
    if domain:
        parts = remote._dot_suffixes(domain)
        for module, _, domains in tables:
            if not domains.isdisjoint(parts):
                return module
    return None


_PROVIDERS = remote._providers()
_MARKERS = [m for p in _PROVIDERS for m in p.MARKERS]
# Tag examples: the codes each provider's CODES table knows, in the shapes its TAG reads.
_TAGGED = ["[@sm060104]", "[@out060104]", "aup#in-1000", "aup#o-1234", "ib103", "ib705.", "x mail.i.ua/err/5 y",
           "5.7.1 rusr", "4.1.1 das01", "hl:ity", "rp:cel", "lpn007_510", "ofr_506", "lpnaaa_416", "sfr_in_102",
           "oxsus1234_520", "oxseu_510"]
_NAMES = sorted({s.lstrip(".") for p in _PROVIDERS for s in (*p.HOSTS, *p.DOMAINS)})


def _texts() -> list[str]:
    texts = ["", "550 5.1.1 user unknown", *_MARKERS, *_TAGGED]
    texts += [f"550 refused ({a}) and ({b})" for a, b in itertools.permutations(_MARKERS + _TAGGED[:4], 2)]
    texts += [rule.wording for p in _PROVIDERS for rule in p.RULES if rule.wording]
    return texts


def test_markers_and_tags_pick_the_first_provider() -> None:
    for text in _texts():
        assert remote.provider_of(remote_mta=None, address="", text=text) \
            is _reference(remote_mta=None, address="", text=text), text


@pytest.mark.parametrize("name", _NAMES)
def test_hosts_reporters_and_domains_pick_the_first_provider(name: str) -> None:
    for host in (name, "mx1." + name, "[" + name + ".]", "x" + name):
        for address in ("", "a@" + name, "a@b." + name, "a@x" + name):
            for reporter in (None, "dns; " + host, "dns; other.example"):
                for text in ("", "550 no", _MARKERS[0]):
                    want = _reference(remote_mta=host, address=address, text=text, reporter=reporter)
                    assert remote.provider_of(remote_mta=host, address=address, text=text, reporter=reporter) \
                        is want, (host, address, reporter, text)
                    want = _reference(remote_mta=None, address=address, text=text, reporter=reporter)
                    assert remote.provider_of(remote_mta=None, address=address, text=text, reporter=reporter) \
                        is want, (address, reporter, text)


def test_every_tag_example_is_read() -> None:
    """The examples above do reach the tag stage (else the comparison proves little)."""
    for text in _TAGGED:
        if text != "ib705.":  # a tag followed by ".": godaddy's TAG refuses it (a host's label)
            assert remote.provider_of(remote_mta=None, address="", text=text) is not None, text
