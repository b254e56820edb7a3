"""The ninety-fourth review, part 1 (part 2: review_notices94_notices.py): an adversarial audit of the rules review 91
added, as remote replies our relay reports (review_notices25.rows_relayed) and Gmail's and Exchange Online's own
notices quote (rows_quoted), each attack beside a control.

1. generic_refusal.without_signature (a filter vendor's signature under 5.1.1 is no blocklist): real blocklist, IP and
   content refusals that also carry a vendor's signature must keep their reading (never userunknown, a false hard).
2. lexicon._SENDER ("back to sender", "returned to sender" read as the notice's direction): real sender refusals
   written near those words, and sender verification called "call back to sender".
4. departures._NAMED_LEFT (leavers in any Latin script, middle initials, a title): products, field labels, a
   temporary absence, a colleague leaving while the recipient stays.
Also departures._a_thing_left's full-stop strip.

Rows: (name, source, raw, expected), expected written from the words, the status and shared/classifier/taxonomy.md
BEFORE the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices88 import ANY, LEAD as PLEAD, MX, R, S, UNK

MOVED = ("hasmoved", "userunknown")
NOT_HARD_CONTENT = ("spamdetected", "virusdetected", "policyviolation", "filtered", "contenterror", "securityerror")


both = both_layouts("r94", MX, PLEAD)


# ---- 1. a vendor's signature beside a real blocklist / content refusal under a miscoded 5.1.1 ----------------------
SIG = ("review 91's generic_refusal.without_signature under attack: a refusal under RFC 3463's 5.1.1 whose words say "
       "our IP or the content was refused, with a filter vendor's signature sentence beside it (appliance footers: "
       "Barracuda, Proofpoint, Mimecast, Sophos, Spamhaus as their hosted customers' replies end), hand-made")
SIG_ATTACKS = [
    ("sig-ip-on-blocklist-protected-by-spamhaus", "550 5.1.1 Your IP is on our blocklist. Protected by Spamhaus.",
     "5.1.1", "RCPT", False, ("blocked",), S),
    ("sig-ip-listed-then-signature-barracuda", "550 5.1.1 Message rejected: 192.0.2.25 is listed on a blocklist. "
     "This server is protected by Barracuda.", "5.1.1", "RCPT", False, ("blocked",), S),
    ("sig-signature-first-then-ip-listed", "550 5.1.1 Rejected. This server is protected by Spamhaus. Your IP "
     "192.0.2.25 is listed.", "5.1.1", "RCPT", False, ("blocked",), S),
    ("sig-sender-ip-blocked-proofpoint", "550 5.1.1 Access denied - sender IP 192.0.2.25 blocked. This server is "
     "protected by Proofpoint Essentials.", "5.1.1", "RCPT", False, ("blocked",), S),
    ("sig-blocked-see-spamhaus-url", "550 5.1.1 Blocked - see https://www.spamhaus.org/query/ip/192.0.2.25",
     "5.1.1", "RCPT", False, ("blocked",), S),
    ("sig-spam-content-proofpoint", "550 5.1.1 Message content rejected as spam. This system is protected by "
     "Proofpoint.", "5.1.1", "DATA", False, NOT_HARD_CONTENT, ANY),
    ("sig-virus-found-sophos", "550 5.1.1 Virus found in message. Protected by Sophos.", "5.1.1", "DATA", False,
     NOT_HARD_CONTENT, ANY),
    ("sig-mimecast-content-policy", "550 5.1.1 Message blocked by content policy. This domain is protected by "
     "Mimecast.", "5.1.1", "DATA", False, (), ANY),
    ("sig-rejected-by-spamhaus-and-signature", "550 5.1.1 Rejected because 192.0.2.25 is in Spamhaus ZEN. Protected "
     "by Spamhaus.", "5.1.1", "RCPT", False, ("blocked",), S),
]
SIG_CONTROLS = [  # the signature beside a true "no such user" (review 91's mend stays)
    ("sig-c-user-unknown-policy-footer", "550 5.1.1 User unknown. Mail to this domain is subject to our acceptable "
     "use policy. Protected by Barracuda.", "5.1.1", "RCPT", True, UNK, R),
    ("sig-c-recipient-rejected-mimecast", "550 5.1.1 Recipient address rejected: User unknown. Protected by "
     "Mimecast.", "5.1.1", "RCPT", True, UNK, R),
    ("sig-c-no-mailbox-sophos", "550 5.1.1 No such mailbox here. This server is protected by Sophos Email.", "5.1.1",
     "RCPT", True, UNK, R),
    ("sig-c-unknown-proofpoint", "550 5.1.1 <lead@partner.example>... User unknown. This system is protected by "
     "Proofpoint Essentials.", "5.1.1", "RCPT", True, UNK, R),
]

# ---- 2. a real sender refusal beside "returned to sender" ---------------------------------------------------------
BACK = ("review 91's lexicon._SENDER under attack: a refusal of OUR sender (Postfix's 'Sender address rejected', "
        "Exim's 'Sender verify failed', a sender verification callback: RFC 3463 5.1.7/5.1.8 or a miscoded 5.1.1) "
        "written beside the direction words 'returned to sender' / 'return to sender', hand-made")
BACK_ATTACKS = [
    ("back-sender-rejected-message-returned", "550 5.1.1 Sender rejected; message returned to sender", "5.1.1",
     "RCPT", False, ("rejected",), S),
    ("back-sender-address-rejected-domain-not-found", "550 5.1.8 <seller@example.com>: Sender address rejected: "
     "Domain not found (returned to sender)", "5.1.8", "RCPT", False, ("rejected",), S),
    ("back-returned-to-sender-sender-unknown", "550 5.1.1 Returned to sender: sender address unknown", "5.1.1",
     "RCPT", False, ("rejected",), S),
    ("back-callback-to-sender-failed", "550 5.1.1 <seller@example.com>: callback to sender failed: no such user",
     "5.1.1", "RCPT", False, ("rejected",), S),
    ("back-call-back-to-sender-unverified", "550 5.1.1 Could not verify address by call back to sender: mailbox "
     "does not exist", "5.1.1", "RCPT", False, ("rejected",), S),
    ("back-sender-verify-failed-return", "550 5.1.1 Sender verify failed - return to sender", "5.1.1", "RCPT", False,
     ("rejected",), S),
    ("back-sender-is-blocked-return", "550 5.1.1 The sender is blocked, return to sender", "5.1.1", "RCPT", False,
     (), ANY),
]
BACK_CONTROLS = [  # the recipient unknown, the direction words beside (review 91's mend stays)
    ("back-c-no-such-user-bounced-back", "550 5.1.1 No such user here; message bounced back to sender", "5.1.1",
     "RCPT", True, UNK, R),
    ("back-c-user-unknown-return-to-sender", "550 5.1.1 <lead@partner.example>: User unknown - return to sender",
     "5.1.1", "RCPT", True, UNK, R),
    ("back-c-recipient-not-found-returned", "550 5.1.1 Recipient not found; message returned to the sender", "5.1.1",
     "RCPT", True, UNK, R),
]

# ---- 4. a "<Name> left <Thing>" that is no leaver ----------------------------------------------------------------
LEFT = ("review 91's departures._NAMED_LEFT under attack: a recipient server's admin text (Postfix access(5) 'REJECT "
        "<text>' / Exim ':fail: <text>', review 69's layout) naming a product, a field, a temporary absence or a "
        "colleague with the leaver's shape '<Name> left <Capitalised> <when>', hand-made")
LEFT_ATTACKS = [
    ("left-nunez-for-the-holidays", "550 5.7.1 José Núñez left Partner Ltd for the Holidays; back on 4 January",
     "5.7.1", "RCPT", False, (), ANY),
    ("left-zoe-early-back-monday", "550 5.7.1 Zoë Lee left Early Today; back on 7 December", "5.7.1", "RCPT", False,
     (), ANY),
    ("left-mary-j-smith-on-leave", "550 5.7.1 Mary J. Smith left Partner Corp on Parental Leave until 1 March",
     "5.7.1", "RCPT", False, (), ANY),
    ("left-dr-web-attachment", "550 5.7.1 Dr. Web left Attachment Quarantined on 3 March", "5.7.1", "DATA", False,
     (), ANY),
    ("left-microsoft-word-macros", "550 5.7.1 Microsoft Word left Macros Enabled in the attachment (saved on 3 March)",
     "5.7.1", "DATA", False, (), ANY),
    ("left-colleague-recipient-stays", "550 5.7.1 Mary J. Smith left Partner Corp in March; her accounts are now "
     "handled by this mailbox, please resend", "5.7.1", "RCPT", False, (), ANY),
    ("left-postal-code-blank-semicolon", "550 5.7.1 Postal Code left Blank; please contact support@partner.example",
     "5.7.1", "RCPT", False, (), ANY),
    ("left-postal-code-blank-dot-please", "550 5.7.1 Postal Code left Blank.Please contact support@partner.example",
     "5.7.1", "RCPT", False, (), ANY),
    ("left-postal-code-empty-ellipsis", "550 5.7.1 Código Postal left Empty... Please write to support@partner.example",
     "5.7.1", "RCPT", False, (), ANY),
    ("left-messages-from-initial-sender", "550 5.7.1 Messages from Zoë K. Núñez are refused: Zoë K. Núñez left "
     "Partner Ltd on 1 March", "5.7.1", "RCPT", False, (), ANY),
]
LEFT_CONTROLS = [  # a true leaver, said the same ways (hasmoved, hard)
    ("left-c-nunez-for-good", "550 5.7.1 José Núñez left Partner Ltd on 30 November; please write to "
     "sales@partner.example", "5.7.1", "RCPT", True, MOVED, R),
    ("left-c-dr-brown-company-dot", "550 5.7.1 Dr. Brown left Acme. Please write to sales@partner.example instead",
     "5.7.1", "RCPT", True, MOVED, R),
    ("left-c-anne-k-muller", "550 5.7.1 Anne K. Müller left Partner GmbH in March", "5.7.1", "RCPT", True, MOVED, R),
    ("left-c-will-not-be-back", "550 5.7.1 José Núñez left Partner Ltd on 30 November and will not be back; please "
     "write to sales@partner.example", "5.7.1", "RCPT", True, MOVED, R),
    ("left-c-mailbox-no-longer-monitored", "550 5.7.1 Mary J. Smith left Partner Corp in March; this mailbox is no "
     "longer monitored", "5.7.1", "RCPT", True, MOVED, R),
]

ROWS = (both("sig", SIG, SIG_ATTACKS + SIG_CONTROLS) + both("back", BACK, BACK_ATTACKS + BACK_CONTROLS)
        + both("left", LEFT, LEFT_ATTACKS + LEFT_CONTROLS))
