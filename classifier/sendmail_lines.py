"""Sendmail's per-address status line naming the recipient itself (review old36).

Sendmail writes a failure about one address as "<address>... <text>" (usrerr() in recipient() and in its local
mailer's error path: "550 5.1.1 <lead@partner.example>... User unknown"), and other servers quoting it keep the form
(Postfix 1.x's "host ... said: 550 <a@b>... User unknown", sendmail 8.6's own transcript). Without a status or a
stage, the generic rules read a bare "user unknown" as `filtered` (sisimai's rule: a content filter after DATA may say
it); but the line names the failed address as the subject of "User unknown": the recipient is missing, at whatever
stage. Only the recipient's own address counts: "<seller@example.com>... User unknown" (a sender check) is no
prospect's absence. And only without a status of the server's own (the engine asks): a status says more than the line's
form ("550 5.2.1 <a@b>... User Unknown" stays its 5.2.1's `filtered`, and the server's own vague "550 5.0.0 <a@b>...
User unknown" after DATA the generic rules' `filtered`, as the corpus' sendmail notice reads); the x.0.0 a relay
derives from a reply with no enhanced code (Postfix's dsn_util, Gmail's DSN) says nothing more. At every stage:
sendmail in interactive delivery answers the end of DATA with the one recipient's local failure, "550 <a@b>... User
unknown" (audit 38: after DATA, read filtered under Postfix's derived 5.0.0 and in Exim's, qmail's and Gmail's
notices: false softs of a missing user). Domino's "<address> is not a valid user" has the same subject and is read
the same way (review frames57)."""

from __future__ import annotations

import re

# HCL Domino's SMTP listener, verifying local recipients in its Domino Directory, answers with the same subject:
# "550 <address> is not a valid user" (its lookup's "is not a valid user - the argument cannot be found"; Juno's and
# NetZero's servers too). Not "... is not a valid user for/of/to/on ..." (a service or relay the user may not use).
# Review frames57: read filtered through Gmail's and Microsoft 365's notices (statusless), hard only at a named RCPT.
_UNKNOWN = r"(?:\.\.\.\s*(?:user unknown|unknown user)\b|\s+is not a valid user\b(?!\s+(?:for|of|to|on|at|in)\b))"


def names_recipient_unknown(diagnostic: str, address: str) -> bool:
    """Does `diagnostic` hold sendmail's "<address>... User unknown" (or Domino's "<address> is not a valid user") for
    `address` itself (never for a longer address that ends with it: "<joann@b>... User unknown" is not ann@b's)?"""
    if not address or not _may_name_one(diagnostic):
        return False
    return re.search(r"(?<![\w.+=-])<?" + re.escape(address) + r">?\s*" + _UNKNOWN, diagnostic,
                     re.IGNORECASE) is not None


def names_ours_unknown(diagnostic: str, ours: frozenset[str]) -> bool:
    """Does `diagnostic` hold the line for one of OUR addresses ("553 <seller@example.com>... User unknown": the
    server's check of our sender, audit 37's wrong scope; Domino's "<seller@example.com> is not a valid user" too)?
    Our sender refused, not the recipient missing."""
    return _may_name_one(diagnostic) and any(names_recipient_unknown(diagnostic, a) for a in ours)


def _may_name_one(diagnostic: str) -> bool:
    """Can `diagnostic` hold either line at all (the cheap test before an address's pattern is made)?"""
    return "..." in diagnostic or "valid user" in diagnostic.lower()


_OWN_CODE = re.compile(r"\b[245]\.\d{1,3}\.\d{1,3}\b")


def statusless(status: str | None, diagnostic: str) -> bool:
    """Is `status` none, or the x.0.0 a relay derived from a reply that carries no enhanced code of its own?"""
    return not status or (status[1:] == ".0.0" and _OWN_CODE.search(diagnostic) is None)
