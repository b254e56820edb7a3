"""The hundred-and-twenty-seventh review: an OUTSIDE OPINION on the newest rows. `benchmarks/sisimai_diff.py
--review-rows` ran Debian's Sisimai 4.25 and the classifier over reviews 100-125's hand-made notices (3,632) and the
real servers' fixtures (tests/classifier/fixtures/real, 412); every hard/soft disagreement was read against the
server's words, its documentation and shared/classifier/taxonomy.md (the report lists the families and who is right).

Where Sisimai was right and we were not, one family: the PROSPECT's own address or domain said missing, after words
that otherwise speak to the sender ("Estimado remitente: ... la dirección <prospect> no existe", "Ihre Domain
<prospect's domain> existiert nicht"). Reviews 103 and 104 left the first rows of it as strict xfails (their
_NAMES_RECIPIENTS and _ES_SERVER): the greeting or the polite "your" made the reply ours (rejected, sender, soft), yet
the address or domain the reply says is missing is the one we mailed, under a destination status (RFC 3463 5.1.1 bad
destination mailbox, 5.1.2 bad destination system), and none of ours is named: the recipient's absence (taxonomy
userunknown / hostunknown, hard). Controls: our own address or domain said missing stays ours (soft), so does a reply
naming ours beside the prospect's, a prospect's address said valid, a 4.x reply (a delay), and a sender status.

Rows: (name, source, raw, expected), each expectation written from the words, the status and the taxonomy BEFORE the
classifier ran on it. All HAND-MADE; test_review_notices127.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, ours_layouts

R, S, ANY = "recipient", "sender", None
MX = "mx.partner.example"
LEAD = "lead@partner.example"
UNK = ("userunknown",)
HOST = ("hostunknown",)

both = both_layouts("r127", MX, LEAD)


def ours(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    """Both layouts, OUR address (written sender@example.com) being each layout's own From."""
    return ours_layouts("r127", MX, LEAD, prefix, source, entries)


# ---- 1. FALSE SOFTS: the prospect's own ADDRESS said missing after a greeting to the sender ---------------------------
ADDR = ("hand-made following the greeting texts reviews 103 and 104 cite (Coremail's 退信提示, "
        "https://www.icoremail.vip/support/index.php?cate_id=84: 'Dear sender, recipient server reports...') in the "
        "languages of review 104's SPEAK rows; Sisimai 4.25 reads them userunknown (hard) from 5.1.1. The address the "
        "reply says is missing is the one mailed (RFC 3463 5.1.1 bad destination mailbox address), none of ours is "
        "named: taxonomy userunknown, hard, whatever the greeting")
ADDR_ROWS = [
    ("es-remitente-comma-servidor", f"550 5.1.1 Estimado remitente, el servidor del destinatario informa: la "
     f"dirección {LEAD} no existe", "5.1.1", "RCPT", True, UNK, R),
    ("es-remitente-informa-que", f"550 5.1.1 Estimado remitente: el servidor de destino informa que la dirección "
     f"{LEAD} no existe", "5.1.1", "RCPT", True, UNK, R),
    ("pt-remetente-servidor", f"550 5.1.1 Prezado remetente: o servidor do destinatário informa: o endereço {LEAD} "
     "não existe", "5.1.1", "RCPT", True, UNK, R),
    ("it-mittente-server", f"550 5.1.1 Gentile mittente: il server del destinatario segnala: l'indirizzo {LEAD} non "
     "esiste", "5.1.1", "RCPT", True, UNK, R),
    ("fr-expediteur-serveur", f"550 5.1.1 Cher expéditeur : le serveur du destinataire signale : l'adresse {LEAD} "
     "n'existe pas", "5.1.1", "RCPT", True, UNK, R),
    ("de-absender-server-des-empfaengers", f"550 5.1.1 Sehr geehrter Absender, der Server des Empfängers meldet: "
     f"Adresse {LEAD} existiert nicht", "5.1.1", "RCPT", True, UNK, R),
    ("en-sender-server-of-recipient", f"550 5.1.1 Dear sender, the server of the recipient reports: address {LEAD} "
     "does not exist", "5.1.1", "RCPT", True, UNK, R),
]

# ---- 2. FALSE SOFTS: the prospect's own DOMAIN said missing after the polite "your" ----------------------------------
DOMAIN = ("hand-made following review 103's de-ihre-domain-names-recipients (Postfix smtpd_check.c's 'Domain not "
          "found', as admins translate it) in review 99's OPENING_YOURS languages; Sisimai 4.25 reads them hostunknown "
          "(hard) from 5.1.2. The domain said missing is the prospect's own (RFC 3463 5.1.2 bad destination system "
          "address), ours is not named: taxonomy hostunknown, hard, whatever 'your' opens the reply")
DOMAIN_ROWS = [
    ("de-ihre-domain-prospects", "550 5.1.2 Ihre Domain partner.example existiert nicht", "5.1.2", "RCPT", True, HOST,
     R),
    ("es-su-dominio-prospects", "550 5.1.2 Su dominio partner.example no existe", "5.1.2", "RCPT", True, HOST, R),
    ("pt-seu-dominio-prospects", "550 5.1.2 Seu domínio partner.example não existe", "5.1.2", "RCPT", True, HOST, R),
    ("it-vostro-dominio-prospects", "550 5.1.2 Il vostro dominio partner.example non esiste", "5.1.2", "RCPT", True,
     HOST, R),
    ("nl-uw-domein-prospects", "550 5.1.2 Uw domein partner.example bestaat niet", "5.1.2", "RCPT", True, HOST, R),
    # A 4.x reply: a delay, never hard (taxonomy §4).
    ("c-de-ihre-domain-prospects-4xx", "450 4.1.2 Ihre Domain partner.example existiert nicht", "4.1.2", "RCPT",
     False, (), ANY),
]

# ---- 3. CONTROLS: ours said missing, ours beside the prospect's, the prospect's said valid, a sender status -----------
CTL = ("controls of 1 and 2, hand-made after the same texts: OUR address or domain said missing is a refusal of our "
       "sender (Postfix smtpd_check.c 'Sender address rejected: Domain not found'; RFC 3463 5.1.7/5.1.8, the "
       "sender's), also where the prospect is named beside it, and an address said valid is not said missing; soft")
CTL_ROWS = [
    ("c-de-ihre-domain-ours", "550 5.1.2 Ihre Domain example.com existiert nicht", "5.1.2", "RCPT", False, (), S),
    ("c-es-remitente-our-address", "550 5.1.1 Estimado remitente: el servidor del destinatario informa: la dirección "
     "sender@example.com no existe", "5.1.1", "RCPT", False, (), S),
    ("c-es-our-address-prospect-not-contacted", "550 5.1.1 Estimado remitente: la dirección sender@example.com no "
     f"existe; el destinatario {LEAD} no fue contactado", "5.1.1", "RCPT", False, (), S),
    ("c-de-our-domain-prospect-named", f"550 5.1.2 Ihre Domain example.com existiert nicht (Empfänger {LEAD} nicht "
     "kontaktiert)", "5.1.2", "RCPT", False, (), S),
    ("c-es-prospect-valid-your-domain-missing", f"550 5.7.1 Estimado remitente: la dirección {LEAD} es válida, pero "
     "su dominio no existe", "5.7.1", "RCPT", False, (), S),
    ("c-es-sender-status-518", f"553 5.1.8 Estimado remitente: la dirección {LEAD} no existe", "5.1.8", "RCPT", False,
     (), ANY),
]

ROWS: list[tuple] = (both("addr", ADDR, ADDR_ROWS) + both("domain", DOMAIN, DOMAIN_ROWS)
                     + ours("ctl", CTL, CTL_ROWS))
