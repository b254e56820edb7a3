"""The lead's re-reads of session 41 (2026-12-07), HAND-MADE rows in our relay's report, written before the mend ran on
them: an account or mailbox deleted, said as the CAUSE of a failed delivery in an admin-written refusal ("Your message
could not be delivered because the recipient's account was deleted"), read onhold or filtered (soft: a lost bounce)
because departures took "your" / "message" anywhere in the sentence as a deletion of ours or of a message (audit 51's
note). A cause now closes what the reply says of the message, as a colon did; controls: our own account as the cause,
the cause under a condition, a message quarantined "because the user deleted". test_review_lead41.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_notices25 import relayed_for

R, ANY = "recipient", None
UU = ("userunknown",)
at = relayed_for("l41", MX, LEAD)
LANGS = f"{ADMIN}; the languages' ordinary words for the same sentence, hand-made"

ROWS = at("c", f"{ADMIN}; the failed delivery's cause: the recipient's account or mailbox deleted (lost bounces)", [
    ("en-because-recipients-account-deleted", "550 Your message could not be delivered because the recipient's account "
     "was deleted", "5.0.0", "RCPT", True, UU, R),
    ("en-because-mailbox-has-been-deleted", "554 Your message could not be delivered because the mailbox has been "
     "deleted", "5.0.0", "RCPT", True, UU, R),
    ("en-since-account-deleted-by-user", "550 Your message could not be delivered since the account was deleted by the "
     "user", "5.0.0", "RCPT", True, UU, R),
]) + at("c", f"{LANGS}: German 'weil', French 'parce que'", [
    ("de-weil-postfach-geloescht", "550 Ihre Nachricht konnte nicht zugestellt werden, weil das Postfach gelöscht "
     "wurde", "5.0.0", "RCPT", True, UU, R),
    ("fr-parce-que-compte-supprime", "550 Votre message n'a pas pu être remis parce que le compte a été supprimé",
     "5.0.0", "RCPT", True, UU, R),
]) + at("k", f"{ADMIN}; controls: our own account as the cause, the cause under a condition, no failed delivery", [
    ("en-because-your-account-deleted", "550 5.7.1 Your message could not be delivered because your account was "
     "deleted", "5.7.1", "RCPT", False, (), ANY),
    ("en-because-senders-mailbox-deleted", "550 5.7.1 Your message could not be delivered because the sender's mailbox "
     "was deleted", "5.7.1", "RCPT", False, (), ANY),
    ("en-if-because-account-deleted", "550 5.7.1 If your message could not be delivered because the account was "
     "deleted, contact the recipient", "5.7.1", "RCPT", False, (), ANY),
    ("de-wenn-weil-postfach-geloescht", "550 Wenn Ihre Nachricht nicht zugestellt wird, weil das Postfach gelöscht "
     "wurde, wenden Sie sich an den Empfänger", "5.0.0", "RCPT", False, (), ANY),
    ("en-quarantined-because-user-deleted", "550 5.7.1 The message was quarantined because the user deleted its "
     "release", "5.7.1", "DATA", False, (), ANY),
])
