"""The hundred-and-ninth review: an ADVERSARIAL AUDIT of the fresh mends of reviews 106 and 108 (a false hard marks
a live prospect dead; a false soft keeps mailing a dead address).

1. said_address.ours_named (review 106: our address, another address at our domain, our DOMAIN, German "existiert
   Ihre Adresse nicht" said missing -> rejected, sender scope). Attacks for FALSE SOFTS: the recipient said missing
   beside ours in other languages than the guard's, the prospect's domain in another form (IDN), a free-mail
   provider the remote package does not know as our domain. Attacks for FALSE HARDS it still leaves: the prospect's
   domain found as a SUBSTRING of ours ("ample.com" inside "example.com") or only as its MX host's name, our domain
   written with the DNS root's trailing dot, our address said missing in wordings _MISSING lacks.
2. lexicon_more.MISSING_RECIPIENT's "user (e-mail) address is marked as invalid" (review 108, hard side): our own
   address in that list (Proofpoint Essentials also discovers OUTBOUND users), "your user ...", a suppression list,
   the MAIL FROM stage; controls: the recipient's own discovery entry.
3. severity.scope_of's SYNTAXERROR at MAIL FROM -> sender (review 108): a reply naming the RECIPIENT's address
   quoted "in reply to MAIL FROM" (a misattributed stage); controls: our own address's syntax.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: review_notices25.both_layouts (our relay's Postfix
report; Gmail's and Exchange Online's notices quoting the reply, RCPT/DATA/CONN 5.x only). All HAND-MADE;
test_review_notices109.py runs them. Our sender: sender@example.com in our relay's copy, seller@example.com in the
Gmail / Exchange Online copies; the prospect lead@example.org unless a row says otherwise."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, ours_layouts

R, S, ANY = "recipient", "sender", None
MX = "mx.partner.example"
LEAD = "lead@example.org"
OURS, OURS_QUOTED = "sender@example.com", "seller@example.com"
UNK, HOST = ("userunknown",), ("hostunknown",)
NOT = (False, (), ANY)  # not hard, whatever reason
OUR_SIDE = (False, (), S)  # not hard, and the sender's
SYNTAX = ("syntaxerror", "rejected", "securityerror")


def ours(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    return ours_layouts("r109", MX, LEAD, prefix, source, entries)


both = both_layouts("r109", MX, LEAD)

# ---- 1a. FALSE SOFTS: the recipient said missing beside ours, in words of other languages ---------------------------
BESIDES = ("attack on said_address._recipient_missing_besides (review 106), hand-made: the reply says the RECIPIENT "
           "missing in its own words (Dutch 'ontvanger onbekend', Polish 'adresat nie istnieje', Czech 'adresát "
           "neexistuje', Swedish 'mottagaren finns inte'; RFC 3463 5.1.1 bad destination mailbox) beside our address "
           "or domain said unknown; the recipient's absence is stated, so taxonomy userunknown, hard, as review 106's "
           "r106-audit-en-recipient-mailbox-missing-and-our-* rows read it in English")
BESIDES_ROWS = [
    ("nl-ontvanger-onbekend-our-domain", "550 5.1.1 Ontvanger onbekend (domain example.com unknown)", "5.1.1", "RCPT",
     True, UNK, R),
    ("pl-adresat-nie-istnieje-our-address", f"550 5.1.1 Adresat nie istnieje; address {OURS} unknown", "5.1.1",
     "RCPT", True, UNK, R),
    ("cs-adresat-neexistuje-our-address", f"550 5.1.1 Adresát neexistuje; address {OURS} not found", "5.1.1", "RCPT",
     True, UNK, R),
    ("sv-mottagaren-finns-inte-our-domain", "550 5.1.1 Mottagaren finns inte; domain example.com unknown", "5.1.1",
     "RCPT", True, UNK, R),
    ("en-no-mailbox-by-that-name-our-domain", "550 5.1.1 Sorry, no mailbox here by that name (domain example.com "
     "unknown)", "5.1.1", "RCPT", True, UNK, R),
]

# ---- 1b. FALSE SOFTS: the prospect's domain in another form; our free-mail domain -----------------------------------
IDN = "lead@xn--mller-kva.example"  # müller.example as the DSN writes it (RFC 3492 punycode)
both_idn = both_layouts("r109-idn", MX, IDN)
IDN_SRC = ("attack on said_address._our_domains (review 106), hand-made: the prospect's IDN domain said missing in "
           "its Unicode form (müller.example; the DSN's recipient in punycode, RFC 3492 / RFC 5891) beside our domain "
           "said unknown: the recipient's domain is gone (RFC 3463 5.1.2; taxonomy hostunknown, hard)")
IDN_ROWS = [
    ("our-domain-and-prospects-unicode-domain", "550 5.1.2 Domain example.com unknown; domain müller.example does "
     "not exist", "5.1.2", "RCPT", True, HOST, R),
    ("prospects-uppercase-domain", "550 5.1.2 Recipient server reports: domain XN--MLLER-KVA.EXAMPLE does not exist",
     "5.1.2", "RCPT", True, HOST, R),
]
CTL_FORMS = ("control of said_address's recipient check, hand-made: the prospect's address or domain said missing in "
             "upper case, in angle brackets, with the DNS root's trailing dot, beside our address or domain (RFC 3463 "
             "5.1.1 / 5.1.2; taxonomy userunknown / hostunknown, hard)")
CTL_FORM_ROWS = [
    ("c-lead-upper-angle-and-ours", f"550 5.1.1 Recipient <LEAD@EXAMPLE.ORG> unknown; address {OURS} does not exist",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-prospect-domain-trailing-dot-and-ours", "550 5.1.2 Domain example.com unknown; domain example.org. does not "
     "exist", "5.1.2", "RCPT", True, HOST, R),
    ("c-prospect-domain-upper", "550 5.1.2 Dear sender, recipient server reports: domain EXAMPLE.ORG does not exist",
     "5.1.2", "RCPT", True, HOST, R),
]

# ---- 1c. FALSE HARDS left: the prospect's domain found inside ours, or only as its MX host ---------------------------
SUBSTR = ("attack on said_address._our_domains (review 106), hand-made after review 106's DOMAIN rows (Postfix "
          "src/smtpd/smtpd_check.c reject_unknown_sender_domain, 'Sender address rejected: Domain not found'): OUR "
          "domain example.com said missing, the prospect's domain (ample.com, example.co) only a SUBSTRING of ours, "
          "or named only as the host that speaks (mx1.example.org); a refusal of the sender, taxonomy section 7: not "
          "hard")
both_ample = both_layouts("r109-ample", MX, "lead@ample.com")
both_co = both_layouts("r109-co", MX, "lead@example.co")
both_own_mx = both_layouts("r109-ownmx", "mx1.example.org", LEAD)
both_au = both_layouts("r109-au", MX, "lead@example.com.au")  # another company whose domain starts with ours
AU = ("attack and control on said_address._our_domains' related-domain test (review 106), hand-made: the prospect "
      "at example.com.au, neither under our example.com nor its parent; OUR domain said missing is ours (a sender-"
      "domain check, Postfix smtpd_check.c reject_unknown_sender_domain; taxonomy section 7: not hard), the "
      "prospect's own said missing is its domain gone (RFC 3463 5.1.2; hostunknown, hard)")
AU_ROWS = [
    ("our-domain-said", "550 5.7.1 Dear sender, recipient server reports: domain example.com does not exist", "5.7.1",
     "RCPT", False, (), S),
    ("c-prospects-domain-said", "550 5.1.2 Dear sender, recipient server reports: domain example.com.au does not "
     "exist", "5.1.2", "RCPT", True, HOST, R),
]
SUBSTR_ROWS = [
    ("our-domain-said", "550 5.7.1 Dear sender, recipient server reports: domain example.com does not exist", "5.7.1",
     "RCPT", *OUR_SIDE),
]
OWN_MX_ROWS = [
    ("host-names-itself-our-domain", "550 5.7.1 mx1.example.org: Dear sender, recipient server reports: domain "
     "example.com does not exist", "5.7.1", "RCPT", *OUR_SIDE),
]
DOT = ("attack on said_address._DOMAIN_NAMED (review 106), hand-made: OUR domain said missing written as a fully "
       "qualified name with the DNS root's trailing dot (RFC 1034 section 3.1, 'example.com.'; Postfix's 'Name "
       "service error for name=example.com.'); a sender-domain check, taxonomy section 7: not hard")
DOT_ROWS = [
    ("our-domain-trailing-dot", "550 5.7.1 Dear sender, recipient server reports: domain example.com. does not exist",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("our-domain-upper-trailing-dot", "550 5.7.1 Recipient server reports: domain EXAMPLE.COM. not found", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("our-domain-trailing-dot-512", "550 5.1.2 Dear sender, recipient server reports: domain example.com. does not "
     "exist", "5.1.2", "RCPT", *OUR_SIDE),
]

# ---- 1d. FALSE HARDS left: our address said missing in wordings _MISSING lacks --------------------------------------
WORDS = ("attack on said_address._MISSING / _ADDRESS_NAMED (reviews 105/106), hand-made after review 105's row "
         "('der Empfängerserver meldet: Adresse <ours> existiert nicht'): OUR sender's address said missing in other "
         "words ('no longer exists', 'no such user', Dutch 'bestaat niet', Polish 'nie istnieje', Czech "
         "'neexistuje', French 'n'existe plus') or after another noun (mailbox, user, account); a sender "
         "verification failing on us (Exim wiki 'Verification'), taxonomy section 7: not hard")
WORDS_ROWS = [
    ("en-no-longer-exists", f"550 5.7.1 Dear sender, recipient server reports: address {OURS} no longer exists",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("en-no-such-user", f"550 5.7.1 Recipient server reports: address {OURS}: no such user", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("nl-bestaat-niet", f"550 5.7.1 Beste afzender, de server van de ontvanger meldt: adres {OURS} bestaat niet",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("pl-nie-istnieje", f"550 5.7.1 Serwer odbiorcy zgłasza: adres {OURS} nie istnieje", "5.7.1", "RCPT", *OUR_SIDE),
    ("cs-neexistuje", f"550 5.7.1 Server příjemce hlásí: adresa {OURS} neexistuje", "5.7.1", "RCPT", *OUR_SIDE),
    ("fr-n-existe-plus", f"550 5.7.1 Le serveur du destinataire signale : l'adresse {OURS} n'existe plus", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("en-mailbox-ours", f"550 5.7.1 Dear sender, recipient server reports: mailbox {OURS} does not exist", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("en-user-ours", f"550 5.7.1 Recipient server reports: user {OURS} unknown", "5.7.1", "RCPT", *OUR_SIDE),
    ("en-account-ours", f"550 5.7.1 Dear sender, recipient server reports: account {OURS} does not exist", "5.7.1",
     "RCPT", *OUR_SIDE),
]
WORDS_CTL = ("control of 1d, hand-made: the same words with the PROSPECT's address (RFC 3463 5.1.1; taxonomy "
             "userunknown, hard)")
WORDS_CTL_ROWS = [
    ("c-en-no-longer-exists-lead", f"550 5.1.1 Dear sender, recipient server reports: address {LEAD} no longer "
     "exists", "5.1.1", "RCPT", True, UNK + ("hasmoved",), R),
    ("c-nl-bestaat-niet-lead", f"550 5.1.1 De server van de ontvanger meldt: adres {LEAD} bestaat niet", "5.1.1",
     "RCPT", True, UNK, R),
    ("c-en-mailbox-lead", f"550 5.1.1 Dear sender, recipient server reports: mailbox {LEAD} does not exist", "5.1.1",
     "RCPT", True, UNK, R),
    ("c-en-user-lead", f"550 5.1.1 Recipient server reports: user {LEAD} unknown", "5.1.1", "RCPT", True, UNK, R),
]

# ---- 1e. German "Ihre Adresse" -----------------------------------------------------------------------------------
IHRE = ("attack on said_address._YOUR_ADDRESS (review 106), hand-made after review 99's row: 'existiert Ihre "
        "E-Mail-Adresse bei uns nicht' / 'in unserem System nicht' (the reader's, our sender's address unknown to "
        "the recipient's system: a registration or allow-list check; Duden on the polite 'Ihr', "
        "https://www.duden.de/sprachwissen/rechtschreibregeln/gross-und-kleinschreibung), 'Ihre Absenderadresse' "
        "(your sender address); taxonomy section 7: not hard")
IHRE_ROWS = [
    ("de-ihre-adresse-bei-uns-nicht", "550 5.7.1 Leider existiert Ihre E-Mail-Adresse bei uns nicht", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("de-ihre-adresse-im-system-nicht", "550 5.7.1 Laut Empfängerserver existiert Ihre Adresse in unserem System "
     "nicht", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-ihre-absenderadresse", "550 5.7.1 Leider existiert Ihre Absenderadresse nicht", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-ihre-adresse-bei-uns-nicht-511", "550 5.1.1 Leider existiert Ihre E-Mail-Adresse bei uns nicht", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("de-ihre-absender-adresse-511", "550 5.1.1 Laut Empfängerserver existiert Ihre Absender-Adresse leider nicht",
     "5.1.1", "RCPT", *OUR_SIDE),
]
IHRE_CTL = ("control of 1e, hand-made: the address the reader wrote TO ('die angeschriebene Adresse', 'die "
            "Empfängeradresse') said missing inside the same sentence shapes (RFC 3463 5.1.1; taxonomy userunknown, "
            "hard)")
IHRE_CTL_ROWS = [
    ("c-de-angeschriebene-adresse-bei-uns", "550 5.1.1 Leider existiert die angeschriebene Adresse bei uns nicht",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-de-empfaengeradresse-im-system", "550 5.1.1 Leider existiert die Empfängeradresse in unserem System nicht",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-de-ihre-angeschriebene-adresse-bei-uns", "550 5.1.1 Leider existiert Ihre angeschriebene Adresse bei uns "
     "nicht", "5.1.1", "RCPT", True, UNK, R),
    ("c-de-ihre-adresse-lead-bei-uns", f"550 5.1.1 Leider existiert Ihre Adresse {LEAD} bei uns nicht", "5.1.1",
     "RCPT", True, UNK, R),
]

# ---- 1f. FALSE SOFT: our sender on a free-mail domain the remote package does not know -------------------------------
FREE = ("attack on said_address._our_domains' free-mail exception (review 106), hand-made: our sender mails from a "
        "free-mail domain (seznam.cz, Seznam's free mail: napoveda.seznam.cz) that remote.provider_of does not know; "
        "the prospect's box forwards to a private address at the same provider, and the forward target is said "
        "missing (RFC 3463 5.1.1; taxonomy userunknown, hard): an address at a free-mail domain is anyone's")
FREE_REPLY = ("550 5.1.1 Dear sender, recipient server reports: address jan.novak@seznam.cz does not exist", "5.1.1")


def _free_rows() -> list[tuple]:
    """Both layouts with every example.com (our sender, our relay) written as seznam.cz."""
    rows = both("free", FREE, [("forward-target-at-our-free-mail", *FREE_REPLY, "RCPT", True, UNK, R)])
    return [(name, src, raw.replace(b"example.com", b"seznam.cz"), exp) for name, src, raw, exp in rows]


# ---- 2. "user email address is marked as invalid" ------------------------------------------------------------------
INVALID = ("attack on lexicon_more.MISSING_RECIPIENT's 'user (e-mail) address is marked as invalid' (review 108), "
           "hand-made: Proofpoint Essentials' SMTP Discovery also discovers OUTBOUND users ('one valid message has "
           "been sent outbound from your email server via the Proofpoint Essentials platform', help.proofpoint.com "
           "Proofpoint_Essentials .../04_importing_users_with_discovery_discovery) and an admin may 'Mark as invalid "
           "account' (GoDaddy help 24676); so our own sending address on that list, 'your user email address', a "
           "relay's suppression list (review 108's own control), the MAIL FROM stage: never the prospect gone")
INVALID_ROWS = [
    ("sender-rejected-user-marked-invalid", f"550 5.7.1 <{OURS}>: Sender address rejected: User email address is "
     "marked as invalid", "5.7.1", "RCPT", *OUR_SIDE),
    ("sender-rejected-unnamed", "550 5.7.1 Sender address rejected: User email address is marked as invalid", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("your-user-address", "550 5.7.1 Your user email address is marked as invalid", "5.7.1", "RCPT", *NOT),
    ("authenticated-user", "550 5.7.1 Authenticated user email address is marked as invalid", "5.7.1", "RCPT", *NOT),
    ("suppression-list", "550 5.7.1 Recipient address rejected: user email address is marked as invalid on our "
     "suppression list after a previous bounce", "5.7.1", "RCPT", *NOT),
    ("at-mail-from", "550 5.7.1 User email address is marked as invalid", "5.7.1", "MAIL", *OUR_SIDE),
]
INVALID_CTL = ("control of 2: the gateway's own recipient entry, Spambrella FAQ 'Common Email Delivery Error Codes' "
               "(spambrella.com/faq/email-delivery-error-codes) '550 5.7.1 <a>: Recipient address rejected: User "
               "email address is marked as invalid', the noun varied (RFC 3463 5.1.1 in words; taxonomy userunknown, "
               "hard)")
INVALID_CTL_ROWS = [
    ("c-recipient-user-address", f"550 5.7.1 <{LEAD}>: Recipient address rejected: User address is marked as "
     "invalid", "5.7.1", "RCPT", True, UNK, R),
    ("c-recipient-user-e-mail-address", f"550 5.7.1 <{LEAD}>: Recipient address rejected: User e-mail address is "
     "marked as invalid", "5.7.1", "RCPT", True, UNK, R),
    ("c-recipient-unnamed", "550 5.7.1 Recipient address rejected: User email address is marked as invalid",
     "5.7.1", "RCPT", True, UNK, R),
]

# ---- 3. SYNTAXERROR at MAIL FROM -------------------------------------------------------------------------------------
STAGE = ("attack on severity.scope_of's syntax error at MAIL FROM (review 108), hand-made after IceWarp's table "
         "(docs.icewarp.com 'Interpretation of 5xx Errors in Icewarp SMTP'): a reply that names the RECIPIENT's "
         "address or says 'recipient', quoted 'in reply to MAIL FROM' (a pipelining client's misattributed stage, "
         "RFC 2920 section 3.1: replies come in order, a client may pair them wrongly); the words name whose "
         "address is malformed (RFC 3463 5.1.3 bad destination syntax: the recipient's side)")
STAGE_ROWS = [
    ("recipient-named-syntax", f"501 5.5.4 <{LEAD}>: Syntax error in parameters", "5.5.4", "MAIL", False, SYNTAX, R),
    ("recipient-address-syntax-513", "501 5.1.3 Bad recipient address syntax", "5.1.3", "MAIL", True, (), R),
]
STAGE_CTL = ("control of 3: our own address's syntax at MAIL FROM (RFC 3463 5.1.7 bad sender's mailbox syntax; "
             "IceWarp's '501 5.5.2 Domain name required'); the sender's, soft")
STAGE_CTL_ROWS = [
    ("c-sender-address-syntax", "501 5.1.7 Bad sender address syntax", "5.1.7", "MAIL", False, (), S),
    ("c-our-address-named-syntax", f"501 5.5.4 <{OURS}>: Syntax error in parameters", "5.5.4", "MAIL", False, SYNTAX,
     S),
    ("c-domain-name-required", "501 5.5.2 Domain name required", "5.5.2", "MAIL", False, SYNTAX, S),
]

ROWS = (ours("besides", BESIDES, BESIDES_ROWS) + both_idn("forms", IDN_SRC, IDN_ROWS)
        + ours("ctlforms", CTL_FORMS, CTL_FORM_ROWS) + both_ample("sub", SUBSTR, SUBSTR_ROWS)
        + both_co("sub", SUBSTR, SUBSTR_ROWS) + both_au("rel", AU, AU_ROWS) + both_own_mx("sub", SUBSTR, OWN_MX_ROWS) + both("dot", DOT, DOT_ROWS)
        + ours("words", WORDS, WORDS_ROWS) + both("wordsctl", WORDS_CTL, WORDS_CTL_ROWS)
        + both("ihre", IHRE, IHRE_ROWS) + both("ihrectl", IHRE_CTL, IHRE_CTL_ROWS) + _free_rows()
        + ours("inv", INVALID, INVALID_ROWS) + both("invctl", INVALID_CTL, INVALID_CTL_ROWS)
        + ours("stage", STAGE, STAGE_ROWS) + both("stagectl", STAGE_CTL, STAGE_CTL_ROWS))
