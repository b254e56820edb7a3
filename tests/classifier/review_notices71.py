"""The seventy-first review: an adversarial audit of review 70's hard-side rule, an account, mailbox,
address or inbox "deleted" read as the address gone (classifier/departures.py, `_DELETED`, userunknown,
hard). A false hard unenrolls a real prospect, so most rows are the same words in other senses, in full
notices: a message deleted (unread, by a filter, by a rule, recalled), a quota's "delete some messages",
an account still alive but "deleted after 90 days" or "on <date>" (a policy, a schedule), our own sender,
tenant, From address or IP, an address deleted from a list, a forwarding alias, a deleted domain or DKIM
key, a 4xx and a delay, a read report (MDN), an auto-reply, the words in the returned original; and the
true positives the rule may miss (the address between the noun and the verb, German and French wordings).

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: tests/classifier/notices.py (our relay's
Postfix report, Gmail's own DSN, Exchange Online's own NDR, our relay's own failure), review_notices67_layouts
(Exim's own notice, qmail's), review_notices47_layouts (LMTP), review_notices34_layouts (auto-replies, an RFC
6522 report), review_notices68's full-original Postfix report. All notices HAND-MADE; test_review_notices71.py
runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, gmail_own, own_postfix
from tests.classifier.review_notices34_layouts import SOURCES as OOF_SOURCES, mail, report, responder
from tests.classifier.review_notices47_layouts import PF_LMTP, lmtp
from tests.classifier.review_notices67_layouts import (EXIM_FAIL, EXO_RULE, PF_ACCESS, PF_ACCESS_4, QMAIL, exim_own,
                                                       hard, qmail_own, soft)
from tests.classifier.review_notices68 import PF_FULL, _pf_full
from tests.classifier.review_notices70 import _EXO_BODY, _RA, _WHO, SENDER, _both, _rcpt  # review 70's, whose rule this audits

MDN = ("RFC 8098 (multipart/report; report-type=disposition-notification, 'Disposition: ...; deleted'), as Outlook's "
       "'Not read:' receipt words it ('Your message ... was deleted without being read')")
RECALL = ("Microsoft Support 'Recall or replace an email message that you sent' (the sender gets a recall report per "
          "recipient: the message was deleted, or the recall failed): a plain report, no DSN")
SASL = ("Postfix SASL_README (smtp_sasl_auth_enable, the relay's login to a smarthost refused: 'SASL authentication "
        "failed; server %s said: %s'); our relay's own notice (notices.own_postfix)")
GMAIL_DELAY = "Gmail's own DSN, a delay (shared/api/gmail.md section 9: Action: delayed, 'Delivery incomplete')"
_ORIG = "Message-ID: <r71-orig@example.com>"


def _exo(rid: str, reply: str, status: str, expected: list[tuple], source: str = EXO_RULE) -> tuple:
    return (f"{rid}-exo", source, exchange_own(reply, status=status, body=_EXO_BODY), expected)


def _mdn(text: str, disposition: str) -> bytes:
    """A read report (RFC 8098) from the prospect's client: not a bounce."""
    block = (f"Reporting-UA: mail.example.org; Microsoft Outlook 16.0\nFinal-Recipient: rfc822; {LEAD}\n"
             f"Original-Message-ID: <r34-q3@ourco.example>\nDisposition: {disposition}")
    return report(_WHO, "Not read: Quote for Q3", text, block, rtype="disposition-notification",
                  part="message/disposition-notification")


ROWS: list[tuple] = [
    # ---- A message deleted: the words name the message, not the address -------------------------------
    *_both("message-deleted-unread", PF_ACCESS, "550 5.7.1 Your message to lead@example.org was deleted without "
           "being read", "5.7.1", soft()),
    _rcpt("mailbox-deleted-your-message", PF_ACCESS, "550 5.7.1 The recipient's mailbox deleted your message by rule",
          "5.7.1", soft()),
    _exo("mailbox-deleted-it-on-arrival", "550 5.7.1 Delivery refused: the mailbox deleted it on arrival (owner's "
         "filter)", "5.7.1", soft()),
    _exo("deleted-by-content-filter", "550 5.7.1 Deleted by the content filter: attachment type not allowed", "5.7.1",
         soft()),
    _rcpt("attachment-deleted-address", PF_ACCESS, "554 5.7.1 Attachment deleted; this address does not accept "
          "executables", "5.7.1", soft()),
    ("admin-deleted-message-exim", EXIM_FAIL + "; the text an admin gave", exim_own(
        "admdel", "This message was deleted by an administrator before delivery"), soft()),
    ("recall-report-deleted", RECALL, mail("Microsoft Outlook <MicrosoftExchange329e@example.com>", "Message Recall "
     "Report for message: Quote for Q3", "Your message\n\nTo: lead@example.org\nSubject: Quote for Q3\n\nRecall "
     "Success: the message was deleted from the recipient's mailbox."), []),
    ("mdn-deleted-without-read", MDN, _mdn("Your message\n\nTo: lead@example.org\nSubject: Quote for Q3\n\nwas "
     "deleted without being read on 04/12/2026 10:15.", "manual-action/MDN-sent-manually; deleted"), []),
    ("mdn-mailbox-deleted-it", MDN, _mdn("The message you sent to lead@example.org was not read: the mailbox deleted "
     "it unread (an inbox rule).", "automatic-action/MDN-sent-automatically; deleted"), []),
    # ---- Quota: "delete some messages", and a policy of what happens to a full mailbox ------------------
    _rcpt("quota-delete-some", PF_ACCESS, "552 5.2.2 Mailbox full: ask the owner to delete some messages", "5.2.2",
          soft("mailboxfull")),
    *_both("quota-mailbox-is-deleted-if", PF_ACCESS, "550 Mailbox quota exceeded; an over-quota mailbox is deleted "
           "if not emptied within 30 days", "5.0.0", soft("mailboxfull")),
    _rcpt("quota-please-delete", PF_ACCESS, "550 5.2.2 Mailbox full, please delete old mail", "5.2.2",
          soft("mailboxfull")),
    ("dovecot-quota-deleted-mail", PF_LMTP + "; a quota_exceeded_message the admin wrote (Dovecot quota plugin)",
     lmtp(f"552 5.2.2 <{LEAD}> Quota exceeded: mailbox deleted mail still counts, please empty the Trash",
          status="5.2.2"), soft("mailboxfull")),
    # ---- Still there: a deletion pending, scheduled, or a policy for later -------------------------------
    *_both("account-deletion-pending", PF_ACCESS, "550 5.2.1 Account deletion pending; mailbox disabled", "5.2.1",
           soft()),
    _rcpt("deactivated-will-be-deleted", PF_ACCESS, "550 5.7.1 Account deactivated; it will be deleted in 30 days",
          "5.7.1", soft()),
    _rcpt("suspended-is-deleted-after", PF_ACCESS, "550 5.2.1 This account is suspended. A suspended account is "
          "deleted after 90 days.", "5.2.1", soft()),
    _exo("scheduled-for-deletion", "550 5.2.1 Mailbox is disabled and scheduled for deletion", "5.2.1", soft()),
    _rcpt("account-is-deleted-on-date", PF_ACCESS, "550 5.7.1 Inactive account; the account is deleted on 2027-01-31 "
          "unless the owner signs in", "5.7.1", soft()),
    _exo("mailbox-is-deleted-unless", "550 5.7.1 Inactive mailbox: the mailbox is deleted unless the owner signs in "
         "within 14 days", "5.7.1", soft()),
    # ---- A 4xx and a delay ------------------------------------------------------------------------------
    _rcpt("mailbox-being-deleted-4xx", PF_ACCESS_4, "450 4.2.1 Mailbox is being deleted, try again later", "4.2.1",
          soft(delay=True)),
    ("gmail-delay-mailbox-deleted", GMAIL_DELAY, gmail_own(
        "451 4.2.0 Mailbox was deleted and is being recreated, try again later", status="4.2.0",
        heading="Delivery incomplete", body="There was a temporary problem delivering your message to "
        "lead@example.org. Gmail will retry for 46 more hours.", remote="mx.example.org", action="delayed"),
     soft(delay=True)),
    ("lmtp-folder-deleted-4xx", PF_LMTP + " (451 4.2.0: Dovecot's other storage errors)", lmtp(
        f"451 4.2.0 <{LEAD}> Mailbox was deleted while delivering", status="4.2.0", action="delayed"),
     soft(delay=True)),
    # ---- Ours: the sending account, our tenant, our login, our From address, our IP ------------------------
    _rcpt("sending-account-deleted", PF_ACCESS, "550 5.7.1 The sending account has been deleted", "5.7.1", soft()),
    _exo("organizations-account-deleted", "550 5.7.1 Service unavailable: the sending organization's account has "
         "been deleted", "5.7.1", soft()),
    _rcpt("authenticated-account-deleted", PF_ACCESS.replace("Recipient", "Sender").replace("RCPT", "MAIL FROM"),
          "553 5.7.1 <seller@example.com>: Sender address rejected: Authenticated account deleted", "5.7.1", SENDER,
          command="MAIL"),
    ("smarthost-login-account-deleted", SASL, own_postfix(
        "SASL authentication failed; server smtp.provider.example[198.51.100.5] said: 535 5.7.8 Error: authentication "
        "failed: account deleted", status="5.7.8"), soft()),
    _rcpt("account-deleted-spam-from-your-server", PF_ACCESS, "553 5.7.1 Account deleted: spam sent from your server",
          "5.7.1", soft()),
    _rcpt("ip-address-deleted-relay-table", PF_ACCESS, "554 5.7.1 Relay access denied: client IP address deleted "
          "from the relay table", "5.7.1", soft()),
    _rcpt("from-address-was-deleted", PF_ACCESS, "550 5.7.1 Rejected: the From address was deleted by the DMARC "
          "rewriting gateway", "5.7.1", soft()),
    _rcpt("ihr-konto-geloescht", PF_ACCESS, "550 5.7.1 Ihr Konto wurde gelöscht", "5.7.1", soft()),
    _rcpt("votre-compte-supprime", PF_ACCESS, "550 5.7.1 Votre compte a été supprimé", "5.7.1", soft()),
    # ---- Deleted from a list: our address off a list, not the recipient gone ---------------------------
    _rcpt("address-deleted-from-mailing-list", PF_ACCESS + " (a list server refusing our post)", "550 5.7.1 Posting "
          "refused: subscriber address deleted from the mailing list", "5.7.1", soft()),
    _rcpt("address-deleted-from-recipients-list", PF_ACCESS, "550 5.7.1 Not delivered: this address was deleted "
          "from the recipient's approved list", "5.7.1", soft()),
    _rcpt("subscription-was-deleted", PF_ACCESS + " (a list server refusing our post)", "550 5.7.1 Posting refused: "
          "your subscription was deleted", "5.7.1", soft()),
    # ---- Forwarding, a domain, a key ---------------------------------------------------------------------
    _rcpt("alias-deleted-now-goes-to", PF_ACCESS, "550 5.1.6 " + _RA + "This alias was deleted; mail for it now "
          "goes to sales@example.org", "5.1.6", hard("hasmoved", "userunknown")),
    ("address-deleted-write-instead-exim", EXIM_FAIL, exim_own("fwd", "This address was deleted. Please write to "
     "sales@example.org instead."), hard("hasmoved", "userunknown")),
    _rcpt("domain-deleted", PF_ACCESS, "550 5.1.2 Domain example.org has been deleted from this server", "5.1.2",
          hard("hostunknown", "userunknown")),
    _rcpt("dkim-key-deleted", PF_ACCESS, "550 5.7.1 DKIM signature invalid: key deleted from DNS", "5.7.1", soft()),
    _rcpt("hosting-account-deleted", PF_ACCESS, "550 5.7.1 " + _RA + "The hosting account for this domain has been "
          "deleted", "5.7.1", hard("userunknown", "hostunknown")),
    # ---- Not a bounce, or the words only in the returned original ------------------------------------
    ("oof-old-mailbox-deleted", OOF_SOURCES["gmail"], responder("gmail", _WHO, "en", "My old mailbox was deleted; I "
     "now read lead.new@example.net. Please write there."), []),
    ("dsn-original-mailbox-deleted", PF_FULL + "; our own text about a deleted mailbox in the original's body",
     _pf_full("550 5.7.1 Message rejected by content policy", "5.7.1", "Hi Lena,\n\nthe shared mailbox has been "
              "deleted, so please use this address.\n\nSam"), soft()),
    # ---- True positives: the address gone ------------------------------------------------------------
    *_both("mailbox-deleted-by-admin", PF_ACCESS, "550 5.0.0 " + _RA + "The mailbox was deleted by the "
           "administrator", "5.0.0", hard("userunknown")),
    _rcpt("inbox-has-been-deleted", PF_ACCESS, "550 " + _RA + "This inbox has been deleted", "5.0.0",
          hard("userunknown")),
    ("qmail-account-was-deleted", QMAIL, qmail_own("This account was deleted on request."), hard("userunknown")),
    ("account-named-has-been-deleted-exim", EXIM_FAIL, exim_own("named", f"The account {LEAD} has been deleted."),
     hard("userunknown")),
    _exo("mailbox-named-was-deleted", f"550 5.7.1 Mailbox <{LEAD}> was deleted", "5.7.1", hard("userunknown")),
    _rcpt("postfach-geloescht", PF_ACCESS, "550 " + _RA + "Dieses Postfach wurde gelöscht", "5.0.0",
          hard("userunknown")),
    _rcpt("compte-supprime", PF_ACCESS, "550 " + _RA + "Ce compte a été supprimé", "5.0.0", hard("userunknown")),
    _rcpt("cuenta-eliminada", PF_ACCESS, "550 " + _RA + "Esta cuenta ha sido eliminada", "5.0.0",
          hard("userunknown")),
    # ---- Round two, against this review's own mend (the address between, the other languages) ---------
    _rcpt("nachricht-an-adresse-geloescht", PF_ACCESS, "550 5.7.1 Die Nachricht an diese Adresse wurde gelöscht "
          "(Virenfund)", "5.7.1", soft()),
    _rcpt("message-a-cette-adresse-supprime", PF_ACCESS, "550 5.7.1 Le message envoyé à cette adresse a été supprimé "
          "par l'antivirus", "5.7.1", soft()),
    _rcpt("direccion-eliminada-lista-blanca", PF_ACCESS, "550 5.7.1 Esta dirección ha sido eliminada de la lista "
          "blanca del destinatario", "5.7.1", soft()),
    _rcpt("su-cuenta-eliminada", PF_ACCESS, "554 5.7.1 Su cuenta ha sido eliminada por envío de spam", "5.7.1",
          soft()),
    _rcpt("adresse-aus-verteiler-geloescht", PF_ACCESS + " (a list server refusing our post)", "550 5.7.1 Adresse "
          "wurde aus der Verteilerliste gelöscht", "5.7.1", soft()),
    _exo("named-account-deleted-in-days", f"550 5.7.1 Account <{LEAD}> is deleted in 30 days; mailbox disabled",
         "5.7.1", soft()),
    ("named-from-address-deleted-exim", EXIM_FAIL + "; the text an admin gave", exim_own(
        "fromdel", "Rejected: the From address seller@example.com was deleted by the DMARC rewriting gateway"),
     soft()),
    _rcpt("account-deleted-at-month-end", PF_ACCESS, "550 5.7.1 Inactive account; the account is deleted at the end "
          "of the month", "5.7.1", soft()),
    _rcpt("mailbox-deleted-all-mail", PF_ACCESS, "552 5.2.2 Mailbox full; the mailbox deleted all mail older than a "
          "year and is still over quota", "5.2.2", soft("mailboxfull")),
    _rcpt("buzon-eliminado", PF_ACCESS, "550 " + _RA + "El buzón fue eliminado", "5.0.0", hard("userunknown")),
    _rcpt("account-eliminato", PF_ACCESS, "550 " + _RA + "L'account è stato eliminato", "5.0.0", hard("userunknown")),
    ("mailbox-for-user-deleted-exim", EXIM_FAIL, exim_own("foruser", "The mailbox for this user has been deleted."),
     hard("userunknown")),
    # ---- Round three: deleted, but back (in error, recreated): the address will take mail again -----------
    _rcpt("deleted-in-error-restoring", PF_ACCESS, "550 5.2.1 Mailbox was deleted in error and is being restored; "
          "please resend tomorrow", "5.2.1", soft()),
    _exo("deleted-and-recreated", "550 5.7.1 Account has been deleted and recreated; resend to the same address",
         "5.7.1", soft()),
    ("deleted-and-removed-exim", EXIM_FAIL, exim_own("removed", "The account has been deleted and removed from this "
     "server."), hard("userunknown")),
]
