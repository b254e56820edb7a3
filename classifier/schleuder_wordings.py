"""Schleuder's own refusals (the nineteenth round of real servers, tests/classifier/real_cases_round19.py).
Schleuder 4.0 (Debian's encrypting list manager) runs as the MTA's delivery program (`schleuder work ${recipient}`
from Postfix's pipe(8)); a post it refuses ends in Thor's `fatal` with the error text of its catalog
(locales/en.yml, errors.*) and exit 1, which Postfix reports as "X-Unix; Error: <text>  Kind regards, Your
Schleuder system." under 5.3.0. The program did not fail: it said why it refused, and `reasons.reason_for` reads that
verdict before the delivery program's failure (mailererror)."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

# The catalog's English texts, lowercase (each matched in the whitespace-collapsed diagnostic).
VERDICTS: Mapping[Reason, tuple[str, ...]] = {
    # errors.list_not_found, "No list found with this address: '%{email}'.": no such list, the address is bad.
    R.USERUNKNOWN: ("no list found with this address",),
    # errors.message_sender_not_subscribed and errors.message_not_from_admin: the list's rule about who posts
    # (as Sympa's "restricted to list subscribers", real round 15): refused by a recipient-side rule.
    R.FILTERED: ("only subscribed addresses may send messages to this address",
                 "only admins may send messages to this address"),
    # errors.message_unencrypted, errors.message_unsigned, errors.message_unauthenticated, errors.not_pgp_mime:
    # an OpenPGP requirement the message did not meet.
    R.SECURITYERROR: ("messages to this address must be encrypted", "messages to this address must be openpgp-signed",
                      "message was not encrypted in the pgp/mime-format"),
    # errors.message_too_big, "Your message was too big. Allowed are up to %{allowed_size}KB."
    R.MESGTOOBIG: ("your message was too big. allowed are up to",),
}
# Every verdict ends in the catalog's errors.signoff: without it, the words are no Schleuder's.
_SIGNOFF = "your schleuder system"


def verdict(text: str) -> Reason | None:
    """The reason Schleuder's own refusal names in a delivery program's output, or None. Under any MTA: Postfix's
    pipe(8) prints it as "X-Unix; ...", Exim's pipe transport with return_output under "The following text was
    generated during the delivery attempt" (audit 35: read mailererror there, a list that does not exist soft)."""
    if "schleuder" not in text.lower():
        return None  # (cheap first: every diagnostic is asked)
    low = " ".join(text.lower().split())
    if _SIGNOFF not in low:
        return None
    return next((reason for reason, said in VERDICTS.items() if any(s in low for s in said)), None)
