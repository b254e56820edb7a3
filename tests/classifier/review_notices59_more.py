"""The fifty-ninth review, part two (see review_notices59.py): the second worst error, a FALSE HARD, our
relayhost named by another MTA's DNS error than Postfix's (sendmail's SMART_HOST, qmail's smtproutes),
every prospect of the send read gone; refusals of our address or domain that must stay soft,
including ones that name us after the sender's word (which part one now reads as a role); and
controls that stay hard. Expectations written from the words before the classifier ran."""

from __future__ import annotations

from tests.classifier.notices import relayed
from tests.classifier.review_notices14_layouts import exim, sendmail
from tests.classifier.review_notices25_layouts import exchange2007
from tests.classifier.review_notices35_layouts import exim_remote
from tests.classifier.review_notices42_layouts import qmail_own, qmail_remote

LEAD = "lead@example.org"
S, R = "sender", "recipient"

_PF = "Postfix bounce(8) layout (src/bounce/bounce_notify_util.c; tests/classifier/notices.relayed)"
_SM_NS = ("sendmail's 'Host unknown (Name server: %s: host not found)' (deliver.c with err.c's 'Name server: %s: %s' "
          "for HOST_NOT_FOUND; review 58's layout, Sendmail savemail.c errbody)")
_QM_HOST = ("qmail-remote.c 'Sorry, I couldn't find any host named %s. (#5.1.2)', the host being control/smtproutes' "
            "relay where one is set (tests/classifier/review_notices42_layouts.qmail_own)")
_EXIM_SV = ("Exim verify.c's sender-callout report ('Verification failed for <%s>' / 'Called:   %s' / 'Sent:     %s' / "
            "'Response: %s') and acl.c's 'Sender verify failed' (Exim spec, 'Sender address verification reporting'); "
            "transports/smtp.c 'SMTP error from remote mail server after %s: %s' (review 35's exim_remote)")
_EXIM_PLAIN = ("Exim deliver.c's plain-text bounce (no DSN part; review 14's exim) with transports/smtp.c's 'SMTP error "
               "from remote mail server after RCPT TO:<%s>: %s'")
_QM_REMOTE = ("qmail-remote.c '%s does not like recipient.' / 'Remote host said: %s' / 'Giving up on %s.' "
              "(review 42's qmail_remote)")
_RFC7505 = "RFC 7505 section 4.2 (a null MX on the SENDER's domain: '550 5.7.27 ... does not accept mail')"
_BARUWA = "Baruwa's banned-domain reply ('550 The domain %s is banned', review 48)"
_EXCH = ("Exchange 2007/2010's own NDR ('Generating server: %s', '#550 5.4.4 SMTPSEND.DNS.NonExistentDomain; "
         "nonexistent domain ##'; review 25's exchange2007; Microsoft Learn 'DSN codes in Exchange Server')")


def _soft(reasons: tuple = (), address: str = LEAD) -> list[tuple]:
    return [(address, False, reasons, S, False)]


def _hard(reasons: tuple, address: str = LEAD) -> list[tuple]:
    return [(address, True, reasons, R, False)]


def _exim_plain(name: str, reply: str) -> bytes:
    return exim(name, [(LEAD, "mx.example.org [192.0.2.25]", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: "
                        f"{reply}")], to=LEAD, dsn=None)


def _sm_dns(name: str, host: str) -> bytes:
    return sendmail(name, [(f"<{LEAD}>", "550 Host unknown", None)],
                    [(LEAD, None, "5.1.2", f"SMTP; 550 5.1.2 Host unknown (Name server: {host}: host not found)")],
                    to=LEAD)


# ---- our relayhost not found: every prospect of the send would read gone -------------------------------------
OURS = [
    ("sm-smart-host-not-found", _SM_NS + "; our SMART_HOST relay.example.com (sendmail.mc define(`SMART_HOST')) "
     "does not resolve", _sm_dns("r59-smarthost", "relay.example.com"), _soft()),
    ("qmail-smtproutes-relay-not-found", _QM_HOST + "; our smtproutes relay does not resolve",
     qmail_own("r59-smtproutes", "Sorry, I couldn't find any host named relay.example.com. (#5.1.2)", LEAD), _soft()),
    # The MTA's framing names the prospect (the RCPT TO it sent, its MX), the quoted reply only us.
    ("exim-plain-our-null-mx", f"{_EXIM_PLAIN}; {_RFC7505}",
     _exim_plain("r59-exim-nullmx", "550 5.7.27 Domain example.com does not accept mail (nullMX)"), _soft()),
    ("exim-plain-our-domain-banned", f"{_EXIM_PLAIN}; {_BARUWA}",
     _exim_plain("r59-exim-banned", "550 The domain example.com is banned"), _soft()),
    ("qmail-remote-our-null-mx", f"{_QM_REMOTE}; {_RFC7505}",
     qmail_remote("r59-qr-nullmx", "550 5.7.27 Domain example.com does not accept mail (nullMX)", "RCPT", LEAD),
     _soft()),
    # Refusals of us that name us after the sender's word: the reading is the sender's, not a role.
    ("exim-sender-callout-transcript", _EXIM_SV + "; the callout's answer a user unknown for OUR address",
     exim_remote("r59-callout", "550-Verification failed for <seller@example.com>\n550-Called:   192.0.2.9\n"
                 "550-Sent:     RCPT TO:<seller@example.com>\n550-Response: 550 5.1.1 <seller@example.com>: "
                 "Recipient address rejected: User unknown\n550 Sender verify failed"), _soft()),
    ("pf-sender-null-mx", f"{_PF}; RFC 7505 section 4.2 (a server's reply to a sender whose domain has a null MX, "
     "'550 5.7.27 Sender address has null MX'), naming no address or domain",
     relayed("550 5.7.27 Sender address has null MX", status="5.7.27"), _soft()),
    ("pf-de-absender-domain-unknown", f"{_PF}; Postfix reject_unknown_sender_domain in German (this review's own "
     "translation of 'Sender address rejected: Domain not found', naming our domain)",
     relayed("553 5.1.8 Absender-Domain example.com existiert nicht", status="5.1.8"), _soft()),
    ("pf-de-absender-unknown", f"{_PF}; Postfix reject_unlisted_sender in German (this review's own translation of "
     "'Sender address rejected: User unknown', 5.1.0)",
     relayed("550 5.1.0 Absender <sender@example.com> unbekannt", status="5.1.0"), _soft()),
]

# ---- controls: the prospect's own hosts, our own server named as the notice's writer ---------------------------
CONTROLS = [
    # (Which of the two hard reasons is not at issue here: the layout's Remote-MTA is the prospect's.)
    ("sm-name-server-prospect-mx", _SM_NS + "; the prospect's MX host", _sm_dns("r59-prospect-mx", "mx.example.org"),
     _hard(("hostunknown", "userunknown"))),
    # (Expected hard when written. Corrected to soft by review leftovers65, on this row's own source: qmail-remote
    # names the recipient's domain or the smtproutes relay, so a host UNDER the domain is a route to it, the domain
    # itself never looked up (audit64's a64-qmail-route-to-their-old-mx judgement).)
    ("qmail-no-host-prospect-host", _QM_HOST + "; a host of the prospect's domain, so a route to it",
     qmail_own("r59-prospect-host", "Sorry, I couldn't find any host named mail.example.org. (#5.1.2)", LEAD),
     _soft()),
    ("exch2010-our-generating-server", _EXCH + "; the generating server our own (EXCH01.example.com)",
     exchange2007("r59-exch", "en", LEAD, "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
                  host="EXCH01.example.com"), _hard(("hostunknown",))),
    ("exch2010-generating-server-our-bare-domain", _EXCH + "; the generating server named as our bare domain (a small "
     "firm's one server)", exchange2007("r59-exch-bare", "en", LEAD, "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; "
                                        "nonexistent domain", host="example.com"), _hard(("hostunknown",))),
]

# Judgement calls (test_review_notices59.JUDGEMENT): scope only, soft either way.
JUDGED = [
    ("pf-fr-boite-pleine-message-de", f"{_PF}; Orange's 'boîte pleine' wording (classifier/mailbox_states cites it), "
     "'pour message de <us>' after it (this review's own)",
     relayed("552 5.2.2 Bo\u00eete pleine pour message de sender@example.com", status="5.2.2"),
     [(LEAD, False, ("mailboxfull",), R, False)]),
    ("pf-account-closed-mail-from-our-domain", f"{_PF}; 'This account has been closed' (5.2.1) and '(mail from "
     "example.com)' after it (this review's own)",
     relayed("550 5.2.1 This account has been closed (mail from example.com)", status="5.2.1"),
     [(LEAD, False, ("suspend",), R, False)]),
]

MORE_ROWS = OURS + CONTROLS + JUDGED
