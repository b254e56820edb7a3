"""The hundred-and-fifty-ninth review: an OUTSIDE OPINION on the newest rows, as reviews 127 and 138. Debian's Sisimai
4.25 (benchmarks/sisimai_read.pl) and the classifier read reviews 134-156's hand-made notices (their ROWS, 3,514
messages written as review_notices<NN>__<row>.eml, compared by benchmarks/sisimai_diff.py's compare step); every
hard/soft disagreement was grouped into families, those review 138 judged and Sisimai's conventions the house follows
(an unnamed stage's "user unknown" = filtered; loops = networkerror; a delay's raw hard flag counted "ours hard") set
aside, and each new family read against the servers' own words, their documentation and
shared/classifier/taxonomy.md.

FALSE HARDS: none new. Every "ours hard, Sisimai soft" disagreement (499) is a wording Sisimai 4.25 has no table for
(onhold), a delay, or the filtered / loop conventions; the families are listed below.

Where Sisimai is right and we were not (a FALSE SOFT): a HELP LINE QUOTING another reason's phrase after the
recipient was said unknown. Review 156's strict xfail r156-rcpt-lead-unknown-then-sender-verification-help ("550
5.1.1 <lead>: no such user here. Help for 'sender verification failed' errors: <url>") reads filtered (soft) in the
Gmail and Exchange Online layouts; Sisimai reads userunknown (hard). Servers append a help pointer after the verdict
(Gmail's "Learn more at https://support.google.com/mail/?p=NoSuchUser", Mimecast's "550 Invalid Recipient -
https://community.mimecast.com/docs/DOC-1369#550"); an error's name quoted in such a pointer is a MENTION (the page
that explains it), not a second verdict. Fresh wordings: other phrases of the sender and block tables quoted in help,
FAQ and troubleshooting pointers. Controls: the same phrase as the verdict itself (unquoted, or quoted with its cause
inside the quotes, or quoted as the reply's only verdict: "Rejected with a 'client host rejected' error"), our own
sender said unknown with a help line, a 4.x reply.

Counts (hard/soft disagreements with Sisimai over reviews 134-156's 3,405 recipients both read): 918 before (496
"ours hard, Sisimai soft", 422 "ours soft, Sisimai hard"), 916 after (review 156's two help-line rows now agree; its
strict xfails are ordinary rows). This review's 40 rows before mending: 19 FALSE SOFTS (all the help-line family), 0
false hards, 0 other. Mend: classifier/help_mentions.py (without_help_mentions), called by
denied_mentions.without_denied / without_denied_unfiltered. Sisimai itself reads five of this review's rows
otherwise: four quoted-layout help rows filtered (its own tables match "sender rejected" / "sender verify failed"
wherever they stand: the same mention, the other way) and the control c-quoted-verdict-with-cause userunknown (family
F below).

Families where WE are right (Sisimai 4.25 reads otherwise; kept as they are), disagreements before -> after:
- A. Wordings Sisimai 4.25 has no table for, read onhold (469 -> 469): German / Dutch verb-final and Turkish
  "-diği için" absences (reviews 141, 146, 150), Japanese / Korean / Chinese cause clauses and Romance "porque /
  parce que / perché" (151, 153), Russian deletions (140), and English layouts and wordings it does not parse
  (Domino's "not listed in Domino Directory", Exchange's "couldn't be found" without a DSN, MDaemon's session log,
  "The account you're trying to reach doesn't exist", "has no mailbox by that name"; 135, 137, 142, 145, 149): the
  servers' words say the address or domain does not exist (taxonomy userunknown / hostunknown, hard).
- A'. Postal's "550 Route does not accept incoming messages" (review 136; 4 -> 4): Postal's route in Reject mode
  takes no mail at all (taxonomy notaccept, hard); Sisimai reads onhold.
- B. Sisimai's filtered for Yahoo's / Yandex's / Mail.ru's / Exchange's recipient-not-found replies (15 -> 15): the
  unnamed-stage convention the house follows elsewhere; these name the user missing at a known stage (hard).
- C. Delays (7 -> 7): a 4.x "450 fail, no mailbox by that name", "4.1.2 Domain not found", "4.1.1 User unknown
  (temporary)": sisimai_diff counts the raw hard flag; the delivery is a delay (taxonomy section 4).
- D. qmail's "sorry, no mailbox by that name (#5.7.1)" (1 -> 1): Sisimai reads securityerror from 5.7.1; qmail's
  words are its missing mailbox (qmail-smtpd's "no mailbox here by that name").
- E. Exchange's "554 5.4.4 SMTPSEND.DNS.NonExistentDomain" (1 -> 1): Sisimai reads networkerror; the words and
  5.4.4 say the domain does not exist (hostunknown, hard).
- F. OUR sender's verification or callout failed under a 5.1.x or 5.7.1 status ("Sender verify failed: no such
  user", Exim's "Verification failed for <us> ... Sender verify failed", "Callout to the sender's server failed:
  user unknown"; reviews 139, 144, 154, 156; 64 -> 64): Sisimai reads userunknown from the status and "no such
  user"; Exim's words say the callout to OUR address failed (rejected, the sender's).
- G. Mail returned or a notification sent to OUR sender, which is unknown ("Mensaje devuelto al remitente
  desconocido", "Benachrichtigung an den Absender: Absender unbekannt", "Returned to sender because your domain does
  not exist"; reviews 134, 135; 68 -> 68): Sisimai reads the 5.1.1; the words name the sender.
- H, I, L, O. Review 138's families again in new rows (221 + 31 + 6 + 2 -> the same): our sender under a miscoded
  5.1.x, our host blocked or reputation-refused under 5.1.1, a suspended mailbox under 5.1.1, a denied or
  conditional cause.
- J. Our authentication named under 5.1.1 or 5.7.1 ("Rejected (anti-spoofing: auth-failed)", "sender domain does not
  pass DMARC verification", "From domain does not exist" in a DMARC refusal; reviews 134, 142, 144, 147; 18 -> 18):
  Sisimai reads userunknown / hostunknown from the status; the refusal is SPF / DKIM / DMARC (authfailure, soft).
- M. OUR sender's null MX ("550 5.7.27 Sender address has null MX", review 155; 4 -> 4): Sisimai reads notaccept;
  RFC 7505 gives 5.7.27 to the sender's domain (5.1.10 is the recipient's): rejected, the sender's.
- N. Postfix's "Host or domain name not found. Name service error ... Host not found, try again" (review 155; 1 ->
  1): Sisimai reads hostunknown; Postfix writes "try again" for a DNS TRY_AGAIN, a transient failure
  (networkerror, soft).
Left as judged (Sisimai right, not mended here): K. "user unknown" beside a second cause ("(and message too large
...)", "(anti-spoofing: auth-failed checks not run)"; review 142's strict xfails _TWO_CAUSES; 4 -> 4).

Rows: (name, source, raw, expected), each expectation written from the words, the status and the taxonomy BEFORE the
classifier ran on it. All HAND-MADE; test_review_notices159.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import OUR_RELAYED, both_layouts, ours_layouts

R, S, ANY = "recipient", "sender", None
MX = "mx.partner.example"
LEAD = "lead@partner.example"
OUR = OUR_RELAYED
UNK = ("userunknown",)
HELP = "https://help.partner.example/smtp"

both = both_layouts("r159", MX, LEAD)

# ---- 1. FALSE SOFTS: the recipient said unknown, then a help line quoting another reason's phrase ----------------------
QUOTED = ("Sisimai 4.25's outside opinion on review 156's strict xfail r156-rcpt-lead-unknown-then-sender-verification-"
          "help (userunknown, hard; we read filtered, soft, in the quoted layouts). Servers append a help pointer "
          "after their verdict (Gmail: 'Learn more at https://support.google.com/mail/?p=NoSuchUser'; Mimecast: '550 "
          "Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550'); an error's name quoted in the "
          "pointer names the page, not a second verdict. Fresh pointers hand-made, quoting other phrases of the "
          "sender-refusal and block tables: the recipient's absence (userunknown, hard)")
QUOTED_ROWS = [
    ("no-such-user-troubleshooting-sender-rejected", f"550 5.1.1 <{LEAD}>: no such user. Troubleshooting 'sender "
     f"rejected' errors: {HELP}", "5.1.1", "RCPT", True, UNK, R),
    ("user-unknown-faq-sender-verify-failed", f"550 5.1.1 User unknown. Our FAQ on \"sender verify failed\": {HELP}",
     "5.1.1", "RCPT", True, UNK, R),
    ("recipient-unknown-for-invalid-sender-see", f"550 5.1.1 Recipient <{LEAD}> unknown. For 'invalid sender' "
     f"replies see {HELP}", "5.1.1", "RCPT", True, UNK, R),
    ("mailbox-does-not-exist-help-client-host-rejected", f"550 5.1.1 Mailbox does not exist. Help for \"client host "
     f"rejected\" errors: {HELP}", "5.1.1", "RCPT", True, UNK, R),
    ("user-unknown-guide-sender-address-rejected", f"550 5.1.1 <{LEAD}>: user unknown. Guide to \u201csender address "
     f"rejected\u201d messages: {HELP}", "5.1.1", "RCPT", True, UNK, R),
    ("no-mailbox-help-sender-verification-failed-url-first", f"550 5.1.1 No mailbox here by that name. {HELP} explains "
     "'sender verification failed' errors", "5.1.1", "RCPT", True, UNK, R),
    ("no-such-user-help-sender-unknown", f"550 5.1.1 <{LEAD}>: no such user here. Help for 'sender unknown' errors: "
     f"{HELP}", "5.1.1", "RCPT", True, UNK, R),
]

# ---- 2. CONTROLS: the phrase as the verdict itself; our sender unknown with a help line; a 4.x reply ------------------
CTL = ("controls of 1, hand-made: the same phrases as the reply's own verdict (unquoted, or quoted with the cause "
       "inside the quotes, review 154's 'Sender address verification failed: no such user') refuse OUR sender "
       "(soft, the sender's scope); our own address said unknown with a help line stays ours; a 4.x reply is a "
       "delay (taxonomy section 4)")
CTL_ROWS = [
    ("c-sender-verification-failed-verdict-then-help", f"550 5.7.1 Sender verification failed. Help: {HELP}", "5.7.1",
     "RCPT", False, (), S),
    ("c-quoted-verdict-with-cause", "550 5.1.7 'Sender verify failed: no such user'", "5.1.7", "RCPT", False, (), S),
    ("c-sender-rejected-verdict-url", f"550 5.7.1 Sender rejected - see {HELP}", "5.7.1", "RCPT", False, (), S),
    # The quoted name IS the reply's verdict, framed by an error noun but with no absence said and no help pointer:
    # a refusal, soft (written after the mend, before running them: the mend must not leave a bare refusal to read
    # as a missing user).
    ("c-verdict-quoted-as-error-name", "554 5.7.1 Rejected with a 'client host rejected' error", "5.7.1", "RCPT", False,
     (), ANY),
    ("c-verdict-quoted-reply-name", "550 5.7.1 Your message got the 'sender verify failed' reply", "5.7.1", "RCPT",
     False, (), ANY),
    ("c-help-line-4xx", f"450 4.1.1 <{LEAD}>: no such user. Help for 'sender verification failed' errors: {HELP}",
     "4.1.1", "RCPT", False, (), ANY),
]
OURS_CTL = [
    ("c-our-sender-unknown-help-line", f"550 5.1.7 Sender <{OUR}> unknown. Help for 'sender unknown' errors: {HELP}",
     "5.1.7", "RCPT", False, (), S),
]

ROWS: list[tuple] = (both("help", QUOTED, QUOTED_ROWS) + both("ctl", CTL, CTL_ROWS)
                     + ours_layouts("r159", MX, LEAD, "ours", CTL, OURS_CTL))
