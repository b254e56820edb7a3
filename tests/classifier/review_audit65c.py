"""Audit 65c: an ADVERSARIAL audit of the five mends merged from review leftovers65 (merge 354a99c0): allow_lists.
note_set_aside, formats/broken.reply_above's entry-above test, formats/lone.contact_object, formats/named.cut_domain
(with by_name's display-name words) and ours.qmail_route_missing. Hand-made rows aimed above all at FALSE HARDS (a live
prospect read hard) and LOST HARDS the mends could cause, with controls. Expected rows (address, hard, reasons, scope,
delay; [] = no bounce) written from the servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on
them (committed first). Names "a65c-<item>-<what>".

1. allow: "your address is not listed / found on the allow list" set aside where the rest says a recipient is missing:
   but "unknown sender", "address unknown" and "not known" about OUR address are the sender's.
2. above: a colon-ended reply above a bare address given to the entry above (deeper, or its paragraph names another
   address): a reply-first list whose replies stand ABOVE their addresses, our own address named in the paragraph, a
   tab, CRLF.
3. contact: a lone address after "contact / write to / send ... to / reach ...:" with no failure word: failure
   sentences whose words are none of the failure list ("refused", "error"), and a live contact address after a
   sentence that has a failure word.
4. cut: a dotless "local@label" mapped to the original's To/Cc: our own address, two Cc's fitting, a label that is a
   host's short name of another recipient.
5. route: qmail's perm_dns host against the recipient's domain: the domain itself in another case, IDNA's A-label, a
   trailing dot, names sharing only a suffix (never under the domain)."""

from __future__ import annotations

from tests.classifier.review_audit64 import no_host
from tests.classifier.review_holdout50 import ANY, BLOCKED, R, S, UU, exo_remote, ex_remote, g_remote, pf_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC, SELLER,
                                                       qmail)
from tests.classifier.review_holds58_layouts import plain
from tests.classifier.review_layouts40_layouts import labelled
from tests.classifier.review_leftovers65 import QMAIL_PERM_DNS, exim_list, qmail_list

NB: list[tuple] = []


def hard(a: str, reasons: tuple = UU) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def soft(a: str, reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ---- 1. allow: our address off the list, with words of absence that are OUR address's ------------------------------
EXIM_ACL = "Exim ACL 'deny message = ...' (the admin's own text; Exim spec 'Access control lists')"
PF_ACCESS = "Postfix access(5) 'REJECT optional text...' (the admin's own text after 'Recipient address rejected:')"
EXO_RULE = ("Exchange Online mail flow rule 'Reject the message with the explanation' (the admin's own text; "
            "learn.microsoft.com 'Mail flow rule actions in Exchange Online')")
OURS = ("the words of absence ('unknown', 'not known') are about OUR address, the sender the list does not know: the "
        "recipient's choice of senders, never its absence (taxonomy.md sec. 7: a sender-side refusal)")
A1, A2, A3 = "m.strand@strand-last.example", "o.berg@berg-ror.example", "p.nes@nes-agri.example"
ALLOW_ROWS = [
    ("a65c-allow-exim-address-unknown-allow-list", f"{EXIM_SRC}; {EXIM_ACL}: 'Address unknown: your e-mail address "
     f"was not found in our allow list'; {OURS}",
     ex_remote("a1", A1, "550 Address unknown: your e-mail address was not found in our allow list",
               "mx.strand-last.example"), soft(A1, (), S)),
    ("a65c-allow-pf-listed-senders-unknown-sender", f"{POSTFIX_SRC}; {PF_ACCESS}: 'recipient only accepts mail from "
     f"listed senders; unknown sender'; {OURS}",
     pf_remote("a2", A2, f"554 5.7.1 <{A2}>: Recipient address rejected: recipient only accepts mail from listed "
               "senders; unknown sender - your address is not listed on the recipient's whitelist", "5.7.1",
               "mx.berg-ror.example"), soft(A2, (), S)),
    ("a65c-allow-exo-sender-address-unknown", f"{EXO_SRC}; {EXO_RULE}: 'Sender address unknown to this recipient'; "
     f"{OURS}",
     exo_remote("a3", A3, "550 5.7.1 Sender address unknown to this recipient: your address was not found in the "
                "recipient's allow list", "5.7.1", "nes-agri-example.mail.protection.outlook.com"), soft(A3, (), S)),
    ("a65c-allow-exim-unknown-sender-whitelist", f"{EXIM_SRC}; {EXIM_ACL}: 'Unknown sender: your address is not listed "
     f"on our whitelist'; {OURS}",
     ex_remote("a4", A1, "550 Unknown sender: your address is not listed on our whitelist", "mx.strand-last.example"),
     soft(A1, (), S)),
    ("a65c-allow-gmail-not-known-to-list", f"{GMAIL_SRC}; {PF_ACCESS}: 'your address is not known to the recipient's "
     f"whitelist' ('Sender not known', Gmail's 'Message blocked' lead); {OURS}",
     g_remote("a5", A3, "550 5.7.1 Sender not known: your address was not found in the recipient's whitelist",
              "5.7.1", "mx.nes-agri.example", heading="Message blocked", lead=BLOCKED), soft(A3, (), S)),
    ("a65c-allow-ctl-pf-unknown-user-note", f"{POSTFIX_SRC}; {PF_ACCESS}: 'unknown user' (the recipient) with the "
     "allow-list note in parentheses: the note is a help line, the user missing (leftovers65's mend, another wording)",
     pf_remote("a6", A2, f"550 5.1.1 <{A2}>: Recipient address rejected: unknown user (note: your address was not "
               "found in our allow list)", "5.1.1", "mx.berg-ror.example"), hard(A2)),
    ("a65c-allow-ctl-exim-no-such-mailbox-note", f"{EXIM_SRC}; {EXIM_ACL}: 'No such mailbox' then the note, no status",
     ex_remote("a7", A1, "550 No such mailbox here. Note: your address is not listed on our whitelist either",
               "mx.strand-last.example"), hard(A1)),
]

# ---- 2. above: a reply ending in a colon above a bare address -------------------------------------------------------
VIK, LIND = "t.vik@vik-skips.example", "e.lind@lind-vaerk.example"
ISP = "Mail Delivery System <mailer-daemon@mail.example-isp.net>"
JAMES = ("Apache James Bounce mailet's reply-first shape ('Error message below:' then the reply, a width breaking it "
         "after its colon before the address; review leftovers65's lo65-moved-ctl-reply-above-address)")
SPAM = "taxonomy.md spamdetected ('5.7.1 with spam wording')"


def reply_first(rid: str, entries: list[tuple[str, str]], intro: str = "", orig_to: str | None = None) -> bytes:
    body = (f"Hi. This is the James mail server at mail.example-isp.net.\n{intro}I'm afraid I wasn't able to deliver "
            "your message to the following addresses.\n\nError message below:\n")
    body += "".join(f"{reply}\n{a}\n" for a, reply in entries)
    return plain(rid, ISP, "Undelivered Mail", body, orig_to=orig_to or ", ".join(a for a, _ in entries))


ABOVE_ROWS = [
    ("a65c-above-reply-first-spam-then-unknown", f"{JAMES}, two entries each with its reply ABOVE it; {SPAM}: the "
     "second address's own reply (above it) says no such mailbox, though the paragraph above names the first address",
     reply_first("b1", [(LIND, "550 5.7.1 Message rejected as spam:"), (VIK, "550 5.1.1 No such mailbox:")]),
     soft(LIND, ("spamdetected",)) + hard(VIK)),
    ("a65c-above-reply-first-our-address-named", f"{JAMES}: the intro names OUR address (the sender) in the paragraph "
     "above the reply; the one recipient's own reply above it",
     plain("b2", ISP, "Undelivered Mail", f"Your message from {SELLER} could not be delivered.\nError message below:\n"
           f"550 5.1.1 No such mailbox:\n{VIK}\n", orig_to=VIK), hard(VIK)),
    ("a65c-above-reply-first-tab-indented", f"{JAMES}, the reply indented with a tab by a gateway, the one address "
     "flush: nothing stands above the reply but the intro",
     plain("b3", ISP, "Undelivered Mail", "I'm afraid I wasn't able to deliver your message.\n\nError message below:\n"
           f"\t550 5.1.1 No such mailbox:\n{VIK}\n", orig_to=VIK), hard(VIK)),
    ("a65c-above-exim-moved-then-spam-crlf", f"{EXIM_SRC}, CRLF line ends; taxonomy.md hasmoved; {SPAM}: "
     "leftovers65's lo65-moved-exim-then-spam in CRLF",
     crlf(exim_list("b4", [(VIK, "mx.vik-skips.example", "550 5.1.6 Tore Vik has moved to our office in Tromso, "
                                                          "Norway:"),
                           (LIND, "mx.lind-vaerk.example",
                            "550 5.7.1 Message rejected as spam by Content Filtering.")])),
     hard(VIK, ()) + soft(LIND, ("spamdetected",))),
    ("a65c-above-qmail-forward-named-then-spam", f"{QMAIL_SRC} (blank lines dropped by a gateway): the first reply "
     "names its forward target ('<t.vik@vik-home.example>') and ends in a colon; the second entry's own spam refusal",
     qmail_list("b5", [(VIK, "203.0.113.25 does not like recipient.\nRemote host said: 550 5.1.1 forward to "
                             "<t.vik@vik-home.example> failed, no such user:"),
                       (LIND, "203.0.113.40 does not like recipient.\nRemote host said: 550 5.7.1 Message rejected as "
                              "spam\nGiving up on 203.0.113.40.")]),
     hard(VIK) + soft(LIND, ("spamdetected",))),
    ("a65c-above-ctl-exim-one-multiline", f"{EXIM_SRC}: one entry, a multi-line 550- reply (Gmail's NoSuchUser) its "
     "own, under it as Exim writes it",
     exim_list("b6", [(VIK, "mx.vik-skips.example", "550-5.1.1 The email account that you tried to reach does not "
                            "exist. Please try\n    550 5.1.1 double-checking the recipient's email address:")]),
     hard(VIK)),
]

# ---- 3. contact: an address after a sentence with "contact / send ... to / reach" ---------------------------------
SITE = "a site's own prose notice (its template's words; the failed address alone on the line under its sentence)"
BUYERS, KL = "buyers@lists.kvarn-trade.example", "lists.kvarn-trade.example"
CONTACT_ROWS = [
    ("a65c-contact-refused-reach", f"{SITE}: 'The remote server refused delivery when we tried to reach the following "
     "recipient:' (a failure said with 'refused', no word of the failure list)",
     plain("c1", ISP, "Undeliverable: Quick question", "The remote server refused delivery when we tried to reach the "
           f"following recipient:\n{VIK}\nReason: 550 5.1.1 User unknown\n", orig_to=VIK), hard(VIK)),
    ("a65c-contact-error-send-message-to", f"{SITE}: 'An error occurred while trying to send a message to:'",
     plain("c2", ISP, "Undeliverable: Quick question", "An error occurred while trying to send a message to:\n"
           f"{VIK}\nReason: 550 5.1.1 User unknown\n", orig_to=VIK), hard(VIK)),
    ("a65c-contact-ctl-could-not-deliver-to", f"{SITE}: 'Could not deliver to:' (no contact word)",
     plain("c3", ISP, "Undeliverable: Quick question",
           f"Could not deliver to:\n{VIK}\nReason: 550 5.1.1 User unknown\n", orig_to=VIK), hard(VIK)),
    ("a65c-contact-ctl-admin-then-failed", f"{SITE}: 'contact your administrator:' on the line above 'Delivery to the "
     "following recipient failed permanently:'",
     plain("c4", ISP, "Undeliverable: Quick question", "If the problem persists, contact your administrator:\n"
           f"Delivery to the following recipient failed permanently:\n{VIK}\nReason: 550 5.1.1 User unknown\n",
           orig_to=VIK), hard(VIK)),
    ("a65c-contact-admin-after-unknown-user", f"{SITE}: the lead missing, then 'If you do not know the correct "
     "address, please contact the domain's administrator:' and the admin's live address alone below (a failure "
     "word, 'not', in the contact sentence): the admin is no failed recipient",
     plain("c5", ISP, "Undeliverable: Quick question", f"The user {VIK} does not exist (550 5.1.1 User unknown).\n"
           "If you do not know the correct address, please contact the domain's administrator:\n"
           "it-support@vik-skips.example\n", orig_to=VIK), hard(VIK)),
    ("a65c-contact-list-owner-not-member", "Majordomo 2 / list server 'restrict_post' refusal: 'Non-members may not "
     "post; for help, please contact the list owner:' and the -owner address indented below (a 'not' in the "
     "sentence): the list refused the post, the owner is no failed recipient",
     plain("c6", f"Majordomo <majordomo@{KL}>", "Rejected posting to buyers", "Your message to the buyers list was "
           "rejected. Non-members may not post; for help, please contact the list owner:\n"
           f"  buyers-owner@{KL}\n", orig_to=BUYERS), soft(BUYERS)),
]

# ---- 4. cut: "local@label" mapped onto the original's To/Cc -------------------------------------------------------
TV = f"Tore Vik <{VIK}>"
LB = "labelled prose notice (Gromox data/local_bounce shape, review_layouts40_layouts.labelled)"
CUT_ROWS = [
    ("a65c-cut-our-own-address", f"{LB}: 'Recipient: seller@example' with our own address Cc'd "
     f"({SELLER}): never our own address, never the To",
     labelled("d1", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: "
              "seller@example\nReason: 550 5.1.1 User unknown\n", to=TV, cc=f"Sam Seller <{SELLER}>"),
     hard("seller@example")),
    ("a65c-cut-two-cc-fit", f"{LB}: two Cc's fit 't.vik@vik-skips' (.example and .no), the To another person: "
     "which failed cannot be told",
     labelled("d2", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: "
              "t.vik@vik-skips\nReason: 550 5.1.1 User unknown\n", to="Karin Lund <k.lund@lund-bygg.example>",
              cc=f"{VIK}, t.vik@vik-skips.no"), hard("t.vik@vik-skips")),
    ("a65c-cut-short-host-of-other-cc", f"{LB}: 'lena@mail', the partner's host's short name (sendmail's $j "
     "unqualified by a local rule) for a forward target, where a Cc of another organisation is "
     "lena@mail.example.org: no person of the original is named for sure",
     labelled("d3", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: lena@mail\n"
              "Reason: 550 5.1.1 User unknown\n", to="Lena Berg <lena@partner.example>",
              cc="Lena Holm <lena@mail.example.org>"), hard("lena@mail")),
    ("a65c-cut-ctl-one-to-crlf", f"{LB}, CRLF: 'Recipient: t.vik@vik-skips', the one To fitting: the To",
     crlf(labelled("d4", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: "
                   "t.vik@vik-skips\nReason: 550 5.1.1 User unknown\n", to=TV)), hard(VIK)),
    ("a65c-cut-ctl-first-name-common-word", f"{LB}: 'To: Will', the lone To's own first name (Will Hart): the lone To "
     "guessed (leftovers65's mend, a first name that is also a word)",
     labelled("d5", "Undeliverable: Quick question", "Your message could not be delivered.\n\nTo: Will\n"
              "Reason: 550 5.1.1 User unknown\n", to="Will Hart <w.hart@hart-bygg.example>"),
     hard("w.hart@hart-bygg.example")),
]

# ---- 5. route: qmail's "couldn't find any host named X" ------------------------------------------------------------
IDN_U, IDN_A = "dal-træ.example", "xn--dal-tr-uua.example"
ROUTE_ROWS = [
    ("a65c-route-ctl-own-domain-case", f"{QMAIL_SRC}; {QMAIL_PERM_DNS}: the recipient's domain itself, the address "
     "written in capitals: hostunknown",
     qmail("e1", "K.Dal@Dal-Tre.Example", detail=no_host("dal-tre.example")),
     hard("K.Dal@Dal-Tre.Example", ("hostunknown",))),
    ("a65c-route-ctl-own-domain-idna", f"{QMAIL_SRC}; {QMAIL_PERM_DNS}: the recipient's Unicode domain named in its "
     "A-label (qmail looks up the ASCII form): hostunknown",
     qmail("e2", f"k.dal@{IDN_U}", detail=no_host(IDN_A)), hard(f"k.dal@{IDN_U}", ("hostunknown",))),
    ("a65c-route-idna-under", f"{QMAIL_SRC}; {QMAIL_PERM_DNS}: a host under the recipient's IDN domain in its A-label "
     "('mx.xn--...'): our smtproutes route, soft",
     qmail("e3", f"k.dal@{IDN_U}", detail=no_host(f"mx.{IDN_A}")), soft(f"k.dal@{IDN_U}")),
    ("a65c-route-suffix-only", f"{QMAIL_SRC}; {QMAIL_PERM_DNS}: 'relay.dal-tre.example.net', a name sharing only "
     "letters with the recipient's domain (another domain: our relay), soft",
     qmail("e4", "k.dal@dal-tre.example", detail=no_host("relay.dal-tre.example.net")), soft("k.dal@dal-tre.example")),
    ("a65c-route-label-suffix", f"{QMAIL_SRC}; {QMAIL_PERM_DNS}: 'xdal-tre.example' ends like the recipient's domain "
     "but is another name (no label boundary): our route, soft",
     qmail("e5", "k.dal@dal-tre.example", detail=no_host("xdal-tre.example")), soft("k.dal@dal-tre.example")),
    ("a65c-route-ctl-mail-subdomain-of-missing", f"{QMAIL_SRC}; {QMAIL_PERM_DNS}: 'mail.dal-tre.example' named: qmail "
     "names the domain it looked up (the recipient's own, were it missing), so this is a relay of smtproutes: soft",
     qmail("e6", "k.dal@dal-tre.example", detail=no_host("mail.dal-tre.example")), soft("k.dal@dal-tre.example")),
]

ROWS = ALLOW_ROWS + ABOVE_ROWS + CONTACT_ROWS + CUT_ROWS + ROUTE_ROWS

# ---- written WITH the mends (expectations before they ran): controls of their edges --------------------------------
MEND_ROWS = [
    ("a65c-mend-ctl-recipient-address-unknown-note", f"{POSTFIX_SRC}; {PF_ACCESS}: 'Recipient address unknown' (the "
     "recipient named) with the allow-list note: the note set aside, the recipient missing",
     pf_remote("n1", A2, f"550 5.1.1 <{A2}>: Recipient address unknown (note: your address is not listed on our "
               "whitelist)", "5.1.1", "mx.berg-ror.example"), hard(A2)),
    ("a65c-mend-ctl-cut-mail-label-one-to", f"{LB}: 'lena@mail', the one To lena@mail.partner.example (no other "
     "recipient with that local part): the To",
     labelled("n2", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: lena@mail\n"
              "Reason: 550 5.1.1 User unknown\n", to="Lena Berg <lena@mail.partner.example>"),
     hard("lena@mail.partner.example")),
    ("a65c-mend-ctl-please-note-not-reach", f"{SITE}: 'Please note that we could not reach the following recipient:' "
     "(a request to note, not to contact): the address below failed",
     plain("n3", ISP, "Undeliverable: Quick question", "Please note that we could not reach the following recipient:\n"
           f"{VIK}\nReason: 550 5.1.1 User unknown\n", orig_to=VIK), hard(VIK)),
]
