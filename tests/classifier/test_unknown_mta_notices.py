"""Issue 13: plain-text notices from MTAs we have no module for (formats/prose.py and its helpers).

tests/classifier/unknown_mta.py builds them from real MTAs' own intro sentences, recipient
layouts, replies (with the reason and hard/soft the cited tables of test_server_wordings.py
already establish) and notice headers, combined as a server we have never seen could combine
them. Expected: a bounce; exactly the failed recipients; each with the reply's reason; hard
exactly when the taxonomy says (§4). A combination whose reading is a judgement call is a strict
xfail in KNOWN with its reason.

1,360 cases (8 intros x 9 layouts x the replies each layout can carry x 1 and 2 recipients).
With main's classifier before this branch 75 failed: 30 dropped the second recipient of a list
under an intro prose.py did not know or that the writer's width broke (Postfix's, Sendmail's,
masqmail's French one); 16 read cPanel's "550 No Such User Here" as `filtered` under hMailServer's
"hMailServer sent: RCPT TO:<addr>" (the stage went unread); 15 took the recipient and its reason
from the returned original after OpenSMTPD's "Below is a copy of the original message:" (and
its "following list of recipients" intro was unknown); 14 cut the first of python-slimta's
"- addr" entries off the reason the list shares. None is a judgement call: KNOWN is empty.
"""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier import unknown_mta

CASES = {c.id: c for c in unknown_mta.cases()}

# case-id prefix -> why its reading is a judgement call (strict xfail).
KNOWN: dict[str, str] = {}


def _known(cid: str) -> str | None:
    return next((why for prefix, why in KNOWN.items() if cid.startswith(prefix)), None)


@pytest.mark.parametrize("cid", sorted(CASES))
def test_unknown_mta_notice(cid, request):
    why = _known(cid)
    if why:
        request.applymarker(pytest.mark.xfail(reason=why, strict=True))
    case = CASES[cid]
    result = classify(case.raw)
    assert result.is_bounce
    got = sorted((d.address.lower(), d.reason.value, d.hard_bounce) for d in result.deliveries)
    want = sorted((a.lower(), case.reason.value, case.hard) for a in case.recipients)
    assert got == want


def test_sample_size_and_spread():
    """The sample covers every intro, layout and reply, with one and two recipients."""
    assert 1000 <= len(CASES) <= 2000
    ids = list(CASES)
    for key, _, _ in unknown_mta.INTROS:
        assert any(i.startswith(f"{key}-") for i in ids), key
    for layout in unknown_mta.LAYOUTS:
        assert any(f"-{layout.key}-" in i for i in ids), layout.key
    for reply in unknown_mta.REPLIES:
        assert any(f"-{reply.key}-" in i for i in ids), reply.key
    assert any(len(c.recipients) == 2 for c in CASES.values())
