"""The fifteenth round's mend (classifier/older_servers.py ALIAS_EXPANSION, read in reasons._coded): Postfix's cleanup
answers "451 4.6.0 Alias expansion error" when it cannot expand the RECEIVER's own virtual aliases (its expansion,
nesting or address-length limit, or a failed table lookup: src/cleanup/cleanup_map1n.c). The 4.6.0 is Postfix's code
for it, not anything in our message: systemerror, not 4.6.0's media subject (contenterror). Read on HAND-MADE relay
reports beside the real notices (real_cases_round15.py). The controls: other x.6.0 refusals keep contenterror, a
final notice keeps its permanence, nothing turns hard."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed


def _read(text: str, status: str, command: str = "DATA", action: str | None = None) -> tuple:
    (d,) = classify(relayed(text, status=status, command=command, action=action)).deliveries
    return d.address, d.reason.value, d.hard_bounce, d.permanent


def test_postfix_alias_expansion_error_for_now_is_the_receivers_system():
    assert _read("451 4.6.0 Alias expansion error", "4.6.0", action="delayed") == (LEAD, "systemerror", False, False)


def test_the_same_words_without_a_status_still_name_the_receivers_aliases():
    # The phrase table speaks where no code does (a relay that passed on only the text).
    assert _read("451 Alias expansion error", None)[1:3] == ("systemerror", False)


@pytest.mark.parametrize("text, status", [
    ("554 5.6.0 Error: malformed MIME header", "5.6.0"),
    ("550 5.6.0 uuencoded attachments are not accepted", "5.6.0"),
])
def test_other_media_refusals_keep_contenterror(text, status):
    assert _read(text, status) == (LEAD, "contenterror", False, True)
