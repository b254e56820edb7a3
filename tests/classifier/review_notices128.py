"""The hundred-and-twenty-eighth review: an ADVERSARIAL AUDIT of review 121's mends (commits 45772cd, eb0b16c):
- generic_refusal.cause_words drops a plural list of possible causes, a cause denied ("not spam"), a spam score of
  exactly zero and an anti-spam/anti-virus product's name with its version;
- remote/bluehost.py: the bare "recipient rejected" is the missing mailbox only where nothing before it names a cause
  and no 4.x.x / 5.2-5.7 status stands; the "gl/bl" tag anywhere is the recipient's own blacklist;
- soft_wordings.py: the IP-literal block also for IPv6, CIDR, "ip=", never beside the missing user in words its
  local guard lists (Gmail's, qmail's), a supposed block ("if/whether <ip> is blocked"), a "blocked list" note;
- remote/cable.py: Shaw's "AUP#MXRT" / "AUP#CNCT" not inside a URL.

1. FALSE HARDS: a generic refusal at RCPT (review 82: alone, the missing user) beside a real cause that cause_words
   now drops ("not spam-free", "can not spam", a decimal comma "0,9", a product's verdict after its version, a
   "reasons can be found below: <cause>"); Bluehost's bare ending after a cause CAUSES does not hold (SPF, TLS, the
   recipient's blacklist) or a sender status (5.1.7 / 5.1.8); its tag spaced or wrapped; an IPv6 CIDR ending "::/64".
2. FALSE SOFTS: the recipient's absence in words the IP rule's guard does not list (Yahoo's "This user doesn't have a
   ... account", Exim's "Unrouteable address", Exchange's "RecipNotFound", German/French/Spanish) beside "<ip> is
   blocked"; a supposition the look-behinds miss ("If your IP <ip> is blocked", "In case <ip> is blocked"); a token
   the IPv6 shape takes for an address; Shaw's tag in a URL without a scheme or wrapped; Bluehost's "gl/bl" in a URL.
3. The shared guard (soft_wordings.NOT_BESIDE_NO_USER): its other users (rule_wordings' "sender IP <ip> blocked",
   "user blocked"; soft_wordings' "rejected mail from IP", "the sender is blocked") beside Gmail's wording; and the
   CONTROLS that blocks stay blocks (the sender's account, the sender's domain unknown, sender verify).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE: real wordings cite the provider's page
or the server's source; attack variants cite the rule they attack. test_review_notices128.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, rows_relayed

R, S, ANY = "recipient", "sender", None
UNK, FILT, BLK = ("userunknown",), ("filtered",), ("blocked",)
SPAM, SPEED, TMC = ("spamdetected",), ("speeding",), ("toomanyconn",)
IP = "192.0.2.25"

G_MX, G_L = "mx.partner.example", "lead@partner.example"

# ---- 1. generic_refusal.cause_words: a real cause dropped (our relay's report at RCPT) -------------------------------
C_SRC = ("attack on review 121's generic_refusal._NO_CAUSE (a cause denied 'not spam', a zero spam score, a product's "
         "name and version, a plural list of possible causes); generic refusal as RFC 5321 4.2.2 and "
         "wordings.GENERIC_REFUSALS (review 82: alone at RCPT the missing user, beside a cause that cause); hand-made")
CAUSE_DROPPED = [
    # "not <cause>" inside a longer phrase that SAYS the cause.
    ("classified-spam-not-spam-free", f"550 <{G_L}> recipient rejected: classified as spam, not spam-free", "5.0.0",
     "RCPT", False, SPAM, ANY),
    ("not-spam-free-alone", f"550 <{G_L}> recipient rejected: message not spam-free", "5.0.0", "RCPT", False, ANY,
     ANY),
    ("not-virus-free", f"550 <{G_L}> recipient rejected: message is not virus-free", "5.0.0", "RCPT", False, ANY, ANY),
    # An accusation the look-behinds ("do/must/should not spam") do not list.
    ("can-not-spam", f"550 <{G_L}> recipient rejected: you can not spam our users", "5.0.0", "RCPT", False, ANY, ANY),
    ("may-not-spam", f"550 <{G_L}> recipient rejected: senders may not spam this domain", "5.0.0", "RCPT", False,
     ANY, ANY),
    ("shall-not-spam", f"550 <{G_L}> recipient rejected: you shall not spam", "5.0.0", "RCPT", False, ANY, ANY),
    # Controls: a denial beside a cause named; "cannot" is no "not".
    ("c-not-spam-but-blacklisted", f"550 <{G_L}> recipient rejected: not spam, but your IP {IP} is blacklisted",
     "5.0.0", "RCPT", False, ANY, ANY),
    ("c-cannot-spam", f"550 <{G_L}> recipient rejected: you cannot spam here", "5.0.0", "RCPT", False, ANY, ANY),
    # A spam score: a decimal comma is above zero; exactly zero of a threshold names no cause.
    ("spam-score-decimal-comma", f"550 <{G_L}> recipient rejected: spam score 0,9 over threshold 0,5", "5.0.0",
     "RCPT", False, ANY, ANY),
    ("c-spam-score-zero-of-required", f"550 <{G_L}> recipient rejected (spam score 0.0/5.0 required 5.0)", "5.0.0",
     "RCPT", True, UNK, R),
    ("c-spam-score-zero-but-listed", f"550 <{G_L}> recipient rejected: spam score 0, but sender IP {IP} is listed "
     "on our blocklist", "5.0.0", "RCPT", False, ANY, ANY),
    ("c-spam-score-zero-but-spam", f"550 <{G_L}> recipient rejected: spam score 0 but message identified as spam by "
     "sender reputation", "5.0.0", "RCPT", False, ANY, ANY),
    # A product's name and version whose verdict follows in words without a cause word of their own.
    ("antivirus-engine-found-eicar", f"550 <{G_L}> recipient rejected. Anti-Virus Engine 6.1 found "
     "Eicar-Test-Signature", "5.0.0", "RCPT", False, ANY, ANY),
    ("antispam-filter-score", f"550 <{G_L}> recipient rejected. Antispam Filter 2.1 score 12.5/5.0", "5.0.0", "RCPT",
     False, ANY, ANY),
    ("antivirus-scanner-infected", f"550 <{G_L}> recipient rejected. Antivirus Scanner 4.2: infected", "5.0.0",
     "RCPT", False, ANY, ANY),
    ("barracuda-version-reputation", f"550 <{G_L}> recipient rejected: blocked by Barracuda 8.1 reputation", "5.0.0",
     "RCPT", False, ANY, ANY),
    ("c-antispam-gateway-blocked-ip", f"550 <{G_L}> recipient rejected. Anti-Spam Gateway 3.2 blocked your IP {IP}",
     "5.0.0", "RCPT", False, ANY, ANY),
    # A list's label that runs on to the cause itself, or a list whose sentence ends with this message's cause.
    ("reasons-can-be-found-virus", f"550 <{G_L}> recipient rejected. Reasons can be found below: message contains "
     "a virus", "5.0.0", "RCPT", False, ANY, ANY),
    ("reasons-could-include-and-this", f"550 <{G_L}> recipient rejected. Reasons could include spam, and this "
     "message was spam", "5.0.0", "RCPT", False, ANY, ANY),
    ("possible-causes-then-this-message-blocked", f"550 <{G_L}> recipient rejected. Possible causes: a full mailbox, "
     "a blocked IP or spam. This message: blocked", "5.0.0", "RCPT", False, ANY, ANY),
    ("common-reasons-then-ip-blocked", f"550 <{G_L}> recipient rejected. Common reasons include a full mailbox; "
     f"here {IP} is blocked", "5.0.0", "RCPT", False, BLK, S),
    ("possible-reasons-one-listed", f"550 <{G_L}> recipient rejected. Possible reasons: your IP {IP} is listed on our "
     "blocklist", "5.0.0", "RCPT", False, ANY, ANY),
    # Controls: a list whose items are the missing mailbox, and a help sentence: the refusal alone, the missing user.
    ("c-possible-causes-missing-mailbox", f"550 <{G_L}> recipient rejected. Possible causes: the address is "
     "misspelled or the mailbox was removed.", "5.0.0", "RCPT", True, UNK, R),
    ("c-for-more-information", f"550 <{G_L}> recipient rejected. For more information see "
     "https://help.partner.example", "5.0.0", "RCPT", True, UNK, R),
]

# ---- 2. Bluehost's bare "recipient rejected" (remote/bluehost.py) ----------------------------------------------------
U_MX, U_L = "box2077.bluehost.com", "lead@bluehost-customer.example"
U_SRC = ("Bluehost Help 'What Does My Email Bounce Mean?' (bluehost.com/help/article/what-does-my-email-bounce-mean): "
         "'SMTP 550 (\"toemail\" recipient rejected)' the mailbox does not exist, '... recipient rejected GL/BL' the "
         "sender blacklisted by the recipient; attack on review 121's bluehost._bare_alone (generic_refusal."
         "beside_a_cause's CAUSES, _OTHER_STATUS) and its 'gl/bl' rule; the words around them hand-made")
BLUEHOST = [
    # A cause BEFORE the bare ending that generic_refusal.CAUSES does not hold: never the missing mailbox.
    ("spf-before", f"550 SPF check failed; <{U_L}> recipient rejected", "5.0.0", "RCPT", False, ANY, ANY),
    ("dmarc-before", f"550 DMARC policy violation, <{U_L}> recipient rejected", "5.0.0", "RCPT", False, ANY, ANY),
    ("blacklisted-by-recipient-before", f"550 Sender blacklisted by the recipient: <{U_L}> recipient rejected",
     "5.0.0", "RCPT", False, ANY, ANY),
    ("tls-required-before", f"550 TLS required; <{U_L}> recipient rejected", "5.0.0", "RCPT", False, ANY, ANY),
    ("too-many-recipients-before", f"550 Too many recipients; <{U_L}> recipient rejected", "5.0.0", "RCPT", False,
     ANY, ANY),
    # A status of the SENDER's address (RFC 3463 x.1.7 bad sender mailbox syntax, x.1.8 bad sender's system).
    ("status-5.1.8", f"550 5.1.8 <{U_L}> recipient rejected", "5.1.8", "RCPT", False, ANY, ANY),
    ("status-5.1.7", f"553 5.1.7 <{U_L}> recipient rejected", "5.1.7", "RCPT", False, ANY, ANY),
    # The blacklist tag spaced, dashed or wrapped: still the recipient's blacklist, not the bare words.
    ("gl-space-bl", f"550 <{U_L}> recipient rejected GL / BL", "5.0.0", "RCPT", False, FILT, R),
    ("gl-dash-bl", f"550 <{U_L}> recipient rejected GL-BL", "5.0.0", "RCPT", False, FILT, R),
    ("gl-bl-wrapped", f"550 <{U_L}> recipient rejected GL/\n        BL", "5.0.0", "RCPT", False, FILT, R),
    # The tag only in a help URL or a note beside a missing user: no blacklist said.
    ("gl-bl-help-url-5.1.1", f"550 5.1.1 <{U_L}> user unknown (tags explained at "
     "https://www.bluehost.com/help/email-errors#gl/bl)", "5.1.1", "RCPT", True, UNK, R),
    ("gl-bl-not-applied-5.1.1", f"550 5.1.1 <{U_L}> no such user; GL/BL not applied", "5.1.1", "RCPT", True, UNK, R),
    # Controls: the bare words with nothing naming a cause; the tag under a policy status and for now.
    ("c-sorry-bare", f"550 Sorry, <{U_L}> recipient rejected", "5.0.0", "RCPT", True, UNK, R),
    ("c-5.7.1-gl-bl", f"550 5.7.1 <{U_L}> recipient rejected GL/BL", "5.7.1", "RCPT", False, FILT, R),
    ("c-4.7.1-gl-bl", f"450 4.7.1 <{U_L}> recipient rejected GL/BL", "4.7.1", "RCPT", False, ANY, R),
    ("c-bare-data-5.1.1", f"550 5.1.1 <{U_L}> recipient rejected.", "5.1.1", "DATA", True, UNK, R),
]

# ---- 3. The IP-literal rule's local guard: the recipient's absence in other words (soft_wordings) ---------------------
I_SRC = ("attack on review 121's soft_wordings IP-literal rule and its guards (NOT_BESIDE_NO_USER, "
         "_NOR_ABSENT_OTHERWISE: only Gmail's, qmail's and 'no such account/address/person'); the IP clause hand-made")
ABSENT = [
    # Real missing-user wordings the guard does not list, an IP said blocked in a second clause.
    ("yahoo-no-account", f"554 5.1.1 delivery error: dd This user doesn't have a partner.example account ({G_L}) [0]; "
     f"{IP} is blocked as well", "5.1.1", "RCPT", True, UNK, R),
    ("exim-unrouteable", f"550 5.1.1 Unrouteable address; {IP} is blocked as well", "5.1.1", "RCPT", True, UNK, R),
    ("exchange-recipnotfound", f"550 5.1.1 RESOLVER.ADR.RecipNotFound; not found; {IP} is blocked as well", "5.1.1",
     "RCPT", True, UNK, R),
    ("de-benutzer-unbekannt", f"550 5.1.1 <{G_L}>: Benutzer unbekannt; {IP} is blocked as well", "5.1.1", "RCPT",
     True, UNK, R),
    ("fr-utilisateur-inconnu", f"550 5.1.1 <{G_L}>: Utilisateur inconnu ; {IP} is blocked as well", "5.1.1", "RCPT",
     True, UNK, R),
    ("es-usuario-desconocido", f"550 5.1.1 <{G_L}>: Usuario desconocido; {IP} is blocked as well", "5.1.1", "RCPT",
     True, UNK, R),
    ("address-does-not-exist", f"550 5.1.1 Address does not exist; {IP} is blocked as well", "5.1.1", "RCPT", True,
     UNK, R),
    ("unknown-address", f"550 5.1.1 Unknown address; {IP} is blocked as well", "5.1.1", "RCPT", True, UNK, R),
    ("gmail-wrapped-after-account", f"550-5.1.1 The email account\n550-5.1.1 that you tried to reach does not exist; "
     f"{IP} is blocked as well", "5.1.1", "RCPT", True, UNK, R),
    # Controls: wordings the guards do list.
    ("c-rfc-no-such-user-here", f"550 5.1.1 No such user here; {IP} is blocked as well", "5.1.1", "RCPT", True, UNK,
     R),
    ("c-ms-recipientnotfound", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
     f"lookup; {IP} is blocked as well", "5.1.10", "RCPT", True, UNK, R),
    ("c-gmail-multiline", "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
     "550-5.1.1 double-checking the recipient's email address for typos or\n"
     f"550 5.1.1 unnecessary spaces. {IP} is blocked as well", "5.1.1", "RCPT", True, UNK, R),
]
A_REAL = ("real wordings: Yahoo Help SLN3444 / abuse-57 '554 delivery error: dd This user doesn't have a yahoo.com "
          "account' (the user does not exist); Exim's 'Unrouteable address' (src/src/deliver.c, verify.c; Exim test "
          "0243 'deny message = unrouteable address'); Exchange's '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' "
          "and '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' (Microsoft "
          "Learn 'Fix error code 550 5.1.10 in Exchange Online'); RFC 5321 Appendix D '550 No such user here'; "
          "Google Workspace Admin Help 3726730 (Gmail's 'The email account that you tried to reach does not exist', "
          "multi-line); German/French/Spanish as review 110's rows write them (GNU Mailutils' catalog: 'utilisateur "
          "inconnu'); ")
# A block only supposed in a help sentence, in shapes the look-behinds ("if ", "whether ") miss.
SUPPOSED = [
    ("if-your-ip-is-blocked", f"550 5.1.1 <{G_L}> recipient rejected. If your IP {IP} is blocked, see "
     "https://help.partner.example/faq", "5.1.1", "RCPT", True, UNK, R),
    ("if-ip-equals-is-blocked", f"550 5.1.1 <{G_L}> recipient rejected. If ip={IP} is blocked, write to "
     "postmaster@partner.example", "5.1.1", "RCPT", True, UNK, R),
    ("in-case-is-blocked", f"550 5.1.1 <{G_L}> recipient rejected. In case {IP} is blocked, contact "
     "postmaster@partner.example", "5.1.1", "RCPT", True, UNK, R),
    ("find-out-if-the-address-is-blocked", f"550 5.1.1 <{G_L}> recipient rejected. To find out if the address {IP} "
     "is blocked, visit https://help.partner.example/faq", "5.1.1", "RCPT", True, UNK, R),
]

# ---- 4. The IP literal's shapes (soft_wordings._IP_LITERAL) ----------------------------------------------------------
V_SRC = ("attack on review 121's soft_wordings._IP_LITERAL (IPv6 with '::', a hex letter or eight groups; CIDR; "
         "'ip='); IPv6 CIDR blocks as RFC 4291 2.3 writes prefixes ('2001:db8::/32'), an IPv4-mapped address as 2.5.5.2 "
         "('::ffff:192.0.2.25'); generic refusal as RFC 5321 4.2.2; hand-made")
SHAPES = [
    ("ipv6-cidr-64", f"550 <{G_L}> recipient rejected, network 2001:db8:abcd:12::/64 is blocked", "5.0.0", "RCPT",
     False, BLK, S),
    ("ipv6-cidr-32", f"550 <{G_L}> recipient rejected, 2001:db8::/32 is blocked", "5.0.0", "RCPT", False, BLK, S),
    ("ipv4-mapped", f"550 <{G_L}> recipient rejected, ::ffff:{IP} is blocked", "5.0.0", "RCPT", False, BLK, S),
    ("temporarily-blocked", f"550 <{G_L}> recipient rejected, {IP} is temporarily blocked", "5.0.0", "RCPT", False,
     BLK, S),
    ("currently-blocked", f"550 <{G_L}> recipient rejected, {IP} is currently blocked", "5.0.0", "RCPT", False, BLK,
     S),
    ("c-ipv6-literal-upper", f"550 <{G_L}> recipient rejected, [IPv6:2001:DB8::25] has been blocked", "5.0.0",
     "RCPT", False, BLK, S),
    ("c-ip-word-blocked", f"550 <{G_L}> recipient rejected, IP {IP} blocked", "5.0.0", "RCPT", False, BLK, S),
    # Tokens that are no address: a MAC address, a colon-joined session id (hex letters, no '::').
    ("mac-address-not-ip", f"550 5.1.1 <{G_L}> recipient rejected (device ab:cd:ef:01:23:45 blocked 0 times)",
     "5.1.1", "RCPT", True, UNK, R),
    ("hex-session-not-ip", f"550 5.1.1 <{G_L}> recipient rejected (session ab:cd:ef blocked 0 retries)", "5.1.1",
     "RCPT", True, UNK, R),
]

# ---- 5. Shaw's tags in a URL (remote/cable.py skips) -----------------------------------------------------------------
H_MX, H_L = "shw-central.mx.a.cloudfilter.net", "lead@shaw.ca"
H_SRC = ("Shaw's community forum (support.shaw.ca, weak): Cloudmark's 'AUP#MXRT' rate limit, 'AUP#CNCT' concurrent "
         "connections; attack on review 121's cable.skips (_URL: 'http(s)://' or 'www.' only); hand-made")
SHAW = [
    ("url-no-scheme-mxrt", f"550 5.1.1 <{H_L}> user unknown (see support.shaw.ca/email-errors#aup#mxrt)", "5.1.1",
     "RCPT", True, UNK, R),
    ("url-wrapped-cnct", f"550 5.1.1 <{H_L}> user unknown (https://support.shaw.ca/email-\n        errors#aup#cnct)",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-url-angle-brackets", f"550 5.1.1 <{H_L}> user unknown <https://support.shaw.ca/errors#AUP#MXRT>", "5.1.1",
     "RCPT", True, UNK, R),
    ("c-url-then-tag", f"421 4.7.0 shw-central.mx.a.cloudfilter.net {IP} rejected, see https://support.shaw.ca "
     "AUP#MXRT", "4.7.0", "MAIL", False, SPEED, S),
    ("c-tag-and-url-tag", f"554 5.7.1 shw-central.mx.a.cloudfilter.net {IP} rejected AUP#CNCT "
     "(https://support.shaw.ca/errors#aup#cnct)", "5.7.1", "CONN", False, TMC, S),
    ("c-url-paren-then-tag", f"554 5.7.1 {IP} rejected (https://support.shaw.ca) AUP#CNCT", "5.7.1", "CONN", False,
     TMC, S),
]

# ---- 6. The shared guard's other users beside the recipient's absence, and blocks that must stay blocks ---------------
F_SRC = ("attack on soft_wordings.NOT_BESIDE_NO_USER's other users (rule_wordings' 'sender IP <ip> blocked' and "
         "'user blocked', review 94/97; soft_wordings' IP_NAMED_REFUSED, _MAIL_FROM_IP_REFUSED, _SENDER_BLOCKED): "
         "review 121 noted the shared guard lacks Gmail's wording (Google Workspace Admin Help 3726730), Yahoo's "
         "(Yahoo Help SLN3444), Exim's 'Unrouteable address' (src/src/deliver.c); the second clause hand-made")
SHARED = [
    ("gmail-sender-ip-blocked", f"550 5.1.1 The email account that you tried to reach does not exist; sender IP {IP} "
     "blocked previously", "5.1.1", "RCPT", True, UNK, R),
    ("gmail-rejected-mail-from-ip", "550 5.1.1 The email account that you tried to reach does not exist. Rejected "
     f"mail from IP {IP}", "5.1.1", "RCPT", True, UNK, R),
    ("gmail-the-sender-is-blocked", "550 5.1.1 The email account that you tried to reach does not exist; the sender "
     "is blocked from retrying", "5.1.1", "RCPT", True, UNK, R),
    ("yahoo-sender-ip-blocked", "554 5.1.1 delivery error: dd This user doesn't have a partner.example account; "
     f"sender IP {IP} blocked", "5.1.1", "RCPT", True, UNK, R),
    ("exim-mail-from-ip-rejected", f"550 5.1.1 Unrouteable address; mail from IP {IP} rejected", "5.1.1", "RCPT",
     True, UNK, R),
    ("de-sender-ip-blocked", f"550 5.1.1 Benutzer unbekannt; sender IP {IP} blocked", "5.1.1", "RCPT", True, UNK, R),
    ("gmail-user-blocked", "550 5.1.1 The email account that you tried to reach does not exist: user blocked", "5.1.1",
     "RCPT", True, UNK, R),
]
KEEP_SRC = ("controls for review 128's guard: a block of our host stays a block where the missing thing is OURS (our "
            "account, our domain, our sender verification: Exim's sender callout '550-Verification failed for <s> "
            "550-Unrouteable address 550 Sender verify failed', review 108) or a count that is the block's cause; "
            "AT&T's '<ip> is blocked' and review 94's 'Access denied - sender IP <ip> blocked'; hand-made")
KEEP = [
    ("c-access-denied-sender-ip", f"554 5.7.1 Access denied - sender IP {IP} blocked", "5.7.1", "RCPT", False, BLK,
     S),
    ("c-rejected-mail-from-ip-unknown-users", f"550 5.7.1 Rejected mail from IP {IP}: too many unknown users", "5.7.1",
     "RCPT", False, BLK, S),
    ("c-ip-blocked-sender-verify-unrouteable", f"554 5.7.1 {IP} is blocked: sender verify failed (Unrouteable "
     "address)", "5.7.1", "RCPT", False, ANY, S),
    ("c-ip-blocked-absender-unbekannt", f"554 5.7.1 {IP} is blocked; Absender unbekannt", "5.7.1", "RCPT", False, ANY,
     S),
    ("c-ip-blocked-your-account", f"554 5.7.1 {IP} is blocked; your account does not exist here", "5.7.1", "RCPT",
     False, ANY, S),
    ("c-sender-ip-blocked-sender-no-account", f"550 5.7.1 Sender IP {IP} blocked: this sender doesn't have a "
     "partner.example account", "5.7.1", "RCPT", False, ANY, S),
    ("c-client-host-blocked-spamhaus", f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     "zen.spamhaus.org", "5.7.1", "RCPT", False, BLK, S),
    ("c-recipient-rejected-ip-blocked", f"550 <{G_L}> recipient rejected, {IP} is blocked", "5.0.0", "RCPT", False,
     BLK, S),
]

both = both_layouts("r128", G_MX, G_L)
ROWS: list[tuple] = (
    rows_relayed("r128-cause", C_SRC, G_MX, G_L, CAUSE_DROPPED)
    + rows_relayed("r128-bluehost", U_SRC, U_MX, U_L, BLUEHOST)
    + both("absent", A_REAL + I_SRC, ABSENT)
    + both("supposed", I_SRC + "; help sentences hand-made", SUPPOSED)
    + rows_relayed("r128-shape", V_SRC, G_MX, G_L, SHAPES)
    + rows_relayed("r128-shaw", H_SRC, H_MX, H_L, SHAW)
    + rows_relayed("r128-shared", F_SRC, G_MX, G_L, SHARED)
    + rows_relayed("r128-keep", KEEP_SRC, G_MX, G_L, KEEP)
)

# ---- Round two: controls for this review's own mends, written before those mends ran on them (our relay's copy) ------
# soft_wordings._NOT_SUPPOSED: a supposition AFTER the block, or in an earlier clause ("unless whitelisted, <ip> is
# blocked"), leaves the block; a full eight-group IPv6 literal is still an address; "temporarily blocked" beside the
# missing user stays the missing user. generic_refusal: a list ended by "here" that names the missing mailbox, a
# "reasons can be found at <url>" help line, a product's name in parentheses. bluehost: bare endings after words naming
# no cause, x.1.6 / x.1.10 (both hard). cable: the tag outside a URL that follows it without a scheme.
R2 = " (round two: a control for this review's mend)"
ROWS += (
    rows_relayed("r128-r2-ip", I_SRC + R2, G_MX, G_L, [
        ("c-block-then-if-you-believe", f"550 <{G_L}> recipient rejected, {IP} is blocked. If you believe this is an "
         "error, contact postmaster@partner.example", "5.0.0", "RCPT", False, BLK, S),
        ("c-unless-whitelisted-comma", f"550 <{G_L}> recipient rejected (unless whitelisted, {IP} is blocked)",
         "5.0.0", "RCPT", False, BLK, S),
        ("c-block-semicolon-if-wrong", f"554 5.7.1 {IP} is blocked; if you think this is wrong, visit "
         "https://help.partner.example/faq", "5.7.1", "RCPT", False, BLK, S),
        ("c-ipv6-eight-groups-zeros", f"550 <{G_L}> recipient rejected, 2001:0db8:0000:0000:0000:0000:0000:0025 is "
         "blocked", "5.0.0", "RCPT", False, BLK, S),
        ("c-ipv6-eight-groups-short", f"550 <{G_L}> recipient rejected, 2001:db8:0:0:0:0:0:25 is blocked", "5.0.0",
         "RCPT", False, BLK, S),
        ("c-user-unknown-temporarily-blocked", f"550 5.1.1 <{G_L}> user unknown; {IP} is temporarily blocked too",
         "5.1.1", "RCPT", True, UNK, R),
        ("c-sender-address-does-not-exist", f"554 5.7.1 {IP} is blocked: sender address does not exist", "5.7.1",
         "RCPT", False, ANY, S),
        ("c-mail-from-unknown-address", f"554 5.7.1 {IP} is blocked: mail from unknown address refused", "5.7.1",
         "RCPT", False, ANY, S),
        ("c-unbekannter-absender", f"554 5.7.1 {IP} is blocked; unbekannter Absender", "5.7.1", "RCPT", False, ANY, S),
    ])
    + rows_relayed("r128-r2-cause", C_SRC + R2, G_MX, G_L, [
        ("c-list-then-here-missing", f"550 <{G_L}> recipient rejected. Possible causes: a full mailbox or a blocked "
         "IP; here the address does not exist", "5.0.0", "RCPT", True, UNK, R),
        ("c-reasons-can-be-found-at-url", f"550 <{G_L}> recipient rejected. Reasons can be found at "
         "https://help.partner.example", "5.0.0", "RCPT", True, UNK, R),
        ("product-in-parentheses", f"550 <{G_L}> recipient rejected (Anti-Spam Gateway 3.2)", "5.0.0", "RCPT", True,
         UNK, R),
    ])
    + rows_relayed("r128-r2-bluehost", U_SRC + R2, U_MX, U_L, [
        ("c-requested-action-bare", f"550 Requested action not taken: <{U_L}> recipient rejected", "5.0.0", "RCPT",
         True, UNK, R),
        ("c-status-5.1.6", f"550 5.1.6 <{U_L}> recipient rejected", "5.1.6", "RCPT", True, ANY, R),
        ("c-status-5.1.10", f"550 5.1.10 <{U_L}> recipient rejected", "5.1.10", "RCPT", True, ANY, R),
    ])
    + rows_relayed("r128-r2-shaw", H_SRC + R2, H_MX, H_L, [
        ("c-tag-then-url-no-scheme", f"421 4.7.0 shw-central.mx.a.cloudfilter.net {IP} rejected AUP#MXRT. See "
         "support.shaw.ca/errors", "4.7.0", "MAIL", False, SPEED, S),
    ])
)

# ---- Round three: attacks on this review's own mends, written before they ran on them (our relay's copy) -------------
# The widened guard must not take OUR side's missing things for the recipient's (a sender verification's "unknown
# address", the sender's or return address); _NOT_SUPPOSED's clause ends at ", " / ": " but not at "("; an IPv6
# literal opening "::"; without_urls must not swallow a tag after a CIDR block, nor keep a tag in a scheme-less URL.
R3 = " (round three: an attack on this review's own mend, hand-made)"
ROWS += (
    rows_relayed("r128-r3-ip", I_SRC + R3, G_MX, G_L, [
        ("c-sender-verify-unknown-address", f"554 5.7.1 {IP} is blocked: sender verify failed: unknown address",
         "5.7.1", "RCPT", False, ANY, S),
        ("c-senders-address-does-not-exist", f"554 5.7.1 {IP} is blocked: the sender's address does not exist",
         "5.7.1", "RCPT", False, ANY, S),
        ("c-return-address-does-not-exist", f"554 5.7.1 {IP} is blocked; return address does not exist", "5.7.1",
         "RCPT", False, ANY, S),
        ("c-whether-or-not-comma", f"550 <{G_L}> recipient rejected: whether or not you agree, {IP} is blocked",
         "5.0.0", "RCPT", False, BLK, S),
        ("if-in-parentheses", f"550 5.1.1 <{G_L}> recipient rejected (if {IP} is blocked, see "
         "https://help.partner.example/faq)", "5.1.1", "RCPT", True, UNK, R),
        ("colon-then-if", f"550 5.1.1 <{G_L}> recipient rejected: if {IP} is blocked, write to "
         "postmaster@partner.example", "5.1.1", "RCPT", True, UNK, R),
        ("c-ipv6-opening-double-colon", f"550 <{G_L}> recipient rejected, ::ffff:c000:219 is blocked", "5.0.0",
         "RCPT", False, BLK, S),
    ])
    + rows_relayed("r128-r3-shaw", H_SRC + R3, H_MX, H_L, [
        ("c-tag-after-cidr", f"554 5.7.1 {IP}/32 rejected AUP#CNCT", "5.7.1", "CONN", False, TMC, S),
    ])
    + rows_relayed("r128-r3-bluehost", U_SRC + R3, U_MX, U_L, [
        ("gl-bl-scheme-less-url-5.1.1", f"550 5.1.1 <{U_L}> user unknown (see bluehost.com/help/email-errors#gl/bl)",
         "5.1.1", "RCPT", True, UNK, R),
        ("c-gl-bl-after-url", f"550 <{U_L}> recipient rejected (see https://www.bluehost.com/help) GL/BL", "5.0.0",
         "RCPT", False, FILT, R),
    ])
    + rows_relayed("r128-r3-cause", C_SRC + R3, G_MX, G_L, [
        ("c-not-spam-please-retry", f"550 <{G_L}> recipient rejected (this is not spam, please retry)", "5.0.0",
         "RCPT", True, UNK, R),
        ("please-do-not-spam", f"550 <{G_L}> recipient rejected: please do not spam", "5.0.0", "RCPT", False, ANY,
         ANY),
        ("c-reasons-may-be-checked-at", f"550 <{G_L}> recipient rejected. Reasons may be checked at "
         "https://help.partner.example", "5.0.0", "RCPT", True, UNK, R),
    ])
)
