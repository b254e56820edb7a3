"""The hundred-and-fourteenth review: an ADVERSARIAL AUDIT of the newest prose/recipient mend (e9cb2fc: a labelled
line's parenthesis read across folded lines in recipients.went_through_here; recipients.delivered_named kept out of
prose's last resort) and of review 111's mends (departures' schedules, recipients' host stripping and 'rejected: no'
cells), hunting false softs and false hards.

1. delivered_named / went_through_here: a FAILED recipient's labelled line saying 'delivered' in a negated or
   qualified way ("(delivered: no)", "(never delivered)", "(n'a pas été remis)", "(no se ha entregado)") must not be
   taken as delivered (a false soft: the dead prospect kept). A DELIVERED line whose parenthesis is left open must not
   pull the next recipient's failure words in (a false hard on the live one); names shared between recipients.
2. Review 111's cells: a failure field said no in a shape the rule does not know ("rejected: no." / "|" separated /
   "rejected = no") on the DELIVERED lead's line (false hard); 'rejected: no such user' (a real failure); '0 failures'
   on one line and a real failure on another for the same recipient.
3. Review 111's schedules: a real PAST deletion read as scheduled ("deleted a week ago", "deleted in a month-end
   cleanup", "deleted the next day", "gelöscht in der letzten Woche", "supprimé dans la nuit") is a false soft; a
   FUTURE deletion said before the verb ("wird in einer Woche gelöscht") must stay soft.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: review_notices25.both_layouts and review 107's mixed
labelled-line report (`_mixed`). All HAND-MADE; test_review_notices114.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices50_sources import KIM, LEAD as LEAD50, hard
from tests.classifier.review_notices85 import notice
from tests.classifier.review_notices107 import WHY as _WHY, _mixed

R, S, ANY = "recipient", "sender", None
MX = "mx.partner.example"
LEAD = "lead@partner.example"
UNK = ("userunknown",)
SUSP = ("suspend",)

both = both_layouts("r114", MX, LEAD)

MIXED = ("hand-made following review 90/107's mixed delivery report layout (RFC 3461 NOTIFY=SUCCESS,FAILURE: a "
         "report may list delivered and failed recipients; labelled lines 'Recipient: name (outcome)'); RFC 5322 "
         "2.2.3 folding; the outcome words as Exchange's NDR ('could not be delivered') and Postfix's bounce(5) "
         "templates say them; a negated or qualified 'delivered' is no delivery")


def _kim(name: str, kim_paren: str) -> tuple:
    return (f"r114-neg-{name}", MIXED, _mixed(f"114n{name}", "Recipient: lead (delivered)",
                                             f"Recipient: kim ({kim_paren})\n{_WHY}"), hard(KIM))


# ---- 1a. FALSE SOFTS: the failed one's 'delivered' negated or qualified -------------------------------------------
NEG_ROWS = [
    _kim("not-delivered", "not delivered"),
    _kim("delivered-colon-no", "delivered: no"),
    _kim("delivered-colon-false", "delivered: false"),
    _kim("delivered-question-no", "delivered? no"),
    _kim("never-delivered", "never delivered"),
    _kim("delivery-failed", "delivery failed"),
    _kim("quarantine-then-rejected", "was delivered to a quarantine, then rejected"),
    _kim("de-nicht-zugestellt", "nicht zugestellt"),
    _kim("de-konnte-nicht-zugestellt-werden", "konnte nicht zugestellt werden"),
    _kim("es-no-entregado", "no entregado"),
    _kim("es-no-se-ha-entregado", "no se ha entregado"),
    _kim("fr-n-a-pas-ete-remis", "n'a pas été remis"),
    _kim("fr-non-remis", "non remis"),
    _kim("it-non-consegnato", "non consegnato"),
    _kim("delivered-no-pipe", "delivered: no | reason below"),
    _kim("undelivered", "undelivered"),
]

# ---- 1b. FALSE HARDS: the delivered lead's open parenthesis reaching the next entry -------------------------------
OPEN_ROWS = [
    ("r114-open-lead-unclosed-then-kim", MIXED + " (the lead's parenthesis never closed: a truncated line)",
     _mixed("114o1", "Recipient: lead (delivered to mx.partner.example", f"Recipient: kim (failed)\n{_WHY}"),
     hard(KIM)),
    ("r114-open-indented-entries", MIXED + " (every entry indented, the lead's parenthesis left open)",
     _mixed("114o2", "  Recipient: lead (delivered to mx.partner.example",
            f"  Recipient: kim (failed: user unknown)\n{_WHY}"), hard(KIM)),
    ("r114-open-lead-folded-then-kim-indented", MIXED + " (the lead's folded over two, kim's line indented)",
     _mixed("114o3", "  Recipient: lead (delivered to\n\tmx.partner.example",
            f"  Recipient: kim (rejected)\n{_WHY}"), hard(KIM)),
    # Controls: a closed fold on the lead's line, over two and three lines (RFC 5322 2.2.3).
    ("r114-open-c-lead-folded-closed", MIXED + " (control: the lead's parenthesis folded and closed)",
     _mixed("114o4", "Recipient: lead (delivered to\n\tmx.partner.example)", f"Recipient: kim (failed)\n{_WHY}"),
     hard(KIM)),
    ("r114-open-c-lead-folded-three", MIXED + " (control: folded over three lines with Postfix's 250 reply)",
     _mixed("114o5", "Recipient: lead (delivered to\n\tmx.partner.example,\n\t250 2.0.0 Ok)",
            f"Recipient: kim (failed)\n{_WHY}"), hard(KIM)),
]


def _named(name: str, to: str, lines: str) -> bytes:
    return notice(f"114s{name}", "Your message could not be delivered to one or more of its recipients.\n\n"
                  f"{lines}\n{_WHY}", to=to)


SHARED = MIXED + " (display names of the original's To shared between recipients, RFC 5322 3.4 name-addr)"
SHARED_ROWS = [
    ("r114-shared-kim-lead-and-kim-park", SHARED,
     _named("1", f"Kim Lead <{LEAD50}>, Kim Park <{KIM}>", "Recipient: Kim Lead (delivered)\nRecipient: Kim Park "
            "(failed)"), hard(KIM)),
    ("r114-shared-lead-kim-first-names", SHARED,
     _named("2", f"Lead Kim <{LEAD50}>, Kim Park <{KIM}>", "Recipient: Lead (delivered)\nRecipient: Kim Park "
            "(failed)"), hard(KIM)),
    ("r114-shared-kim-twice-later-failed", SHARED + " (kim's relay hop reported, then its failure)",
     _named("3", f"{LEAD50}, {KIM}", "Recipient: lead (delivered)\nRecipient: kim (relayed, 0 failures)\n"
            "Recipient: kim (failed: user unknown)"), hard(KIM)),
]

# ---- 2. Review 111's cells on the delivered lead's line ------------------------------------------------------------
CELLS = (MIXED + "; a status table's 'field: value' cells (review 111) separated as such tables print them "
         "('|', '=', a closing full stop)")
CELL_ROWS = [
    ("r114-cell-rejected-no-full-stop", CELLS, _mixed("114c1", "Recipient: lead (delivered, rejected: no.)"),
     hard(KIM)),
    ("r114-cell-pipes", CELLS, _mixed("114c2", "Recipient: lead (delivered | rejected: no | spam: no)"), hard(KIM)),
    # The whole grid's wrap_50_flush finding (after review 116): the lead's line cut after "spam:" was read as a
    # "Delivered:" heading over kim's entry, and kim went unmarked (a false soft; recipients.went_through_here).
    ("r114-cell-pipes-cut-after-colon", CELLS + " (the lead's line cut after a colon by a writer's width)",
     _mixed("114c2w", "Recipient: lead (delivered | rejected: no | spam:\nno)"), hard(KIM)),
    ("r114-cell-equals", CELLS, _mixed("114c3", "Recipient: lead (delivered; rejected = no)"), hard(KIM)),
    ("r114-cell-failures-none-full-stop", CELLS, _mixed("114c4", "Recipient: lead (delivered, failures: none.)"),
     hard(KIM)),
    ("r114-cell-bounced-no-spaced", CELLS, _mixed("114c5", "Recipient: lead (delivered; bounced : no)"), hard(KIM)),
    # Controls: the failed one's cells saying a real failure.
    ("r114-cell-c-kim-rejected-no-such-user", CELLS + " (control)", _mixed(
        "114c6", "Recipient: lead (delivered, rejected: no)", f"Recipient: kim (rejected: no such user)\n{_WHY}"),
     hard(KIM)),
    ("r114-cell-c-kim-rejected-no-comma-unknown", CELLS + " (control)", _mixed(
        "114c7", "Recipient: lead (delivered)", f"Recipient: kim (rejected: no, user unknown)\n{_WHY}"), hard(KIM)),
    ("r114-cell-c-lead-0-failures", CELLS + " (control)", _mixed("114c8", "Recipient: lead (delivered, 0 failures)"),
     hard(KIM)),
    ("r114-cell-c-kim-0-failures-then-550", CELLS + " (control: '0 failures' beside the failed one's own 550)",
     _mixed("114c9", "Recipient: lead (delivered)", f"Recipient: kim (relayed, 0 failures; 550 5.1.1 user unknown)"
            f"\n{_WHY}"), hard(KIM)),
]

# ---- 3. Deletions: past read as scheduled, future said before the verb ---------------------------------------------
GONE = ("hand-made following review 111's r111-gone rows (Postfix access(5) 'REJECT text'); taxonomy: the mailbox "
        "gone is userunknown (hard), deleted only LATER is suspend (soft); English, German, French past and future")
GONES = [
    ("deleted-a-week-ago", "550 5.1.1 Mailbox deleted a week ago", "5.1.1", "RCPT", True, UNK, R),
    ("deleted-in-a-month-end-cleanup", "550 5.1.1 Account deleted in a month-end cleanup", "5.1.1", "RCPT", True,
     UNK, R),
    ("expired-deleted-the-next-day", "550 5.1.1 Account expired on 1 March and was deleted the next day", "5.1.1",
     "RCPT", True, UNK, R),
    ("expired-deleted-next-day", "550 5.1.1 Account expired on 1 March, deleted next day", "5.1.1", "RCPT", True,
     UNK, R),
    ("de-geloescht-in-der-letzten-woche", "550 5.1.1 Postfach gelöscht in der letzten Woche", "5.1.1", "RCPT", True,
     UNK, R),
    ("fr-supprime-dans-la-nuit", "550 5.1.1 Compte supprimé dans la nuit", "5.1.1", "RCPT", True, UNK, R),
    ("es-eliminada-hace-un-mes", "550 5.1.1 Cuenta eliminada hace un mes", "5.1.1", "RCPT", True, UNK, R),
    ("deleted-in-2024", "550 5.1.1 Mailbox deleted in 2024", "5.1.1", "RCPT", True, UNK, R),
    # Future said before the verb (soft).
    ("de-wird-in-einer-woche-geloescht", "550 5.2.1 Postfach deaktiviert; es wird in einer Woche gelöscht", "5.2.1",
     "RCPT", False, SUSP, R),
    ("will-be-deleted-in-a-month", "550 5.2.1 Account disabled; it will be deleted in a month", "5.2.1", "RCPT",
     False, SUSP, R),
    ("in-two-weeks-deleted", "550 5.2.1 Account disabled; in two weeks it is deleted", "5.2.1", "RCPT", False, SUSP,
     R),
    # Controls: the schedules review 111 mended.
    ("c-deleted-in-a-month", "550 5.2.1 Account disabled and deleted in a month", "5.2.1", "RCPT", False, SUSP, R),
    ("c-de-geloescht-in-einer-woche", "550 5.2.1 Postfach deaktiviert und gelöscht in einer Woche", "5.2.1", "RCPT",
     False, SUSP, R),
]

# ---- Round two: controls on review 114's own mends, written before they ran -------------------------------------
ROUND2 = MIXED + " (control of review 114's mends: the delivered lead's words must keep it delivered)"
ROUND2_ROWS = [
    ("r114-r2-c-lead-delivered-no-errors", ROUND2, _mixed("114r1", "Recipient: lead (delivered: no errors)"),
     hard(KIM)),
    ("r114-r2-c-lead-delivered-no-issues", ROUND2, _mixed("114r2", "Recipient: lead (delivered: no issues)"),
     hard(KIM)),
    ("r114-r2-c-lead-delivered-yes", ROUND2, _mixed("114r3", "Recipient: lead (delivered: yes)"), hard(KIM)),
    ("r114-r2-c-lead-never-deferred", ROUND2, _mixed("114r4", "Recipient: lead (delivered, never deferred)"),
     hard(KIM)),
    ("r114-r2-c-lead-mailbox-continuation", ROUND2 + " (its parenthesis continued on a line opening with a label word)",
     _mixed("114r5", "Recipient: lead (delivered to\n  mailbox: INBOX)"), hard(KIM)),
    # The failed one's open parenthesis still read across its fold (e9cb2fc's own row, with a label-less line).
    ("r114-r2-c-kim-folded-returned", ROUND2 + " (kim's parenthesis folded: still failed)", _mixed(
        "114r6", "Recipient: lead (delivered)", f"Recipient: kim (delivered to\n\tmx.partner.example, then "
        f"returned:\n\tuser unknown)\n{_WHY}"), hard(KIM)),
    ("r114-r2-c-kim-no-failures-delivered-no", ROUND2 + " (kim's cells: 'failures: none' yet 'delivered: no')",
     _mixed("114r7", "Recipient: lead (delivered)", f"Recipient: kim (failures: none, delivered: no)\n{_WHY}"),
     hard(KIM)),
]
GONE2 = GONE + " (round two: the past deletion's date without the subject between, and controls)"
GONES2 = [
    ("mailbox-was-deleted-the-next-day", "550 5.1.1 Mailbox was deleted the next day", "5.1.1", "RCPT", True, UNK, R),
    ("mailbox-deleted-next-day", "550 5.1.1 Mailbox deleted next day", "5.1.1", "RCPT", True, UNK, R),
    ("account-deleted-the-following-day", "550 5.1.1 Account deleted the following day", "5.1.1", "RCPT", True, UNK,
     R),
    # Round three: under a status that does not say it (5.0.0, 5.7.1), the words alone say gone (review 107's shape).
    ("bare-mailbox-was-deleted-the-next-day", "550 Mailbox was deleted the next day", "5.0.0", "RCPT", True, UNK, R),
    ("bare-mailbox-deleted-next-day", "550 Mailbox deleted next day", "5.0.0", "RCPT", True, UNK, R),
    ("571-recipients-account-deleted-the-following-day", "550 5.7.1 The recipient's account was deleted the "
     "following day", "5.7.1", "RCPT", True, UNK, R),
    ("c-bare-disabled-deleted-next-week", "550 Account disabled and deleted next week", "5.0.0", "RCPT", False, SUSP,
     R),
    ("c-disabled-deleted-next-month", "550 5.2.1 Account disabled and deleted next month", "5.2.1", "RCPT", False,
     SUSP, R),
    ("c-mailbox-deleted-the-messages", "552 5.2.2 Mailbox full; the mailbox deleted the oldest messages", "5.2.2",
     "RCPT", False, ("mailboxfull",), R),
]

ROWS: list[tuple] = (NEG_ROWS + OPEN_ROWS + SHARED_ROWS + CELL_ROWS + both("gone", GONE, GONES) + ROUND2_ROWS
                     + both("gone2", GONE2, GONES2))
