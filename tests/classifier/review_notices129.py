"""The hundred-and-twenty-ninth review: an ADVERSARIAL AUDIT of review 127's mend (said_address.theirs_named, asked by
engine._whose where the generic wording rules read a reply as a refusal of our sender): a reply that speaks to the
sender but says missing only the PROSPECT's own address (userunknown) or domain (hostunknown), naming none of ours,
under no sender status (x.1.7 / x.1.8), is the recipient's absence, HARD. A rule that turns soft readings hard, so:

1. FALSE HARDS first: the prospect's address or domain named in the reply for ANOTHER reason while OUR address,
   domain or account is the thing said missing, ours named only in a way own_names cannot see (a display name, a
   subdomain, our relayhost, our ESP / VERP bounce address, "your address" with no address); the prospect's domain
   as the host that speaks; a missing word that qualifies the NEXT noun ("address <prospect>: unknown sender"); a
   multi-recipient reply whose missing address is another recipient's; forwarding targets; a 5.1.1 over words about
   our SMTP login; 5.1.2 with our domain missing and the prospect's domain as the reporting host.
2. FALSE SOFTS the rule should have caught: the same greeting forms in French, Italian, Portuguese, Dutch, Polish and
   Russian; the domain nouns of those languages ("domaine", "domena"); 5.0.0 and no enhanced status.
3. CONTROLS: ours said missing (our exact address in capitals, our domain, Exim's real sender-verify reply) stays ours.

Rows: (name, source, raw, expected), each expectation written from the words, the status (RFC 3463) and
shared/classifier/taxonomy.md BEFORE the classifier ran on it. Layouts: review_notices25.both_layouts / ours_layouts
(our relay's Postfix report, Gmail's and Exchange Online's copies). All HAND-MADE; test_review_notices129.py runs
them. Our sender: sender@example.com (relay copy) / seller@example.com (Gmail and Exchange Online copies), domain
example.com; the prospect lead@partner.example, its MX mx.partner.example."""

from __future__ import annotations

from tests.classifier.review_notices25 import ours_layouts, rows_quoted, rows_relayed

R, S, ANY = "recipient", "sender", None
MX = "mx.partner.example"
LEAD = "lead@partner.example"
OURS = "sender@example.com"
UNK = ("userunknown",)
HOST = ("hostunknown",)
NOT = (False, (), ANY)
OUR_SIDE = (False, (), S)
HARD_UNK = (True, UNK, R)
HARD_HOST = (True, HOST, R)



def ours(prefix: str, source: str, entries: list[tuple], quote: tuple[str, ...]) -> list[tuple]:
    """Our relay's copy of each entry, OUR address (written sender@example.com) being each layout's own From; Gmail's
    and Exchange Online's copies of the `quote` names only (the rows stay near review 129's hundred and fifty)."""
    return ours_layouts("r129", MX, LEAD, prefix, source, entries, quote)


def both(prefix: str, source: str, entries: list[tuple], quote: tuple[str, ...]) -> list[tuple]:
    """review_notices25.both_layouts, Gmail's and Exchange Online's copies of the `quote` names only."""
    return (rows_relayed(f"r129-{prefix}", source, MX, LEAD, entries)
            + rows_quoted(f"r129-{prefix}", source, MX, LEAD, [e for e in entries if e[0] in quote]))


# ---- 1a. FALSE HARDS: ours named in a way own_names cannot see, the prospect's domain or address named beside it ---
HIDDEN = ("attack on review 127's said_address.theirs_named (engine._whose): our side is the one said missing, named "
          "only by a display name, our subdomain, our relayhost, our ESP's bounce (VERP) address, or 'your address' "
          "with no address, while the prospect's address or domain stands in the reply for another reason (the host "
          "that speaks, the message's destination). Sender-address verification on the envelope MAIL FROM (bounce) "
          "domain as Mailgun's help documents it ('The domain of the sender address bounce+c72392.3559d@"
          "yoursendingdomain.com does not exist', https://help.kyriossystems.com/en/articles/13613564-email-errors-"
          "mailgun-google-workspace; https://prospeo.io/s/550-unrouteable-address-550-sender-verify-failed). The "
          "sender's address or domain missing: taxonomy section 7, never hard")
HIDDEN_ROWS = [
    ("display-name-only", "550 5.1.1 Dear Sam Sales, the server partner.example reports: your address does not exist",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("es-su-direccion-no-address", "550 5.1.1 Estimado remitente: el servidor partner.example informa: su dirección "
     "no existe", "5.1.1", "RCPT", *OUR_SIDE),
    ("fr-votre-adresse-au-domaine", "550 5.1.1 Cher expéditeur : votre adresse est inconnue du domaine "
     "partner.example", "5.1.1", "RCPT", *OUR_SIDE),
    ("de-ihre-adresse-bei-domain", "550 5.1.1 Sehr geehrter Absender, Ihre Adresse ist der Domain partner.example "
     "unbekannt", "5.1.1", "RCPT", *OUR_SIDE),
    ("our-subdomain-missing", "550 5.1.2 Dear sender, the server partner.example reports: domain mail.example.com "
     "does not exist", "5.1.2", "RCPT", *NOT),
    ("our-subdomain-address-missing", f"550 5.1.1 Dear sender: address sender@mail.example.com does not exist "
     f"(message to {LEAD})", "5.1.1", "RCPT", *NOT),
    ("verp-bounce-address-missing", "550 5.1.1 Dear sender: address bounces+lead=partner.example@bounce.example.com "
     "does not exist", "5.1.1", "RCPT", *NOT),
    ("mailgun-sender-domain-verp", "550 5.1.0 The domain of the sender address bounces+lead=partner.example@"
     "mg.example.com does not exist", "5.1.0", "RCPT", *NOT),
    ("verp-domain-missing", "550 5.1.2 Dear sender: domain bounce.example.com does not exist (return path "
     "bounces+lead=partner.example@bounce.example.com)", "5.1.2", "RCPT", *NOT),
    ("relayhost-domain-missing", "550 5.1.2 Dear sender, partner.example reports: your relay host smtp.example-"
     "relay.net: domain example-relay.net unknown", "5.1.2", "RCPT", *NOT),
    ("login-user-unknown", "550 5.1.1 Dear sender: your SMTP login is unknown at partner.example", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("login-account-lead-mailed", f"550 5.1.1 Dear sender: your SMTP account does not exist; message to {LEAD} not "
     "accepted", "5.1.1", "RCPT", *OUR_SIDE),
]

# ---- 1b. FALSE HARDS: the missing word after the prospect's address or domain qualifies the NEXT noun ---------------
NEXT = ("attack on theirs_named's use of said_address._ADDRESS_NAMED / _DOMAIN_NAMED (whose look-ahead excludes only a "
        "recipient's noun after the missing word, review 112): the prospect's address or domain followed by "
        "'unknown sender', 'invalid sender', 'not valid for your domain', 'not found in your SPF record': the word "
        "qualifies us, the sender (RFC 3463 5.7.1 delivery not authorized; taxonomy section 7, never hard)")
NEXT_ROWS = [
    ("address-then-unknown-sender", f"550 5.7.1 Dear sender: recipient address {LEAD}: unknown sender", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("address-comma-invalid-sender-domain", f"550 5.7.1 Dear sender, address {LEAD}, invalid sender domain",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("domain-comma-invalid-sender", "550 5.7.1 Dear sender, your address is not known at domain partner.example, "
     "invalid sender", "5.7.1", "RCPT", *OUR_SIDE),
    ("address-not-valid-for-your-domain", f"550 5.7.1 Dear sender: address {LEAD} is not valid for mail from your "
     "domain", "5.7.1", "RCPT", *OUR_SIDE),
    ("domain-not-found-in-your-spf", "550 5.7.1 Dear sender: domain partner.example not found in the SPF record of "
     "your domain", "5.7.1", "RCPT", *OUR_SIDE),
    ("es-direccion-remitente-desconocido", f"550 5.7.1 Estimado remitente: dirección {LEAD}: remitente desconocido",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("de-adresse-unbekannter-absender", f"550 5.7.1 Sehr geehrter Absender: Adresse {LEAD}: unbekannter Absender",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("address-unknown-sender-511", f"550 5.1.1 Dear sender: for address {LEAD} unknown sender address", "5.1.1",
     "RCPT", *OUR_SIDE),
]

# ---- 1c. FALSE HARDS: the prospect's domain as the one that speaks, our domain missing (5.1.2) ----------------------
SPEAKER = ("attack on theirs_named: the prospect's domain named as the host or domain the reply comes FROM ('mx."
           "partner.example: your domain does not exist'; Postfix smtpd_check.c's reject_unknown_sender_domain 'Sender "
           "address rejected: Domain not found' as a local admin rewords it), our domain the one said missing; "
           "RFC 3463 5.1.2 misused for the sender's domain; taxonomy section 7: the sender's, never hard")
SPEAKER_ROWS = [
    ("mx-your-domain", "550 5.1.2 mx.partner.example: your domain does not exist", "5.1.2", "RCPT", *OUR_SIDE),
    ("bare-domain-your-domain", "550 5.1.2 partner.example: your domain does not exist", "5.1.2", "RCPT", *OUR_SIDE),
    ("de-host-ihre-domain", "550 5.1.2 Host partner.example meldet: Ihre Domain existiert nicht", "5.1.2", "RCPT",
     *OUR_SIDE),
    ("es-dominio-speaks-su-dominio", "550 5.1.2 Dominio partner.example: su dominio no existe", "5.1.2", "RCPT",
     *OUR_SIDE),
    ("domain-speaks-our-subdomain", "550 5.1.2 partner.example: Ihre Domain mail.example.com existiert nicht",
     "5.1.2", "RCPT", *NOT),
    ("domain-speaks-sender-domain-not-found", "550 5.1.2 Domain partner.example says: sender domain not found",
     "5.1.2", "RCPT", *OUR_SIDE),
]

# ---- 1d. FALSE HARDS: several recipients, forwarding targets -------------------------------------------------------
OTHERS = ("attack on theirs_named: the prospect named beside ANOTHER address said missing (a colleague among the "
          "message's recipients; a forwarding target), or as the forwarder while our address is the unknown one "
          "(Exim's redirect router: a forward's target refused, 'forwarding to <lead> failed'); the prospect's own "
          "absence is not said (RFC 3463 5.1.1 names no whose; taxonomy: hard only for the address said missing)")
OTHERS_ROWS = [
    ("colleague-missing", f"550 5.1.1 Dear sender: of your recipients {LEAD} and boss@partner.example, address "
     "boss@partner.example does not exist", "5.1.1", "RCPT", *NOT),
    ("colleague-missing-es", f"550 5.1.1 Estimado remitente: la dirección boss@partner.example no existe (mensaje "
     f"para {LEAD})", "5.1.1", "RCPT", *NOT),
    ("forward-target-missing", f"550 5.1.1 Dear sender: forwarding of {LEAD} to address lead@partner-old.example "
     "failed: address lead@partner-old.example does not exist", "5.1.1", "RCPT", *NOT),
    ("forward-to-lead-your-address-unknown", f"550 5.1.1 Dear sender: forwarding to address {LEAD} failed: your "
     "address unknown", "5.1.1", "RCPT", *OUR_SIDE),
    ("de-weiterleitung-ihre-adresse", f"550 5.1.1 Sehr geehrter Absender: Weiterleitung an {LEAD} fehlgeschlagen, "
     "Ihre Adresse existiert nicht", "5.1.1", "RCPT", *OUR_SIDE),
    ("lead-ok-other-domain-missing", f"550 5.1.2 Dear sender: address {LEAD} ok; domain partner-old.example does "
     "not exist", "5.1.2", "RCPT", *NOT),
]

# ---- 1e. CONTROLS: ours named (capitals, our domain, Exim's real reply) beside the prospect stays ours --------------
OURS_CTL = ("controls of 1a-1d: our address or domain named and said missing, the prospect beside it; Exim's sender "
            "verification reply ('550-Verification failed for <sender>' / '550-Unrouteable address' / '550 Sender "
            "verify failed', src/acl.c and verify.c, quoted in Mailgun's help above); RFC 3463; taxonomy section 7: "
            "the sender's, never hard")
OURS_CTL_ROWS = [
    ("c-ours-capitals", f"550 5.1.1 DEAR SENDER: ADDRESS {OURS.upper()} DOES NOT EXIST (RECIPIENT {LEAD.upper()})",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("c-our-domain-prospect-speaks", "550 5.1.2 partner.example: domain example.com does not exist", "5.1.2", "RCPT",
     *OUR_SIDE),
    ("c-exim-verify-ours", f"550-Verification failed for <{OURS}> 550-Unrouteable address 550 Sender verify failed",
     "5.0.0", "RCPT", *OUR_SIDE),
    ("c-exim-verify-ours-lead-named", f"550-Verification failed for <{OURS}> (RCPT {LEAD}) 550-Unrouteable address "
     "550 Sender verify failed", "5.0.0", "RCPT", *OUR_SIDE),
    ("c-our-address-then-lead-unknown-sender", f"550 5.1.1 Dear sender: address {OURS} unknown; recipient {LEAD}",
     "5.1.1", "RCPT", *OUR_SIDE),
]

# ---- 2a. FALSE SOFTS: the greeting forms in other languages, the prospect's own address said missing ----------------
GREET = ("the false softs review 127's rule should catch: Coremail's 退信提示 greeting ('Dear sender, recipient server "
         "reports...', https://www.icoremail.vip/support/index.php?cate_id=84, cited by reviews 103/104/127) in the "
         "other languages of sender_words' greetings; the address said missing is the one mailed, none of ours "
         "named (RFC 3463 5.1.1 bad destination mailbox): taxonomy userunknown, hard")
GREET_ROWS = [
    ("fr-cher-expediteur", f"550 5.1.1 Cher expéditeur, l'adresse {LEAD} n'existe pas", "5.1.1", "RCPT", *HARD_UNK),
    ("it-gentile-mittente", f"550 5.1.1 Gentile mittente, l'indirizzo {LEAD} non esiste", "5.1.1", "RCPT",
     *HARD_UNK),
    ("pt-prezado-remetente", f"550 5.1.1 Prezado remetente, o endereço {LEAD} não existe", "5.1.1", "RCPT",
     *HARD_UNK),
    ("nl-beste-afzender", f"550 5.1.1 Beste afzender, het adres {LEAD} bestaat niet", "5.1.1", "RCPT", *HARD_UNK),
    ("pl-szanowny-nadawco", f"550 5.1.1 Szanowny nadawco, adres {LEAD} nie istnieje", "5.1.1", "RCPT", *HARD_UNK),
    ("ru-uvazhaemyi-otpravitel", f"550 5.1.1 Уважаемый отправитель, адрес {LEAD} не существует", "5.1.1", "RCPT",
     *HARD_UNK),
    ("fr-serveur-du-destinataire", f"550 5.1.1 Cher expéditeur : le serveur du destinataire signale : l'adresse {LEAD} "
     "est inconnue", "5.1.1", "RCPT", *HARD_UNK),
    ("pl-serwer-odbiorcy", f"550 5.1.1 Szanowny nadawco, serwer odbiorcy informuje: adres {LEAD} nie istnieje",
     "5.1.1", "RCPT", *HARD_UNK),
    ("ru-server-poluchatelya", f"550 5.1.1 Уважаемый отправитель, сервер получателя сообщает: адрес {LEAD} не "
     "существует", "5.1.1", "RCPT", *HARD_UNK),
    ("nl-server-ontvanger", f"550 5.1.1 Beste afzender, de server van de ontvanger meldt: adres {LEAD} bestaat niet",
     "5.1.1", "RCPT", *HARD_UNK),
]

# ---- 2b. FALSE SOFTS: 5.0.0 / no enhanced status / a bare 550 -------------------------------------------------------
STATUS = ("the false softs review 127's rule should catch under no destination status: a bare '550' reply (Postfix "
          "writes Status 5.0.0 for it, bounce(8)) or 5.0.0, the greeting's reply saying the prospect's own address "
          "missing (Coremail's greeting as above); RFC 3463 X.0.0 other/undefined, the words decide: userunknown, "
          "hard")
STATUS_ROWS = [
    ("es-remitente-500", f"550 5.0.0 Estimado remitente: la dirección {LEAD} no existe", "5.0.0", "RCPT", *HARD_UNK),
    ("es-remitente-bare-550", f"550 Estimado remitente: la dirección {LEAD} no existe", "5.0.0", "RCPT", *HARD_UNK),
    ("en-dear-sender-bare-550", f"550 Dear sender, recipient server reports: address {LEAD} does not exist", "5.0.0",
     "RCPT", *HARD_UNK),
    ("de-absender-bare-550", f"550 Sehr geehrter Absender, Adresse {LEAD} existiert nicht", "5.0.0", "RCPT",
     *HARD_UNK),
    ("it-mittente-500", f"550 5.0.0 Gentile mittente: l'indirizzo {LEAD} non esiste", "5.0.0", "RCPT", *HARD_UNK),
    # A 4.x reply: a delay, never hard (taxonomy section 4).
    ("c-es-remitente-4xx", f"450 4.1.1 Estimado remitente: la dirección {LEAD} no existe", "4.1.1", "RCPT", False, (),
     ANY),
]

# ---- 2c. FALSE SOFTS: the prospect's own domain said missing, the domain nouns of other languages ------------------
DOMAINS = ("the false softs review 127's hostunknown branch should catch: the polite 'your'/greeting openings (review "
           "99's OPENING_YOURS; Postfix smtpd_check.c's 'Domain not found' as admins translate it, cited by review "
           "127) with French 'domaine', Polish 'domena', Russian 'домен'; the domain said missing is the prospect's "
           "(RFC 3463 5.1.2 bad destination system address): taxonomy hostunknown, hard")
DOMAINS_ROWS = [
    ("fr-cher-expediteur-domaine", "550 5.1.2 Cher expéditeur, le domaine partner.example n'existe pas", "5.1.2",
     "RCPT", *HARD_HOST),
    ("pl-szanowny-nadawco-domena", "550 5.1.2 Szanowny nadawco, domena partner.example nie istnieje", "5.1.2",
     "RCPT", *HARD_HOST),
    ("ru-otpravitel-domen", "550 5.1.2 Уважаемый отправитель, домен partner.example не существует", "5.1.2", "RCPT",
     *HARD_HOST),
    ("it-gentile-mittente-dominio", "550 5.1.2 Gentile mittente, il dominio partner.example non esiste", "5.1.2",
     "RCPT", *HARD_HOST),
    ("nl-beste-afzender-domein", "550 5.1.2 Beste afzender, het domein partner.example bestaat niet", "5.1.2", "RCPT",
     *HARD_HOST),
    ("en-dear-sender-domain-500", "550 5.0.0 Dear sender, recipient server reports: domain partner.example does not "
     "exist", "5.0.0", "RCPT", *HARD_HOST),
]

# ---- 2d. CONTROLS of 2a-2c: the same greetings with OUR address or domain said missing stay ours --------------------
GREET_CTL = ("controls of 2a-2c: the same greetings saying OUR address or domain missing (sender verification, Exim's "
             "'verify = sender'; Postfix reject_unknown_sender_domain), the prospect named beside it or not: a "
             "refusal of our sender, taxonomy section 7, never hard")
GREET_CTL_ROWS = [
    ("c-fr-our-address", f"550 5.1.1 Cher expéditeur, l'adresse {OURS} n'existe pas", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-pl-our-address", f"550 5.1.1 Szanowny nadawco, adres {OURS} nie istnieje", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-ru-our-address", f"550 5.1.1 Уважаемый отправитель, адрес {OURS} не существует", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-fr-our-domaine", "550 5.1.2 Cher expéditeur, le domaine example.com n'existe pas", "5.1.2", "RCPT",
     *OUR_SIDE),
    ("c-pl-our-domena", "550 5.1.2 Szanowny nadawco, domena example.com nie istnieje", "5.1.2", "RCPT", *OUR_SIDE),
    ("c-es-our-address-500-lead-named", f"550 5.0.0 Estimado remitente: la dirección {OURS} no existe (destinatario "
     f"{LEAD})", "5.0.0", "RCPT", *OUR_SIDE),
    ("c-it-our-address-bare-550", f"550 Gentile mittente: l'indirizzo {OURS} non esiste", "5.0.0", "RCPT",
     *OUR_SIDE),
]

# ---- 3a. CONTROLS of review 129's mend of theirs_named: "your" or a sender's noun elsewhere, the prospect's own ---
# ---- address or domain still said missing: must stay HARD ------------------------------------------------------------
KEEP = ("controls of review 129's mend (said_address._said_of_us, written after it, before they ran): 'your' or a "
        "sender's noun in ANOTHER clause (after a comma, in parentheses, another sentence) or as the named noun's own "
        "determiner ('Ihre Domain <prospect's>', review 127); Coremail's greeting as above; the address or domain "
        "said missing is the prospect's own (RFC 3463 5.1.1 / 5.1.2): userunknown / hostunknown, hard")
KEEP_ROWS = [
    ("c-please-check-your-list", f"550 5.1.1 Dear sender: the address {LEAD} does not exist, please check your "
     "recipient list", "5.1.1", "RCPT", *HARD_UNK),
    ("c-sender-notified", f"550 5.1.1 Dear sender: address {LEAD} does not exist (sender notified)", "5.1.1", "RCPT",
     *HARD_UNK),
    ("c-fr-votre-message-clause", f"550 5.1.1 Cher expéditeur, votre message n'a pas été remis : l'adresse {LEAD} "
     "n'existe pas", "5.1.1", "RCPT", *HARD_UNK),
    ("c-de-ihre-nachricht-clause", f"550 5.1.1 Sehr geehrter Absender, Ihre Nachricht wurde nicht zugestellt: "
     f"Adresse {LEAD} existiert nicht", "5.1.1", "RCPT", *HARD_UNK),
    ("c-your-message-sentence", f"550 5.1.1 Dear sender, your message could not be delivered. Address {LEAD} does "
     "not exist.", "5.1.1", "RCPT", *HARD_UNK),
    ("c-your-message-domain-clause", "550 5.1.2 Dear sender, your message could not be delivered: domain "
     "partner.example does not exist", "5.1.2", "RCPT", *HARD_HOST),
    ("c-nl-uw-domein-prospects", "550 5.1.2 Uw domein partner.example bestaat niet", "5.1.2", "RCPT", *HARD_HOST),
]

# ---- 3b. CONTROLS of review 129's our_domain_beside: the prospect's domain itself said missing stays HARD ---------
KEEP_DOMAIN = ("controls of review 129's our_domain_beside (written after it, before they ran): the domain said "
               "missing is the prospect's own, our domain only noted beside it or 'your' qualifying another noun "
               "(Postfix smtpd_check.c 'Recipient address rejected: Domain not found' as admins word it; RFC 3463 "
               "5.1.2 bad destination system address): hostunknown, hard")
KEEP_DOMAIN_ROWS = [
    ("c-recipient-domain-ours-fine", "550 5.1.2 Dear sender, recipient domain partner.example does not exist (your "
     "domain example.com is fine)", "5.1.2", "RCPT", *HARD_HOST),
    ("c-prospects-domain-ours-checked", "550 5.1.2 The domain partner.example does not exist; your domain example.com "
     "was checked", "5.1.2", "RCPT", *HARD_HOST),
    ("c-your-recipients-domain", "550 5.1.2 mx.partner.example: your recipient's domain does not exist", "5.1.2",
     "RCPT", *HARD_HOST),
    ("c-plain-domain-prospects", "550 5.1.2 Domain partner.example does not exist", "5.1.2", "RCPT", *HARD_HOST),
]

ROWS: list[tuple] = (
    ours("hidden", HIDDEN, HIDDEN_ROWS, ("display-name-only", "es-su-direccion-no-address", "our-subdomain-missing",
                                         "verp-bounce-address-missing", "mailgun-sender-domain-verp",
                                         "login-account-lead-mailed"))
    + ours("next", NEXT, NEXT_ROWS, ("address-then-unknown-sender", "address-comma-invalid-sender-domain",
                                     "domain-comma-invalid-sender", "address-not-valid-for-your-domain"))
    + ours("speaker", SPEAKER, SPEAKER_ROWS, ("mx-your-domain", "bare-domain-your-domain",
                                              "es-dominio-speaks-su-dominio"))
    + ours("others", OTHERS, OTHERS_ROWS, ("colleague-missing", "forward-target-missing",
                                           "forward-to-lead-your-address-unknown"))
    + ours("ours", OURS_CTL, OURS_CTL_ROWS, ("c-our-domain-prospect-speaks", "c-exim-verify-ours-lead-named"))
    + both("greet", GREET, GREET_ROWS, ("fr-cher-expediteur", "it-gentile-mittente", "pt-prezado-remetente",
                                        "nl-beste-afzender", "pl-szanowny-nadawco", "ru-uvazhaemyi-otpravitel"))
    + both("status", STATUS, STATUS_ROWS, ("es-remitente-500", "es-remitente-bare-550", "en-dear-sender-bare-550"))
    + both("domains", DOMAINS, DOMAINS_ROWS, ("fr-cher-expediteur-domaine", "pl-szanowny-nadawco-domena",
                                              "ru-otpravitel-domen"))
    + ours("greet-ctl", GREET_CTL, GREET_CTL_ROWS, ("c-fr-our-address", "c-fr-our-domaine",
                                                    "c-es-our-address-500-lead-named"))
    + both("keep", KEEP, KEEP_ROWS, ("c-please-check-your-list", "c-de-ihre-nachricht-clause"))
    + ours("keep-domain", KEEP_DOMAIN, KEEP_DOMAIN_ROWS, ("c-recipient-domain-ours-fine",))
)
