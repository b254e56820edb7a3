"""The hundred-and-eighty-second review: an ADVERSARIAL AUDIT of review 179's mends (5beabb7), merged into main.

Attacks, both ways, on cause_clauses' new condition words and their exceptions, absent_things' _TIED / _RECIPIENT,
past_absences' suppositions, subordinate order and VERB_LAST adverbs, and outcome_words' receipts and 'never succeeded'.
FALSE SOFTS (a dead address kept mailed): Danish / Norwegian 'når' the VERB (reaches: "Beskeden når ikke frem fordi
..."), Swedish 'när' narrating with a past passive ('-des') the narrative check misses, 'om' = 'about' after an
s-passive not excluded ("returneras med besked om att", "aviseras om att", Danish / Norwegian "sendes ... om at"), the
relative 'hvis' without its comma after other nouns ("Postkassen hvis adresse ..."), a terse 'Mocht niet worden
afgeleverd omdat ...'; VERB_LAST's adverbs it lacks ("seit Jahren", "nämlich", "al jaren"), "aldrig fanns / fandtes",
"n'existait sans aucun doute plus"; a DSN called "delivery receipt" on kim's line.
FALSE HARDS (a live prospect read failed): "zowel ... als ..." then a real condition 'als' in the same clause; 'om /
hvis' conditions after the exceptions ("Ett felmeddelande skickas om ...", "returneres til brukeren hvis ..."), a rule's
'när' with a participle adjective ("raderade konton"), Czech "když"; the thing tied by prepositions _TIED lacks ("auf",
"under", "with", "vers", "onder"); suppositions _MAYBE lacks ("womöglich", "anscheinend", "mutmaßlich",
"mogelijkerwijs"), a supposition before a stating adverb ("vermutlich gar nicht"); the subordinate order's "ikke findes
ledig plads", "inte finns något ledigt utrymme", "ikke finnes mer lagringsplass" under 4.2.2 and "det inte finns någon
SPF-post" under 5.7.1; the delivered lead's "read receipt request rejected", "read receipt not sent", "first attempt
never succeeded", "no earlier attempt succeeded", forwards to external recipients blocked, "bloqué / geblokkeerd /
blockiert".

Findings (main at b589629). First batch, 74 rows committed before running (4bc1d14): 37 misread, 7 of them regressions
of review 179's mends (read right on 1a83aeb, its parent).
FALSE SOFTS, 19 (+1 control): 'når' the verb x3 (one a regression: "E-posten når ikke mottakeren fordi ..."), "När
leveransen påbörjades är ..." (regression) and "När meddelandet togs emot saknades ..." (lexicon: no 'saknades'), 'om
att / om at' after "returneras med besked", "aviseras", "sendes en meddelelse / et varsel" (4), "Postkassen / Kontoen
hvis adresse ..." (2, regressions: 'hvis' anywhere), "mocht niet worden afgeleverd omdat" (verb_final.HEDGED's 'mocht',
older); "seit Jahren", "nämlich", "ganz einfach", "al jaren", "aldrig fanns / fandtes", "n'existait sans aucun doute
plus" (7, older than 179). Control "Zowel ... bestaan niet meer" (lexicon lacks the plural 'bestaan').
FALSE HARDS, 17: "Ett felmeddelande skickas om ...", "skickas tillbaka om ..." (the second a regression: 'skick'
excluded as a particle verb), "returneres til brukeren hvis ...", "rapport til modtageren hvis ..." (the lookbehinds on
the recipient's noun); _TIED's missing "auf / under / with / vers / onder" (5, three by the 40-character window);
_MAYBE's missing "womöglich / anscheinend / mutmaßlich / mogelijkerwijs" (4); the delivered lead's "read receipt request
rejected", "read receipt not sent" (older), "first attempt never succeeded", "no earlier attempt succeeded" (2
regressions of _FAILED_WORDS). Held: "zowel ... als ... als het adres", Swedish 'när' with a participle adjective after
its present verb (review 179's narrative check saw only up to the absence; kept right when review 182 asks the whole
clause, by the present-verb-first rule), Czech "když" under 5.7.1 (review 177's condition), Danish startkomma "afvises,
hvis", the 4.2.2 / SPF subordinate orders ("ikke findes ledig plads", "inte finns något ledigt utrymme", "det inte finns
någon SPF-post"), "vermutlich gar nicht", "waarschijnlijk helemaal niet", the 'bloqué / geblokkeerd / blockiert'
receipts and external forwards, kim's "delivery receipt: rejected", the controls.
Mended 35; 2 strict xfails (lexicon, at 450 lines: Swedish 'saknades'; the Dutch plural 'bestaan niet'). Second batch,
21 controls of the mends committed before running (3264c68): 1 misread, "Když adresa příjemce neexistovala, zpráva byla
vrácena" (onhold on main too: review 177's 'když' had no narrative reading, and a check inside _BEFORE cannot see past
the absence; mended, _NARRATED asked of the whole clause, Swedish 'när' moved there too). Review 179's strict xfail "Du
modtager en fejlmeddelelse hvis adressen er ukendt" now reads right (verb_final's 'hvis' inside lexicon's shape): an
ordinary row. Then 3 PROBES of review 182's own 'om' rule, run before being written as rows (a break of the order, said
here): "skickades om till ...", "skickas om via ..." (onhold once 'skick' was no longer excluded: regressions caught),
"sendes ikke om igjen fordi ..." (onhold on main too); mended ('om' before 'till / til / via / från / igjen ...').

Mends: cause_clauses (_WHOSE: 'hvis' is whose before its bare noun, asked of the whole text in `conditioned`, the
lookbehinds on the recipient's noun gone; s-passive 'om' not before 'att / at', a conjunction or an adverb, 'skickas /
sänds / startas ...' no longer excluded; 'når' not before 'ikke / frem / fram ...'; MOCHT: 'mocht' not before a negation
or infinitive, shared with verb_final.HEDGED; _NARRATED: Swedish 'när' and Czech 'když' told by a past verb before any
present one, the s-passive past '-des / -tes / togs', Czech l-participles); verb_final.unstated (a 'hvis' inside
lexicon's shape governs its absence); absent_things (_TIED's 'auf / unter / mit / under / with / onder / met / vers /
avec / med', subject_before's window 56 characters: the tie check guards it); past_absences (_MAYBE's 'womöglich /
anscheinend / scheinbar / mutmaßlich / angeblich / mogelijkerwijs / denkelijk', 'aldrig / aldri' in both orders, French
three words inside 'ne ... plus', VERB_LAST's 'seit Jahren / nämlich / ganz / al jaren'); formats/outcome_words (an
earlier attempt's 'never / no earlier attempt succeeded' no failure; a receipt's request refused and a receipt not sent
no outcome).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources per section. Our sender:
sender@example.com (relay copy); the prospect lead@example.org (kim@partner.example and lead@partner.example in the
mixed reports)."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, relayed_for
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices107 import mixed_report
from tests.classifier.review_notices112 import HARD_UNK, LEAD, MX
from tests.classifier.review_shorthands import FULL, SOFT
from tests.classifier.review_notices170 import DE_WHY, EN_WHY, FR_WHY, LABEL_SRC, NL_WHY

both = both_layouts("r182", MX, LEAD)
relayed_only = relayed_for("r182", MX, LEAD)
CTL = " (control)"

# ---- A. condition words that are no condition here (FALSE SOFT) ------------------------------------------------------
WORD_SRC = ("hand-made after RFC 5321 §4.2.2 (550 mailbox unavailable), RFC 3463 X.1.1 and Postfix access(5) 'REJECT "
            "optional text' (the site's words in its language): the recipient's absence STATED with a word review 179 "
            "reads as a condition: Danish / Norwegian 'når' is also the present of 'nå' (to reach: 'Beskeden når ikke "
            "frem', Routledge Danish: An Essential Grammar, irregular verbs), Swedish 'när' narrating with a past "
            "passive in '-des' ('togs emot', 'påbörjades': elon.io Swedish s-passive past), 'om' = 'about' after a "
            "noun ('besked / meddelelse / varsel om at', Danish: An Essential Grammar, prepositions), the relative "
            "'hvis' (whose) without the start comma Dansk Sprognævn allows ('Postkassen hvis adresse ...'), a terse "
            "Dutch 'Mocht niet worden afgeleverd' (was not allowed to be delivered, elon.io modal 'mogen'); taxonomy "
            "userunknown (hard) (FALSE SOFT attack on cause_clauses._BEFORE)")
WORD = [
    ("no-naar-verb-reaches-fordi-ikke-finnes", "550 Meldingen når ikke frem fordi mottakerens adresse ikke finnes",
     "5.0.0", "RCPT", *HARD_UNK),
    ("da-naar-verb-reaches-fordi-ikke-findes", "550 Beskeden når ikke frem fordi modtagerens adresse ikke findes",
     "5.0.0", "RCPT", *HARD_UNK),
    ("no-naar-verb-reaches-adressen-er-ukjent", "550 E-posten når ikke mottakeren fordi adressen er ukjent", "5.0.0",
     "RCPT", *HARD_UNK),
    ("sv-nar-past-passive-togs-emot-saknades", "550 När meddelandet togs emot saknades mottagarens brevlåda", "5.0.0",
     "RCPT", *HARD_UNK),
    ("sv-nar-past-passive-paborjades-okand", "550 När leveransen påbörjades är mottagarens adress okänd", "5.0.0",
     "RCPT", *HARD_UNK),
    ("sv-returneras-med-besked-om-att-inte-finns", "550 Meddelandet returneras med besked om att mottagarens adress "
     "inte finns", "5.0.0", "RCPT", *HARD_UNK),
    ("sv-du-aviseras-om-att-inte-finns", "550 Du aviseras om att mottagarens adress inte finns", "5.0.0", "RCPT",
     *HARD_UNK),
    ("da-der-sendes-meddelelse-om-at-ikke-findes", "550 Der sendes en meddelelse om at modtagerens adresse ikke findes",
     "5.0.0", "RCPT", *HARD_UNK),
    ("no-det-sendes-varsel-om-at-ikke-finnes", "550 Det sendes et varsel om at mottakerens adresse ikke finnes",
     "5.0.0", "RCPT", *HARD_UNK),
    ("da-postkassen-hvis-adresse-findes-ikke", "550 Postkassen hvis adresse du skrev til findes ikke", "5.0.0", "RCPT",
     *HARD_UNK),
    ("no-kontoen-hvis-adresse-finnes-ikke", "550 Kontoen hvis adresse du skrev til finnes ikke", "5.0.0", "RCPT",
     *HARD_UNK),
    ("nl-mocht-niet-worden-afgeleverd-omdat-bestaat-niet", "550 Afgewezen, mocht niet worden afgeleverd omdat de "
     "ontvanger niet bestaat", "5.0.0", "RCPT", *HARD_UNK),
]
WORD_CTL = [
    ("c-sv-nar-vi-kontaktade-fanns-inte", "550 När vi kontaktade servern fanns mottagarens adress inte", "5.0.0", "RCPT",
     *HARD_UNK),
    ("c-no-ukjent-then-naar-du-tror-feil", "550 Mottakerens adresse er ukjent. Når du tror dette er feil, kontakt oss",
     "5.0.0", "RCPT", *HARD_UNK),
]

# ---- B. conditions the exceptions let through (FALSE HARD) -----------------------------------------------------------
COND_SRC = ("hand-made after Microsoft Learn Exchange Online 5.7.1 'Delivery not authorized, message refused' and its "
            "localised help, a site's rule in its language whose condition review 179's EXCEPTIONS skip: Dutch 'zowel "
            "... als' followed in the same clause by a conditional 'als' (learnpal.ai Dutch correlatives; 'als' = if), "
            "Swedish 'om' after 'skickas' (is sent IF: 'Ett felmeddelande skickas om ...', elon.io Swedish 'om' = "
            "if), Norwegian 'hvis' after the user's noun with no comma (a condition after its main clause takes none, "
            "blogs.transparent.com), a rule's 'när' beside a past participle adjective ('raderade konton', elon.io "
            "Swedish participles), Czech 'když' (ufal.mff.cuni.cz CzeDLex 'když / kdyby'): the absence only supposed, "
            "the refusal the policy's; taxonomy 5.7.x policy soft (FALSE HARD attack)")
COND = [
    ("nl-zowel-als-then-als-condition", "550 5.7.1 Bericht geweigerd door beleid. Zowel de afzender als de beheerder "
     "krijgen een melding als het adres van de ontvanger niet bestaat", "5.7.1", "RCPT", *SOFT),
    ("sv-felmeddelande-skickas-om-okand", "550 5.7.1 Leverans ej tillåten. Ett felmeddelande skickas om mottagarens "
     "adress är okänd", "5.7.1", "RCPT", *SOFT),
    ("sv-skickas-tillbaka-om-inte-finns", "550 5.7.1 Leverans ej tillåten. Meddelandet skickas tillbaka om mottagarens "
     "adress inte finns", "5.7.1", "RCPT", *SOFT),
    ("no-returneres-til-brukeren-hvis-ukjent", "550 5.7.1 Levering ikke tillatt. Meldingen returneres til brukeren hvis "
     "mottakerens adresse er ukjent", "5.7.1", "RCPT", *SOFT),
    ("da-rapport-til-modtageren-hvis-ukendt", "550 5.7.1 Levering ikke tilladt. Der sendes en rapport til modtageren "
     "hvis adressen er ukendt", "5.7.1", "RCPT", *SOFT),
    ("sv-nar-okand-eller-raderade-konton", "550 5.7.1 Leverans ej tillåten. När mottagarens adress är okänd eller hör "
     "till raderade konton returneras meddelandet", "5.7.1", "RCPT", *SOFT),
    ("cs-kdyz-adresa-neexistuje", "550 5.7.1 Zpráva odmítnuta pravidly serveru. Když adresa příjemce neexistuje, "
     "kontaktujte správce", "5.7.1", "RCPT", *SOFT),
]
COND_BOTH = [
    ("da-startkomma-afvises-hvis-ukendt", "550 5.7.1 Levering ikke tilladt. Beskeden afvises, hvis modtagerens adresse "
     "er ukendt", "5.7.1", "RCPT", *SOFT),
]
COND_CTL = [
    ("c-no-naar-adresse-er-ukjent-returneres", "550 5.7.1 Levering ikke tillatt. Når mottakerens adresse er ukjent "
     "returneres meldingen", "5.7.1", "RCPT", *SOFT),
    ("c-sv-nar-inte-finns-i-katalogen", "550 5.7.1 Leverans ej tillåten. När mottagarens adress inte finns i katalogen "
     "skickas en rapport", "5.7.1", "RCPT", *SOFT),
    ("c-no-dersom-ukjent-kontakt", "550 5.7.1 Levering ikke tillatt. Dersom mottakerens adresse er ukjent, kontakt "
     "administratoren", "5.7.1", "RCPT", *SOFT),
    ("c-nl-zowel-als-bestaat-niet", "550 Zowel het adres als de mailbox van de ontvanger bestaan niet meer", "5.0.0",
     "RCPT", *HARD_UNK),
]

# ---- C. absent_things: ties _TIED lacks (FALSE HARD) -----------------------------------------------------------------
TIED_SRC = ("hand-made after Microsoft Learn Exchange Online 5.7.1 'Delivery not authorized, message refused', its "
            "mailbox forwarding and Inbox rules (defender-docs outbound-spam-policies-external-email-forwarding.md), "
            "Dovecot Pigeonhole Sieve: the forward, rule or filter the subject, the recipient's noun tied to it by a "
            "preposition review 179 did not list (German 'Weiterleitung auf' = forwarding to; 'under / with / "
            "onder / vers'): the thing missing, no statement about the mailbox; taxonomy 5.7.x policy soft (FALSE HARD "
            "attack on subject_before)")
TIED = [
    ("de-weiterleitung-auf-die-empfaengeradresse", "550 5.7.1 Nachricht abgelehnt: die Weiterleitung auf die "
     "Empfängeradresse existierte nicht mehr", "5.7.1", "RCPT", *SOFT),
    ("en-forwarding-rule-under-the-users-account", "550 5.7.1 Message refused: the forwarding rule under the user's "
     "account did not exist", "5.7.1", "RCPT", *SOFT),
    ("en-filter-associated-with-the-recipients-mailbox", "550 5.7.1 Delivery not authorized: the filter associated with "
     "the recipient's mailbox did not exist", "5.7.1", "RCPT", *SOFT),
    ("fr-filtre-de-redirection-vers-la-boite", "550 5.7.1 Refusé par la politique : le filtre de redirection vers la "
     "boîte du destinataire n'existait plus", "5.7.1", "RCPT", *SOFT),
    ("nl-doorstuurregel-onder-het-account", "550 5.7.1 Bericht geweigerd: de doorstuurregel onder het account van de "
     "ontvanger bestond niet", "5.7.1", "RCPT", *SOFT),
]
TIED_CTL = [
    ("c-de-keine-weiterleitung-fuer-dieses-konto-und-adresse", "550 Keine Weiterleitung für dieses Konto und die "
     "Adresse existierte nicht", "5.0.0", "RCPT", *HARD_UNK),
    ("c-en-forwarding-disabled-and-the-users-address", "550 Forwarding disabled and the user's address did not exist",
     "5.0.0", "RCPT", *HARD_UNK),
]

# ---- D. past_absences ------------------------------------------------------------------------------------------------
MAYBE_SRC = ("hand-made after Microsoft Learn Exchange Online 5.7.1 and Postfix access(5) 'REJECT optional text': the "
             "site's policy refusal adding that the address PROBABLY no longer existed, with supposing words _MAYBE "
             "lacks ('womöglich' = possibly, 'anscheinend' = seemingly, 'mutmaßlich' = presumably: Duden; Dutch "
             "'mogelijkerwijs' = possibly: Van Dale), or a supposition before a stating adverb ('vermutlich gar nicht', "
             "'waarschijnlijk helemaal niet'): taxonomy 5.7.x policy soft (FALSE HARD attack on WORDS / VERB_LAST)")
MAYBE = [
    ("de-existierte-womoeglich-nicht-mehr", "550 5.7.1 Abgelehnt durch Richtlinie: die Empfängeradresse existierte "
     "womöglich nicht mehr", "5.7.1", "RCPT", *SOFT),
    ("de-existierte-anscheinend-nicht-mehr", "550 5.7.1 Abgelehnt durch Richtlinie: das Postfach existierte anscheinend "
     "nicht mehr", "5.7.1", "RCPT", *SOFT),
    ("de-existierte-mutmasslich-nicht", "550 5.7.1 Abgelehnt durch Richtlinie: die Adresse existierte mutmaßlich nicht",
     "5.7.1", "RCPT", *SOFT),
    ("nl-bestond-mogelijkerwijs-niet-meer", "550 5.7.1 Geweigerd door beleid: het adres bestond mogelijkerwijs niet "
     "meer", "5.7.1", "RCPT", *SOFT),
    ("de-weil-vermutlich-gar-nicht-existierte", "550 5.7.1 Abgelehnt durch Richtlinie, weil die Empfängeradresse "
     "vermutlich gar nicht existierte", "5.7.1", "RCPT", *SOFT),
    ("nl-omdat-waarschijnlijk-helemaal-niet-bestond", "550 5.7.1 Geweigerd door beleid omdat het adres waarschijnlijk "
     "helemaal niet bestond", "5.7.1", "RCPT", *SOFT),
]
ORDER_SRC = ("hand-made after RFC 3463 X.2.2 / X.7.1 and the quota replies ('452 4.2.2 Mailbox full', Postfix / "
             "Dovecot quota), a site's words in its language: the Scandinavian subordinate order 'ikke / inte' before "
             "'findes / finns / finnes' (elon.io BIFF rule) whose subject is SPACE or a DNS record, not the address "
             "('der ikke findes ledig plads' = there is no free space, 'det inte finns något ledigt utrymme', 'det "
             "ikke finnes mer lagringsplass', 'det inte finns någon SPF-post för avsändarens domän', RFC 7208): "
             "taxonomy mailboxfull / policy, soft (FALSE HARD attack on WORDS' subordinate order)")
ORDER = [
    ("da-4-2-2-ikke-findes-ledig-plads", "452 4.2.2 Beskeden kunne ikke leveres fordi der ikke findes ledig plads i "
     "postkassen", "4.2.2", "RCPT", *FULL),
    ("sv-4-2-2-inte-finns-nagot-ledigt-utrymme", "452 4.2.2 Meddelandet kunde inte levereras eftersom det inte finns "
     "något ledigt utrymme i brevlådan", "4.2.2", "RCPT", *FULL),
    ("no-4-2-2-ikke-finnes-mer-lagringsplass", "452 4.2.2 Meldingen kunne ikke leveres fordi det ikke finnes mer "
     "lagringsplass i postkassen", "4.2.2", "RCPT", *FULL),
    ("sv-5-7-1-inte-finns-spf-post", "550 5.7.1 Meddelandet avvisades eftersom det inte finns någon SPF-post för "
     "avsändarens domän", "5.7.1", "RCPT", *SOFT),
]
STATED_SRC = ("hand-made after RFC 5321 §4.2.2, RFC 3463 X.1.1 and Postfix access(5) 'REJECT optional text': the "
              "recipient's absence told in the past with a stating adverb VERB_LAST lacks ('seit Jahren', 'nämlich', "
              "'ganz einfach', Dutch 'al jaren'), 'aldrig' (never) before the subordinate verb ('eftersom adressen "
              "aldrig fanns', elon.io BIFF rule), French 'sans aucun doute' (without any doubt: certain, unlike 'sans "
              "doute', hitcf.com): still this address's; taxonomy userunknown (hard) (FALSE SOFT attack)")
STATED = [
    ("de-weil-seit-jahren-nicht-mehr-existierte", "550 Abgewiesen, weil das Postfach seit Jahren nicht mehr "
     "existierte", "5.0.0", "RCPT", *HARD_UNK),
    ("de-weil-naemlich-nicht-existierte", "550 Abgewiesen, weil die Empfängeradresse nämlich nicht existierte", "5.0.0",
     "RCPT", *HARD_UNK),
    ("de-weil-ganz-einfach-nicht-mehr-existierte", "550 Abgewiesen, weil die Empfängeradresse ganz einfach nicht mehr "
     "existierte", "5.0.0", "RCPT", *HARD_UNK),
    ("nl-omdat-al-jaren-niet-meer-bestond", "550 Geweigerd omdat de mailbox al jaren niet meer bestond", "5.0.0", "RCPT",
     *HARD_UNK),
    ("sv-eftersom-adressen-aldrig-fanns", "550 Meddelandet avvisades eftersom mottagarens adress aldrig fanns", "5.0.0",
     "RCPT", *HARD_UNK),
    ("da-fordi-adressen-aldrig-fandtes", "550 Beskeden blev afvist fordi modtagerens adresse aldrig fandtes", "5.0.0",
     "RCPT", *HARD_UNK),
    ("fr-n-existait-sans-aucun-doute-plus", "550 L'adresse du destinataire n'existait sans aucun doute plus", "5.0.0",
     "RCPT", *HARD_UNK),
]
STATED_BOTH = [
    ("de-5-1-1-weil-seit-jahren", "550 5.1.1 Abgewiesen, weil die Empfängeradresse seit Jahren nicht mehr existierte",
     "5.1.1", "RCPT", *HARD_UNK),
]
PAST_CTL = [
    ("c-sv-eftersom-inte-langre-fanns", "550 Meddelandet avvisades eftersom mottagarens adress inte längre fanns",
     "5.0.0", "RCPT", *HARD_UNK),
    ("c-no-fordi-ikke-lenger-fantes", "550 Meldingen ble avvist fordi mottakerens adresse ikke lenger fantes", "5.0.0",
     "RCPT", *HARD_UNK),
    ("c-fr-n-existait-tres-certainement-plus", "550 L'adresse du destinataire n'existait très certainement plus",
     "5.0.0", "RCPT", *HARD_UNK),
    ("c-de-5-7-1-existierte-vermutlich-nicht", "550 5.7.1 Abgelehnt durch Richtlinie: die Adresse existierte vermutlich "
     "nicht", "5.7.1", "RCPT", *SOFT),
    ("c-sv-4-2-2-inte-fanns-tillrackligt-utrymme", "452 4.2.2 Meddelandet kunde inte levereras eftersom det inte fanns "
     "tillräckligt utrymme", "4.2.2", "RCPT", *FULL),
]

# ---- E. outcome_words on a mixed report ------------------------------------------------------------------------------
LEAD_WHY = (": lead's line says DELIVERED, then a receipt's request or a forward refused or not sent, or an EARLIER "
            "attempt that failed before the one that succeeded (RFC 8098 §2.1 / §3.2.6: the recipient may decline or "
            "not send an MDN; Outlook's 'read receipt request'; Exchange Online 5.7.520 'Your organization does not "
            "allow external forwarding' (defender-docs) for forwards to external recipients; RFC 5321 §4.5.4.1 "
            "retries; 'bloqué / geblokkeerd / blockiert' the localised 'blocked'): delivered, no bounce on lead; kim "
            "failed (FALSE HARD attack on _NO_OUTCOME and _FAILED_WORDS)")
KIM_WHY = (": kim's line says failed with a 5.1.1 reason below, under words review 179 reads as a receipt or an "
           "outcome of nothing ('delivery receipt: rejected' as some gateways name a DSN, RFC 3464 §1; 'no delivery "
           "attempt has succeeded'): failed, userunknown (hard)")


def _label(name: str, lead_line: str, kim_line: str, why: str) -> tuple:
    return (f"r182-label-{name}", LABEL_SRC + why, mixed_report("182", name, lead_line, kim_line), hard(KIM))


LEAD_ROWS = [
    _label("en-lead-delivered-read-receipt-request-rejected", "Recipient: lead (delivered; read receipt request "
           "rejected)", "Recipient: kim (failed)" + EN_WHY, LEAD_WHY),
    _label("en-lead-delivered-read-receipt-not-sent", "Recipient: lead (delivered; read receipt not sent)",
           "Recipient: kim (failed)" + EN_WHY, LEAD_WHY),
    _label("en-lead-delivered-first-attempt-never-succeeded", "Recipient: lead (delivered on second attempt; first "
           "attempt never succeeded)", "Recipient: kim (failed)" + EN_WHY, LEAD_WHY),
    _label("en-lead-delivered-no-earlier-attempt-succeeded", "Recipient: lead (delivered after 3 attempts; no earlier "
           "attempt succeeded)", "Recipient: kim (failed)" + EN_WHY, LEAD_WHY),
    _label("en-lead-delivered-forwarding-to-external-blocked", "Recipient: lead (delivered; forwarding to external "
           "recipients blocked by policy)", "Recipient: kim (failed)" + EN_WHY, LEAD_WHY),
    _label("en-lead-delivered-mdn-request-blocked", "Recipient: lead (delivered; MDN request blocked)",
           "Recipient: kim (failed)" + EN_WHY, LEAD_WHY),
    _label("de-lead-zugestellt-weiterleitung-an-externe-blockiert", "Empfänger: lead (zugestellt; Weiterleitung an "
           "externe Empfänger blockiert)", "Empfänger: kim (abgewiesen)" + DE_WHY, LEAD_WHY),
    _label("de-lead-zugestellt-lesebestaetigung-blockiert", "Empfänger: lead (zugestellt; Lesebestätigung blockiert)",
           "Empfänger: kim (abgewiesen)" + DE_WHY, LEAD_WHY),
    _label("fr-lead-remis-accuse-de-lecture-bloque", "Destinataire : lead (remis ; accusé de lecture bloqué)",
           "Destinataire : kim (rejeté)" + FR_WHY, LEAD_WHY),
    _label("nl-lead-afgeleverd-leesbevestiging-geblokkeerd", "Ontvanger: lead (afgeleverd; leesbevestiging "
           "geblokkeerd)", "Ontvanger: kim (geweigerd)" + NL_WHY, LEAD_WHY),
    _label("c-en-lead-delivered-read-receipt-rejected", "Recipient: lead (delivered; read receipt rejected)",
           "Recipient: kim (failed)" + EN_WHY, LEAD_WHY + CTL),
]
KIM_ROWS = [
    _label("en-kim-delivery-receipt-rejected", "Recipient: lead (delivered)", "Recipient: kim (delivery receipt: "
           "rejected)" + EN_WHY, KIM_WHY),
    _label("c-en-kim-no-delivery-attempt-has-succeeded", "Recipient: lead (delivered)", "Recipient: kim (no delivery "
           "attempt has succeeded)" + EN_WHY, KIM_WHY + CTL),
    _label("c-en-kim-not-delivered-never-succeeded", "Recipient: lead (delivered)", "Recipient: kim (not delivered; "
           "delivery never succeeded)" + EN_WHY, KIM_WHY + CTL),
]

ROWS: list[tuple] = (relayed_only("word", WORD_SRC, WORD) + relayed_only("word", WORD_SRC + CTL, WORD_CTL)
                     + relayed_only("cond", COND_SRC, COND) + both("cond", COND_SRC, COND_BOTH)
                     + relayed_only("cond", COND_SRC + CTL, COND_CTL)
                     + relayed_only("tied", TIED_SRC, TIED) + relayed_only("tied", TIED_SRC + CTL, TIED_CTL)
                     + relayed_only("maybe", MAYBE_SRC, MAYBE) + relayed_only("order", ORDER_SRC, ORDER)
                     + relayed_only("stated", STATED_SRC, STATED) + both("stated", STATED_SRC, STATED_BOTH)
                     + relayed_only("past", STATED_SRC + CTL, PAST_CTL)
                     + LEAD_ROWS + KIM_ROWS)

# ---- Controls of review 182's mends (written after the mends, BEFORE running them) ------------------------------------
MEND_SRC = ("hand-made controls of review 182's mends, after the same sources as sections A-D (Microsoft Learn Exchange "
            "Online 5.7.1 'Delivery not authorized, message refused'; Postfix access(5) 'REJECT optional text'; RFC 3463 "
            "X.1.1 / X.2.2; Routledge Danish: An Essential Grammar ('når' conjunction before its subject); CzeDLex "
            "'když' and the Czech l-participle past; elon.io Swedish s-passive past and BIFF order; Dutch 'mocht' "
            "before its subject, elon.io): 'når / mocht / když / hvis / om' still conditions where they open a clause "
            "with its subject (soft under 5.7.1), the narratives and relatives stated (hard), a thing named but the "
            "recipient the subject (hard), 'aldrig' in both orders (hard) but not of space (full), suppositions still "
            "supposed (soft)")
MEND = [
    ("c-no-naar-adressen-ikke-finnes-returneres", "550 5.7.1 Levering ikke tillatt. Når mottakerens adresse ikke finnes, "
     "returneres meldingen", "5.7.1", "RCPT", *SOFT),
    ("c-cs-kdyz-narrative-neexistovala", "550 Když adresa příjemce neexistovala, zpráva byla vrácena", "5.0.0", "RCPT",
     *HARD_UNK),
    ("c-cs-kdyz-rule-podle-pravidla", "550 5.7.1 Zpráva odmítnuta. Když adresa příjemce podle pravidla neexistuje, "
     "kontaktujte správce", "5.7.1", "RCPT", *SOFT),
    ("c-nl-comma-mocht-het-adres-niet-bestaan", "550 5.7.1 Bericht geweigerd door beleid, mocht het adres niet bestaan "
     "neem dan contact op", "5.7.1", "RCPT", *SOFT),
    ("c-da-bruger-hvis-adresse-er-ukendt-findes-ikke", "550 Den bruger hvis adresse er ukendt findes ikke", "5.0.0",
     "RCPT", *HARD_UNK),
    ("c-da-findes-ikke-then-hvis-muligt", "550 Modtagerens adresse findes ikke og beskeden returneres til afsenderen "
     "hvis muligt", "5.0.0", "RCPT", *HARD_UNK),
    ("c-sv-skickas-inte-om-eftersom-inte-finns", "550 Meddelandet skickas inte om eftersom mottagarens adress inte finns",
     "5.0.0", "RCPT", *HARD_UNK),
    ("c-sv-nar-paborjades-fanns-inte", "550 När leveransen påbörjades fanns mottagarens adress inte", "5.0.0", "RCPT",
     *HARD_UNK),
    ("c-de-da-ganz-offensichtlich-nicht-mehr", "550 Abgewiesen, da das Postfach ganz offensichtlich nicht mehr "
     "existierte", "5.0.0", "RCPT", *HARD_UNK),
    ("c-de-5-7-1-weil-wohl-ganz-einfach-nicht", "550 5.7.1 Abgelehnt durch Richtlinie, weil die Adresse wohl ganz "
     "einfach nicht existierte", "5.7.1", "RCPT", *SOFT),
    ("c-sv-adress-fanns-aldrig", "550 Mottagarens adress fanns aldrig", "5.0.0", "RCPT", *HARD_UNK),
    ("c-no-fordi-adresse-aldri-fantes", "550 Meldingen ble avvist fordi mottakerens adresse aldri fantes", "5.0.0",
     "RCPT", *HARD_UNK),
    ("c-sv-4-2-2-aldrig-fanns-tillrackligt-utrymme", "452 4.2.2 Meddelandet kunde inte levereras eftersom det aldrig "
     "fanns tillräckligt utrymme", "4.2.2", "RCPT", *FULL),
    ("c-fr-5-7-1-n-existait-sans-doute-deja-plus", "550 5.7.1 Refusé par la politique du serveur : l'adresse n'existait "
     "sans doute déjà plus", "5.7.1", "RCPT", *SOFT),
    ("c-de-weiterleitung-mit-sieve-und-der-empfaenger", "550 Weiterleitung mit Sieve geprüft und der Empfänger "
     "existierte nicht", "5.0.0", "RCPT", *HARD_UNK),
    ("c-en-filter-run-with-users-settings-and-the-user", "550 Filter run with the user's settings and the user did not "
     "exist", "5.0.0", "RCPT", *HARD_UNK),
    ("c-en-sieve-filter-passed-but-the-recipient", "550 Sieve filter passed for this message but the recipient did not "
     "exist", "5.0.0", "RCPT", *HARD_UNK),
]
MEND_LABEL_WHY = (": kim's line says failed (with 'first attempt never succeeded', 'delivery attempts never "
                  "succeeded', 'no earlier attempt succeeded; bounced', 'read receipt not sent') and a 5.1.1 reason "
                  "below: failed, userunknown (hard) (control of review 182's outcome_words mend)")
MEND_LABELS = [
    _label("c2-en-kim-failed-first-attempt-never-succeeded", "Recipient: lead (delivered)", "Recipient: kim (failed; "
           "first attempt never succeeded)" + EN_WHY, MEND_LABEL_WHY),
    _label("c2-en-kim-delivery-attempts-never-succeeded", "Recipient: lead (delivered)", "Recipient: kim (delivery "
           "attempts never succeeded)" + EN_WHY, MEND_LABEL_WHY),
    _label("c2-en-kim-no-earlier-attempt-succeeded-bounced", "Recipient: lead (delivered)", "Recipient: kim (no "
           "earlier attempt succeeded; bounced)" + EN_WHY, MEND_LABEL_WHY),
    _label("c2-en-kim-failed-read-receipt-not-sent", "Recipient: lead (delivered)", "Recipient: kim (failed; read "
           "receipt not sent)" + EN_WHY, MEND_LABEL_WHY),
]
ROWS += relayed_only("mend", MEND_SRC, MEND) + MEND_LABELS

# ---- Probes of review 182's own 'om' rule (RUN before being written as rows: a break of the order, said here) --------
PROBE_SRC = ("hand-made probes of review 182's s-passive 'om' mend (elon.io Swedish particle verbs 'skicka om' = resend; "
             "Norwegian 'om igjen' = again): 'om' a particle before 'till / via / igjen', the absence stated after "
             "'eftersom / fordi'; taxonomy userunknown (hard). Run before being written: the first two read onhold once "
             "'skick' was no longer excluded, the third on main too ('sendes' never excluded); mended")
PROBE = [
    ("p-sv-skickades-om-till-annan-server-eftersom", "550 Meddelandet skickades om till en annan server eftersom "
     "mottagarens adress inte finns", "5.0.0", "RCPT", *HARD_UNK),
    ("p-sv-skickas-om-via-reservservern-eftersom", "550 Meddelandet skickas om via reservservern eftersom mottagarens "
     "adress inte finns", "5.0.0", "RCPT", *HARD_UNK),
    ("p-no-sendes-ikke-om-igjen-fordi", "550 Meldingen sendes ikke om igjen fordi mottakerens adresse ikke finnes",
     "5.0.0", "RCPT", *HARD_UNK),
]
ROWS += relayed_only("probe", PROBE_SRC, PROBE)
