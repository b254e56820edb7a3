"""The ninety-seventh review, part 1 (part 2: review_notices97_notices.py): an adversarial audit of the mends review
94 made, looking first for FALSE SOFTS (a dead address read soft), then false hards, as remote replies our relay
reports (review_notices25.rows_relayed) and Gmail's and Exchange Online's own notices quote (rows_quoted).

1. rule_wordings (94's "sender IP <ip> blocked" -> blocked, "blocked by content policy" -> policyviolation under a
   miscoded 5.1.1): replies that ALSO say the recipient does not exist; "user blocked".
2. soft_wordings.RECIPIENT_CHOICE ("the sender is blocked" -> filtered): the same words beside a missing recipient.
3. departures._NOT_FOR_GOOD (gone for a while) and _SENTENCE_END: true leavers whose text says "back" or a date in
   another sense (false softs), other temporary absences (false hards).
4. lexicon._SENDER ("call back to sender" is our sender): recipient callouts / callbacks.

Rows: (name, source, raw, expected), expected written from the words, the status and shared/classifier/taxonomy.md
BEFORE the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices88 import ANY, LEAD as PLEAD, MX, R, S, UNK

MOVED = ("hasmoved", "userunknown")


both = both_layouts("r97", MX, PLEAD)


# ---- 1. "sender IP blocked" / "blocked by content policy" beside a missing recipient -------------------------------
BLK = ("review 94's rule_wordings blocked / policyviolation patterns under attack: a refusal under RFC 3463's 5.1.1 "
       "(Postfix's 'Recipient address rejected: User unknown' shape, smtpd_check.c) whose words say the RECIPIENT does "
       "not exist and also mention a blocked IP or a content policy; taxonomy: userunknown is always hard, hand-made")
BLK_ATTACKS = [
    ("blk-unknown-then-ip-note", "550 5.1.1 <lead@partner.example>: Recipient address rejected: User unknown; note: "
     "sender IP 192.0.2.25 blocked previously", "5.1.1", "RCPT", True, UNK, R),
    ("blk-no-mailbox-content-policy", "550 5.1.1 Recipient does not exist. Message blocked by content policy",
     "5.1.1", "RCPT", True, UNK, R),
    ("blk-content-policy-then-no-user", "550 5.1.1 Message blocked by content policy: no such user here", "5.1.1",
     "RCPT", True, UNK, R),
    ("blk-ip-not-blocked-unknown", "550 5.1.1 Your IP is not blocked; the mailbox lead@partner.example does not "
     "exist", "5.1.1", "RCPT", True, UNK, R),
    ("blk-user-blocked", "550 5.1.1 User blocked", "5.1.1", "RCPT", False, (), ANY),  # an account blocked: suspend
    ("blk-user-account-blocked", "550 5.1.1 <lead@partner.example>: the user's account is blocked", "5.1.1", "RCPT",
     False, (), ANY),
]
BLK_CONTROLS = [  # review 94's readings stay
    ("blk-c-sender-ip-blocked", "550 5.1.1 Access denied - sender IP 192.0.2.25 blocked", "5.1.1", "RCPT", False,
     ("blocked",), S),
    ("blk-c-user-blocked-your-address", "550 5.1.1 The user blocked your address", "5.1.1", "RCPT", False, (), ANY),
    ("blk-c-user-unknown", "550 5.1.1 <lead@partner.example>: User unknown", "5.1.1", "RCPT", True, UNK, R),
    ("blk-c-content-policy", "550 5.1.1 Message blocked by content policy", "5.1.1", "DATA", False, (), ANY),
]

# ---- 2. "the sender is blocked" beside a missing recipient ---------------------------------------------------------
SND = ("review 94's soft_wordings.RECIPIENT_CHOICE 'the sender is blocked' under attack: a reply under 5.1.1 that "
       "ALSO says the recipient does not exist (userunknown, hard), and a refusal by OUR relay of our own sender at "
       "MAIL FROM (taxonomy: rejected/blocked, sender scope), hand-made")
SND_ATTACKS = [
    ("snd-blocked-because-no-recipient", "550 5.1.1 The sender is blocked because the recipient does not exist",
     "5.1.1", "RCPT", True, UNK, R),
    ("snd-blocked-then-user-unknown", "550 5.1.1 The sender is blocked: Recipient address rejected: User unknown",
     "5.1.1", "RCPT", True, UNK, R),
    ("snd-our-relay-sender-blocked", "550 5.7.1 <seller@example.com>: The sender has been blocked by the relay "
     "administrator", "5.7.1", "MAIL", False, ("rejected", "blocked", "securityerror", "policyviolation"), S),
]
SND_CONTROLS = [
    ("snd-c-sender-is-blocked", "550 5.1.1 The sender is blocked", "5.1.1", "RCPT", False, (), ANY),
    ("snd-c-blocked-by-recipient", "550 5.1.1 The sender has been blocked by the recipient", "5.1.1", "RCPT", False,
     (), ANY),
]

# ---- 3. departures: "back" in another sense (false softs); other temporary absences (false hards) -----------------
LEFT = ("review 94's departures._NOT_FOR_GOOD under attack: a recipient server's admin text (Postfix access(5) 'REJECT "
        "<text>' / Exim ':fail: <text>', review 69's layout) where a true leaver's notice says 'back' or a date in "
        "another sense (hasmoved, hard), or another temporary absence is said (not hard), hand-made")
LEFT_ATTACKS = [
    ("left-will-not-be-back-date", "550 5.7.1 José Núñez has left the company on 4 January and will not be back",
     "5.7.1", "RCPT", True, MOVED, R),
    ("left-write-back-to-sales", "550 5.7.1 José Núñez left Partner Ltd; please write back to sales@partner.example",
     "5.7.1", "RCPT", True, MOVED, R),
    ("left-go-back-to-website", "550 5.7.1 José Núñez left Partner Ltd in March. Please go back to our website",
     "5.7.1", "RCPT", True, MOVED, R),
    ("left-get-back-in-touch", "550 5.7.1 José Núñez left Partner Ltd in March; get back in touch via "
     "sales@partner.example", "5.7.1", "RCPT", True, MOVED, R),
    ("left-call-back-on-number", "550 5.7.1 José Núñez left Partner Ltd in March. Sales will call you back on request",
     "5.7.1", "RCPT", True, MOVED, R),
    ("left-leave-your-message", "550 5.7.1 José Núñez left Partner Ltd in March. Leave your message at "
     "sales@partner.example", "5.7.1", "RCPT", True, MOVED, R),
    ("left-back-office", "550 5.7.1 José Núñez has left Partner Ltd permanently; back-office requests to "
     "ops@partner.example", "5.7.1", "RCPT", True, MOVED, R),
    ("left-wont-be-back", "550 5.7.1 José Núñez left Partner Ltd on 30 November and won't be back", "5.7.1", "RCPT",
     True, MOVED, R),
    ("left-for-good-back-in-2019", "550 5.7.1 José Núñez left Partner Ltd in March; he joined back in 2019", "5.7.1",
     "RCPT", True, MOVED, R),
    ("left-after-initial-clause", "550 5.7.1 We answer all e-mails from Building C. José Núñez left Partner Ltd in "
     "March", "5.7.1", "RCPT", True, MOVED, R),
    # Other temporary absences: not gone, not hard.
    ("left-on-sabbatical", "550 5.7.1 José Núñez left Partner Ltd on sabbatical until 1 May", "5.7.1", "RCPT", False,
     (), ANY),
    ("left-maternity-leave", "550 5.7.1 Mary J. Smith left Partner Corp on maternity leave until 1 March", "5.7.1",
     "RCPT", False, (), ANY),
    ("left-out-until", "550 5.7.1 José Núñez left Partner Ltd today and is out until 7 January", "5.7.1", "RCPT",
     False, (), ANY),
    ("left-away-until", "550 5.7.1 José Núñez left Partner Ltd on 1 December, away until 4 January", "5.7.1", "RCPT",
     False, (), ANY),
    ("left-fr-en-conge", "550 5.7.1 José Núñez a quitté le bureau ; en congé jusqu'au 4 janvier", "5.7.1", "RCPT",
     False, (), ANY),
    ("left-es-de-vacaciones", "550 5.7.1 José Núñez ha dejado la oficina; está de vacaciones hasta el 4 de enero",
     "5.7.1", "RCPT", False, (), ANY),
    ("left-de-im-urlaub", "550 5.7.1 José Núñez hat das Büro verlassen und ist bis zum 4. Januar im Urlaub", "5.7.1",
     "RCPT", False, (), ANY),
    ("left-returns-monday", "550 5.7.1 José Núñez left Partner Ltd early; returns on Monday", "5.7.1", "RCPT", False,
     (), ANY),
]
LEFT_CONTROLS = [
    ("left-c-for-the-holidays", "550 5.7.1 José Núñez left Partner Ltd for the Holidays; back on 4 January", "5.7.1",
     "RCPT", False, (), ANY),
    ("left-c-back-in-january", "550 5.7.1 José Núñez left Partner Ltd for the holidays, back in January", "5.7.1",
     "RCPT", False, (), ANY),
    ("left-c-back-on-the-4th", "550 5.7.1 José Núñez left Partner Ltd early; back on the 4th", "5.7.1", "RCPT", False,
     (), ANY),
    ("left-c-out-of-office-until", "550 5.7.1 José Núñez left Partner Ltd today; out of the office until 7 January",
     "5.7.1", "RCPT", False, (), ANY),
    ("left-c-fr-a-quitte-entreprise", "550 5.7.1 José Núñez a quitté l'entreprise le 30 novembre", "5.7.1", "RCPT",
     True, MOVED, R),
    ("left-c-for-good", "550 5.7.1 José Núñez left Partner Ltd on 30 November; please write to sales@partner.example",
     "5.7.1", "RCPT", True, MOVED, R),
]

# ---- 4. recipient callouts beside "call back to sender" -----------------------------------------------------------
CALL = ("review 94's lexicon._SENDER 'call back to sender' under attack: a callout/callback verifying the RECIPIENT "
        "(Exim spec ch. 42 'verify = recipient/callout', its 'Callout verification failed:' quoting the next hop's "
        "550; a recipient's mailbox dead: userunknown, hard) beside a sender callback (rejected, sender), hand-made")
CALL_ATTACKS = [
    ("call-recipient-callback-failed", "550 5.1.1 Recipient callback verification failed: mailbox does not exist",
     "5.1.1", "RCPT", True, UNK, R),
    ("call-exim-callout-recipient", "550 5.1.1 <lead@partner.example>: Callout verification failed: 550 5.1.1 "
     "<lead@partner.example>: Recipient address rejected: User unknown", "5.1.1", "RCPT", True, UNK, R),
    ("call-back-to-senders-server-unknown", "550 5.1.1 Recipient unknown; we do not call back to the sender's server",
     "5.1.1", "RCPT", True, UNK, R),
]
CALL_CONTROLS = [
    ("call-c-callback-to-sender-failed", "550 5.1.1 <seller@example.com>: callback to sender failed: no such user",
     "5.1.1", "RCPT", False, ("rejected",), S),
    ("call-c-sender-callback-failed", "550 5.1.1 Sender callback verification failed: mailbox does not exist",
     "5.1.1", "RCPT", False, ("rejected",), S),
]

# The lead's mend of left-de-im-urlaub (departures._away_for_now: away for a while, said in the departure's own
# sentence, in the languages _DEPARTED reads), with controls: a true leaver whose sentence ends before the absence,
# or names only a date, stays gone.
AWAY = ("departures._away_for_now, added for review 97's German false hard: a leaver's own sentence that says the "
        "person is on holiday, on leave or back on a day is an absence, not a departure (taxonomy: hasmoved is for a "
        "person gone for good); the words follow each language's out-of-office phrasing; hand-made")
AWAY_ROWS = [
    ("away-de-elternzeit", "550 5.7.1 Frau Weber hat das Unternehmen verlassen und ist in Elternzeit", "5.7.1", "RCPT",
     False, (), ANY),
    ("away-fr-de-retour-le", "550 5.7.1 Marie Dubois a quitté le bureau, de retour le 4 janvier", "5.7.1", "RCPT",
     False, (), ANY),
    ("away-it-in-ferie", "550 5.7.1 Giulia Rossi non lavora più per Partner e è in ferie", "5.7.1", "RCPT", False,
     (), ANY),
    ("away-c-de-gone-then-own-holiday", "550 5.7.1 Herr Müller hat das Unternehmen verlassen. Ich bin bis zum 4. "
     "Januar im Urlaub", "5.7.1", "RCPT", True, MOVED, R),
    ("away-c-fr-gone", "550 5.7.1 Marie Dubois a quitté la société; merci d'écrire à info@partner.example", "5.7.1",
     "RCPT", True, MOVED, R),
    ("away-c-es-gone-then-vacaciones", "550 5.7.1 Ana ya no trabaja en la empresa. El equipo está de vacaciones "
     "hasta el lunes", "5.7.1", "RCPT", True, MOVED, R),
]
ROWS = (both("away", AWAY, AWAY_ROWS) + both("blk", BLK, BLK_ATTACKS + BLK_CONTROLS) + both("snd", SND, SND_ATTACKS + SND_CONTROLS)
        + both("left", LEFT, LEFT_ATTACKS + LEFT_CONTROLS) + both("call", CALL, CALL_ATTACKS + CALL_CONTROLS))
