"""The twenty-eighth review's whole notices: European mailbox and hosting providers that sales
teams meet and earlier reviews did not read (issue 13, the classifier on mail it has never seen):
Forpsi/konto.pl (Czechia, Poland, Slovakia), Interia's SPF refusal (Poland), RU-CENTER/nic.ru
(Russia), StartMail (the Netherlands), Hoasted (the Netherlands), cubewerk securePostfach
(Germany), Netfabric (Italy), goneo (Germany), and, from third-party pages only ("weak"), SFR's
SFR_IN tags (France), Bluewin's replies (Switzerland) and T-Online's, Web.de's, GMX's, Freenet's
and Compuserve's texts as a German ESP lists them. Each reply is quoted from the provider's
OWN help or postmaster page where one holds it (where a page gives only the words, or a code and
its meaning, the reply line, the enhanced code and the SMTP stage around them are written here by
hand and the row says so), carried in the layout of the MTA that reports it: our Postfix relay's
bounce(8) report (notices.relayed; a 4xx reply makes it a delay warning), Exim's plain bounce
(review_notices2_gateways.exim_rcpt, review_notices.exim_text), Gmail's own DSN or Exchange
Online's own NDR. Host names are written by hand unless the row says otherwise. Rows as in
review_notices2.py (whose docstring says what a row holds). The expectation was written from the
provider's own explanation and shared/classifier/taxonomy.md BEFORE the classifier ran.
test_review_notices28.py runs them. All HAND-MADE.

Searched (pages and docs corpora, several phrasings each) and left out: IONOS, STRATO (its German,
English and Dutch FAQ: the Dutch edition adds only that "No SPAM please" may also mean a blocked
server, which test_provider_hosts.py's row already reads as the sender's side), OVH (its stored
guides name no reply), Aruba and Aruba Business, Libero/Virgilio, Seznam, T-Online/Telekom,
Interia's other replies (all read before: review_notices9.py, review_langs.py,
test_provider_hosts.py, test_server_wordings_vendors.py); WP/o2 (pomoc.wp.pl ends before any text),
Onet (its table gives causes, no replies), Swisscom/Bluewin (postmaster.bluewin.ch's stored pages
say a status message carries a delisting URL but quote none; its "technical details" page with the
codes is not stored), KPN (blacklist.kpnmail.nl/Help/17 is a POP3 login block, not a bounce), Ziggo,
Telenet, Telia, Rambler, Tiscali.cz (its list of error messages is not stored), Posteo,
mailbox.org, Hetzner, Loopia, Combell: no stored page of the provider's own with a reply line. LWS
(France) publishes its own codes (L-RATExx, L-RCPTxx, L-SIZExx, L-HBxxxx, L-SPAMxx, L-IPxx: help.lws.net
468, help.lws-hosting.com) but no stored page shows a reply line carrying one: left for a source
that does. TransIP's 550-5.7.1 page quotes Gmail's texts (read elsewhere).

Probed before the fixes (the rows were written first): 15 of the first 43 rows read otherwise than
expected, 3 of them false hards (SFR_IN_104's "Too many unknown users" given up as a missing user;
Forpsi's Polish block and its "blocked by SPF" under 5.1.0 at RCPT as bad addresses; the SFR_IN_104
delay warning read userunknown too), the rest
false recipient scopes or reasons (Forpsi's "policy violation" blocks, StartMail's and Netfabric's
send limits, Postfix's "Error: too many errors", the recipient's own blacklist read as our IP's
block). Fixed at their homes: classifier/remote/forpsi.py, classifier/remote/sfr.py, and
mta_wordings.py / lexicon_more.py for wordings in any server's mouth. The control rows and the
German list's rows were written after the fixes and passed as written."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, relayed
from tests.classifier.review_notices import exim_text
from tests.classifier.review_notices2 import R, S, UNKNOWN
from tests.classifier.review_notices2_gateways import exim_rcpt

FULL = ("mailboxfull",)
IP = "192.0.2.7"
SELLER = "seller@example.com"
# A refusal of our sending account or IP by our own provider for its volume or its failures.
OUR_LIMIT = ("speeding", "blocked", "toomanyconn", "policyviolation")

# Sources (each wording below is quoted from one of these).
FORPSI = ("Forpsi/konto.pl support kb a2765 'Błąd \"policy violation\" - e-maile w kolejce z adresu IP' "
          "(support.konto.pl/kb/a2765/...: '550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see "
          "https://support.forpsi.com/kb/a4081' (and .../kb/a4075) when more than 100 mails an hour, over half "
          "undeliverable, were sent from your public IP through smtp.forpsi.com: SMTP access for that IP blocked "
          "for 60 minutes)")
FORPSI_OUT = ("Forpsi/konto.pl support kb a2164 'Błąd 5.1.0' (support.konto.pl: '5.1.0 <john.smith@domain.com> sender "
              "rejected' = the sender's domain is not the one the login authenticated, or the connection comes from a "
              "country not allowed for it; '5.1.0 piWs1j0010jifNx01iWsdh policy violation' = the sending limits per IP or "
              "account exceeded, or over half of 100 mails an hour undeliverable; '5.1.0 piWs1j0010jifNx01iWsdh spam "
              "detected' = the sender counted as a spammer) and kb a2813 ('550 5.1.0 Naruszenie zasad "
              "cNkj1y0022zrrQM01NkjaD, zobacz https://support.forpsi.com/kb/a4071' = many mails from your account to "
              "qq.com or yahoo.com: SMTP access for the account disabled for 60 minutes)")
FORPSI_IN = ("Forpsi support kb a3302 'Incoming emails limitation on the mailserver mxavas.forpsi.com' "
             "(support.forpsi.com, its konto.pl Polish and aspone.cz Czech copies: '552 5.1.1 5.2.2 sorry, final "
             "recipient mailbox is full (chkuser)' = the recipient's mailbox is full; '550 5.1.1 <xxx> sender is "
             "blacklisted' (newer: 'blocklisted') = the recipient's own blacklist matches the sender; '552 5.2.0 "
             "0biL1i00V1cmcpM01biL4w spam detected' = rejected as spam, the recipient set automatic rejection of spam; "
             "'550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF' = the sender domain's SPF hardfail; '552 "
             "cmg1.fe.forpsi.com bizsmtp 0bqv1i0054rvCQt01 DMARC validation failed' = the sender domain's DMARC)")
INTERIA = ("Interia Poczta help 'Dlaczego wiadomość nie została dostarczona?' (pomoc.poczta.interia.pl, nId "
           "6589600: '550 5.7.0 [SPF] host (host number) is not allowed to send mail from domain' = the domain's "
           "owner decides which IPs may send its mail; '550 5.1.1 Account not found' = the account does not exist "
           "or has been blocked)")
NICRU = ("RU-CENTER 'Mail - diagnostics and troubleshooting' (nic.ru/help/mail-diagnostics-and-troubleshooting_14426"
         ".html: '451 domain.ru prohibited. Disk quota exceeded' = the disk space allocated for the domain has been "
         "exhausted, retry later; '451 Please try another server' = retry another Rucenter MX, and the sending "
         "server needs a PTR record matching its name)")
STARTMAIL = ("StartMail support 'Gesendet/empfangen-Limit' (support.startmail.com/hc/de/articles/360006737337: "
             "'[smtp, 550 5.7.1 Your mail limit has been reached.]' once the number of mails sent in a period is "
             "exceeded; outgoing mail is held back, wait an hour)")
HOASTED = ("Hoasted support 'E-mail fouten debuggen' (support.hoasted.com/article/282: 'Domain domein.nl has exceeded "
           "the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.' = too many bounces per "
           "hour on outgoing mail: our server checks for spam abuse; wait an hour)")
CUBEWERK = ("cubewerk 'securePostfach Postmaster' (cubewerk.de/securepostfach-info: 'Try again later (cwERR401)' "
            "= temporary local problem; 'Empfaenger unbekannt. User unknown. (cwERR504)' = the user is not available "
            "anymore or temporarily suspended, check the address for typos; 'Anhang blockiert. Nur PDF-Dateien "
            "akzeptiert. Attachment blocked. Only PDF is allowed. (cwERR502)' = the user's anti-spam policy; 'Virus "
            "erkannt. Virus detected. (cwERR501)' = a virus, malicious code or spam-like content)")
NETFABRIC = ("Netfabric 'Problemi invio posta' (netfabric.freshdesk.com/support/solutions/articles/6000236440: "
             "'MAX RCPT TO DAILY LIMIT' = the daily sends of your plan are used up; 'SENDER REJECTED' = sending "
             "blocked for 4 hours when 66% of the last hour's sends met temporary errors)")
GONEO = ("goneo Hilfe 'E-Mail Fehlermeldungen und deren Bedeutung' (goneo.de/hilfe/email/fehlermeldungen: '553 "
         "mail@example.com: Sender address rejected: not owned by user ihre-e-mail@beigoneo.de' = the sender address "
         "set is not the login's; '550 mail@example.com: Recipient address rejected: User unknown (in reply to RCPT "
         "TO command)' = the address does not exist)")
SFR_WEAK = ("weak: bentonow.com/smtp-errors/sfr and its sfr-in-101 / sfr-in-104 pages (a deliverability vendor's pages on "
            "SFR Grand Public, smtp-in.sfr.fr for sfr.fr, neuf.fr, numericable.fr ...: SFR_IN_xyy, the last two digits "
            "01 too many spam messages, 04 too many unknown users, 05 volume, each a two-hour block of the IP; '450 "
            "4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages'; '421 4.7.0 "
            "msfrf2604.sfr.fr Error: too many errors'); SFR's own postmaster page is not stored")
BLUEWIN_WEAK = ("weak: webstyle.ch/de/support/e-mail/faq.php (a Swiss host's FAQ listing providers' texts: 'BLUEWIN - "
                "550 <address>: User unknown', 'BLUEWIN - 552 RCPT TO Mailbox disk quota exceeded')")

SITEPACKAGE_WEAK = ("weak: sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (a German ESP's list of German "
                    "providers' texts: T-Online '552 5.2.2 Over STORAGE quota'; Web.de '550 Benutzer hat das "
                    "Speichervolumen ueberschritten. / User has exhausted allowed storage space.'; GMX '550 5.2.1 ... User "
                    "is inactive'; Freenet '550 unrouteable address'; Compuserve '554 Refused. Your reverse DNS entry "
                    "contains your IP address and a country code.')")
FP, IA, NR, SM = "lead@firma.example.cz", "lead@interia.example.pl", "lead@company.example.ru", "lead@partner.example.nl"
CW, NF, GO = "lead@kanzlei.example.de", "lead@azienda.example.it", "lead@handwerk.example.de"
SF, BW = "lead@sfr.fr", "lead@bluewin.ch"
FORPSI_SMTP = "smtp.forpsi.com"

FORPSI_ROWS = [
    ("forpsi-policy-violation-rcpt", FORPSI + " (our relay smarthosting through smtp.forpsi.com; the page gives no "
     "stage: RCPT written by hand, where a 5.1.0 would be read as a bad address)",
     relayed("550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4081",
             status="5.1.0", command="RCPT", remote=FORPSI_SMTP, address=FP),
     [(FP, False, OUR_LIMIT, S, False)]),
    ("forpsi-policy-violation-mail", FORPSI + " (the a4075 link; MAIL written by hand)",
     relayed("550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4075",
             status="5.1.0", command="MAIL", remote=FORPSI_SMTP, address=FP),
     [(FP, False, OUR_LIMIT, S, False)]),
    ("forpsi-policy-violation-exim", FORPSI + " (our Exim relay smarthosting through Forpsi; host name by hand)",
     exim_rcpt("fp3", FORPSI_SMTP, "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see "
               "https://support.forpsi.com/kb/a4081", FP),
     [(FP, False, OUR_LIMIT, S, False)]),
    ("forpsi-policy-violation-no-host", FORPSI + " (the same reply, the relay's host name left out of the notice: "
     "only the support link names Forpsi)",
     relayed("550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4081",
             status="5.1.0", command="RCPT", remote="relay.example.net", address=FP),
     [(FP, False, OUR_LIMIT, S, False)]),
]

FORPSI_MORE_ROWS = [
    ("forpsi-sender-rejected-mail", FORPSI_OUT + " (the reply code and stage by hand around the page's words)",
     relayed(f"550 5.1.0 <{SELLER}> sender rejected", status="5.1.0", command="MAIL", remote=FORPSI_SMTP, address=FP),
     [(FP, False, ("rejected",), S, False)]),
    ("forpsi-policy-violation-no-link-rcpt", FORPSI_OUT + " (the page's form without a support link; '550' and RCPT by "
     "hand)",
     relayed("550 5.1.0 piWs1j0010jifNx01iWsdh policy violation", status="5.1.0", command="RCPT", remote=FORPSI_SMTP,
             address=FP),
     [(FP, False, OUR_LIMIT, S, False)]),
    ("forpsi-outbound-spam-detected-rcpt", FORPSI_OUT + " (our sending counted as a spammer's; '550' and RCPT by hand)",
     relayed("550 5.1.0 piWs1j0010jifNx01iWsdh spam detected", status="5.1.0", command="RCPT", remote=FORPSI_SMTP,
             address=FP),
     [(FP, False, ("spamdetected", "blocked"), None, False)]),
    ("forpsi-naruszenie-zasad-a4071", FORPSI_OUT + " (the Polish wording of the account's block, at RCPT by hand)",
     relayed("550 5.1.0 Naruszenie zasad cNkj1y0022zrrQM01NkjaD, zobacz https://support.forpsi.com/kb/a4071",
             status="5.1.0", command="RCPT", remote=FORPSI_SMTP, address=FP),
     [(FP, False, OUR_LIMIT, S, False)]),
    ("forpsi-mx-mailbox-full-chkuser", FORPSI_IN + " (Postfix takes the reply's first enhanced code, 5.1.1, as the "
     "status; host from the page)",
     relayed("552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)", status="5.1.1", command="RCPT",
             remote="mxavas.forpsi.com", address=FP),
     [(FP, False, FULL, R, False)]),
    ("forpsi-mx-mailbox-full-chkuser-exim", FORPSI_IN + " (Exim's bounce of the same reply)",
     exim_rcpt("fp9", "mxavas.forpsi.com", "552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)", FP),
     [(FP, False, FULL, R, False)]),
    ("forpsi-mx-mailbox-full-chkuser-gmail", FORPSI_IN + " (as Gmail quotes it, its status 5.1.1 from the reply)",
     gmail_own("552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)", status="5.1.1",
               heading="Message not delivered", body=f"Your message wasn't delivered to {FP} because the remote server "
               "returned an error.", address=FP, remote="mxavas.forpsi.com"),
     [(FP, False, FULL, R, False)]),
    ("forpsi-mx-sender-blacklisted", FORPSI_IN + " (the recipient's own blacklist: a live mailbox; <xxx> taken as our "
     "address)",
     relayed(f"550 5.1.1 <{SELLER}> sender is blacklisted", status="5.1.1", command="RCPT",
             remote="mxavas.forpsi.com", address=FP),
     [(FP, False, ("filtered", "rejected"), None, False)]),
    ("forpsi-mx-sender-blocklisted-exchange-online", FORPSI_IN + " (the newer 'blocklisted' wording, quoted by Exchange "
     "Online)",
     exchange_own(f"550 5.1.1 <{SELLER}> sender is blocklisted", status="5.1.1",
                  body=f"Your message to {FP} couldn't be delivered.", address=FP, remote="mxavas.forpsi.com"),
     [(FP, False, ("filtered", "rejected"), None, False)]),
    ("forpsi-mx-spam-detected", FORPSI_IN + " (after DATA by hand)",
     relayed("552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected", status="5.2.0", command="DATA",
             remote="mxavas.forpsi.com", address=FP),
     [(FP, False, ("spamdetected",), None, False)]),
    ("forpsi-mx-blocked-by-spf-rcpt", FORPSI_IN + " (at RCPT by hand, where its 5.1.0 would name a bad address)",
     relayed("550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF", status="5.1.0", command="RCPT",
             remote="mxavas.forpsi.com", address=FP),
     [(FP, False, ("authfailure",), S, False)]),
    ("forpsi-mx-dmarc-validation-failed", FORPSI_IN + " (after DATA by hand; no enhanced code: Postfix's 5.0.0)",
     relayed("552 cmg1.fe.forpsi.com bizsmtp 0bqv1i0054rvCQt01 DMARC validation failed", status="5.0.0",
             command="DATA", remote="mxavas.forpsi.com", address=FP),
     [(FP, False, ("authfailure", "policyviolation"), None, False)]),
]

INTERIA_ROWS = [
    ("interia-spf-not-allowed", INTERIA + " (an Interia MX's answer at MAIL FROM; host and IP by hand)",
     relayed(f"550 5.7.0 [SPF] {IP} is not allowed to send mail from example.com", status="5.7.0", command="MAIL",
             remote="mx.poczta.interia.example", address=IA),
     [(IA, False, ("authfailure",), S, False)]),
    ("interia-spf-not-allowed-gmail", INTERIA + " (as Gmail quotes it)",
     gmail_own(f"550 5.7.0 [SPF] {IP} is not allowed to send mail from example.com", status="5.7.0",
               heading="Message not delivered", body=f"Your message wasn't delivered to {IA} because the remote server "
               "returned an error.", address=IA, remote="mx.poczta.interia.example"),
     [(IA, False, ("authfailure",), S, False)]),
    ("interia-spf-not-allowed-exchange-online", INTERIA + " (quoted by Exchange Online)",
     exchange_own(f"550 5.7.0 [SPF] {IP} is not allowed to send mail from example.com", status="5.7.0",
                  body=f"Your message to {IA} couldn't be delivered.", address=IA, remote="mx.poczta.interia.example"),
     [(IA, False, ("authfailure",), S, False)]),
    ("interia-account-not-found-gmail", INTERIA + " ('Account not found', as Gmail quotes it)",
     gmail_own("550 5.1.1 Account not found", status="5.1.1", heading="Address not found",
               body=f"Your message wasn't delivered to {IA} because the address couldn't be found, or is unable to "
               "receive mail.", address=IA, remote="mx.poczta.interia.example"),
     [(IA, True, UNKNOWN, R, False)]),
]

NICRU_ROWS = [
    ("nicru-domain-disk-quota-delay", NICRU + " (the 4xx reply; Postfix's delay warning, status 4.2.2 by hand)",
     relayed("451 company.example.ru prohibited. Disk quota exceeded", status="4.2.2", command="RCPT",
             remote="mx01.nicmail.ru", address=NR),
     [(NR, False, ("mailboxfull", "systemfull"), R, True)]),
    ("nicru-domain-disk-quota-gave-up", NICRU + " (the same reply when our relay's queue lifetime ran out: Action "
     "failed with the last 4.x status)",
     relayed("451 company.example.ru prohibited. Disk quota exceeded", status="4.2.2", command="RCPT",
             remote="mx01.nicmail.ru", address=NR, action="failed"),
     [(NR, False, ("mailboxfull", "systemfull"), R, False)]),
    ("nicru-try-another-server-delay", NICRU + " (status 4.0.0 by hand: Postfix's own for a reply with none)",
     relayed("451 Please try another server", status="4.0.0", command="RCPT", remote="mx03.nicmail.ru", address=NR),
     [(NR, False, None, None, True)]),
]

SENDER_SIDE_ROWS = [
    ("startmail-mail-limit-reached", STARTMAIL + " (our relay smarthosting through StartMail's submission server; host "
     "and stage by hand)",
     relayed("550 5.7.1 Your mail limit has been reached.", status="5.7.1", command="MAIL",
             remote="smtp.startmail.example", address=SM),
     [(SM, False, ("speeding",), S, False)]),
    ("startmail-mail-limit-reached-rcpt", STARTMAIL + " (the same limit answered at RCPT, one recipient counted as one "
     "message)",
     relayed("550 5.7.1 Your mail limit has been reached.", status="5.7.1", command="RCPT",
             remote="smtp.startmail.example", address=SM),
     [(SM, False, ("speeding",), S, False)]),
    ("hoasted-max-defers-and-failures", HOASTED + " (its own outgoing Exim server's bounce; the domain is ours)",
     exim_text("ho1", f"  {SM}\n    Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) "
               "allowed. Message discarded.\n", SM),
     [(SM, False, OUR_LIMIT, S, False)]),
    ("netfabric-max-rcpt-to-daily-limit", NETFABRIC + " (the words only: '550 5.7.1' and the stage written by hand)",
     relayed("550 5.7.1 MAX RCPT TO DAILY LIMIT", status="5.7.1", command="RCPT", remote="authsmtp.securemail.pro",
             address=NF),
     [(NF, False, ("speeding",), S, False)]),
    ("netfabric-sender-rejected", NETFABRIC + " (the words only: '550 5.7.1' and the stage MAIL written by hand)",
     relayed("550 5.7.1 SENDER REJECTED", status="5.7.1", command="MAIL", remote="authsmtp.securemail.pro",
             address=NF),
     [(NF, False, ("rejected", "blocked", "speeding"), S, False)]),
    ("goneo-sender-not-owned-by-user", GONEO + " (its own outgoing server; the status by hand)",
     relayed(f"553 5.7.1 {SELLER}: Sender address rejected: not owned by user ihre-e-mail@beigoneo.de",
             status="5.7.1", command="MAIL", remote="smtp.goneo.de", address=GO),
     [(GO, False, ("rejected",), S, False)]),
    ("goneo-recipient-user-unknown", GONEO + " (the missing address; status by hand)",
     relayed(f"550 5.1.1 {GO}: Recipient address rejected: User unknown", status="5.1.1", command="RCPT",
             remote="mx.handwerk.example.de", address=GO),
     [(GO, True, UNKNOWN, R, False)]),
]

CUBEWERK_ROWS = [
    ("cubewerk-user-unknown-cwerr504", CUBEWERK + " (reply code, enhanced code and stage by hand)",
     relayed("550 5.1.1 Empfaenger unbekannt. User unknown. (cwERR504)", status="5.1.1", command="RCPT",
             remote="mx.securepostfach.example", address=CW),
     [(CW, True, UNKNOWN, R, False)]),
    ("cubewerk-user-unknown-cwerr504-exim", CUBEWERK + " (Exim's bounce; no enhanced code, as a bare reply may come)",
     exim_rcpt("cw2", "mx.securepostfach.example", "550 Empfaenger unbekannt. User unknown. (cwERR504)", CW),
     [(CW, True, UNKNOWN, R, False)]),
    ("cubewerk-virus-detected-cwerr501", CUBEWERK + " (refused after DATA; codes by hand)",
     relayed("554 5.7.1 Virus erkannt. Virus detected. (cwERR501)", status="5.7.1", command="DATA",
             remote="mx.securepostfach.example", address=CW),
     [(CW, False, ("virusdetected",), None, False)]),
    ("cubewerk-attachment-blocked-cwerr502", CUBEWERK + " (refused after DATA; codes by hand)",
     relayed("554 5.7.1 Anhang blockiert. Nur PDF-Dateien akzeptiert. Attachment blocked. Only PDF is allowed. "
             "(cwERR502)", status="5.7.1", command="DATA", remote="mx.securepostfach.example", address=CW),
     [(CW, False, ("policyviolation", "contenterror", "filtered", "securityerror", "spamdetected"), None, False)]),
    ("cubewerk-try-again-later-cwerr401", CUBEWERK + " (a temporary refusal: Postfix's delay warning; codes by hand)",
     relayed("451 4.3.0 Try again later (cwERR401)", status="4.3.0", command="RCPT",
             remote="mx.securepostfach.example", address=CW),
     [(CW, False, None, None, True)]),
]

WEAK_ROWS = [
    ("sfr-in-104-unknown-users-delay", SFR_WEAK + " (SFR_IN_104, the IP blocked for too many unknown users; the words "
     "after the tag are the page's 101 sentence with its 04 meaning, by hand)",
     relayed("450 4.7.1 SFR_IN_104 Service refused due to bad behavior - Too many unknown users", status="4.7.1",
             command="RCPT", remote="smtp-in.sfr.fr", address=SF),
     [(SF, False, ("blocked", "badreputation", "speeding"), S, True)]),
    ("sfr-in-104-unknown-users-gave-up", SFR_WEAK + " (SFR_IN_104 when our relay's queue lifetime ran out: a live "
     "sfr.fr address our IP could not reach, no unknown user)",
     relayed("450 4.7.1 SFR_IN_104 Service refused due to bad behavior - Too many unknown users", status="4.7.1",
             command="RCPT", remote="smtp-in.sfr.fr", address=SF, action="failed"),
     [(SF, False, ("blocked", "badreputation", "speeding"), S, False)]),
    ("sfr-in-101-spam-delay", SFR_WEAK + " (SFR_IN_101, the page's own sentence)",
     relayed("450 4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages", status="4.7.1",
             command="RCPT", remote="smtp-in.sfr.fr", address=SF),
     [(SF, False, ("blocked", "badreputation", "spamdetected"), S, True)]),
    ("sfr-too-many-errors-delay", SFR_WEAK + " ('421 4.7.0 msfrf2604.sfr.fr Error: too many errors' at the greeting)",
     relayed("421 4.7.0 msfrf2604.sfr.fr Error: too many errors", status="4.7.0", command=None,
             remote="smtp-in.sfr.fr", address=SF),
     [(SF, False, ("blocked", "toomanyconn", "speeding", "syntaxerror"), S, True)]),
    ("bluewin-user-unknown", BLUEWIN_WEAK + " (the missing user; host and status by hand)",
     relayed(f"550 5.1.1 <{BW}>: User unknown", status="5.1.1", command="RCPT", remote="mxbw.bluewin.ch", address=BW),
     [(BW, True, UNKNOWN, R, False)]),
    ("bluewin-user-unknown-exim", BLUEWIN_WEAK + " (the missing user, Exim's bounce: reply code only)",
     exim_rcpt("bw2", "mxbw.bluewin.ch", f"550 <{BW}>: User unknown", BW),
     [(BW, True, UNKNOWN, R, False)]),
    ("bluewin-mailbox-disk-quota", BLUEWIN_WEAK + " ('552 RCPT TO Mailbox disk quota exceeded'; status by hand)",
     relayed("552 RCPT TO Mailbox disk quota exceeded", status="5.2.2", command="RCPT", remote="mxbw.bluewin.ch",
             address=BW),
     [(BW, False, FULL, R, False)]),
    ("bluewin-mailbox-disk-quota-exim", BLUEWIN_WEAK + " (Exim's bounce: no enhanced code)",
     exim_rcpt("bw4", "mxbw.bluewin.ch", "552 RCPT TO Mailbox disk quota exceeded", BW),
     [(BW, False, FULL, R, False)]),
]

GERMAN_WEAK_ROWS = [
    ("tonline-over-storage-quota", SITEPACKAGE_WEAK + " (T-Online's full mailbox; host by hand)",
     relayed("552 5.2.2 Over STORAGE quota", status="5.2.2", command="RCPT", remote="mx00.t-online.de",
             address="lead@t-online.de"),
     [("lead@t-online.de", False, FULL, R, False)]),
    ("webde-exhausted-storage-bilingual", SITEPACKAGE_WEAK + " (Web.de's bilingual full-mailbox text; Exim's bounce)",
     exim_rcpt("de2", "mx-ha01.web.de", "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted "
               "allowed storage space.", "lead@web.de"),
     [("lead@web.de", False, FULL, R, False)]),
    ("gmx-user-inactive", SITEPACKAGE_WEAK + " (GMX's inactive account: the address exists, its owner no longer uses "
     "it; the page's '...' is the address)",
     relayed("550 5.2.1 <lead@gmx.de>... User is inactive", status="5.2.1", command="RCPT", remote="mx00.gmx.net",
             address="lead@gmx.de"),
     [("lead@gmx.de", False, ("suspend",), R, False)]),
    ("freenet-unrouteable-address", SITEPACKAGE_WEAK + " (Freenet's MX cannot route the address: no such mailbox or "
     "domain there; host by hand)",
     relayed("550 unrouteable address", status="5.0.0", command="RCPT", remote="mx.freenet.de",
             address="lead@freenet.de"),
     [("lead@freenet.de", True, ("hostunknown", "userunknown"), R, False)]),
    ("compuserve-reverse-dns-country-code", SITEPACKAGE_WEAK + " (our IP's reverse DNS looks dynamic; stage by hand)",
     relayed("554 Refused. Your reverse DNS entry contains your IP address and a country code.", status="5.0.0",
             command="CONN", remote="mx.compuserve.example", address="lead@compuserve.de"),
     [("lead@compuserve.de", False, ("requireptr", "blocked"), S, False)]),
]

# Controls: the same providers' hosts answering for a missing mailbox, and the Postfix error-limit
# reply from another host: the new rules must keep to their own words.
CONTROL_ROWS = [
    ("sfr-user-unknown-control", SFR_WEAK + " ('550 5.1.1 User Unknown': SFR confirmed the recipient does not exist, "
     "treat as a hard bounce; the page's own line)",
     relayed("550 5.1.1 User Unknown", status="5.1.1", command="RCPT", remote="smtp-in.sfr.fr", address=SF),
     [(SF, True, UNKNOWN, R, False)]),
    ("sfr-user-unknown-control-exim", SFR_WEAK + " (the same line, Exim's bounce)",
     exim_rcpt("sf6", "smtp-in.sfr.fr", f"550 5.1.1 <{SF}>: User Unknown", SF),
     [(SF, True, UNKNOWN, R, False)]),
    ("forpsi-mx-user-unknown-control", FORPSI + " (a mailbox hosted at Forpsi that does not exist: Postfix's own "
     "reply, host by hand; no policy-violation link, so Forpsi's rule must stay out)",
     relayed(f"550 5.1.1 <{FP}>: Recipient address rejected: User unknown in virtual mailbox table", status="5.1.1",
             command="RCPT", remote="mx.forpsi.com", address=FP),
     [(FP, True, UNKNOWN, R, False)]),
    ("blocked-by-spf-other-host-rcpt", FORPSI_IN + " (the same words from a host of the same platform that is not "
     "Forpsi's: the wording alone must say SPF, not the 5.1.0)",
     relayed("550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF", status="5.1.0", command="RCPT",
             remote="mx.hosting.example.cz", address=FP),
     [(FP, False, ("authfailure",), S, False)]),
    ("naruszenie-zasad-other-host-rcpt", FORPSI_OUT + " (the Polish 'policy violation' without Forpsi's host or link: "
     "a policy refusal, never a bad address)",
     relayed("550 5.1.0 Naruszenie zasad cNkj1y0022zrrQM01NkjaD", status="5.1.0", command="RCPT",
             remote="smtp.hosting.example.pl", address=FP),
     [(FP, False, ("policyviolation", "blocked", "speeding"), None, False)]),
    ("postfix-too-many-errors-other-host-delay", SFR_WEAK + " (Postfix's error-limit reply as any Postfix MX writes "
     "it, here a partner's, at RCPT: our session's count)",
     relayed("421 4.7.0 mx.partner.example Error: too many errors", status="4.7.0", command="RCPT",
             remote="mx.partner.example", address=SM),
     [(SM, False, ("blocked", "toomanyconn", "speeding"), S, True)]),
]

ROWS = FORPSI_ROWS + FORPSI_MORE_ROWS + INTERIA_ROWS + NICRU_ROWS + SENDER_SIDE_ROWS + CUBEWERK_ROWS + WEAK_ROWS + GERMAN_WEAK_ROWS + CONTROL_ROWS
