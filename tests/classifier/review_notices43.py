"""The forty-third review's whole notices: Sisimai 5's MTA (Lhost) parsers, sisimai/go-sisimai
lhost/via-*.go (library code only: none of Sisimai's sample mails, tests or expected results
were opened), as an outside opinion where they differ from Sisimai 4.25's (review 25,
libsisimai-perl /usr/share/perl5/Sisimai/Lhost/*.pm): markers 4.25 lacks (Exchange's Swedish
edition, its "Remote Server returned" line, Exchange Online's "Error Details" text with the
recipient only under "Original Message Details", Domino's Spanish line and its ISO-8859-1 and
ISO-2022-JP forms, Google Workspace's notice without a DSN part, qmail's clones, OpenSMTPD's
indented bounce, MXLogic's Exim clone, au's au.com sender) and table entries that changed
(Exchange's RecipSizeLimit now exceedlimit, Gmail's states 6 and 9 now failedstarttls,
OpenSMTPD's "No MX found" now notaccept), with the entries of parsers whose layouts no review
had written (Exchange 2003, Gmail's older notice, MailMarshal, InterScan, GMX, iMail). This file
holds Microsoft's, Google's and Domino's; review_notices43_more.py the rest. Expectations are
the taxonomy's reading of the words (shared/classifier/taxonomy.md), written before the
classifier ran; where Sisimai's reason differs the row says so ("Sisimai: x"). All HAND-MADE;
test_review_notices43.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices43_layouts import (domino_charset, exchange, exchange2003, exo_details,
                                                       gmail_legacy, ses, workspace)
from tests.classifier.review_notices43_more import MORE_ROWS

R, S, ANY = "recipient", "sender", None
GO = "sisimai/go-sisimai lhost/{} (Sisimai 5's parser, library code only) as outside opinion"
TLS = ("failedstarttls", "securityerror", "systemerror")

# ---- Exchange 2007-2019: the Swedish edition and the "Remote Server returned" line 4.25 lacks;
# the RESOLVER/QUEUE/SMTPSEND table as via-exchange2007.go keeps it.
EX = "lead@example.co"
EXSRC = GO.format("via-exchange2007.go") + " (its markers and RESOLVER/QUEUE/SMTPSEND table)"
EX_LINES = [
    ("recip-not-found", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", True, ("userunknown",), R),
    ("recipient-not-found-5-1-10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
     "lookup", True, ("userunknown",), R),
    ("ex-recip-not-found", "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", True, ("userunknown",), R),
    ("queue-expired", "550 4.4.7 QUEUE.Expired; message expired", False, ("expired",), ANY),
    # Sisimai 5: exceedlimit (4.25: mesgtoobig); the taxonomy lists 5.2.3 under exceedlimit.
    ("recip-size-limit", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", False,
     ("exceedlimit", "mesgtoobig"), ANY),
    ("nonexistent-domain", "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", True, ("hostunknown",), R),
    ("not-authorized", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", False,
     ("rejected", "filtered", "securityerror"), ANY),
    ("auth-required", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", False,
     ("securityerror", "rejected", "filtered"), ANY),
    # One address matches several mailboxes: the directory's fault, not a missing mailbox (Sisimai: systemerror).
    ("ambiguous", "550 5.1.4 RESOLVER.ADR.Ambiguous; ambiguous address", False, ("systemerror", "filtered"), ANY),
    ("bad-primary", "550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing", False,
     ("systemerror",), ANY),
    # Too many recipients on our message (Sisimai: toomanyconn; the taxonomy's 5.5.3).
    ("recip-limit", "550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients", False,
     ("toomanyconn", "exceedlimit"), ANY),
    ("mx-loopback", "554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS config error", False, ("networkerror", "systemerror"), ANY),
]
EX_ROWS = ([(f"r43-exchange-sv-{name}", EXSRC + " (sv-SE markers)", exchange(f"r43-exsv-{name}", "sv", EX, line),
             [(EX, hard, reasons, scope, False)]) for name, line, hard, reasons, scope in EX_LINES]
           + [(f"r43-exchange-returned-{name}", EXSRC + " ('Remote Server returned' line)",
               exchange(f"r43-exrt-{name}", "en", EX, line, returned=True), [(EX, hard, reasons, scope, False)])
              for name, line, hard, reasons, scope in EX_LINES[:6]]
           + [(f"r43-exchange-dated-remote-server-{name}", EXSRC + " (its comments' dated 'Remote Server at' line)",
               exchange(f"r43-exdt-{name}", "en", EX, line,
                        returned="3/12/2026 8:05:56 PM - Remote Server at partner.example (192.0.2.25)"),
               [(EX, hard, reasons, scope, False)])
              for name, line, hard, reasons, scope in (EX_LINES[0], EX_LINES[3])]
           + [("r43-outlook-postmaster-no-content-language", EXSRC + " (mail sender postmaster@outlook.com)",
               exchange("r43-ex-outlook", "en", EX, EX_LINES[0][1], returned=True, language=False,
                        sender="Microsoft Outlook <postmaster@outlook.com>", host="DM6PR01MB1234.prod.outlook.com"),
               [(EX, True, ("userunknown",), R, False)])])

# ---- Exchange Online's text NDR: the recipient only under "Original Message Details".
EXO_SRC = (GO.format("via-exchange2007.go") + " ('Error Details', 'Original Message Details'); Microsoft Learn "
           "'Email non-delivery reports and SMTP errors in Exchange Online' (the user text)")
EXO = "lead@partner.example"
EXO_ROWS = [
    ("r43-exo-details-recipient-not-found", EXO_SRC,
     exo_details("r43-exo1", EXO, "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
                 "lookup", user_text=f"Your message to {EXO} couldn't be delivered.\nlead wasn't found at "
                 "partner.example."), [(EXO, True, ("userunknown",), R, False)]),
    ("r43-exo-details-ex-recip-not-found", EXO_SRC,
     exo_details("r43-exo2", EXO, "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
                 user_text=f"Your message to {EXO} couldn't be delivered.\nlead wasn't found at partner.example."),
     [(EXO, True, ("userunknown",), R, False)]),
    ("r43-exo-details-queue-expired", EXO_SRC,
     exo_details("r43-exo3", EXO, "550 4.4.7 QUEUE.Expired; message expired",
                 user_text=f"Your message to {EXO} couldn't be delivered.\nOffice 365 tried to deliver it for 2 days "
                 "but the recipient's email server never responded."), [(EXO, False, ("expired",), ANY, False)]),
    ("r43-exo-details-mailbox-full-onmicrosoft", EXO_SRC + " (mail sender at .onmicrosoft.com)",
     exo_details("r43-exo4", EXO, "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
                 "MapiExceptionShutoffQuotaExceeded", user_text=f"Your message to {EXO} couldn't be delivered.\n"
                 "lead's mailbox is full.", sender="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso."
                 "onmicrosoft.com"), [(EXO, False, ("mailboxfull",), R, False)]),
    ("r43-exo-details-recip-size-limit", EXO_SRC,
     exo_details("r43-exo5", EXO, "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
                 user_text=f"Your message to {EXO} couldn't be delivered.\nThe message is too large for lead."),
     [(EXO, False, ("exceedlimit", "mesgtoobig"), ANY, False)]),
]

# ---- Exchange 5.5-2003's NDR: its MSEXCH codes (via-exchange2003.go's table; the same in 4.25,
# which no review had written a notice for).
E3SRC = GO.format("via-exchange2003.go") + " (its MSEXCH code table and layout)"
E3 = "lead@example.co.jp"
E3B = "buyer@example.co.jp"
MSX = "MSEXCH:IMS:EXAMPLE:SITE:EXCH01 0 ({}) {}"
E3_LINES = [
    ("unknown-recipient", "The recipient name is not recognized", "000C05A6", "Unknown Recipient", True,
     ("userunknown",), R),
    # Sisimai: filtered; one name matching several directory entries says nothing against the mailbox.
    ("ambiguous-recipient", "The recipient name is ambiguous", "000C0595", "Ambiguous Recipient", False,
     ("filtered", "systemerror"), ANY),
    ("too-many-hops", "A configuration error in the e-mail system caused the message to bounce between two servers",
     "00120270", "Too Many Hops", False, ("networkerror", "systemerror"), ANY),
    ("conversion-failed", "The message could not be converted", "00050311", "Conversion to Internet format failed",
     False, ("contenterror", "systemerror"), ANY),
    ("no-auth", "The recipient's server refused the connection", "000B0981", "502 Server does not support AUTH",
     False, ("securityerror", "systemerror"), ANY),
    # Sisimai: onhold (the code carries several errors); the words here are a relay refusal.
    ("unable-to-relay", "No transport provider was available for delivery to this recipient", "000B09AA",
     f"Unable to relay for {E3}", False, ("norelaying",), ANY),
    # Sisimai: onhold; the remote MTA's own words follow the code.
    ("remote-user-unknown", "The recipient name is not recognized", "000B09B6", f"550 5.1.1 <{E3}>... User unknown",
     True, ("userunknown",), R),
    ("too-many-recipients", "The message has too many recipients", "00010256", "Too many recipients.", False,
     ("systemerror", "toomanyconn", "exceedlimit"), ANY),
]
E3_ROWS = [(f"r43-exchange2003-{name}", E3SRC, exchange2003(f"r43-e3-{name}", [(E3, text, MSX.format(code, words))]),
            [(E3, hard, reasons, scope, False)]) for name, text, code, words, hard, reasons, scope in E3_LINES]
E3_ROWS.append(("r43-exchange2003-two-recipients", E3SRC,
                exchange2003("r43-e3-two", [(E3, "The recipient name is not recognized",
                                             MSX.format("000C05A6", "Unknown Recipient")),
                                            (E3B, "The recipient name is ambiguous",
                                             MSX.format("000C0595", "Ambiguous Recipient"))]),
                [(E3, True, ("userunknown",), R, False), (E3B, False, ("filtered", "systemerror"), ANY, False)]))

# ---- Domino: the Spanish line 4.25 lacks, and the French and Japanese lines in the charsets
# via-domino.go's exceptutf8 table expects (ISO-8859-1, ISO-2022-JP).
DOM = "lead@example.co.jp"
DOSRC = GO.format("via-domino.go") + " (its messagesof / exceptutf8 tables)"
DOMINO_ROWS = [
    ("r43-domino-es-not-listed", DOSRC, domino_charset("r43-dom-es", DOM, f"El usuario lead ({DOM}) no se encuentra "
                                                       "en el Directorio de Domino", charset="utf-8"),
     [(DOM, True, ("userunknown",), R, False)]),
    ("r43-domino-fr-latin1", DOSRC, domino_charset("r43-dom-fr", DOM, f"Utilisateur lead ({DOM}) non répertorié dans "
                                                   "l'annuaire Domino", charset="iso-8859-1"),
     [(DOM, True, ("userunknown",), R, False)]),
    ("r43-domino-ja-iso2022jp", DOSRC, domino_charset("r43-dom-ja", DOM, f"ユーザー lead ({DOM}) は Domino ディレクトリ"
                                                      "には見つかりません", charset="iso-2022-jp"),
     [(DOM, True, ("userunknown",), R, False)]),
    ("r43-domino-underscore-subject", DOSRC + " (Subject 'DELIVERY_FAILURE')",
     domino_charset("r43-dom-us", DOM, f"User lead ({DOM}) not listed in Domino Directory", charset="utf-8",
                    subject="DELIVERY_FAILURE: "), [(DOM, True, ("userunknown",), R, False)]),
    ("r43-domino-es-cannot-route", DOSRC + " (weak: the English line in a Spanish server's notice)",
     domino_charset("r43-dom-route", DOM, f"Cannot route mail to user ({DOM})", charset="utf-8"),
     [(DOM, False, ("filtered", "systemerror", "networkerror", "onhold", "undefined"), ANY, False)]),
]

# ---- Gmail's older plain notice: its "(state N)" table (states 6 and 9 now failedstarttls,
# 4.25: systemerror) and its own DNS sentences.
GM = "lead@partner.example"
GSRC = GO.format("via-gmail.go") + " (its state table and the replies its comments quote)"
GMAIL_ROWS = [
    ("r43-gmail-legacy-state6-no-tls", GSRC, gmail_legacy("r43-gl6", GM, "500 Remote server does not support TLS "
                                                          "(state 6)."), [(GM, False, TLS, ANY, False)]),
    ("r43-gmail-legacy-state9-tls-certificate", GSRC,
     gmail_legacy("r43-gl9", GM, "454 454 TLS missing certificate: error:0200100D:system library:fopen:Permission "
                  "denied (#4.3.0) (state 9).", delayed=True), [(GM, False, TLS, ANY, True)]),
    ("r43-gmail-legacy-state8-auth-failed", GSRC,
     gmail_legacy("r43-gl8", GM, "535 SMTP AUTH failed with the remote server. (state 8)."),
     [(GM, False, ("systemerror", "securityerror"), ANY, False)]),
    ("r43-gmail-legacy-state12-no-auth-relay", GSRC,
     gmail_legacy("r43-gl12", GM, "500 Remote server does not support SMTP Authenticated Relay (state 12)."),
     [(GM, False, ("norelaying", "securityerror", "systemerror"), ANY, False)]),
    ("r43-gmail-legacy-state13-access-denied", GSRC,
     gmail_legacy("r43-gl13", GM, f"550 550 5.7.1 <{GM}>... Access denied (state 13)."),
     [(GM, False, ("blocked", "rejected", "filtered", "policyviolation", "securityerror"), ANY, False)]),
    ("r43-gmail-legacy-state14-user-unknown", GSRC,
     gmail_legacy("r43-gl14", GM, f"550 550 5.1.1 <{GM}>... User Unknown (state 14)."),
     [(GM, True, ("userunknown",), R, False)]),
    # Sisimai's state 14 says userunknown; the 5.2.2 and the words say a full mailbox.
    ("r43-gmail-legacy-state14-mailbox-full", GSRC,
     gmail_legacy("r43-gl14f", GM, f"550 550 5.2.2 <{GM}>... Mailbox Full (state 14)."),
     [(GM, False, ("mailboxfull",), R, False)]),
    ("r43-gmail-legacy-state14-mailbox-full-delayed", GSRC,
     gmail_legacy("r43-gl14d", GM, f"450 450 4.2.2 <{GM}>... Mailbox Full (state 14).", delayed=True),
     [(GM, False, ("mailboxfull",), R, True)]),
    ("r43-gmail-legacy-state15-spf", GSRC,
     gmail_legacy("r43-gl15", GM, "550 550 5.7.1 SPF unauthorized mail is prohibited. (state 15)."),
     [(GM, False, ("authfailure",), S, False)]),
    # Postfix's answer at DATA when every RCPT was refused earlier: nothing about this address.
    ("r43-gmail-legacy-state15-no-valid-recipients", GSRC,
     gmail_legacy("r43-gl15n", GM, "554 554 Error: no valid recipients (state 15)."), [(GM, False, (), ANY, False)]),
    # States 17 and 18 are DATA: "no such user" refused after DATA is the taxonomy's `filtered`
    # ("refused after DATA or by a recipient-side filter"), Sisimai's reading too. (First written
    # userunknown, hard: a misread of the taxonomy, corrected after the run.)
    ("r43-gmail-legacy-state17-no-such-user", GSRC,
     gmail_legacy("r43-gl17", GM, f"550 550 <{GM}> No such user here (state 17)."),
     [(GM, False, ("filtered",), R, False)]),
    ("r43-gmail-legacy-state18-unknown-user", GSRC,
     gmail_legacy("r43-gl18", GM, f"550 550 Unknown user {GM} (state 18)."),
     [(GM, False, ("filtered",), R, False)]),
    ("r43-gmail-legacy-state18-header-error", GSRC,
     gmail_legacy("r43-gl18h", GM, "554 554 5.7.0 Header error (state 18)."),
     [(GM, False, ("contenterror", "policyviolation", "filtered", "notcompliantrfc", "securityerror"), ANY, False)]),
    ("r43-gmail-legacy-domain-not-found", GSRC,
     gmail_legacy("r43-gldns", GM, "DNS Error: Domain name not found", intro=""),
     [(GM, True, ("hostunknown",), R, False)]),
    ("r43-gmail-legacy-could-not-contact-dns", GSRC,
     gmail_legacy("r43-glcdns", GM, "DNS Error: Could not contact DNS servers", delayed=True),
     [(GM, False, ("expired", "networkerror"), ANY, True)]),
    ("r43-gmail-legacy-did-not-accept-connect", GSRC,
     gmail_legacy("r43-glconn", GM, "The recipient server did not accept our requests to connect. Learn more at "
                  "https://support.google.com/mail/answer/7720 [mx.partner.example. 192.0.2.25: timed out]"),
     [(GM, False, ("expired", "networkerror"), ANY, False)]),
    ("r43-gmail-legacy-rejected-by-server-user-unknown", GSRC + " (its second layout in the comments)",
     gmail_legacy("r43-glsrv", GM, f"550 5.1.1 <{GM}>... User Unknown",
                  intro="Google tried to deliver your message, but it was rejected by the server for the recipient "
                  "domain partner.example by mx.partner.example. [192.0.2.59].\n\nThe error that the other server "
                  "returned was:\n"), [(GM, True, ("userunknown",), R, False)]),
]

# ---- Google Workspace's own notice with no DSN part.
WSRC = GO.format("via-googleworkspace.go") + " (its markers and the sentences its comments quote)"
WS_ROWS = [
    ("r43-workspace-address-not-found", WSRC,
     workspace("r43-ws1", GM, f"** Address not found **\n\nYour message wasn't delivered to {GM} because the address "
               "couldn't be found. Check for typos or unnecessary spaces and try again.\n"),
     [(GM, True, ("userunknown",), R, False)]),
    ("r43-workspace-address-not-found-response", WSRC,
     workspace("r43-ws2", GM, f"** Address not found **\n\nYour message wasn't delivered to {GM} because the address "
               "couldn't be found. Check for typos or unnecessary spaces and try again.\n\nThe response from the "
               "remote server was:\n550 5.1.1 <" + GM + ">: Recipient address rejected: User unknown\n"),
     [(GM, True, ("userunknown",), R, False)]),
    # Our own 'Send mail as' account is misconfigured: the recipient is fine.
    ("r43-workspace-send-mail-as-misconfigured", WSRC,
     workspace("r43-ws3", GM, "** Message not delivered **\n\nYou're sending this from a different address or alias "
               "using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or "
               "out of date. Check those settings and try resending.\n\nLearn more here: "
               "https://support.google.com/mail/?p=CustomFromDenied\n\nThe response was:\nUnspecified Error "
               "(SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability\n"),
     [(GM, False, (), S, False)]),
    ("r43-workspace-domain-not-found", WSRC + " (weak: the DNS sentence from Gmail's own DSN)",
     workspace("r43-ws4", GM, f"** Address not found **\n\nYour message wasn't delivered to {GM} because the domain "
               "partner.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\nThe "
               "response was:\nDNS Error: DNS type 'mx' lookup of partner.example responded with code NXDOMAIN "
               "Domain name not found: partner.example\n"), [(GM, True, ("hostunknown",), R, False)]),
]

# ---- Amazon SES's bounce notifications: the suppression-list subtypes Sisimai 5 reads as
# `suppressed` (4.25: by the status), which the taxonomy keeps soft (section 3: no 5.1 name, not in
# the hard list; records.py aliases it to filtered); the others by their words.
SSRC = GO.format("via-amazonses.go") + " (its bounceSubType table); AWS SES 'Contents of notifications'"
SES = "lead@partner.example"
SES_ROWS = [
    ("r43-ses-suppressed-global", SSRC,
     ses("r43-ses1", SES, "Permanent", "Suppressed", "5.1.1", "Amazon SES has suppressed sending to this address "
         "because it has a recent history of bouncing as an invalid address. For more information about how to remove "
         "an address from the suppression list, see the Amazon SES Developer Guide: "
         "http://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppressionlist.html"),
     [(SES, False, (), ANY, False)]),
    ("r43-ses-on-account-suppression-list", SSRC,
     ses("r43-ses2", SES, "Permanent", "OnAccountSuppressionList", "5.1.1", "Amazon SES did not send the message to "
         "this address because it is on the suppression list for your account. For more information about removing "
         "addresses from the suppression list, see the Amazon SES Developer Guide at https://docs.aws.amazon.com/ses/"
         "latest/DeveloperGuide/sending-email-suppression-list.html"), [(SES, False, (), ANY, False)]),
    ("r43-ses-general-user-unknown", SSRC,
     ses("r43-ses3", SES, "Permanent", "General", "5.1.1", f"smtp; 550 5.1.1 <{SES}>: Recipient address rejected: "
         "User unknown in virtual mailbox table"), [(SES, True, ("userunknown",), R, False)]),
    ("r43-ses-transient-mailbox-full", SSRC,
     ses("r43-ses4", SES, "Transient", "MailboxFull", "5.2.2", f"smtp; 552 5.2.2 <{SES}>: Mailbox full"),
     [(SES, False, ("mailboxfull",), R, False)]),
    ("r43-ses-transient-message-too-large", SSRC,
     ses("r43-ses5", SES, "Transient", "MessageTooLarge", "5.3.4", "smtp; 552 5.3.4 Message size exceeds fixed "
         "limit"), [(SES, False, ("mesgtoobig",), ANY, False)]),
    ("r43-ses-transient-attachment-rejected", SSRC + " (weak: the reply by hand)",
     ses("r43-ses6", SES, "Transient", "AttachmentRejected", "5.7.1", "smtp; 554 5.7.1 Message rejected: attachment "
         "type not allowed (.exe)"), [(SES, False, ("securityerror", "policyviolation", "contenterror"), ANY, False)]),
]

ROWS = SES_ROWS + EX_ROWS + EXO_ROWS + E3_ROWS + DOMINO_ROWS + GMAIL_ROWS + WS_ROWS + MORE_ROWS
