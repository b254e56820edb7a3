"""The seventy-ninth review: an adversarial audit of review 75's hard-side rule in reasons._first_pass: under
a 5.1.1 or 5.1.6 status, a disabled / suspended / discontinued mailbox's words (suspend, soft) lose to words
that also say the recipient does not exist (lexicon.no_such_recipient) or has moved (hasmoved). A false
hard unenrolls a real prospect whose mailbox is only disabled for now (taxonomy.md §2: suspend is soft).

Attacked with 5.1.1 (and 5.1.6) replies that carry an account's state words (disabled, suspended,
inactive, locked, frozen, expired, over quota) plus words that only LOOK like "no such user": a generic
"invalid mailbox", a login's "user unknown", a billing profile "not found", an either/or ("user unknown
or disabled": the server cannot tell which, and taxonomy.md's suspend is soft, so soft, as lexicon's
_OR_NOT already reads "unknown or not enabled"). Controls: the provider's own "no such user" stays hard;
our own account refused at MAIL FROM (sender scope), a 4.1.1 and a delay (soft).

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: review_notices25.rows_relayed (our
relay's Postfix report), rows_quoted (Gmail's own DSN, Exchange Online's NDR quoting the reply). A 5.1.1
beside a provider's 5.2.1/554 text is a relay rewriting the status, as the task notes some do.
test_review_notices79.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
SUS, UNK = ("suspend",), ("userunknown",)

# ---- 1. providers' own state texts, under a 5.1.1 a relay wrote ------------------------------------
# Yahoo's "554 delivery error: dd Sorry your message to x cannot be delivered. This mailbox is disabled
# (554.30)" (suped.com, "50k Yahoo addresses bounce with a disabled mailbox error"; smtp.codes/yahoo),
# "This account has been disabled or discontinued" (help.szhot.com's Yahoo example), and its no-such-user
# "dd This user doesn't have a yahoo.com account" (Yahoo Mail help abuse-57: "The user does not exist").
YAHOO = "Yahoo's 554 dd texts (Yahoo Mail help abuse-57; suped.com on 554.30; help.szhot.com)"
# Verizon/AOL "deactivated due to abuse (#5.1.1)" (BMH 0196 as phrases.py cites it); Gmail's
# "550-5.2.1 The email account that you tried to reach is disabled" (Google Workspace Admin Help 3726730).
VZ = "Verizon/AOL 'deactivated due to abuse (#5.1.1)' (BMH 0196, cited in rule_wordings.py)"
GM = "Gmail's 5.2.1 disabled account (Google Workspace Admin Help 3726730), status rewritten to 5.1.1 by a relay"
# mail.ru's "Local mailbox x is unavailable: account is disabled / frozen" after its "invalid mailbox"
# lead-in (mailout.ru's list of mail.ru errors names blocked and frozen accounts); Yandex's "Mailbox is
# disabled" and its "Policy rejection on the target address" (Yandex Mail help, bounces: the recipient's
# account blocked for User Agreement violations).
RU = "mail.ru / Yandex / Rambler account-state replies (mailout.ru error list; Yandex Mail help 'bounces')"
YX = "Yandex Mail help: 'Policy rejection on the target address' = the recipient's account blocked (unblockable)"
MS = "Outlook.com's 'mailbox unavailable' (RFC 5321 550 text) with a suspended account's words (HAND-MADE variant)"
ETC = "iCloud / Zoho / Comcast / GMX / web.de / Orange / Libero / T-Online account-state wordings (HAND-MADE variants)"
ICL = ("bentonow.com 'Apple Mail (iCloud) SMTP error codes': '550 5.1.1 Inactive Account: the mailbox exists but has "
       "been temporarily deactivated by the user' (treat as temporary); 'inactive email address' a HAND-MADE variant")
IN = "Interia help 'Dlaczego wiadomosc nie zostala dostarczona': '550 5.1.1 Account not found' (no state word)"
PROVIDERS = [
    ("yahoo-disabled-511", f"554 delivery error: dd Sorry your message to {LEAD} cannot be delivered. This mailbox is "
     "disabled (554.30)", "5.1.1", "RCPT", False, SUS, R),
    ("yahoo-disabled-or-discontinued-511", f"554 delivery error: dd Sorry your message to {LEAD} cannot be delivered. "
     "This account has been disabled or discontinued [#102].", "5.1.1", "RCPT", False, SUS, R),
    ("yahoo-no-account-511", f"554 delivery error: dd This user doesn't have a yahoo.com account ({LEAD}) [0]",
     "5.1.1", "RCPT", True, UNK, R),
    ("aol-deactivated-abuse-554", "554 5.1.1 Recipient deactivated due to abuse (#5.1.1)", "5.1.1", "RCPT", False,
     SUS, R),
    ("gmail-disabled-rewritten-511", "550-5.2.1 The email account that you tried to reach is disabled. Learn more at "
     "550 5.2.1 https://support.google.com/mail/?p=DisabledUser", "5.1.1", "RCPT", False, SUS, R),
    ("mailru-invalid-mailbox-disabled", "550 Message was not accepted -- invalid mailbox. Local mailbox "
     f"{LEAD} is unavailable: account is disabled", "5.1.1", "RCPT", False, SUS, R),
    ("mailru-invalid-mailbox-frozen", "550 Message was not accepted -- invalid mailbox. Local mailbox "
     f"{LEAD} is unavailable: account is frozen", "5.1.1", "RCPT", False, SUS, R),
    ("mailru-user-blocked", f"550 5.1.1 Message rejected: user {LEAD} is blocked (account suspended)", "5.1.1", "RCPT",
     False, SUS, R),
    ("yandex-mailbox-disabled-511", "550 5.1.1 Mailbox is disabled", "5.1.1", "RCPT", False, SUS, R),
    ("yandex-policy-target", "554 5.7.1 Policy rejection on the target address", "5.7.1", "RCPT", False, (), R),
    ("rambler-mailbox-frozen", "550 5.1.1 Mailbox is frozen due to inactivity", "5.1.1", "RCPT", False, SUS, R),
    ("outlook-unavailable-suspended", "550 5.1.1 Requested action not taken: mailbox unavailable: account is "
     "temporarily suspended", "5.1.1", "RCPT", False, SUS, R),
    ("icloud-inactive", f"550 5.1.1 <{LEAD}>: inactive email address", "5.1.1", "RCPT", False, SUS, R),
    ("icloud-inactive-account", "550 5.1.1 Inactive Account", "5.1.1", "RCPT", False, SUS, R),
    ("zoho-account-inactive", f"550 5.1.1 User {LEAD} account is inactive", "5.1.1", "RCPT", False, SUS, R),
    ("comcast-inactive", f"550 5.1.1 <{LEAD}> recipient account is inactive", "5.1.1", "RCPT", False, SUS, R),
    ("gmx-mailbox-disabled", "550 5.1.1 Mailbox disabled, not accepting messages", "5.1.1", "RCPT", False, SUS, R),
    ("webde-deaktiviert", "550 5.1.1 Das Postfach ist deaktiviert (mailbox disabled)", "5.1.1", "RCPT", False, SUS, R),
    ("orange-compte-desactive", "550 5.1.1 Compte désactivé / account disabled", "5.1.1", "RCPT", False, SUS, R),
    ("libero-casella-disattivata", "550 5.1.1 casella disattivata (mailbox disabled)", "5.1.1", "RCPT", False, SUS, R),
    ("tonline-locked", "550 5.1.1 Recipient mailbox locked", "5.1.1", "RCPT", False, SUS, R),
    ("interia-account-not-found", "550 5.1.1 Account not found", "5.1.1", "RCPT", True, UNK, R),
]
SOURCES = {"yahoo": YAHOO, "aol": VZ, "gmail": GM, "mailru": RU, "yandex-mailbox": RU, "yandex-policy": YX,
           "rambler": RU, "outlook": MS, "icloud": ICL, "interia": IN}

# ---- 2. hand-made combos: state words beside words that only look like "no such user" ---------------
HM = "HAND-MADE 5.1.1 reply: an account's state beside look-alike 'no such user' words (review 75 audit)"
COMBOS = [
    # The login (webmail, IMAP) does not know the user because the account is disabled: the state speaks.
    ("disabled-unknown-to-login", "550 5.1.1 account disabled; user unknown to the webmail login", "5.1.1", "RCPT",
     False, SUS, R),
    ("suspended-user-not-active", "550 5.1.1 Recipient rejected: account suspended (user not active)", "5.1.1",
     "RCPT", False, SUS, R),
    ("suspended-billing-not-found", "550 5.1.1 account suspended: billing profile not found", "5.1.1", "RCPT", False,
     SUS, R),
    ("suspended-no-valid-subscription", "550 5.1.1 mailbox suspended: no valid subscription found", "5.1.1", "RCPT",
     False, SUS, R),
    ("locked-user-not-verified", "550 5.1.1 Account locked: user not verified", "5.1.1", "RCPT", False, SUS, R),
    # Either/or: the server cannot tell which; a false hard is the worse error and suspend is soft
    # (lexicon._OR_NOT reads Aruba's "sconosciuto o non abilitato" the same way).
    ("unknown-or-disabled", "550 5.1.1 User unknown or disabled", "5.1.1", "RCPT", False, SUS, R),
    ("invalid-or-inactive", "550 5.1.1 invalid or inactive mailbox", "5.1.1", "RCPT", False, SUS, R),
    ("inactive-or-not-exist", "550 5.1.1 mailbox inactive or does not exist", "5.1.1", "RCPT", False, SUS, R),
    ("disabled-or-no-such-user", "550 5.1.1 Mailbox disabled or no such user", "5.1.1", "RCPT", False, SUS, R),
    # 5.1.6 with a state and "moved" said of the messages, not the user.
    ("moved-archive-516", "550 5.1.6 Mailbox disabled; its messages were moved to the archive", "5.1.6", "RCPT",
     False, SUS, R),
    # A server migration: the mailbox (store) moved, the account disabled for now; no forwarding story.
    ("migration-moved-516", "550 5.1.6 Mailbox temporarily disabled: mailbox has moved to a new server during "
     "migration", "5.1.6", "RCPT", False, SUS, R),
    # The rule's own reach: the server says the user is gone, in so many words, beside the state.
    ("expired-no-such-mailbox", "550 5.1.1 account expired: no such mailbox", "5.1.1", "RCPT", True, UNK, R),
    ("deleted-does-not-exist", "550 5.1.1 The email account that you tried to reach does not exist (disabled and "
     "deleted)", "5.1.1", "RCPT", True, UNK, R),
    # Over quota under 5.1.1: the mailbox is there.
    ("over-quota-511", "552 5.1.1 Mailbox over quota; user storage exceeded", "5.1.1", "RCPT", False,
     ("mailboxfull",), R),
]
# ---- 3. controls: our own account at MAIL FROM, a 4.1.1, a delay ------------------------------------------
CT = "HAND-MADE controls: the same words from our own provider at MAIL FROM, or for now (4.x)"
CONTROLS = [
    ("our-account-disabled-mail-511", "553 5.1.1 <seller@example.com>: Sender address rejected: account disabled, "
     "user unknown", "5.1.1", "MAIL", False, (), S),
    ("our-account-suspended-mail-511", "550 5.1.1 Your account has been suspended; no such user may send here",
     "5.1.1", "MAIL", False, (), S),
    ("suspended-no-such-user-411", f"450 4.1.1 <{LEAD}>: Recipient address rejected: account suspended, no such "
     "user", "4.1.1", "RCPT", False, (), ANY),
    ("inactive-unknown-421", "452 4.2.1 mailbox inactive, user unknown", "4.2.1", "RCPT", False, (), ANY),
]
# ---- 4. controls of review 79's own mends: dead addresses must stay hard -----------------------------------
MC = "HAND-MADE controls of review 79's mends (either/or, 'invalid mailbox' lead-in, 'locked', 'email address')"
MEND_CONTROLS = [
    ("unknown-or-invalid", "550 5.1.1 Address unknown or invalid", "5.1.1", "RCPT", True, UNK, R),
    ("invalid-recipient-user-unknown", f"550 5.1.1 <{LEAD}>: invalid recipient: user unknown", "5.1.1", "RCPT", True,
     UNK, R),
    ("mailru-invalid-mailbox-not-found", "550 Message was not accepted -- invalid mailbox. Local mailbox "
     f"{LEAD} is unavailable: user not found", "5.1.1", "RCPT", True, UNK, R),
    ("invalid-recipient-discontinued", "550 5.1.1 invalid recipient: mailbox discontinued", "5.1.1", "RCPT", False,
     SUS, R),
    ("locked-no-such-user", "550 5.1.1 No such user (account locked and removed)", "5.1.1", "RCPT", True, UNK, R),
    ("email-address-no-longer-exists", "550 5.1.1 This email address no longer exists (deactivated)", "5.1.1", "RCPT",
     True, UNK, R),
    ("suspended-user-unknown", "550 5.1.1 account suspended: user unknown", "5.1.1", "RCPT", True, UNK, R),
    ("no-such-user-disabled-or-deleted", "550 5.1.1 No such user: account disabled or deleted", "5.1.1", "RCPT",
     True, UNK, R),
    ("user-moved-company-516", "550 5.1.6 Account disabled: user has moved to another company, no forwarding",
     "5.1.6", "RCPT", True, ("hasmoved", "userunknown"), R),
    ("does-not-exist-or-deleted", "550 5.1.1 Mailbox does not exist or was deleted", "5.1.1", "RCPT", True, UNK, R),
]


def _source(name: str, fallback: str) -> str:
    return next((s for key, s in SOURCES.items() if name.startswith(key)), fallback)


_QUOTED = ("yahoo-disabled-511", "icloud-inactive-account", "yahoo-no-account-511", "mailru-invalid-mailbox-disabled", "gmail-disabled-rewritten-511",
           "outlook-unavailable-suspended", "unknown-or-disabled", "inactive-or-not-exist", "disabled-unknown-to-login",
           "suspended-billing-not-found")
_ALL = PROVIDERS + COMBOS
ROWS = ([row for e in PROVIDERS for row in rows_relayed("p", _source(e[0], ETC), MX, LEAD, [e])]
        + rows_relayed("c", HM, MX, LEAD, COMBOS) + rows_relayed("ctl", CT, MX, LEAD, CONTROLS)
        + rows_relayed("m", MC, MX, LEAD, MEND_CONTROLS)
        + [row for e in _ALL if e[0] in _QUOTED for row in rows_quoted("q", _source(e[0], HM), MX, LEAD, [e])])
