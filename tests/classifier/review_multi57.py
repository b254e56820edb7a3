"""Review multi57: a MEASUREMENT of the classifier on notices naming SEVERAL recipients with DIFFERENT outcomes (one
missing = hard, one full = soft, one delayed, one delivered, one refused for the sender's reason...), judged per
recipient: attributing one recipient's hard failure to another is a false hard that unenrolls a real prospect. Formats
from each generator's source or documentation (review_multi57_layouts.py): Postfix bounce(8) with several recipients
and its delay warning, sendmail's errbody() with fatal / transient / successful sections, Exim's bounce (plain and
4.8x multipart/report) and its warning, qmail-send's paragraphs, Courier's DSN, Exchange 2013/2016 NDRs, Gmail's DSN,
Domino, GroupWise. Traps taken from life: the same local part on different domains, one address a suffix of another
(al@ / sal@), display names that are another recipient's address, +tags, upper case, IDN, aliases and redirects
(Postfix 'expanded from', sendmail 'expanded from:', Exim 'generated from' / '<--', Original-Recipient vs
Final-Recipient). Expected rows (address, hard, reasons, scope, delay; a delivered or relayed recipient is absent; []
= no bounce) written from the servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them.
Names "m57-<generator>-<what>"; the second half of the table is review_multi57_more.py's MORE, and a second batch
of plain-text-only notices (committed and measured after the first) review_multi57_prose.py's PROSE; the mends' rows
and controls review_multi57_mends.py's MENDS; a third batch, measured after those mends, review_multi57_third.py's
THIRD."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import SELLER
from tests.classifier.review_multi57_layouts import (ANY, BLOCK, D, FULL, GONE, H, HU, OURIP, POSTFIX_SRC, S,
                                                     SENDMAIL_SRC, SUSP, block, postfix, report, sendmail, Sf)


# Where the replies come from.
PFCHK = "Postfix src/smtpd/smtpd_check.c ('Recipient address rejected: User unknown in virtual mailbox table')"
DOVE = "Dovecot LMTP quota plugin (quota_exceeded_message default 'Quota exceeded (mailbox for user is full)', 552 5.2.2)"
PFDNS = "Postfix smtp(8) smtp_addr.c ('Host or domain name not found. Name service error for name=%s type=%s: %s')"
PFEXP = "Postfix qmgr expiry: 'delivery temporarily suspended: connect to %s: Connection timed out' with Action failed"
SPAMHAUS = "Postfix reject_rbl_client default reply (smtpd_check.c: 'Service unavailable; Client host [%s] blocked using %s')"
GREY = "Postgrey's default reply ('450 4.2.0 Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/')"
RELAY = "Postfix smtpd_check.c reject_unauth_destination ('554 5.7.1 <%s>: Relay access denied')"
SMU = "sendmail's own '550 5.1.1 <%s>... User unknown' (parseaddr / local mailer)"
CYRUS = "Cyrus lmtpd ('550-Mailbox unknown.  Either there is no mailbox associated with this' / '452 4.2.2 Over quota')"

# ------------------------------------------------------------------------------------------------------------ Postfix
BW = "brightwater-supply.com"
PF_ROWS = [
    ("m57-pf-al-sal-dana", f"{POSTFIX_SRC}; {PFCHK}; {DOVE}; {PFDNS}",
     postfix("p1", [
         (f"al@{BW}", None, f"host mx1.{BW}[203.0.113.25] said: 550 5.1.1 <al@{BW}>: Recipient address rejected: User "
          f"unknown in virtual mailbox table (in reply to RCPT TO command)", "failed", "5.1.1", f"mx1.{BW}",
          f"550 5.1.1 <al@{BW}>: Recipient address rejected: User unknown in virtual mailbox table"),
         (f"sal@{BW}", None, f"host mx1.{BW}[203.0.113.25] said: 552 5.2.2 <sal@{BW}> Quota exceeded (mailbox for user "
          "is full) (in reply to end of DATA command)", "failed", "5.2.2", f"mx1.{BW}",
          f"552 5.2.2 <sal@{BW}> Quota exceeded (mailbox for user is full)"),
         ("dana@harlow-freight.example", None, "Host or domain name not found. Name service error for "
          "name=harlow-freight.example type=MX: Host not found", "failed", "5.4.4", None, None)]),
     [H(f"al@{BW}"), Sf(f"sal@{BW}", FULL), H("dana@harlow-freight.example", HU)]),
    ("m57-pf-unknown-expired-rbl", f"{POSTFIX_SRC}; {PFCHK}; {PFEXP}; {SPAMHAUS}",
     postfix("p2", [
         ("k.osei@tamworth-build.co.uk", None, "host mx.tamworth-build.co.uk[203.0.113.40] said: 550 5.1.1 "
          "<k.osei@tamworth-build.co.uk>: Recipient address rejected: User unknown in local recipient table (in reply "
          "to RCPT TO command)", "failed", "5.1.1", "mx.tamworth-build.co.uk",
          "550 5.1.1 <k.osei@tamworth-build.co.uk>: Recipient address rejected: User unknown in local recipient table"),
         ("m.ferris@oakhollow-dental.com", None, "delivery temporarily suspended: connect to "
          "mail.oakhollow-dental.com[203.0.113.77]:25: Connection timed out", "failed", "4.4.1", None, None),
         ("r.banks@quayside-legal.com", None, "host mx.quayside-legal.com[203.0.113.90] said: 554 5.7.1 Service "
          f"unavailable; Client host [{OURIP}] blocked using zen.spamhaus.org (in reply to RCPT TO command)", "failed",
          "5.7.1", "mx.quayside-legal.com", f"554 5.7.1 Service unavailable; Client host [{OURIP}] blocked using "
          "zen.spamhaus.org")]),
     [H("k.osei@tamworth-build.co.uk"), Sf("m.ferris@oakhollow-dental.com", GONE, ANY),
      Sf("r.banks@quayside-legal.com", BLOCK, S)]),
    ("m57-pf-alias-expanded-two", f"{POSTFIX_SRC} ('expanded from': virtual(5) alias info@ to two people); "
     f"{CYRUS}",
     postfix("p3", [
         ("j.ortiz@mail.acme-fixings.com", "info@acme-fixings.com", "host lmtp.acme-fixings.com[10.0.0.12] said: "
          "550-Mailbox unknown.  Either there is no mailbox associated with this 550-name or you do not have "
          "authorization to see it. 550 5.1.1 User unknown (in reply to RCPT TO command)", "failed", "5.1.1",
          "lmtp.acme-fixings.com", "550 5.1.1 User unknown"),
         ("k.lee@mail.acme-fixings.com", "info@acme-fixings.com", "host lmtp.acme-fixings.com[10.0.0.12] said: 452 "
          "4.2.2 Over quota SESSIONID=<cyrus-1760433164-1> (in reply to RCPT TO command)", "failed", "4.2.2",
          "lmtp.acme-fixings.com", "452 4.2.2 Over quota SESSIONID=<cyrus-1760433164-1>"),
         ("p.nair@greyfield-labs.com", None, "host mx.greyfield-labs.com[203.0.113.5] said: 550 5.1.1 "
          "<p.nair@greyfield-labs.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply "
          "to RCPT TO command)", "failed", "5.1.1", "mx.greyfield-labs.com",
          "550 5.1.1 <p.nair@greyfield-labs.com>: Recipient address rejected: User unknown in virtual mailbox table")],
         orig_to="info@acme-fixings.com, p.nair@greyfield-labs.com"),
     [H("j.ortiz@mail.acme-fixings.com"), Sf("k.lee@mail.acme-fixings.com", FULL),
      H("p.nair@greyfield-labs.com")]),
    ("m57-pf-delay-three", f"{POSTFIX_SRC} (delay template, three recipients); {GREY}; {CYRUS}",
     postfix("p4", [
         ("t.wong@lindqvist-marine.se", None, "host mx.lindqvist-marine.se[203.0.113.61] said: 450 4.2.0 "
          "<t.wong@lindqvist-marine.se>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/"
          "help/lindqvist-marine.se.html (in reply to RCPT TO command)", "delayed", "4.2.0", "mx.lindqvist-marine.se",
          "450 4.2.0 <t.wong@lindqvist-marine.se>: Recipient address rejected: Greylisted"),
         ("b.ade@corran-print.ie", None, "connect to mx.corran-print.ie[203.0.113.62]:25: Connection timed out",
          "delayed", "4.4.1", None, None),
         ("h.sato@kiso-trading.jp", None, "host mx.kiso-trading.jp[203.0.113.63] said: 452 4.2.2 Over quota (in "
          "reply to RCPT TO command)", "delayed", "4.2.2", "mx.kiso-trading.jp", "452 4.2.2 Over quota")],
         delay=True),
     [D("t.wong@lindqvist-marine.se"), D("b.ade@corran-print.ie"), D("h.sato@kiso-trading.jp")]),
    ("m57-pf-john-three-domains", f"{POSTFIX_SRC}; {PFCHK}; {DOVE}; {RELAY}",
     postfix("p5", [
         ("john@alderbank.co.uk", None, "host mx.alderbank.co.uk[203.0.113.70] said: 550 5.1.1 <john@alderbank.co.uk>: "
          "Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)", "failed",
          "5.1.1", "mx.alderbank.co.uk", "550 5.1.1 <john@alderbank.co.uk>: Recipient address rejected: User unknown "
          "in virtual mailbox table"),
         ("john@alderbank.com", None, "host mx.alderbank.com[203.0.113.71] said: 552 5.2.2 <john@alderbank.com> Quota "
          "exceeded (mailbox for user is full) (in reply to end of DATA command)", "failed", "5.2.2", "mx.alderbank.com",
          "552 5.2.2 <john@alderbank.com> Quota exceeded (mailbox for user is full)"),
         ("john@alderbank.ie", None, "host mx.alderbank.ie[203.0.113.72] said: 554 5.7.1 <john@alderbank.ie>: Relay "
          "access denied (in reply to RCPT TO command)", "failed", "5.7.1", "mx.alderbank.ie",
          "554 5.7.1 <john@alderbank.ie>: Relay access denied")]),
     [H("john@alderbank.co.uk"), Sf("john@alderbank.com", FULL), Sf("john@alderbank.ie", ("norelaying",), ANY)]),
    ("m57-pf-plus-tag-and-case", f"{POSTFIX_SRC}; {PFCHK}; {DOVE} (the tagged and the plain address both named)",
     postfix("p6", [
         ("Nora.Quinn+Sales@Vexley.com", None, "host mx.vexley.com[203.0.113.80] said: 550 5.1.1 "
          "<Nora.Quinn+Sales@Vexley.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply "
          "to RCPT TO command)", "failed", "5.1.1", "mx.vexley.com", "550 5.1.1 <Nora.Quinn+Sales@Vexley.com>: "
          "Recipient address rejected: User unknown in virtual mailbox table"),
         ("nora.quinn@vexley.com", None, "host mx.vexley.com[203.0.113.80] said: 552 5.2.2 <nora.quinn@vexley.com> "
          "Quota exceeded (mailbox for user is full) (in reply to end of DATA command)", "failed", "5.2.2",
          "mx.vexley.com", "552 5.2.2 <nora.quinn@vexley.com> Quota exceeded (mailbox for user is full)")]),
     [H("nora.quinn+sales@vexley.com"), Sf("nora.quinn@vexley.com", FULL)]),
    ("m57-pf-idn-punycode", f"{POSTFIX_SRC} (an IDN domain in its A-label form, RFC 5890); {DOVE}; {PFCHK}",
     postfix("p7", [
         ("anna@xn--mller-bau-q9a.de", None, "host mx.xn--mller-bau-q9a.de[203.0.113.85] said: 552 5.2.2 "
          "<anna@xn--mller-bau-q9a.de> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)",
          "failed", "5.2.2", "mx.xn--mller-bau-q9a.de", "552 5.2.2 <anna@xn--mller-bau-q9a.de> Quota exceeded "
          "(mailbox for user is full)"),
         ("anna@mueller-bau.de", None, "host mx.mueller-bau.de[203.0.113.86] said: 550 5.1.1 <anna@mueller-bau.de>: "
          "Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)", "failed",
          "5.1.1", "mx.mueller-bau.de", "550 5.1.1 <anna@mueller-bau.de>: Recipient address rejected: User unknown "
          "in virtual mailbox table")]),
     [Sf("anna@xn--mller-bau-q9a.de", FULL), H("anna@mueller-bau.de")]),
    ("m57-pf-display-name-is-other", f"{POSTFIX_SRC}; {PFCHK}; {DOVE} (the original's To gives sal@ the display "
     "name 'al@...', as a CRM export that put the old address in the name field writes it)",
     postfix("p8", [
         ("sal@northgate-tools.com", None, "host mx.northgate-tools.com[203.0.113.88] said: 550 5.1.1 "
          "<sal@northgate-tools.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to "
          "RCPT TO command)", "failed", "5.1.1", "mx.northgate-tools.com", "550 5.1.1 <sal@northgate-tools.com>: "
          "Recipient address rejected: User unknown in virtual mailbox table"),
         ("al@northgate-tools.com", None, "host mx.northgate-tools.com[203.0.113.88] said: 552 5.2.2 "
          "<al@northgate-tools.com> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)",
          "failed", "5.2.2", "mx.northgate-tools.com", "552 5.2.2 <al@northgate-tools.com> Quota exceeded (mailbox "
          "for user is full)")],
         orig_to="\"al@northgate-tools.com\" <sal@northgate-tools.com>, \"Al Turner (sal@northgate-tools.com)\" "
                 "<al@northgate-tools.com>"),
     [H("sal@northgate-tools.com"), Sf("al@northgate-tools.com", FULL)]),
    ("m57-pf-four-outcomes", f"{POSTFIX_SRC}; {PFCHK}; {DOVE}; Gmail '550-5.2.1 The email account that you tried "
     "to reach is disabled' (Google SMTP error reference); Proofpoint '550 5.7.1 Message rejected as spam by Content "
     "Filtering' (Proofpoint troubleshooting docs, as smtp.codes quotes it)",
     postfix("p9", [
         ("c.mbeki@karoo-agri.co.za", None, "host mx.karoo-agri.co.za[203.0.113.91] said: 550 5.1.1 "
          "<c.mbeki@karoo-agri.co.za>: Recipient address rejected: User unknown in virtual mailbox table (in reply to "
          "RCPT TO command)", "failed", "5.1.1", "mx.karoo-agri.co.za", "550 5.1.1 <c.mbeki@karoo-agri.co.za>: "
          "Recipient address rejected: User unknown in virtual mailbox table"),
         ("lerato.mbeki@gmail.com", None, "host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.2.1 The email "
          "account that you tried to reach is disabled. 550 5.2.1 https://support.google.com/mail/?p=DisabledUser "
          "a1si123 - gsmtp (in reply to RCPT TO command)", "failed", "5.2.1", "gmail-smtp-in.l.google.com",
          "550-5.2.1 The email account that you tried to reach is disabled. 550 5.2.1 "
          "https://support.google.com/mail/?p=DisabledUser a1si123 - gsmtp"),
         ("s.dlamini@karoo-agri.co.za", None, "host mx.karoo-agri.co.za[203.0.113.91] said: 552 5.2.2 "
          "<s.dlamini@karoo-agri.co.za> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)",
          "failed", "5.2.2", "mx.karoo-agri.co.za", "552 5.2.2 <s.dlamini@karoo-agri.co.za> Quota exceeded (mailbox "
          "for user is full)"),
         ("procurement@vaalstone.co.za", None, "host mx1-us1.ppe-hosted.com[148.163.129.50] said: 550 5.7.1 Message "
          "rejected as spam by Content Filtering (in reply to end of DATA command)", "failed", "5.7.1",
          "mx1-us1.ppe-hosted.com", "550 5.7.1 Message rejected as spam by Content Filtering")]),
     [H("c.mbeki@karoo-agri.co.za"), Sf("lerato.mbeki@gmail.com", SUSP), Sf("s.dlamini@karoo-agri.co.za", FULL),
      Sf("procurement@vaalstone.co.za", ("spamdetected", "filtered", "policyviolation"), ANY)]),
    ("m57-pf-domain-gone-two", f"{POSTFIX_SRC}; {PFDNS} (two recipients at one dead domain, one elsewhere full)",
     postfix("p10", [
         ("ops@pellucid-freight.example", None, "Host or domain name not found. Name service error for "
          "name=pellucid-freight.example type=MX: Host not found", "failed", "5.4.4", None, None),
         ("j.haas@pellucid-freight.example", None, "Host or domain name not found. Name service error for "
          "name=pellucid-freight.example type=MX: Host not found", "failed", "5.4.4", None, None),
         ("j.haas@pellucid-group.com", None, "host mx.pellucid-group.com[203.0.113.95] said: 552 5.2.2 "
          "<j.haas@pellucid-group.com> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)",
          "failed", "5.2.2", "mx.pellucid-group.com", "552 5.2.2 <j.haas@pellucid-group.com> Quota exceeded (mailbox "
          "for user is full)")]),
     [H("ops@pellucid-freight.example", HU), H("j.haas@pellucid-freight.example", HU),
      Sf("j.haas@pellucid-group.com", FULL)]),
    ("m57-pf-five-outcomes", f"{POSTFIX_SRC}; {PFCHK}; {DOVE}; {PFDNS}; {SPAMHAUS}; {PFEXP}",
     postfix("p14", [
         ("liam@oakridge-timber.ca", None, "host mx.oakridge-timber.ca[203.0.113.250] said: 550 5.1.1 "
          "<liam@oakridge-timber.ca>: Recipient address rejected: User unknown in virtual mailbox table (in reply to "
          "RCPT TO command)", "failed", "5.1.1", "mx.oakridge-timber.ca", "550 5.1.1 <liam@oakridge-timber.ca>: "
          "Recipient address rejected: User unknown in virtual mailbox table"),
         ("william@oakridge-timber.ca", None, "host mx.oakridge-timber.ca[203.0.113.250] said: 552 5.2.2 "
          "<william@oakridge-timber.ca> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)",
          "failed", "5.2.2", "mx.oakridge-timber.ca", "552 5.2.2 <william@oakridge-timber.ca> Quota exceeded (mailbox "
          "for user is full)"),
         ("liam@oakridge-timber.example", None, "Host or domain name not found. Name service error for "
          "name=oakridge-timber.example type=MX: Host not found", "failed", "5.4.4", None, None),
         ("liam.obrien@maple-mills.ca", None, "host mx.maple-mills.ca[203.0.113.251] said: 554 5.7.1 Service "
          f"unavailable; Client host [{OURIP}] blocked using zen.spamhaus.org (in reply to RCPT TO command)", "failed",
          "5.7.1", "mx.maple-mills.ca", f"554 5.7.1 Service unavailable; Client host [{OURIP}] blocked using "
          "zen.spamhaus.org"),
         ("l.obrien@maple-mills.example.ca", None, "delivery temporarily suspended: connect to "
          "mail.maple-mills.example.ca[203.0.113.252]:25: Connection timed out", "failed", "4.4.1", None, None)]),
     [H("liam@oakridge-timber.ca"), Sf("william@oakridge-timber.ca", FULL), H("liam@oakridge-timber.example", HU),
      Sf("liam.obrien@maple-mills.ca", BLOCK, S), Sf("l.obrien@maple-mills.example.ca", GONE, ANY)]),
]

# ----------------------------------------------------------------------------------------------------------- sendmail
SM_T = "... while talking to {mx}.:\n>>> RCPT To:<{a}>\n<<< {r}\n"
SENDMAIL_ROWS = [
    ("m57-sm-fatal-transient-relayed", f"{SENDMAIL_SRC}; {SMU}",
     sendmail("s1", fatal=[("w.grant@ferncastle.org", "550 5.1.1 <w.grant@ferncastle.org>... User unknown", None)],
              transient=["l.moss@brackenhall.org"], success=[("d.vance@ferncastle.org",
                                                              "relayed to non-DSN-aware mailer")],
              transcript=SM_T.format(mx="mx.ferncastle.org", a="w.grant@ferncastle.org",
                                     r="550 5.1.1 <w.grant@ferncastle.org>... User unknown")
              + "550 5.1.1 <w.grant@ferncastle.org>... User unknown\n<l.moss@brackenhall.org>... Deferred: "
              "Connection timed out with mx.brackenhall.org.\n",
              blocks=[block("w.grant@ferncastle.org", "failed", "5.1.1", "550 5.1.1 <w.grant@ferncastle.org>... User "
                            "unknown", remote="mx.ferncastle.org"),
                      block("l.moss@brackenhall.org", "delayed", "4.4.1", None,
                            extra="Will-Retry-Until: Sun, 19 Oct 2025 09:10:02 GMT\n"),
                      block("d.vance@ferncastle.org", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 4C1B3",
                            remote="mx.ferncastle.org")],
              orig_to="w.grant@ferncastle.org, l.moss@brackenhall.org, d.vance@ferncastle.org"),
     [H("w.grant@ferncastle.org"), D("l.moss@brackenhall.org")]),
    ("m57-sm-expanded-from-alias", f"{SENDMAIL_SRC} ('    (expanded from: <sales@...>)'); {SMU}; sendmail's "
     "'552 5.2.2 <%s>... Mailbox full'",
     sendmail("s2", fatal=[("g.ito@hanawa-tools.com", "550 5.1.1 <g.ito@hanawa-tools.com>... User unknown",
                            "sales@hanawa-tools.com"),
                           ("y.mori@hanawa-tools.com", "552 5.2.2 <y.mori@hanawa-tools.com>... Mailbox full",
                            "sales@hanawa-tools.com")],
              success=[("k.abe@hanawa-tools.com", "successfully delivered to mailbox")],
              transcript="... while talking to local:\n>>> DATA\n<<< 550 5.1.1 <g.ito@hanawa-tools.com>... User "
              "unknown\n<<< 552 5.2.2 <y.mori@hanawa-tools.com>... Mailbox full\n",
              blocks=[block("g.ito@hanawa-tools.com", "failed", "5.1.1", "550 5.1.1 <g.ito@hanawa-tools.com>... User "
                            "unknown", orcpt="sales@hanawa-tools.com"),
                      block("y.mori@hanawa-tools.com", "failed", "5.2.2", "552 5.2.2 <y.mori@hanawa-tools.com>... "
                            "Mailbox full", orcpt="sales@hanawa-tools.com"),
                      block("k.abe@hanawa-tools.com", "delivered", "2.0.0", None, orcpt="sales@hanawa-tools.com")],
              host="mail.hanawa-tools.com", orig_to="sales@hanawa-tools.com"),
     [H("g.ito@hanawa-tools.com"), Sf("y.mori@hanawa-tools.com", FULL)]),
    ("m57-sm-ann-joann-blocked", f"{SENDMAIL_SRC}; {SMU}; SpamCop's published reject text ('554 5.7.1 Blocked - see "
     "https://www.spamcop.net/bl.shtml?%s')",
     sendmail("s3", fatal=[("ann@pinecrest-health.org", "550 5.1.1 <ann@pinecrest-health.org>... User unknown", None),
                           ("joann@pinecrest-health.org", f"554 5.7.1 Blocked - see https://www.spamcop.net/bl.shtml?"
                            f"{OURIP}", None)],
              transcript=SM_T.format(mx="mx.pinecrest-health.org", a="ann@pinecrest-health.org",
                                     r="550 5.1.1 <ann@pinecrest-health.org>... User unknown")
              + SM_T.format(mx="mx.pinecrest-health.org", a="joann@pinecrest-health.org",
                            r=f"554 5.7.1 Blocked - see https://www.spamcop.net/bl.shtml?{OURIP}"),
              blocks=[block("ann@pinecrest-health.org", "failed", "5.1.1", "550 5.1.1 <ann@pinecrest-health.org>... "
                            "User unknown", remote="mx.pinecrest-health.org"),
                      block("joann@pinecrest-health.org", "failed", "5.7.1", "554 5.7.1 Blocked - see "
                            f"https://www.spamcop.net/bl.shtml?{OURIP}", remote="mx.pinecrest-health.org")],
              orig_to="Ann Price <ann@pinecrest-health.org>, JoAnn Price <joann@pinecrest-health.org>"),
     [H("ann@pinecrest-health.org"), Sf("joann@pinecrest-health.org", BLOCK, S)]),
    ("m57-sm-warning-two-delayed-one-relayed", f"{SENDMAIL_SRC} (its 4-hour warning: transient section and a "
     "successful one)",
     sendmail("s4", transient=["f.lund@skagen-shipping.dk", "e.holm@skagen-shipping.dk"],
              success=[("o.berg@baltic-bunkers.dk", "relayed to non-DSN-aware mailer")],
              transcript="<f.lund@skagen-shipping.dk>... Deferred: Connection refused by mx.skagen-shipping.dk.\n"
              "<e.holm@skagen-shipping.dk>... Deferred: Connection refused by mx.skagen-shipping.dk.\nWarning: message "
              "still undelivered after 4 hours\nWill keep trying until message is 5 days old\n",
              blocks=[block("f.lund@skagen-shipping.dk", "delayed", "4.4.1", None),
                      block("e.holm@skagen-shipping.dk", "delayed", "4.4.1", None),
                      block("o.berg@baltic-bunkers.dk", "relayed", "2.0.0", None, remote="mx.baltic-bunkers.dk")],
              subject="Warning: could not send message for past 4 hours",
              orig_to="f.lund@skagen-shipping.dk, e.holm@skagen-shipping.dk, o.berg@baltic-bunkers.dk"),
     [D("f.lund@skagen-shipping.dk"), D("e.holm@skagen-shipping.dk")]),
    ("m57-sm-upper-case-other-tld", f"{SENDMAIL_SRC}; {SMU}; sendmail's '552 5.2.2 <%s>... Mailbox full'",
     sendmail("s5", fatal=[("J.Park@Corbel-Insurance.com", "550 5.1.1 <J.Park@Corbel-Insurance.com>... User unknown",
                            None),
                           ("j.park@corbel-insurance.co", "552 5.2.2 <j.park@corbel-insurance.co>... Mailbox full",
                            None)],
              transcript=SM_T.format(mx="mx.corbel-insurance.com", a="J.Park@Corbel-Insurance.com",
                                     r="550 5.1.1 <J.Park@Corbel-Insurance.com>... User unknown")
              + SM_T.format(mx="mx.corbel-insurance.co", a="j.park@corbel-insurance.co",
                            r="552 5.2.2 <j.park@corbel-insurance.co>... Mailbox full"),
              blocks=[block("J.Park@Corbel-Insurance.com", "failed", "5.1.1", "550 5.1.1 "
                            "<J.Park@Corbel-Insurance.com>... User unknown", remote="mx.corbel-insurance.com"),
                      block("j.park@corbel-insurance.co", "failed", "5.2.2", "552 5.2.2 <j.park@corbel-insurance.co>... "
                            "Mailbox full", remote="mx.corbel-insurance.co")],
              orig_to="J.Park@Corbel-Insurance.com, j.park@corbel-insurance.co"),
     [H("j.park@corbel-insurance.com"), Sf("j.park@corbel-insurance.co", FULL)]),
    ("m57-sm-five-mixed", f"{SENDMAIL_SRC}; {SMU}; sendmail's '552 5.2.2 <%s>... Mailbox full'",
     sendmail("s8", fatal=[("ed@ridgeway-farms.com", "550 5.1.1 <ed@ridgeway-farms.com>... User unknown", None),
                           ("ted.hall@ridgeway-farms.com", "550 5.1.1 <ted.hall@ridgeway-farms.com>... User unknown",
                            "ted@ridgeway-farms.com")],
              transient=["fred@ridgeway-seeds.com"],
              success=[("ted@ridgeway-farms.com", "expanded by alias"),
                       ("edna@ridgeway-farms.com", "relayed to non-DSN-aware mailer")],
              transcript=SM_T.format(mx="mx.ridgeway-farms.com", a="ed@ridgeway-farms.com",
                                     r="550 5.1.1 <ed@ridgeway-farms.com>... User unknown")
              + SM_T.format(mx="mx.ridgeway-farms.com", a="ted.hall@ridgeway-farms.com",
                            r="550 5.1.1 <ted.hall@ridgeway-farms.com>... User unknown")
              + "<fred@ridgeway-seeds.com>... Deferred: 452 4.2.2 <fred@ridgeway-seeds.com>... Mailbox full\n",
              blocks=[block("ed@ridgeway-farms.com", "failed", "5.1.1", "550 5.1.1 <ed@ridgeway-farms.com>... User "
                            "unknown", remote="mx.ridgeway-farms.com"),
                      block("ted.hall@ridgeway-farms.com", "failed", "5.1.1", "550 5.1.1 <ted.hall@ridgeway-farms.com>"
                            "... User unknown", remote="mx.ridgeway-farms.com", orcpt="ted@ridgeway-farms.com"),
                      block("fred@ridgeway-seeds.com", "delayed", "4.2.2", "452 4.2.2 <fred@ridgeway-seeds.com>... "
                            "Mailbox full", remote="mx.ridgeway-seeds.com"),
                      block("ted@ridgeway-farms.com", "expanded", "2.0.0", None),
                      block("edna@ridgeway-farms.com", "relayed", "2.0.0", None, remote="mx.ridgeway-farms.com")],
              orig_to="ed@ridgeway-farms.com, ted@ridgeway-farms.com, fred@ridgeway-seeds.com, "
                      "edna@ridgeway-farms.com"),
     [H("ed@ridgeway-farms.com"), H("ted.hall@ridgeway-farms.com"), D("fred@ridgeway-seeds.com")]),
    ("m57-sm-success-only", f"{SENDMAIL_SRC} (a return receipt: only the successful section; no failure)",
     sendmail("s6", success=[("d.kerr@loch-fyne-foods.co.uk", "successfully delivered to mailbox"),
                             ("m.kerr@loch-fyne-foods.co.uk", "successfully delivered to mailbox")],
              transcript="", subject="Return receipt",
              blocks=[block("d.kerr@loch-fyne-foods.co.uk", "delivered", "2.0.0", None),
                      block("m.kerr@loch-fyne-foods.co.uk", "delivered", "2.0.0", None)],
              orig_to="d.kerr@loch-fyne-foods.co.uk, m.kerr@loch-fyne-foods.co.uk"),
     []),
    ("m57-sm-three-fatal-size-host", f"{SENDMAIL_SRC}; {SMU}; sendmail's own 'Host unknown (Name server: %s: host not "
     "found)' and '552 5.3.4 Message size exceeds fixed maximum message size'",
     sendmail("s7", fatal=[("v.petrov@baltica-grain.example", "550 Host unknown (Name server: baltica-grain.example: "
                            "host not found)", None),
                           ("i.petrova@volga-agro.ru", "550 5.1.1 <i.petrova@volga-agro.ru>... User unknown", None),
                           ("petrov@volga-agro.ru", "552 5.3.4 Message size exceeds fixed maximum message size", None)],
              transcript="550 5.1.2 v.petrov@baltica-grain.example... Host unknown (Name server: baltica-grain.example: "
              "host not found)\n" + SM_T.format(mx="mx.volga-agro.ru", a="i.petrova@volga-agro.ru",
                                                r="550 5.1.1 <i.petrova@volga-agro.ru>... User unknown")
              + "... while talking to mx.volga-agro.ru.:\n>>> DATA\n<<< 552 5.3.4 Message size exceeds fixed maximum "
              "message size\n",
              blocks=[block("v.petrov@baltica-grain.example", "failed", "5.1.2", None),
                      block("i.petrova@volga-agro.ru", "failed", "5.1.1", "550 5.1.1 <i.petrova@volga-agro.ru>... User "
                            "unknown", remote="mx.volga-agro.ru"),
                      block("petrov@volga-agro.ru", "failed", "5.3.4", "552 5.3.4 Message size exceeds fixed maximum "
                            "message size", remote="mx.volga-agro.ru")],
              orig_to="v.petrov@baltica-grain.example, i.petrova@volga-agro.ru, petrov@volga-agro.ru"),
     [H("v.petrov@baltica-grain.example", HU), H("i.petrova@volga-agro.ru"),
      Sf("petrov@volga-agro.ru", ("mesgtoobig", "exceedlimit"), ANY)]),
    ("m57-pf-success-report-two", "Postfix bounce(8) success template ('Successful Mail Delivery Report', 'Your "
     "message was successfully delivered to the destination(s) listed below'; Action delivered / relayed)",
     report("p13", frm="MAILER-DAEMON@mail.example.com (Mail Delivery System)", to=SELLER,
            subject="Successful Mail Delivery Report", reporting="mail.example.com",
            text="This is the mail system at host mail.example.com.\n\nYour message was successfully delivered to the "
            "destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further "
            "notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other "
            "systems.\n\n                   The mail system\n\n<h.weber@saale-bau.de>: delivery via "
            "mx.saale-bau.de[203.0.113.240]:25: 250 2.0.0 Ok: queued as 4C1B3\n\n<weber@saale-bau.de>: delivery via "
            "mx.saale-bau.de[203.0.113.240]:25: 250 2.0.0 Ok: queued as 4C1B4\n",
            blocks=[block("h.weber@saale-bau.de", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 4C1B3",
                          remote="mx.saale-bau.de", orcpt="h.weber@saale-bau.de"),
                    block("weber@saale-bau.de", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 4C1B4",
                          remote="mx.saale-bau.de", orcpt="weber@saale-bau.de")],
            orig_to="h.weber@saale-bau.de, weber@saale-bau.de", headers_only=True),
     []),
]

from tests.classifier.review_multi57_more import MORE  # noqa: E402  (the second half of the table)
from tests.classifier.review_multi57_prose import PROSE  # noqa: E402  (the second batch: plain text only)
from tests.classifier.review_multi57_mends import MENDS  # noqa: E402  (the mends' rows and controls)
from tests.classifier.review_multi57_third import THIRD  # noqa: E402  (the third batch: plain text only)

ROWS = PF_ROWS + SENDMAIL_ROWS + MORE + PROSE + MENDS + THIRD
