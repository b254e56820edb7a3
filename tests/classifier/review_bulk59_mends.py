"""Bulk 59's rows written AFTER the first run, for its two mends (review_bulk59.py's rows were committed before):
each mend's own row (failing without it) and controls that read the same before and after.

- soft_wordings.AUTHFAILURE: Microsoft's announced "does not meet the required authentication level" (5.7.515) beside
  the older "doesn't meet" (rows bk59-*-5-7-515-does-not-meet fail without it). Controls: the same words in a
  prospect's auto-reply (no bounce) and in the returned original under a real "User unknown" (hard).
- severity._OUR_SIDE_REFUSED: "the sending (e-mail) account" as our side (bk59-gmail-own-relay-suspended-abuse
  read the recipient's scope). Its row here expects the reason the text yields (taxonomy section 7: "keep whatever
  reason the text yields"); the committed row's narrower reasons stay its judgement call. Controls: a recipient's
  account suspended, and a recipient refusing mail from "the sending account" (the recipient's own choice)."""

from __future__ import annotations

from tests.classifier.review_bulk59_layouts import GOOG, IP, MS_HV, g_said, gone, ours, pf_said, theirs
from tests.classifier.review_holdout50 import ANY
from tests.classifier.review_holdout50_layouts import GMAIL_SRC, POSTFIX_SRC, postfix
from tests.classifier.review_holds58_layouts import plain

WORDS = "does not meet the required authentication level"
RFC3834 = "RFC 3834 auto-reply (Auto-Submitted: auto-replied); HAND-MADE control, the words quoted by a person"


def _pf_unknown_with_body(rid: str, a: str) -> bytes:
    """Postfix's bounce for a real 'User unknown' whose returned original quotes the 5.7.515 words in its body."""
    raw = postfix(rid, a, reason="host mx.fabrikam-tools.com[203.0.113.25] said: 550 5.1.1 <" + a + ">: Recipient "
                  "address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
                  status="5.1.1", remote="mx.fabrikam-tools.com", diag=f"550 5.1.1 <{a}>: Recipient address "
                  "rejected: User unknown in virtual mailbox table")
    return raw.replace(b"Do you have 15 minutes this week to talk about your carrier contracts?",
                       f"PS: after May 5 Outlook.com rejects bulk mail whose sending domain {WORDS}; ours passes "
                       "SPF, DKIM and DMARC.".encode())


MEND_ROWS = [
    ("bk59-mend-gmail-own-sending-account-suspended", f"{GMAIL_SRC}; {GOOG} (written after the first run: the "
     "same Google relay refusal, expected with the reason its text yields)",
     g_said("n1", "h.sato@kyoto-seimitsu.co.jp", f"550 5.7.0 Email relay denied {IP}. The sending email account has "
            "been temporarily suspended due to abuse. For more information, go to https://support.google.com/a/"
            "answer/6140680 a640c23a62f3a-59si13 - gsmtp", "5.7.0", None, blocked=False),
     ours("h.sato@kyoto-seimitsu.co.jp", ())),
    ("bk59-mend-control-autoreply-quotes-5-7-515", f"{RFC3834}; {MS_HV} (the words)",
     plain("n2", "Ruth Ellison <r.ellison@fabrikam-tools.com>", "Automatic reply: Quick question about your Q4 "
           "logistics", "I'm out of the office until Monday.\n\nA note from our IT team: Outlook.com now rejects "
           f"mail whose sending domain {WORDS}, so please make sure your SPF and DKIM pass.\n\nRuth\n",
           extra="Auto-Submitted: auto-replied\n"), []),
    ("bk59-mend-control-user-unknown-body-quotes-5-7-515", f"{POSTFIX_SRC} (a real 'User unknown' at RCPT; the "
     "5.7.515 words only in the returned original's body); HAND-MADE control",
     _pf_unknown_with_body("n3", "old.buyer@fabrikam-tools.com"), gone("old.buyer@fabrikam-tools.com")),
    ("bk59-mend-control-recipient-account-suspended", f"{POSTFIX_SRC} ('The account you are sending to has been "
     "suspended': the recipient's account); HAND-MADE control",
     pf_said("n4", "j.riley@fabrikam-tools.com", "550 5.2.1 <j.riley@fabrikam-tools.com>: The account you are "
             "sending to has been suspended", "5.2.1", mx="mx.fabrikam-tools.com", command="RCPT TO"),
     theirs("j.riley@fabrikam-tools.com", ("suspend",))),
    ("bk59-mend-control-recipient-refuses-sending-account", f"{POSTFIX_SRC} ('Recipient does not accept mail from "
     "the sending account': the recipient's own choice); HAND-MADE control",
     pf_said("n5", "k.doyle@fabrikam-tools.com", "550 5.7.1 <k.doyle@fabrikam-tools.com>: Recipient does not accept "
             "mail from the sending account", "5.7.1", mx="mx.fabrikam-tools.com", command="RCPT TO"),
     [("k.doyle@fabrikam-tools.com", False, (), ANY, False)]),
]
