"""The hundred-and-sixty-ninth review: an OUTSIDE OPINION on the newest rows, as reviews 138 and 159. Debian's Sisimai
4.25 (benchmarks/sisimai_read.pl) and the classifier read reviews 157-165's hand-made notices (their ROWS, 813
messages: `benchmarks/sisimai_diff.py --review-rows --reviews 157-165`, the --reviews option added by this review);
every hard/soft disagreement was grouped into families, those reviews 138 and 159 judged and the house conventions
(an unnamed stage's English "user unknown" = filtered; loops = networkerror; a delay's raw hard flag) set aside, and
each new family read against the servers' own words, their documentation and shared/classifier/taxonomy.md.

Where Sisimai is right and we were not (a FALSE SOFT): our sender said fine (or only named), then, after a comma or a
"but", the RECIPIENT's noun in a European language said unknown. Review 163's strict xfails r163-multi-both-named-nl-
afzender-gecontroleerd-ontvanger-onbekend ("550-5.1.1 Afzender gecontroleerd, ontvanger onbekend. 550 5.1.1 Het adres
is ongeldig") read rejected, the sender's (soft); Sisimai reads userunknown (hard). lexicon._SENDER's window (a sender
word, then an absence within its sentence) stopped at the English "recipient" (review 88) and the CJK nouns (review
145), not at "ontvanger", "Empfänger", "destinataire", "destinatario", "mottagare", "odbiorca", "получатель": so
"Expéditeur vérifié, destinataire inconnu" was our sender unknown. Mend: sender_words._CLAUSE_RECIPIENT in ACROSS (the
noun opening a new clause: after a comma or "but / aber / mais / pero / ma / maar...", an article at most between; not
a dative "dem Empfänger", not the recipient's server speaking). Controls: our sender's absence before the noun, the noun
inside a prepositional phrase ("bij de ontvanger", "laut Empfänger", "para el destinatario"), a dative, the recipient's
server speaking, a refusal without absence, a 4.x reply.

Counts (hard/soft disagreements with Sisimai over reviews 157-165's 764 recipients both read): 88 before (72 "ours
hard, Sisimai soft", 16 "ours soft, Sisimai hard"), 85 after (review 163's Dutch twin now agrees; its three strict
xfails are ordinary rows). This review's rows: 36 FALSE SOFTS before the mend (all this family, all read as written
after), 0 false hards; 37 controls, 28 read as written before and after, 9 strict xfails (an enumeration, below).
Sisimai reads this review's rows as written but the no-status Dutch row (onhold, family A) and the 5.7.1 controls
(securityerror from the status: soft, as expected).

Families where WE are right (Sisimai 4.25 reads otherwise; kept), disagreements before -> after:
"Ours hard, Sisimai soft" (72 -> 72):
- A. Wordings Sisimai has no table for, read onhold (52 -> 52): German "Es kann sein, dass Sie sich vertippt haben"
  beside "Der Empfänger existiert nicht", Italian / Spanish / French / Portuguese stated absences with a cause or
  consequence clause ("perché", "por lo que", "c'est-à-dire", "se este aviso chegou ... é porque"), Japanese / Korean /
  Chinese absences with a help clause (reviews 157, 162), MailMarshal's second recipient (165).
- B. Sisimai's filtered for a recipient-not-found reply at a stage it does not see (6 -> 6): Exchange's 5.1.10
  RecipientNotFound (as review 138), Yahoo's "This user doesn't have a ... account", InterMail's "rejected by a remote
  mail server" heading (review 165 reads it RCPT).
- P. Help pointers quoting another reason's phrase after the recipient said unknown (9 -> 9): review 159's family the
  other way: Sisimai's tables match the quoted "sender rejected" (filtered) or "mailbox full" / "quota exceeded"
  (mailboxfull) in the pointer (reviews 159, 160); the verdict is the absence.
- Q. IMail's "Additional RCPT TO generated following response: 550 5.1.1 ... User unknown in local recipient table"
  (review 165; 1 -> 1): Sisimai reads undefined; the reply says the user unknown.
- Review 138's "PROSPECT said unknown under a sender status" ("550 5.1.8 Die Empfängeradresse ist ungültig", review
  163; 1 -> 1).
- C. Delays' raw hard flag (4.1.1 / 4.1.2; review 164; 3 -> 3).
"Ours soft, Sisimai hard" (16 -> 13):
- O. A conditional absence after a policy refusal ("550 5.7.1 Message rejected by policy. In the event that / When /
  Where / If the recipient's address does not exist, ..."; reviews 157, 160, 162; 5 -> 5): Sisimai reads the phrase;
  the words suppose it, the refusal is the policy's (soft).
- P. A spam verdict whose FAQ pointer quotes 'user unknown' (review 160; 1 -> 1): a mention.
- F. "550 5.1.7 'Sender verify failed: no such user'" (review 159's control; 1 -> 1).
- H. OUR sender said unknown under a miscoded 5.1.1 (cyon's "no such user" naming our address at MAIL FROM, Fastmail's
  "Sorry, user address unknown" at MAIL FROM, Swedish "avsändaren finns inte"; review 164; 5 -> 5).
- N. Postfix's "Host not found, try again" (review 164; 1 -> 1).
- NEW, mended here: the sender checked, then the recipient unknown, in Dutch (review 163; 3 -> 0).

Failed-recipient sets (167 messages differ, before and after):
- Sisimai also counts the DELIVERED addresses of a mixed report ("successfully delivered to", "zugestellt an",
  "remis à" beside the failure; reviews 158, 160-163; 69): the words say delivered; ours.
- Sisimai takes the help line's CONTACT address (postmaster@, helpdesk@, support@, soporte@, assistenza@; review 158,
  163; 41) for a failed recipient: it is whom to ask, not a recipient; ours.
- Sisimai reads a success-only report as a bounce (review 161's and 163's success controls, 165's delivery
  confirmations; 22): no bounce; ours. Among them review 163's strict xfail r163-success-then-bare-failed-no-blank,
  where Sisimai finds kim (right) and the delivered lead (wrong): left as 163 judged.
- Sisimai reads no bounce in layouts it does not parse (GroupWise, Messaging Server's localized notices, Openwave's
  "unknown destination", review 162's labelled notes; 33): ours.
- Sisimai right: Messaging Server's "Original address:" (review 165's strict xfail r165-ms-original-address, 1): we
  report the rewritten "Recipient address:", Sisimai the original. A recipient-mapping question (Classification.origin,
  as a DSN's Original-Recipient), not a hard/soft one: left for a later review.
- Sisimai wrong: MailMarshal's delay from a non-daemon sender (review 165's strict xfail; 1): Sisimai takes the
  notice's own MailMarshal@ address as the recipient.

Left (strict xfails, test_review_notices169.JUDGEMENT): an ENUMERATION of what may be unknown, our sender first
("Absender, Empfänger oder Postfach unbekannt", "Afzender, ontvanger of mailbox onbekend", "Expéditeur, destinataire ou
domaine inconnu"), reads the mailbox or domain missing (hard) before and after this review's mend: a false hard of a
generic text, another rule's (the noun's own table), not this family's.

Rows: (name, source, raw, expected), each expectation written from the words, the status and the taxonomy BEFORE the
classifier ran on it. All HAND-MADE; test_review_notices169.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import OUR_RELAYED, both_layouts, ours_layouts
from tests.classifier.review_shorthands import HARD_UNK, PARTNER_LEAD, PARTNER_MX, S, SOFT

MX, LEAD = PARTNER_MX, PARTNER_LEAD
OUR = OUR_RELAYED
OUR_SIDE = (False, (), S)

both = both_layouts("r169", MX, LEAD)

# ---- 1. FALSE SOFTS: our sender said fine (or only named), then, in a new clause, the RECIPIENT said unknown ----------
CHECKED = ("Sisimai 4.25's outside opinion on review 163's strict xfails r163-multi-both-named-nl-afzender-gecontroleerd-"
           "ontvanger-onbekend (userunknown, hard; we read rejected, the sender's, soft). A reply may report both "
           "envelope checks in one line (Sendmail's own '250 2.1.0 <s>... Sender ok' then '550 5.1.1 <r>... User "
           "unknown'; RFC 5321 4.2: the reply answers the client's command, here RCPT); an admin writes such a text "
           "in his own language (Postfix access(5) 'REJECT optional text...'). After a clause break the RECIPIENT's "
           "noun ('ontvanger', 'Empfänger', 'destinataire', 'destinatario', 'mottagare', 'odbiorca', 'получатель') "
           "is the subject of the absence, as the English 'Sender OK, recipient does not exist' (review 88) and the "
           "CJK '发件人地址正常，收件人地址不存在' (review 145) already read. Fresh wordings hand-made: the recipient's "
           "absence (RFC 3463 5.1.1 bad destination mailbox; taxonomy userunknown, hard)")
CHECKED_ROWS = [
    ("nl-afzender-geldig-ontvanger-bestaat-niet", "550 5.1.1 Afzender geldig, ontvanger bestaat niet", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-absender-akzeptiert-empfaenger-unbekannt", "550 5.1.1 Absender akzeptiert, Empfänger unbekannt", "5.1.1",
     "RCPT", *HARD_UNK),
    ("de-absender-in-ordnung-aber-der-empfaenger", "550 5.1.1 Absender in Ordnung, aber der Empfänger existiert nicht",
     "5.1.1", "RCPT", *HARD_UNK),
    ("fr-expediteur-verifie-destinataire-inconnu", "550 5.1.1 Expéditeur vérifié, destinataire inconnu", "5.1.1",
     "RCPT", *HARD_UNK),
    ("fr-expediteur-accepte-mais-le-destinataire", "550 5.1.1 Expéditeur accepté mais le destinataire n'existe pas",
     "5.1.1", "RCPT", *HARD_UNK),
    ("es-remitente-aceptado-pero-el-destinatario", "550 5.1.1 Remitente aceptado, pero el destinatario no existe",
     "5.1.1", "RCPT", *HARD_UNK),
    ("it-mittente-verificato-destinatario-inesistente", "550 5.1.1 Mittente verificato, destinatario inesistente",
     "5.1.1", "RCPT", *HARD_UNK),
    ("pt-remetente-valido-destinatario-desconhecido", "550 5.1.1 Remetente válido, destinatário desconhecido", "5.1.1",
     "RCPT", *HARD_UNK),
    ("sv-avsandare-godkand-mottagaren-finns-inte", "550 5.1.1 Avsändare godkänd, mottagaren finns inte", "5.1.1",
     "RCPT", *HARD_UNK),
    ("pl-nadawca-poprawny-odbiorca-nie-istnieje", "550 5.1.1 Nadawca poprawny, odbiorca nie istnieje", "5.1.1", "RCPT",
     *HARD_UNK),
    ("ru-otpravitel-proveren-poluchatel-ne-sushchestvuet", "550 5.1.1 Отправитель проверен, получатель не существует",
     "5.1.1", "RCPT", *HARD_UNK),
    # No status at all: the words alone (Sendmail-style reply code only).
    ("nl-afzender-in-orde-de-ontvanger-no-status", "550 Afzender in orde, de ontvanger is onbekend", "5.0.0", "RCPT",
     *HARD_UNK),
]

# ---- 2. CONTROLS: the sender's own absence stays ours -----------------------------------------------------------------
CTL = ("controls of 1, hand-made: OUR sender said unknown, the recipient's noun only AFTER the absence ('Absender "
       "unbekannt, Empfänger nicht kontaktiert': the recipient not tried because of us, review 113), inside a "
       "prepositional phrase ('bij de ontvanger', 'laut Empfänger': unknown AT the recipient, review 99), or as the "
       "recipient's SERVER speaking ('Empfängerserver meldet', review 103): the sender's refusal (taxonomy rejected, "
       "soft, the sender's scope); a recipient's refusal that names no absence (soft); a 4.x reply (a delay, "
       "taxonomy section 4)")
CTL_ROWS = [
    ("c-de-absender-unbekannt-empfaenger-nicht-kontaktiert", "550 5.7.1 Absender unbekannt, Empfänger nicht "
     "kontaktiert", "5.7.1", "RCPT", *OUR_SIDE),
    ("c-fr-expediteur-inconnu-destinataire-non-contacte", "550 5.7.1 Expéditeur inconnu, destinataire non contacté",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("c-nl-afzender-bij-de-ontvanger-onbekend", "550 5.7.1 Afzender is bij de ontvanger onbekend", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("c-es-remitente-para-el-destinatario-desconocido", "550 5.7.1 Remitente, para el destinatario, desconocido",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("c-de-absender-laut-empfaenger-unbekannt", "550 5.7.1 Absender, laut Empfänger, unbekannt", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("c-it-mittente-verificato-destinatario-rifiuta", "550 5.7.1 Mittente verificato, destinatario rifiuta i messaggi",
     "5.7.1", "RCPT", *SOFT),
    # (Written after the mend's first run, before running them: an ENUMERATION of what may be unknown, the recipient
    # one of several ("sender, recipient or domain"), names no absent recipient: not hard.)
    ("c-de-absender-empfaenger-oder-domain-unbekannt", "550 5.7.1 Absender, Empfänger oder Domain unbekannt", "5.7.1",
     "RCPT", *SOFT),
    ("c-fr-expediteur-destinataire-ou-domaine-inconnu", "550 5.7.1 Expéditeur, destinataire ou domaine inconnu",
     "5.7.1", "RCPT", *SOFT),
    ("c-de-absender-empfaenger-oder-postfach-unbekannt", "550 5.7.1 Absender, Empfänger oder Postfach unbekannt",
     "5.7.1", "RCPT", *SOFT),
    ("c-nl-afzender-ontvanger-of-mailbox-onbekend", "550 5.7.1 Afzender, ontvanger of mailbox onbekend", "5.7.1",
     "RCPT", *SOFT),
    ("c-fr-expediteur-verifie-destinataire-inconnu-4xx", "450 4.1.1 Expéditeur vérifié, destinataire inconnu pour le "
     "moment", "4.1.1", "RCPT", *SOFT),
]
OURS_CTL = [
    ("c-de-absender-addr-empfaengerserver-meldet", f"550 5.7.1 Absender <{OUR}>, Empfängerserver meldet: unbekannt",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("c-nl-afzender-addr-onbekend-ontvanger-niet-bereikt", f"550 5.7.1 Afzender <{OUR}> onbekend, ontvanger niet "
     "bereikt", "5.7.1", "RCPT", *OUR_SIDE),
    # (Written after the mend's first draft, before running it: a dative "dem Empfänger" after the comma is where our
    # sender is unknown, not a new clause's subject.)
    ("c-de-absender-addr-dem-empfaenger-nicht-bekannt", f"550 5.7.1 Absender <{OUR}>, dem Empfänger nicht bekannt",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("c-sv-avsandare-addr-okand-mottagaren-inte-kontaktad", f"550 5.7.1 Avsändare <{OUR}> okänd, mottagaren inte "
     "kontaktad", "5.7.1", "RCPT", *OUR_SIDE),
]

ROWS: list[tuple] = (both("checked", CHECKED, CHECKED_ROWS) + both("ctl", CTL, CTL_ROWS)
                     + ours_layouts("r169", MX, LEAD, "ours", CTL, OURS_CTL,
                                    quote=("c-de-absender-addr-empfaengerserver-meldet",)))
