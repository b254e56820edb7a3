"""The eighty-fifth review (review_notices85.py says what it audits), its RFC 3464 half: review 84 read Action as its
first word and a block without Action but with a 2.X.X Status as delivered; these reports leave Action out beside
5.X.X and 4.X.X statuses (still failed or delayed), write comments and retries after the action-value, and put
vendor X-Actions beside it; review 84 also keyed recipients by their IDNA form, so two DIFFERENT mailboxes whose
domains a mapping folds together (IDNA2003's nameprep maps 'ß' to 'ss' and final 'ς' to 'σ'; IDNA2008, RFC
5892, keeps them apart) must stay two; and address literals in Remote-MTA and Reporting-MTA. Expectations
written from RFC 3464 and taxonomy.md BEFORE the classifier ran; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices50_layouts import block, report
from tests.classifier.review_notices50_sources import KIM, LEAD, delayed, hard

ACTION = ("RFC 3464 §2.3.3 (action-field = 'Action' ':' action-value; action-value = 'failed' / 'delayed' / "
          "'delivered' / 'relayed' / 'expanded'; §2.3.3 requires it in every block) (HAND-MADE)")
COMMENT = ("RFC 3464 §2.1.1 (the fields follow RFC 822's syntax: a comment '(...)' may follow a value) and "
           "§2.3.3 (HAND-MADE)")
XACT = ("RFC 3464 §2.4 extension fields ('X-' names, ignored by readers that do not know them) beside Action "
        "(HAND-MADE)")
STATUS = "RFC 3464 §2.3.4 (Status = status-code; class 2 success, 4 persistent transient, 5 permanent) (HAND-MADE)"
IDN08 = ("RFC 5891 §4-5 and RFC 5892 (IDNA2008: 'ß' U+00DF and final sigma 'ς' U+03C2 are PVALID, their own labels; "
         "IDNA2003's nameprep, RFC 3491, mapped them to 'ss' and 'σ'): two mailboxes, two deliveries (HAND-MADE)")
MTA_LIT = "RFC 3464 §2.2.2 / §2.3.5 (Reporting-MTA and Remote-MTA as 'dns; [192.0.2.25]' literals) (HAND-MADE)"
_DIAG = "smtp; 550 5.1.1 User unknown"


def _raw(final: str, *lines: str) -> str:
    """A block written field by field (the forms under review: a missing or odd Action)."""
    return f"Final-Recipient: rfc822; {final}\n" + "".join(f"{x}\n" for x in lines)


def _rep(name: str, blocks: list[str], to: str = LEAD, **kw) -> bytes:
    return report(f"r85-{name}", blocks, to=to, **kw)


ACTIONS = [
    ("d85-no-action-5xx", ACTION + " (no Action, Status 5.1.1: still failed)",
     _rep("na5", [_raw(LEAD, "Status: 5.1.1", f"Diagnostic-Code: {_DIAG}")]), hard(LEAD)),
    ("d85-no-action-5xx-beside-2xx", ACTION + " (no Action in either block: one 2.0.0, one 5.1.1)",
     _rep("na52", [_raw(KIM, "Status: 2.0.0", "Diagnostic-Code: smtp; 250 2.0.0 OK"),
                   _raw(LEAD, "Status: 5.1.1", f"Diagnostic-Code: {_DIAG}")], to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("d85-no-action-2xx-first-failed-second", ACTION + " (a delivered block without Action, a failed one with it)",
     _rep("na2f", [_raw(KIM, "Status: 2.0.0"), block(LEAD.join(["rfc822; ", ""]))], to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("d85-no-action-2xx-alone", ACTION + "; " + STATUS + " (one block, no Action, 2.0.0: a success report)",
     _rep("na2", [_raw(LEAD, "Status: 2.0.0", "Diagnostic-Code: smtp; 250 2.0.0 OK")],
          subject="Successful Mail Delivery Report", text="Your message was successfully delivered.\n"), []),
    ("d85-no-action-4xx", ACTION + "; " + STATUS + " (no Action, 4.2.2 with its words: not hard)",
     _rep("na4", [_raw(LEAD, "Status: 4.2.2", "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full")]),
     [(LEAD, False, ("mailboxfull",), "", False)]),
    ("d85-no-action-no-status", ACTION + " (neither Action nor Status: the diagnostic's 5.1.1 decides)",
     _rep("nans", [_raw(LEAD, f"Diagnostic-Code: {_DIAG}")]), hard(LEAD)),
    ("d85-no-action-4xx-expired", ACTION + "; " + STATUS + " (no Action, 4.4.7 and its words: expired, soft)",
     _rep("na47", [_raw(LEAD, "Status: 4.4.7", "Diagnostic-Code: smtp; 451 4.4.7 delivery time expired")]),
     [(LEAD, False, ("expired",), "", False)]),
    ("d85-delivered-with-5xx-beside-failed", ACTION + " (a block 'Action: delivered' with a contradicting 5.1.1 "
     "beside a failed one: the required Action decides, the delivered one is no failure)",
     _rep("d5", [block(f"rfc822; {KIM}", "delivered", "5.1.1", diag="smtp; 250 2.0.0 OK"), block(f"rfc822; {LEAD}")],
          to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("d85-no-action-215-beside-failed", ACTION + "; " + STATUS + " (no Action, 2.1.5 'destination address valid', beside "
     "a failed block)", _rep("n215", [_raw(KIM, "Status: 2.1.5"), block(f"rfc822; {LEAD}")], to=f"{LEAD}, {KIM}"),
     hard(LEAD)),
    ("d85-failed-comment", COMMENT + " ('Action: failed (permanent)')",
     _rep("fc", [block(f"rfc822; {LEAD}", "failed (permanent)")]), hard(LEAD)),
    ("d85-delayed-retry", COMMENT + " ('Action: delayed; will retry')",
     _rep("dr", [block(f"rfc822; {LEAD}", "delayed; will retry", "4.4.1", diag="smtp; 451 4.4.1 no answer")]),
     delayed(LEAD)),
    ("d85-failed-capital", ACTION + " ('Action: FAILED' in capitals)", _rep("cap", [block(f"rfc822; {LEAD}", "FAILED")]),
     hard(LEAD)),
    ("d85-x-actions-failed", XACT + " (X-Actions beside a missing Action, 5.1.1)",
     _rep("xa", [_raw(LEAD, "X-Actions: failed", "Status: 5.1.1", f"Diagnostic-Code: {_DIAG}")]), hard(LEAD)),
    ("d85-x-actions-delivered-status-5", XACT + " (an X-Actions 'delivered' of a vendor beside Action failed, 5.1.1)",
     _rep("xad", [block(f"rfc822; {LEAD}", extra="X-Actions: delivered\n")]), hard(LEAD)),
    ("d85-relayed-comment-beside-failed", COMMENT + " ('relayed (to non-DSN-aware mailer)' beside a failed block)",
     _rep("rc", [block(f"rfc822; {KIM}", "relayed (to non-DSN-aware mailer)", "2.0.0", diag=None),
                 block(f"rfc822; {LEAD}")], to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("d85-expanded-beside-failed", ACTION + " (an expanded list address beside a failed member)",
     _rep("ex", [block(f"rfc822; {KIM}", "expanded", "2.0.0", diag=None), block(f"rfc822; {LEAD}")],
          to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("d85-quoted-action", ACTION + " (the action-value in quotes, 'Action: \"failed\"', 5.1.1)",
     _rep("qa", [block(f"rfc822; {LEAD}", '"failed"')]), hard(LEAD)),
    ("d85-no-action-2xx-with-5xx-diag", ACTION + " (no Action, Status 2.0.0 but the diagnostic a 550 5.1.1 "
     "beside a failed block: the status is the report's word, the block not failed)",
     _rep("n2d", [_raw(KIM, "Status: 2.0.0", "Diagnostic-Code: smtp; 250 2.0.0 OK"),
                  _raw(LEAD, "Action: failed", "Status: 5.1.1", f"Diagnostic-Code: {_DIAG}")], to=f"{LEAD}, {KIM}"),
     hard(LEAD)),
]

IDN = [
    ("e85-eszett-and-ss-both-failed", IDN08 + " ('straße' and 'strasse': two domains, both failed)",
     _rep("ss", [block("rfc822; lead@straße.example"), block("rfc822; lead@strasse.example")],
          to="lead@straße.example, lead@strasse.example"), hard("lead@straße.example", "lead@strasse.example")),
    ("e85-ss-delivered-eszett-failed", IDN08 + " ('strasse' delivered first, 'straße' failed: the failed one kept)",
     _rep("ssd", [block("rfc822; lead@strasse.example", "delivered", "2.0.0", diag="smtp; 250 2.0.0 OK"),
                  block("rfc822; lead@straße.example")], to="lead@strasse.example, lead@straße.example"),
     hard("lead@straße.example")),
    ("e85-final-sigma", IDN08 + " (final 'ς' and medial 'σ' domains, both failed)",
     _rep("sig", [block("rfc822; lead@πς.example"), block("rfc822; lead@πσ.example")],
          to="lead@πς.example, lead@πσ.example"), hard("lead@πς.example", "lead@πσ.example")),
    ("e85-u-and-a-label-one", "RFC 5890 §2.3.2.1 (control: a U-label and its own A-label are one mailbox) (HAND-MADE)",
     _rep("ua", [block("rfc822; lead@münchen.example"), block("rfc822; lead@xn--mnchen-3ya.example")],
          to="lead@münchen.example"), hard("lead@münchen.example")),
    ("e85-case-of-u-label", "RFC 5890 §2.3.2.1; RFC 5321 §2.4 (a domain's case is no part of it: 'MÜNCHEN' and "
     "'münchen' one mailbox) (HAND-MADE)",
     _rep("uc", [block("rfc822; lead@MÜNCHEN.example"), block("rfc822; lead@münchen.example")],
          to="lead@münchen.example"), hard("lead@münchen.example")),
    ("e85-idna2008-a-label-and-eszett", IDN08 + " (control: 'straße' and its own IDNA2008 A-label 'xn--strae-oqa' "
     "are one mailbox)", _rep("sa", [block("rfc822; lead@straße.example"), block("rfc822; lead@xn--strae-oqa.example")],
                              to="lead@straße.example"), hard("lead@straße.example")),
    ("e85-umlaut-and-plain", IDN08 + " ('münchen' and 'munchen': two domains)",
     _rep("um", [block("rfc822; lead@münchen.example"), block("rfc822; lead@munchen.example")],
          to="lead@münchen.example, lead@munchen.example"), hard("lead@münchen.example", "lead@munchen.example")),
]

MTAS = [
    ("b85-remote-mta-literal", MTA_LIT + " (a literal Remote-MTA)", _rep("rml", [block(f"rfc822; {LEAD}",
                                                                                 remote="[192.0.2.25]")]), hard(LEAD)),
    ("b85-reporting-literal-postmaster", MTA_LIT + " (a postmaster literal in the text part beside one block)",
     _rep("rpl", [block(f"rfc822; {LEAD}")], text="This report was generated by postmaster@[192.0.2.25].\n"
          "Your message could not be delivered.\n"), hard(LEAD)),
    ("b85-x-failed-literal-our-relay", MTA_LIT + " (the text names our relay's literal sender; the block the failed)",
     _rep("xfl", [block(f"rfc822; {LEAD}")], text="Message from <bounce@[198.51.100.7]> could not be delivered to "
          "one recipient.\n"), hard(LEAD)),
]

ROWS = ACTIONS + IDN + MTAS
