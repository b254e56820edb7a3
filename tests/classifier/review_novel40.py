"""Review novel40: how the classifier GENERALISES to wordings it has never seen, for issue 13's families that are NOT
"no such user" (review novel38 hammered that one). Each reply or notice text is a PLAUSIBLE BUT NEW paraphrase, written
in the style of a named server's own texts or documents (Postfix, Exim, Sendmail, qmail, Exchange Online, Gmail,
Yahoo, Yandex, mail.ru, Zimbra, Dovecot, Courier, OpenSMTPD, Haraka, Mimecast, Proofpoint, Barracuda) or as an admin
writes one (Postfix access(5) "REJECT <text>", Exim ":fail: <text>", an Exchange transport rule's rejection text), and
checked against classifier/ first: no row's key words are quoted by any rule there (grep at the time of writing).

Families:
 A. disabled / suspended / deactivated / expired / inactive / locked / archived mailboxes (suspend, soft) and quota
    wordings (mailboxfull: the mailbox over quota; exceedlimit: this message too big for the recipient's mailbox) in
    en, de, fr, es, it, pt, nl, pl, sv, ru, ja, zh;
 B. relay refusals (norelaying), size refusals at MAIL FROM (RFC 1870 SIZE) and at DATA (mesgtoobig / exceedlimit),
    blocklists (blocked: our IP or host listed) kept apart from content judged spam (spamdetected), unroutable or
    nonexistent domains (hostunknown, hard), mail loops and too many hops (systemerror);
 C. the FALLBACK for wordings no table knows: a permanent status's subject decides (X.1 address, X.2 mailbox, X.3
    system, X.4 routing, X.7 policy) with the reply code; onhold only where the server said nothing usable; under bare
    550/551/552/553/554 without an enhanced code and their 4xx counterparts.
Plus controls that must stay non-hard or no bounce at all (K).

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the words, the
servers' documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). The row
name's second part is its family (n40-a-..., n40-b-..., n40-c-..., n40-k-...). All HAND-MADE; test_review_novel40.py
runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, own_postfix
from tests.classifier.review_audit35 import exim_final, hard, soft
from tests.classifier.review_audit35_layouts import person_reply, postfix_success
from tests.classifier.review_notices14_layouts import qmail, sendmail
from tests.classifier.review_notices25 import relayed_for
from tests.classifier.review_novel38_layouts import auto_reply, newsletter, prose_notice

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
NOT_BOUNCE: list[tuple] = []
SUSPEND = ("suspend",)
FULL = ("mailboxfull",)
PER_BOX = ("exceedlimit",)
ANY_REASON: tuple = ()

EXIM = "Exim src/src/deliver.c bounce ('SMTP error from remote mail server after RCPT TO:<%s>: %s')"
GMAIL = "Gmail's own DSN (shared/api/gmail.md section 9)"
EXO = "Exchange Online NDR anatomy ('Email non-delivery reports and SMTP errors in Exchange Online')"
QMAIL = "qmail-send.c bounce (its '(#5.x.y)' trailers)"
SENDMAIL = "sendmail savemail.c errbody and DSN ('<%s>... %s' as usrerr() writes it)"
PROSE = "a site's own plain notice (review_novel38_layouts.prose_notice)"
GM_BODY = f"Your message wasn't delivered to {LEAD} because the remote server returned an error."
EXO_BODY = f"Your message to {LEAD} couldn't be delivered."

at = relayed_for("n40", MX, LEAD)

# ---- A. disabled / suspended / ... mailboxes, English ---------------------------------------------------------------
STATE = ("RFC 3463 X.2.1 (mailbox disabled, not accepting messages) and X.7.13 (user account disabled); the style of "
         "Gmail's '550 5.2.1 The email account that you tried to reach is disabled' (support.google.com/a/answer/"
         "3726730), Zimbra's account states (active, locked, closed, maintenance) and Microsoft 365's inactive "
         "(archived) mailboxes; admin-written texts (Postfix access(5) 'REJECT <text>'); hand-made paraphrases")
QUOTA = ("RFC 3463 X.2.2 (mailbox full) / X.2.3 (message length exceeds administrative limit); RFC 5321 552 (exceeded "
         "storage allocation); the style of Dovecot's 'Quota exceeded (mailbox for user is full)', Gmail's '552 5.2.2 "
         "The recipient's inbox is out of storage space' and Exchange's '5.2.3 RESOLVER.RST.RecipSizeLimit; message "
         "too large for this recipient'; hand-made paraphrases")
A_EN = at("a-en", STATE, [
    ("locked-521", "550 5.2.1 The mailbox is under a lock and cannot receive messages at present", "5.2.1", "RCPT", False,
     SUSPEND, R),
    ("archived-521", "550 5.2.1 Recipient's account has been archived; incoming mail is not accepted", "5.2.1",
     "RCPT", False, SUSPEND, R),
    ("privileges-withdrawn-500", "550 5.0.0 This user's mail privileges have been withdrawn", "5.0.0", "RCPT", False,
     SUSPEND, R),
    ("lapsed-500", "550 5.0.0 Account lapsed: the hosting plan for this mailbox ran out", "5.0.0", "RCPT", False,
     SUSPEND, R),
    ("no-longer-enabled-5713", "550 5.7.13 This user account is no longer enabled", "5.7.13", "RCPT", False, SUSPEND,
     R),
    ("receiving-blocked-521", "550 5.2.1 Receiving is blocked for this mailbox by its administrator", "5.2.1", "RCPT",
     False, SUSPEND, R),
    ("out-of-use-code-only", "550 Mailbox put out of use by the site administrator", "5.0.0", "RCPT", False, SUSPEND,
     R),
    ("locked-for-maintenance-421", "450 4.2.1 Mailbox temporarily locked for maintenance, try again later", "4.2.1",
     "RCPT", False, ("suspend", "systemerror"), R),
]) + at("a-en", QUOTA, [
    ("storage-at-limit-522", "552 5.2.2 The addressee's storage is at its limit", "5.2.2", "RCPT", False, FULL, R),
    ("cannot-grow-422", "452 4.2.2 Inbox cannot grow any further at the moment", "4.2.2", "RCPT", False, FULL, R),
    ("disk-allowance-500", "550 5.0.0 Recipient has used the whole disk allowance of the mailbox", "5.0.0", "RCPT",
     False, FULL, R),
    ("larger-than-accepts-523", "552 5.2.3 Message is larger than this recipient accepts", "5.2.3", "DATA", False,
     PER_BOX, R),
    ("per-recipient-ceiling-523", "552 5.2.3 Per-recipient size ceiling reached: your message is too large for this "
     "mailbox", "5.2.3", "DATA", False, PER_BOX, R),
    ("would-overflow-500", "552 5.0.0 This message would push the mailbox past its storage allowance", "5.0.0",
     "DATA", False, ("mailboxfull", "exceedlimit"), R),
])

# ---- A. other languages ----------------------------------------------------------------------------------------------
LANG = ("admin-written or localised texts in the site's own language (Postfix access(5) 'REJECT <text>', Exim ':fail: "
        "<text>', a provider's localised reply as Yandex, mail.ru, QQ/NetEase or a Japanese carrier words one); RFC "
        "3463 X.2.1 / X.2.2 / X.2.3; each sentence a hand-made paraphrase in ordinary usage of the language")
A_LANG = at("a-lang", LANG, [
    ("de-eingefroren", "550 5.0.0 Das Postfach des Empfängers wurde eingefroren", "5.0.0", "RCPT", False, SUSPEND, R),
    ("de-aufgebraucht", "552 5.0.0 Der Speicher des Empfängers ist aufgebraucht", "5.0.0", "RCPT", False, FULL, R),
    ("de-groesser-als-postfach-523", "552 5.2.3 Die Nachricht ist umfangreicher, als das Postfach des Empfängers "
     "annimmt", "5.2.3", "DATA", False, PER_BOX, R),
    ("fr-verrouille", "550 5.0.0 Le compte du destinataire est verrouillé", "5.0.0", "RCPT", False, SUSPEND, R),
    ("fr-epuise", "552 5.0.0 L'espace de stockage du destinataire est épuisé", "5.0.0", "RCPT", False, FULL, R),
    ("es-congelada", "550 5.0.0 La cuenta del destinatario está congelada", "5.0.0", "RCPT", False, SUSPEND, R),
    ("es-caducado", "550 5.0.0 El contrato de esta cuenta de correo ha caducado", "5.0.0", "RCPT", False, SUSPEND, R),
    ("es-agotado", "552 5.0.0 El buzón del destinatario ha agotado su capacidad", "5.0.0", "RCPT", False, FULL, R),
    ("it-congelato", "550 5.0.0 L'account del destinatario è stato congelato", "5.0.0", "RCPT", False, SUSPEND, R),
    ("it-spazio-disponibile", "552 5.0.0 La casella del destinatario non ha più spazio disponibile", "5.0.0", "RCPT",
     False, FULL, R),
    ("pt-trancada", "550 5.0.0 A conta do destinatário está trancada", "5.0.0", "RCPT", False, SUSPEND, R),
    ("pt-atingiu-limite", "552 5.0.0 A caixa postal do destinatário atingiu o limite de armazenamento", "5.0.0",
     "RCPT", False, FULL, R),
    ("nl-bevroren", "550 5.0.0 De mailbox van de ontvanger is bevroren", "5.0.0", "RCPT", False, SUSPEND, R),
    ("nl-vergrendeld-521", "550 5.2.1 Het account van de ontvanger is vergrendeld", "5.2.1", "RCPT", False, SUSPEND,
     R),
    ("nl-opslagruimte", "552 5.0.0 De mailbox van de ontvanger heeft geen opslagruimte meer", "5.0.0", "RCPT", False,
     FULL, R),
    ("pl-zamrozone", "550 5.0.0 Konto odbiorcy zostało zamrożone", "5.0.0", "RCPT", False, SUSPEND, R),
    ("pl-brakuje-miejsca", "552 5.0.0 W skrzynce odbiorcy brakuje miejsca", "5.0.0", "RCPT", False, FULL, R),
    ("sv-fryst", "550 5.0.0 Mottagarens konto är fryst", "5.0.0", "RCPT", False, SUSPEND, R),
    ("sv-utrymme-kvar", "552 5.0.0 Mottagarens brevlåda har inget utrymme kvar", "5.0.0", "RCPT", False, FULL, R),
    ("ru-zamorozhen", "550 5.0.0 Почтовый ящик получателя заморожен", "5.0.0", "RCPT", False, SUSPEND, R),
    ("ru-zakonchilos-mesto", "552 5.0.0 В ящике получателя закончилось место", "5.0.0", "RCPT", False, FULL, R),
    ("ja-kyushi", "550 5.0.0 宛先のメールボックスは現在休止中です", "5.0.0", "RCPT", False, SUSPEND, R),
    ("ja-joken-ni-tasshita", "552 5.0.0 宛先のメールボックスの保存領域が上限に達しました", "5.0.0", "RCPT", False,
     FULL, R),
    ("zh-zanting-fuwu", "550 5.0.0 收件人邮箱已暂停服务", "5.0.0", "RCPT", False, SUSPEND, R),
    ("zh-shixiao", "550 5.0.0 该收件人账号已失效", "5.0.0", "RCPT", False, SUSPEND, R),
    ("zh-yongjin", "552 5.0.0 收件人邮箱存储空间已用尽", "5.0.0", "RCPT", False, FULL, R),
])

# ---- A. other layouts ------------------------------------------------------------------------------------------------
A_LAYOUTS = [
    ("n40-a-l-exo-archived", f"{EXO}; {STATE}",
     exchange_own("550 5.2.1 This mailbox has been made inactive and keeps no new mail", status="5.2.1",
                  body=EXO_BODY, address=LEAD, remote=MX), soft(*SUSPEND)),
    ("n40-a-l-gmail-storage", f"{GMAIL}; {QUOTA}",
     gmail_own("552 5.2.2 The receiving account has no storage left for new messages", status="5.2.2",
               heading="Message not delivered", body=GM_BODY, address=LEAD, remote=MX), soft(*FULL)),
    ("n40-a-l-exim-locked", f"{EXIM}; {STATE}",
     exim_final("al1", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 550 Account is locked pending "
                "review by the postmaster"), soft(*SUSPEND)),
    ("n40-a-l-qmail-quota", f"{QMAIL}; the style of vpopmail/qmail's 'user is over quota' (#5.2.2); hand-made",
     qmail("al2", [(LEAD, "192.0.2.7 failed after I sent the message.\nRemote host said: 552 Recipient's allotted disk "
                          "space is all taken (#5.2.2)")], to=LEAD), soft(*FULL)),
    ("n40-a-l-prose-expired", f"{PROSE}; hand-made paraphrase of an expired hosting account",
     prose_notice("a1", LEAD, "the mail account of this recipient ran past its validity date and takes no mail."),
     soft(*SUSPEND)),
]

# ---- B. relay refusals -------------------------------------------------------------------------------------------
RELAY = ("RFC 5321 section 3.6.2 (a server may refuse to relay); the style of Postfix smtpd's 'Relay access denied' "
         "(reject_unauth_destination), Exim's default ACL 'relay not permitted', sendmail's 'Relaying denied', qmail's "
         "'Sorry, that domain isn't in my list of allowed rcpthosts. (#5.7.1)' and Exchange's '5.7.54 Unable to relay "
         "recipient in non-accepted domain'; hand-made paraphrases")
B_RELAY = at("b-relay", RELAY, [
    ("only-domains-we-host", "554 5.7.1 We only accept mail addressed to domains we host", "5.7.1", "RCPT", False,
     ("norelaying",), ANY),
    ("not-served-by-this-mx", "550 5.7.1 Destination domain is not served by this MX", "5.7.1", "RCPT", False,
     ("norelaying",), ANY),
    ("transit-closed", "553 5.7.1 Sorry, onward transit through this host is closed to outside senders", "5.7.1",
     "RCPT", False, ("norelaying",), ANY),
    ("third-party-delivery", "550 5.7.1 Third-party delivery through this gateway is not allowed", "5.7.1", "RCPT",
     False, ("norelaying",), ANY),
    ("not-local-code-only", "550 partner.example is not one of our local domains, message refused", "5.0.0", "RCPT",
     False, ("norelaying",), ANY),
])

# ---- B. size refusals: MAIL FROM's SIZE= (RFC 1870) and at DATA ------------------------------------------------------
SIZE = ("RFC 1870 section 6 (SIZE: '552 message size exceeds fixed maximum message size' at MAIL FROM, '452 "
        "insufficient system storage'); RFC 3463 X.3.4 / X.2.3; the style of Postfix's 'Message size exceeds fixed "
        "limit', Exim's 'message too big', Gmail's '552 5.3.4 Your message exceeded Google's message size limits'; "
        "hand-made paraphrases")
B_SIZE = at("b-size", SIZE, [
    ("declared-size-mail-534", "552 5.3.4 Declared message size is more than this server takes", "5.3.4", "MAIL",
     False, ("mesgtoobig",), ANY),
    ("size-param-mail-523", "552 5.2.3 SIZE parameter above the ceiling set for this domain", "5.2.3", "MAIL", False,
     ("mesgtoobig", "exceedlimit"), ANY),
    ("announced-size-452", "452 4.3.1 Announced size cannot be stored right now, try a smaller message later", "4.3.1",
     "MAIL", False, ("mesgtoobig", "systemfull"), ANY),
    ("ceiling-on-length-data-534", "552 5.3.4 Your mail goes beyond the ceiling on message length", "5.3.4", "DATA",
     False, ("mesgtoobig",), ANY),
    ("bigger-than-allowed-code-only", "552 Message refused: bigger than we allow", "5.0.0", "DATA", False,
     ("mesgtoobig",), ANY),
    ("attachments-volume-571", "554 5.7.1 Total attachment volume is over the permitted amount", "5.7.1", "DATA",
     False, ("mesgtoobig",), ANY),
])

# ---- B. blocklists (our host) vs content judged spam -----------------------------------------------------------------
BLOCK = ("DNSBL refusals (RFC 5782); the style of Postfix's 'Service unavailable; Client host [x] blocked using "
         "zen.spamhaus.org', Barracuda's 'blocked using Barracuda Reputation', Mimecast's 'RBL Rejection', "
         "Proofpoint's ip_reputation refusals; hand-made paraphrases")
SPAM = ("content filters' verdicts after DATA (SpamAssassin scores, Proofpoint's and Mimecast's spam texts, Gmail's "
        "'550 5.7.1 ... unsolicited mail'); RFC 3463 X.7.1; hand-made paraphrases")
B_BLOCK = at("b-block", BLOCK, [
    ("block-zone-conn", "554 5.7.1 Your mail server 192.0.2.25 is named in a DNS block zone we query", "5.7.1", "CONN",
     False, ("blocked",), S),
    ("denylisted-rcpt", "550 5.7.1 Connection from 192.0.2.25 refused: address is denylisted by zen.example",
     "5.7.1", "RCPT", False, ("blocked",), S),
    ("abuse-registry", "554 5.7.1 The IP you are sending from is flagged on a public abuse registry", "5.7.1", "RCPT",
     False, ("blocked",), S),
    ("deny-roster-421", "421 4.7.0 Your relay's address is on our deny roster, try later", "4.7.0", "CONN", False,
     ("blocked",), S),
    ("spamtrap-named-list", "554 5.7.1 Client 192.0.2.25 listed at spamtrap-rbl.example", "5.7.1", "RCPT", False,
     ("blocked",), S),
]) + at("b-spam", SPAM, [
    ("resembles-bulk", "550 5.7.1 Message body resembles unrequested bulk mail and was refused", "5.7.1", "DATA",
     False, ("spamdetected",), ANY),
    ("junk-threshold", "554 5.7.1 Content score 9.2 is above our junk threshold", "5.7.1", "DATA", False,
     ("spamdetected",), ANY),
    ("promotional-pattern", "550 5.7.1 Rejected: text matches a known promotional blast pattern", "5.7.1", "DATA",
     False, ("spamdetected",), ANY),
    ("unwanted-mail-code-only", "554 This message looks like unwanted advertising to our filter", "5.0.0", "DATA",
     False, ("spamdetected",), ANY),
])

# ---- B. unroutable or nonexistent domains ----------------------------------------------------------------------------
DOMAIN = ("RFC 3463 X.1.2 (bad destination system address), X.4.4 (unable to route); RFC 1035 NXDOMAIN; the style of "
          "Postfix's 'Host or domain name not found. Name service error for name=x type=MX: Host not found', qmail's "
          "'Sorry, I couldn't find any host named', Exim's 'all relevant MX records point to non-existent hosts'; "
          "hand-made paraphrases")
B_DOMAIN = at("b-domain", DOMAIN, [
    ("does-not-resolve-512", "550 5.1.2 The name partner.example does not resolve to anything", "5.1.2", "RCPT", True,
     ("hostunknown",), R),
    ("no-path-544", "550 5.4.4 No delivery path to the destination domain could be worked out", "5.4.4", "RCPT", True,
     ("hostunknown",), R),
]) + [
    ("n40-b-domain-own-nxdomain", "Postfix bounce(8) of our own relay, no remote answer (notices.own_postfix); "
     f"{DOMAIN}",
     own_postfix("the DNS says partner.example is not a registered name (NXDOMAIN)", status="5.4.4", address=LEAD),
     hard("hostunknown")),
    ("n40-b-domain-exim-no-such-name", f"Exim's router failure (deliver.c, no remote host); {DOMAIN}",
     exim_final("bd1", "lookup of the domain partner.example: the name does not exist anywhere in DNS"),
     hard("hostunknown")),
    ("n40-b-domain-gmail-unregistered", f"{GMAIL} (Status 4.0.0 with Action: failed for a DNS failure, taxonomy "
     f"section 4); {DOMAIN}",
     gmail_own("DNS Error: partner.example is not a registered domain name", status="4.0.0",
               heading="Address not found", body=f"Your message wasn't delivered to {LEAD} because the domain "
               "partner.example couldn't be found. Check for typos or unnecessary spaces and try again.",
               address=LEAD), hard("hostunknown")),
    ("n40-b-domain-prose-no-mail-server", f"{PROSE}; {DOMAIN}",
     prose_notice("b1", LEAD, "no mail server could be found for partner.example; that domain does not appear to be "
                  "registered at all."), hard("hostunknown")),
]

# ---- B. mail loops, too many hops -------------------------------------------------------------------------------------
LOOP = ("RFC 5321 section 6.3 (loop detection by counting Received fields); RFC 3463 X.4.6 (routing loop detected); "
        "the style of Exim's 'Too many \"Received\" headers - suspected mail loop', sendmail's 'too many hops', "
        "qmail's 'This message is looping: it already has my Delivered-To line. (#5.4.6)', Exchange's '5.4.14 Hop "
        "count exceeded', qpsmtpd's check_loop; hand-made paraphrases")
B_LOOP = at("b-loop", LOOP, [
    ("passed-through-before-546", "554 5.4.6 Routing circle: this message has passed through this host before",
     "5.4.6", "DATA", False, ("systemerror", "networkerror"), ANY),
    ("hop-limit-540", "554 5.4.0 Hop limit reached: too many relays in the trace fields", "5.4.0", "DATA", False,
     ("systemerror", "networkerror"), ANY),
]) + [
    ("n40-b-loop-exim-travelled", f"{EXIM}; {LOOP}",
     exim_final("bl1", "SMTP error from remote mail server after end of data: 554 Message has travelled through too "
                "many servers (mail going round in circles?)"), soft("systemerror", "networkerror", scope=ANY)),
    ("n40-b-loop-qmail-circle", f"{QMAIL}; {LOOP}",
     qmail("bl2", [(LEAD, "Sorry, this message went round in a circle and came back to me. (#5.4.6)")], to=LEAD),
     soft("systemerror", "networkerror", scope=ANY)),
]

# ---- C. the fallback: unknown wordings under each status subject and bare reply code ---------------------------------
FALLBACK = ("RFC 3463 section 3 (the subject alone names the area: X.1 address, X.2 mailbox, X.3 mail system, X.4 "
            "network and routing, X.5 protocol, X.7 policy) and RFC 5321 section 4.2.3 (550 mailbox unavailable, 551 "
            "user not local, 552 exceeded storage allocation, 553 mailbox name not allowed, 554 transaction failed); "
            "admin-written refusal texts are free text (Postfix access(5) 'REJECT <text>', Exim ':fail: <text>', an "
            "Exchange transport rule's RejectMessageReasonText); hand-made texts that name no cause a table knows")
C_SUBJECT = at("c", FALLBACK, [
    # X.1: the address. 5.1.1 / 5.1.0 / 5.1.3 say the mailbox address is bad (hard), 5.1.2 the domain (hard), 5.1.6
    # moved (hard), 5.1.7 the sender's address.
    ("511-not-possible", "550 5.1.1 Delivery to this address is not possible [policy ref 44]", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("510-entry-refused", "550 5.1.0 Entry refused, see KB 3381", "5.1.0", "RCPT", True, ("userunknown",), R),
    ("513-form-rejected", "550 5.1.3 Address form rejected by the directory gateway", "5.1.3", "RCPT", True,
     ("userunknown",), R),
    ("512-destination-mismatch", "550 5.1.2 Destination mismatch, message discarded", "5.1.2", "RCPT", True,
     ("hostunknown",), R),
    ("516-update-records", "550 5.1.6 Please update your records for this contact", "5.1.6", "RCPT", True,
     ("hasmoved",), R),
    ("517-origin-refused", "553 5.1.7 Envelope origin refused", "5.1.7", "MAIL", False, ("rejected",), S),
    # X.2: the mailbox (soft).
    ("520-not-deliverable-now", "550 5.2.0 Not deliverable to this mailbox at this time", "5.2.0", "RCPT", False,
     ("filtered", "suspend"), R),
    ("521-not-receiving", "550 5.2.1 Mailbox currently not receiving", "5.2.1", "RCPT", False, ("suspend", "filtered"),
     R),
    ("522-threshold-crossed", "552 5.2.2 Storage threshold crossed", "5.2.2", "RCPT", False, FULL, R),
    ("523-oversized-for-recipient", "552 5.2.3 Oversized for recipient", "5.2.3", "DATA", False, PER_BOX, R),
    # X.3: the mail system (soft).
    ("530-handoff-failed", "554 5.3.0 Back-end handoff failed", "5.3.0", "DATA", False, ("systemerror",), ANY),
    ("534-payload-limit", "552 5.3.4 Payload limit", "5.3.4", "DATA", False, ("mesgtoobig",), ANY),
    ("535-reaches-itself", "554 5.3.5 Configuration points this system back at itself", "5.3.5", "RCPT", False,
     ("systemerror",), ANY),
    # X.4: routing. 5.4.4 unroutable (hard); other details the network (soft).
    ("540-onward-connection", "554 5.4.0 Onward connection could not be set up", "5.4.0", "RCPT", False,
     ("networkerror",), ANY),
    ("544-unreachable-any-path", "550 5.4.4 Destination unreachable by any known path", "5.4.4", "RCPT", True,
     ("hostunknown",), R),
    ("547-held-too-long", "554 5.4.7 Held too long in transit", "5.4.7", "RCPT", False, ("expired",), ANY),
    # X.5: the protocol.
    ("554-argument-malformed", "501 5.5.4 Recipient argument malformed", "5.5.4", "RCPT", False, ("syntaxerror",),
     ANY),
    ("551-order-of-commands", "503 5.5.1 Wrong order of commands", "5.5.1", "RCPT", False, ("syntaxerror",), ANY),
    ("550-site-rule", "550 5.5.0 Not accepted by site rule 12", "5.5.0", "RCPT", False, ANY_REASON, ANY),
    # X.7: policy (soft, whatever the reason).
    ("571-rule-set", "550 5.7.1 Refused under local rule set inbound-b", "5.7.1", "RCPT", False, ANY_REASON, ANY),
    ("571-group-external", "554 5.7.1 Transport rule: external messages to this group are refused", "5.7.1", "RCPT",
     False, ("filtered", "securityerror", "policyviolation"), ANY),
    ("571-compliance-gateway", "550 5.7.1 Message withheld by the compliance gateway", "5.7.1", "DATA", False,
     ("filtered", "policyviolation", "securityerror"), ANY),
    # Bare reply codes (Postfix writes Status 5.0.0 for a reply without an enhanced code).
    ("550-mailhost-rules", "550 Requested action refused by mailhost rules", "5.0.0", "RCPT", False, ANY_REASON, ANY),
    ("551-not-handled-here", "551 Not handled here", "5.0.0", "RCPT", False, ANY_REASON, ANY),
    ("552-over-allowance", "552 Over allowance", "5.0.0", "RCPT", False, ("mailboxfull", "exceedlimit", "onhold"), R),
    ("553-site-policy", "553 Address rejected by site policy", "5.0.0", "RCPT", False, ANY_REASON, ANY),
    ("554-refused", "554 Refused", "5.0.0", "RCPT", False, ANY_REASON, ANY),
    # 4xx counterparts: a delay, never hard.
    ("411-check-pending", "450 4.1.1 Recipient check pending, come back later", "4.1.1", "RCPT", False, ANY_REASON,
     ANY),
    ("420-box-in-use", "451 4.2.0 Box in use by another session, retry", "4.2.0", "RCPT", False, ANY_REASON, ANY),
    ("471-deferred-local-rule", "450 4.7.1 Deferred by local rule", "4.7.1", "RCPT", False, ANY_REASON, ANY),
    ("451-bare", "451 Deferred, please retry", "4.0.0", "RCPT", False, ANY_REASON, ANY),
    ("440-peer-quiet", "451 4.4.0 Peer went quiet, will retry", "4.4.0", "DATA", False, ANY_REASON, ANY),
])

C_LAYOUTS = [
    ("n40-c-l-exo-transport-rule", f"{EXO}; {FALLBACK}",
     exchange_own("550 5.7.1 Delivery blocked by rule 'No cold outreach to Sales'", status="5.7.1", body=EXO_BODY,
                  address=LEAD, remote=MX), soft(scope=ANY)),
    ("n40-c-l-sendmail-513", f"{SENDMAIL}; {FALLBACK}",
     sendmail("cl1", [(f"<{LEAD}>", "553 5.1.3 <lead@partner.example>... Refused by directory policy", None)],
              [(LEAD, None, "5.1.3", "553 5.1.3 <lead@partner.example>... Refused by directory policy")], to=LEAD),
     hard("userunknown")),
    ("n40-c-l-exim-fail-text", f"{EXIM}; {FALLBACK} (Exim's ':fail:' text reaches the sender as the remote reply)",
     exim_final("cl2", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 550 Sorry, this one is not for "
                "us"), soft(scope=ANY)),
]

# ---- K. controls: non-hard or no bounce at all ----------------------------------------------------------------------
CTRL = ("controls: the same families' words said of OUR side, of a delay, or in mail that is no notice; RFC 3463 "
        "X.1.8 / X.7.x for the sender; taxonomy section 7 (sender scope); hand-made")
NB = "RFC 3834 (automatic responses are not notices of failure); RFC 2369 / RFC 8058 (a list's bulk mail)"
K_ROWS = at("k", CTRL, [
    ("our-account-suspended", "554 5.7.1 Your sending account is suspended for outbound mail", "5.7.1", "MAIL", False,
     ANY_REASON, S),
    ("our-domain-no-dns-518", "550 5.1.8 The domain of your return address has no DNS entry", "5.1.8", "MAIL", False,
     ("rejected",), S),
    ("our-sending-domain-512", "550 5.1.2 Your sending domain could not be resolved", "5.1.2", "RCPT", False,
     ("rejected",), S),
    ("dns-not-now-443", "451 4.4.3 Could not look up partner.example right now", "4.4.3", "RCPT", False, ANY_REASON,
     ANY),
    ("not-authorised-outbound", "554 5.7.1 Client not authorised to use this server for outbound mail", "5.7.1",
     "RCPT", False, ANY_REASON, ANY),
    ("locked-under-511", "550 5.1.1 Mailbox held under lock by the administrator", "5.1.1", "RCPT", False, SUSPEND, R),
    ("junk-under-511", "550 5.1.1 Message refused: content resembles junk", "5.1.1", "DATA", False,
     ("spamdetected",), ANY),
    ("out-of-room-422", "452 4.2.2 Inbox out of room for now", "4.2.2", "RCPT", False, FULL, R),
    ("domain-not-served-gateway", "550 5.4.1 Recipient domain not served by this filtering gateway", "5.4.1", "RCPT",
     False, ANY_REASON, ANY),
]) + [
    ("n40-k-gmail-outgoing-allowance", f"{GMAIL} (our own provider, no Remote-MTA; taxonomy section 7: 5.4.5); {CTRL}",
     gmail_own("550 5.4.5 Your outgoing allowance for today is spent", status="5.4.5", heading="Message not delivered",
               body="You have reached the number of messages your account may send in one day.", address=LEAD),
     soft(scope=S)),
    ("n40-k-vacation-nearly-full", f"{NB}; an out-of-office text, hand-made",
     auto_reply("v1", f"Lena Lead <{LEAD}>", "Automatic reply: Quick question", "I am away until 14 December. My "
                "mailbox is nearly at its storage limit, so please keep attachments small; it is not locked or "
                "archived, I will read everything on my return."), NOT_BOUNCE),
    ("n40-k-newsletter-suspended", f"{NB}; a newsletter about bounces, hand-made",
     newsletter("n1", "Frozen, locked, archived: what mailbox states mean for your list", "This week: an account "
                "that is locked or archived (550 5.2.1) is not a dead address; a domain that does not resolve "
                "(NXDOMAIN) is. Delivery failed? Sort them before you suppress."), NOT_BOUNCE),
    ("n40-k-success-archived-copy", "Postfix success_template (review_audit35_layouts.postfix_success)",
     postfix_success(LEAD, "250 2.0.0 Ok: queued as 7QxR2; note: an archived copy is kept, the mailbox is locked "
                     "for edits only"), NOT_BOUNCE),
    ("n40-k-person-frozen", "a person's reply (RFC 5322 In-Reply-To; review_audit35_layouts.person_reply)",
     person_reply("n40p", f"Lena Lead <{LEAD}>", "Hi - sorry, your first mail bounced: my account was frozen while "
                  "IT moved us to the new plan. It works again, write any time."), NOT_BOUNCE),
]

ROWS: list[tuple] = (A_EN + A_LANG + A_LAYOUTS + B_RELAY + B_SIZE + B_BLOCK + B_DOMAIN + B_LOOP + C_SUBJECT
                     + C_LAYOUTS + K_ROWS)
