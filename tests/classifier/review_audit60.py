"""Audit 60: an ADVERSARIAL audit of the rules merged with reviews moves59, bulk59 and locale59, aimed where a false
hard (a live prospect unenrolled) or a wrong scope costs most. This module: classifier/changed_address.py (an admin's
refusal that the recipient's address CHANGED or the person MOVED: hasmoved, hard) against the same words in other
senses: OUR sender's address changed (the foreign "your": Ihre, votre, su, tuo, uw, seu, twój, which the English
pattern's owners leave out but the other languages' patterns do not ask), a server, an office, a branch or a place
that moved or whose address changed (a stale MX's relay refusal), a mailbox migrating (a 4xx given up), delays; and
positive controls in layouts the mend did not see. review_audit60_more.py: footers of our own returned mail, replies,
a list's autoresponse, GMX / WEB.DE's "user unknown" about other things, 5.7.515's words and "the sending account".
Expected rows written from the servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them
(committed first). Names "au60-<layout>-<what>"."""

from __future__ import annotations

from tests.classifier.review_audit60_layouts import (EXCH_DE_516, EXIM_ACL, EXIM_DELAY, EXIM_FAIL, EXO_RULE, HAND,
                                                     PF_GIVEN_UP, PF_RCPT_ACCESS, PF_SENDER_ACCESS, QMAIL_BS, dead,
                                                     for_now, moved, not_hard, ours)
from tests.classifier.review_audit60_more import MORE_ROWS
from tests.classifier.review_bulk59_layouts import ex_later, ex_said, g_later, pf_said
from tests.classifier.review_holdout50 import exo_remote, g_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC,
                                                       QMAIL_SRC, SENDMAIL_SRC, exchange_old, exim, exo, qmail,
                                                       sendmail)

PROBLEM = "There was a problem delivering your message to {a}. See the technical details below."


def g_problem(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    """Gmail's own DSN, 'Message not delivered' (no SMTP stage named: Gmail's DSN never names one)."""
    return g_remote(rid, a, reply, status, mx, heading="Message not delivered", lead=PROBLEM)


# ---- OUR sender's address said to have changed (the recipient side's allow list refusing us) -------------------------
OUR_ADDRESS_ROWS = [
    ("au60-gmail-de-ihre-adresse-geaendert", f"{GMAIL_SRC}; {PF_SENDER_ACCESS}{HAND}",
     g_problem("a1", "k.brandt@hanse-logistik.de", "550 5.7.1 Ihre E-Mail-Adresse hat sich geaendert und ist fuer "
               "dieses Postfach nicht freigeschaltet. Bitte registrieren Sie die neue Adresse im Kundenportal.",
               "5.7.1", "mx.hanse-logistik.de"),
     not_hard("k.brandt@hanse-logistik.de")),
    ("au60-exo-fr-votre-adresse-a-change", f"{EXO_SRC}; {PF_SENDER_ACCESS}{HAND}",
     exo_remote("a2", "c.roche@atelier-roche.fr", "550 5.7.1 Votre adresse e-mail a changé depuis votre inscription ; "
                "seules les adresses inscrites peuvent écrire à cette boîte.", "5.7.1", "mx.atelier-roche.fr"),
     not_hard("c.roche@atelier-roche.fr")),
    ("au60-gmail-es-su-direccion-ha-cambiado", f"{GMAIL_SRC}; {PF_SENDER_ACCESS}{HAND}",
     g_problem("a3", "l.romero@grupo-levante.es", "550 5.7.1 Su dirección de correo electrónico ha cambiado; vuelva a "
               "registrarse en el portal para escribir a este buzón.", "5.7.1", "mx.grupo-levante.es"),
     not_hard("l.romero@grupo-levante.es")),
    ("au60-gmail-it-il-tuo-indirizzo-cambiato", f"{GMAIL_SRC}; {PF_SENDER_ACCESS}{HAND}",
     g_problem("a4", "m.conti@officine-brera.it", "550 5.7.1 Il tuo indirizzo email è cambiato: registra il nuovo "
               "indirizzo per scrivere a questa casella.", "5.7.1", "mx.officine-brera.it"),
     not_hard("m.conti@officine-brera.it")),
    ("au60-pf-nl-uw-adres-gewijzigd-sender-check", f"{POSTFIX_SRC}; {PF_SENDER_ACCESS}{HAND}",
     pf_said("a5", "j.bakker@delta-haven.nl", "550 5.7.1 <seller@example.com>: Sender address rejected: Uw e-mailadres "
             "is gewijzigd; registreer het nieuwe adres", "5.7.1", mx="mx.delta-haven.nl", command="RCPT TO"),
     ours("j.bakker@delta-haven.nl")),
    ("au60-gmail-pt-o-seu-endereco-mudou", f"{GMAIL_SRC}; {PF_SENDER_ACCESS}{HAND}",
     g_problem("a6", "r.costa@porto-textil.pt", "550 5.7.1 O seu endereço de e-mail mudou e já não está autorizado a "
               "escrever para esta caixa.", "5.7.1", "mx.porto-textil.pt"),
     not_hard("r.costa@porto-textil.pt")),
    ("au60-gmail-pl-twoj-adres-ulegl-zmianie", f"{GMAIL_SRC}; {PF_SENDER_ACCESS}{HAND}",
     g_problem("a7", "p.wojcik@wisla-trade.pl", "550 5.7.1 Twój adres e-mail uległ zmianie i nie jest już "
               "autoryzowany do wysyłania na tę skrzynkę.", "5.7.1", "mx.wisla-trade.pl"),
     not_hard("p.wojcik@wisla-trade.pl")),
    ("au60-exim-de-mail-from-adresse-geaendert", f"{EXIM_SRC}; {EXIM_ACL} (acl_smtp_mail){HAND}",
     ex_said("a8", "s.vogel@hanse-logistik.de", "550 Ihre Adresse hat sich geaendert - bitte melden Sie sich neu an",
             mx="mx.hanse-logistik.de", after="MAIL FROM:<seller@example.com> SIZE=2345"),
     ours("s.vogel@hanse-logistik.de")),
]

# ---- a server, an office, a branch, a place moved or changed its address (a stale MX, relaying refused) -------------
PLACE_ROWS = [
    ("au60-gmail-de-postfach-umgezogen-old-mx", f"{GMAIL_SRC}; {PF_RCPT_ACCESS} on the domain's OLD mail server "
     f"after its mail moved to a new provider (our cached MX){HAND}",
     g_problem("b1", "t.meyer@nordlicht-handel.de", "550 5.7.1 Dieser Server nimmt keine Mails mehr an: das Postfach "
               "ist umgezogen (neuer MX: mx01.nordlicht-handel.de). Relaying denied", "5.7.1",
               "mail.alt-hosting.de"),
     not_hard("t.meyer@nordlicht-handel.de")),
    ("au60-exo-de-agentur-umgezogen-relay", f"{EXO_SRC}; {PF_RCPT_ACCESS} (old MX){HAND}",
     exo_remote("b2", "info@agentur-seeblick.de", "550 5.7.1 Unable to relay: Unsere Agentur ist umgezogen, "
                "E-Mail fuer agentur-seeblick.de nimmt jetzt mx.agentur-seeblick.de an", "5.7.1",
                "smtp.alt-hosting.de"),
     not_hard("info@agentur-seeblick.de")),
    ("au60-gmail-fr-adresse-de-notre-serveur", f"{GMAIL_SRC}; Postfix smtpd relay refusal with an admin's text{HAND}",
     g_problem("b3", "c.roche@atelier-roche.fr", "550 5.7.1 Relais refusé : l'adresse de notre serveur a changé, "
               "mettez à jour vos enregistrements MX (mx2.atelier-roche.fr)", "5.7.1", "mx.atelier-roche.fr"),
     not_hard("c.roche@atelier-roche.fr")),
    ("au60-gmail-es-direccion-de-nuestro-servidor", f"{GMAIL_SRC}; relay refusal with an admin's text{HAND}",
     g_problem("b4", "l.romero@grupo-levante.es", "550 5.7.1 Relay no permitido: la dirección de nuestro servidor "
               "ha cambiado; el correo de grupo-levante.es lo recibe ahora mx2.grupo-levante.es", "5.7.1",
               "mx.grupo-levante.es"),
     not_hard("l.romero@grupo-levante.es")),
    ("au60-gmail-it-indirizzo-di-questo-server", f"{GMAIL_SRC}; relay refusal with an admin's text{HAND}",
     g_problem("b5", "m.conti@officine-brera.it", "550 5.7.1 Relay non consentito: l'indirizzo di questo server è "
               "cambiato, la posta di officine-brera.it va ora a mx2.officine-brera.it", "5.7.1",
               "mx.officine-brera.it"),
     not_hard("m.conti@officine-brera.it")),
    ("au60-gmail-nl-adres-van-de-server-gewijzigd", f"{GMAIL_SRC}; relay refusal with an admin's text{HAND}",
     g_problem("b6", "j.bakker@delta-haven.nl", "550 5.7.1 Relaying geweigerd: het adres van de server is gewijzigd, "
               "gebruik mx2.delta-haven.nl", "5.7.1", "mx.delta-haven.nl"),
     not_hard("j.bakker@delta-haven.nl")),
    ("au60-gmail-de-adresse-des-mailservers", f"{GMAIL_SRC}; relay refusal with an admin's text{HAND}",
     g_problem("b7", "k.brandt@hanse-logistik.de", "550 5.7.1 Relaying verweigert: Die Adresse des Mailservers hat "
               "sich geaendert, bitte MX-Eintrag aktualisieren", "5.7.1", "mail.hanse-logistik.de"),
     not_hard("k.brandt@hanse-logistik.de")),
    ("au60-gmail-it-indirizzo-di-milano", f"{GMAIL_SRC}; relay refusal with an admin's text (a branch named by its "
     f"city){HAND}",
     g_problem("b8", "a.ricci@officine-brera.it", "554 5.7.1 Relay access denied (l'indirizzo di Milano è cambiato: "
               "la posta della sede di Milano è ora su mx.milano.officine-brera.it)", "5.7.1",
               "mx.officine-brera.it"),
     not_hard("a.ricci@officine-brera.it")),
    ("au60-gmail-es-direccion-de-valencia", f"{GMAIL_SRC}; relay refusal with an admin's text (a branch named by its "
     f"city){HAND}",
     g_problem("b9", "j.navarro@grupo-levante.es", "550 5.7.1 Relay denegado: la dirección de Valencia ha cambiado; el "
               "correo de la delegación de Valencia va ahora a mx-vlc.grupo-levante.es", "5.7.1",
               "mx.grupo-levante.es"),
     not_hard("j.navarro@grupo-levante.es")),
    ("au60-gmail-nl-vestiging-den-haag-verhuisd", f"{GMAIL_SRC}; relay refusal with an admin's text (a branch named by "
     f"its city){HAND}",
     g_problem("b10", "s.visser@delta-haven.nl", "550 5.7.1 Relaying geweigerd: vestiging Den Haag is verhuisd, de "
               "mail voor dit domein loopt via mx2.delta-haven.nl", "5.7.1", "mx.delta-haven.nl"),
     not_hard("s.visser@delta-haven.nl")),
    ("au60-gmail-de-filiale-hamburg-umgezogen", f"{GMAIL_SRC}; relay refusal with an admin's text (a branch named by "
     f"its city){HAND}",
     g_problem("b11", "n.schulz@hanse-logistik.de", "550 5.7.1 Relaying verweigert - die Filiale Hamburg ist "
               "umgezogen, ihr Mailserver ist jetzt mx.hamburg.hanse-logistik.de", "5.7.1", "mail.hanse-logistik.de"),
     not_hard("n.schulz@hanse-logistik.de")),
]

# ---- for now: delays, and a 4xx given up after the queue lifetime (a mailbox migrating) ------------------------------
FOR_NOW_ROWS = [
    ("au60-exim-delay-de-adresse-geaendert", f"{EXIM_DELAY}; Exim ':defer: <text>'{HAND}",
     ex_later("e1", "k.brandt@hanse-logistik.de", "451 Diese Adresse hat sich geaendert, bitte spaeter erneut "
              "versuchen", mx="mx.hanse-logistik.de", after="RCPT TO:<k.brandt@hanse-logistik.de>"),
     for_now("k.brandt@hanse-logistik.de")),
    ("au60-gmail-delay-fr-adresse-a-change", f"{GMAIL_SRC} (delay); Exim ':defer: <text>'{HAND}",
     g_later("e2", "c.martin@atelier-roche.fr", "451 4.2.1 L'adresse de Claire Martin a changé, nouvel essai plus tard",
             "4.2.1", "mx.atelier-roche.fr"),
     for_now("c.martin@atelier-roche.fr")),
    ("au60-pf-given-up-de-postfach-umgezogen", f"{POSTFIX_SRC}; {PF_GIVEN_UP}; access(5) DEFER text{HAND}",
     pf_said("e3", "t.meyer@nordlicht-handel.de", "450 4.2.1 <t.meyer@nordlicht-handel.de>: Recipient address "
             "rejected: Das Postfach ist umgezogen und wird gerade eingerichtet, bitte spaeter erneut versuchen",
             "4.2.1", mx="mx01.nordlicht-handel.de", command="RCPT TO"),
     not_hard("t.meyer@nordlicht-handel.de")),
    ("au60-pf-given-up-nl-mailbox-verhuisd", f"{POSTFIX_SRC}; {PF_GIVEN_UP}{HAND}",
     pf_said("e4", "j.bakker@delta-haven.nl", "451 4.2.0 Deze mailbox is verhuisd naar een nieuwe server, probeer het "
             "later opnieuw", "4.2.0", mx="mx.delta-haven.nl", command="RCPT TO"),
     not_hard("j.bakker@delta-haven.nl")),
    ("au60-pf-given-up-pt-endereco-mudou-migracao", f"{POSTFIX_SRC}; {PF_GIVEN_UP}{HAND}",
     pf_said("e5", "r.costa@porto-textil.pt", "451 4.3.0 O endereço de Rui Costa mudou de servidor; migração em curso, "
             "tente mais tarde", "4.3.0", mx="mx.porto-textil.pt", command="RCPT TO"),
     not_hard("r.costa@porto-textil.pt")),
]

# ---- positive controls: the person moved / the address changed, in layouts the mend did not see ---------------------
POSITIVE_ROWS = [
    ("au60-exo-old-de-5-1-6-adresse-geaendert", f"{EXO_OLD_SRC} (de); {EXCH_DE_516}",
     exchange_old("h1", "f.wagner@nordlicht-handel.de", lang="de", explain="Die E-Mail-Adresse des Empfängers hat sich "
                  "geändert. Die Adresse, an die diese Nachricht gesendet wurde, nimmt keine Nachrichten mehr an. Es "
                  "wurde keine Weiterleitungsadresse eingerichtet.", diag="550 5.1.6 recipient no longer on server",
                  status="5.1.6", remote="mx.nordlicht-handel.de"),
     moved("f.wagner@nordlicht-handel.de")),
    ("au60-sendmail-de-ist-umgezogen", f"{SENDMAIL_SRC}; sendmail access map 'To:<addr> ERROR:5.1.1:550 <text>'{HAND}",
     sendmail("h2", "t.becker@hanse-logistik.de", remote="mail.hanse-logistik.de", rcpt_reply="550 5.1.1 "
              "<t.becker@hanse-logistik.de>... Thomas Becker ist umgezogen und hier nicht mehr erreichbar",
              status="5.1.1"),
     dead("t.becker@hanse-logistik.de")),
    ("au60-qmail-fr-bouncesaying-a-change", f"{QMAIL_SRC}; {QMAIL_BS}{HAND}",
     qmail("h3", "s.laurent@atelier-roche.fr", detail="L'adresse électronique de Sophie Laurent a changé : écrivez à "
           "sophie.laurent@laurent-design.fr", host="mail.atelier-roche.fr"),
     moved("s.laurent@atelier-roche.fr")),
    ("au60-pf-access-es-ha-cambiado", f"{POSTFIX_SRC}; {PF_RCPT_ACCESS}{HAND}",
     pf_said("h4", "l.romero@grupo-levante.es", "550 5.7.1 <l.romero@grupo-levante.es>: Recipient address rejected: "
             "La dirección de correo electrónico de Lucía Romero ha cambiado", "5.7.1", mx="mx.grupo-levante.es",
             command="RCPT TO"),
     moved("l.romero@grupo-levante.es")),
    ("au60-exim-fail-it-indirizzo-cambiato", f"{EXIM_SRC}; {EXIM_FAIL}{HAND}",
     exim("h5", "m.conti@officine-brera.it", detail="L'indirizzo e-mail di Marco Conti è cambiato: scrivere a "
          "marco.conti@conti-studio.it", host="mx.officine-brera.it"),
     moved("m.conti@officine-brera.it")),
    ("au60-gmail-pl-adres-ulegl-zmianie", f"{GMAIL_SRC}; Postfix access(5) REJECT text{HAND}",
     g_remote("h6", "p.zielinski@wisla-trade.pl", "550 Adres e-mail Piotra Zielińskiego uległ zmianie. Nowy adres: "
              "piotr.zielinski@zielinski.pl", "5.0.0", "mx.wisla-trade.pl"),
     moved("p.zielinski@wisla-trade.pl")),
    ("au60-gmail-en-has-changed-her-email-address", f"{GMAIL_SRC}; {EXIM_FAIL}{HAND}",
     g_remote("h7", "r.moore@kestrel-systems.co.uk", "550 Rachel Moore has changed her email address; please write to "
              "rachel@moore-advisory.co.uk", "5.0.0", "mx.kestrel-systems.co.uk"),
     moved("r.moore@kestrel-systems.co.uk")),
    ("au60-exo-rule-nl-is-verhuisd-diag", f"{EXO_SRC}; {EXO_RULE} (the explanation in the remote reply){HAND}",
     exo("h8", "s.visser@delta-haven.nl", why="Your message wasn't delivered because the recipient's email provider "
         "rejected it.", fix="How to Fix It\nContact the recipient by some other means.",
         diag="550 5.7.1 Sanne Visser is verhuisd naar een ander bedrijf; dit adres is niet meer in gebruik",
         status="5.7.1", remote="mx.delta-haven.nl"),
     dead("s.visser@delta-haven.nl")),
]

ROWS = OUR_ADDRESS_ROWS + PLACE_ROWS + FOR_NOW_ROWS + POSITIVE_ROWS + MORE_ROWS
