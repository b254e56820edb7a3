"""Leftovers 66's second batch (review_leftovers66.py holds the first, its sources and builders): written after the
first run and committed before the classifier ran on it. OUR sender refused in words that carry the recipient's enhanced
code (chkuser's older strings put '#5.1.1' in its SENDER refusals), in qmail's, sendmail's, Postfix's, Gmail's and
Exchange Online's layouts, with chkuser's own recipient refusals as controls. Names "l66-more-<layout>-<what>"."""

from __future__ import annotations

from tests.classifier.review_holdout50 import PROBLEM, R, S, exo_remote, g_remote, pf_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC, SELLER,
                                                       SENDMAIL_SRC, exim, qmail, sendmail)
from tests.classifier.review_leftovers66 import SM_DELAY, hard, pf_mail_from, soft

CHKUSER_OLD = ("chkuser 2.0 chkuser_settings.h (older strings): CHKUSER_SENDERMX_STRING '511 sorry, can't find a valid MX "
               "for sender domain (#5.1.1 - chkuser)', CHKUSER_RCPTMX_STRING '511 sorry, can't find a valid MX for rcpt "
               "domain (#5.1.1 - chkuser)'")
CHKUSER_NEW = ("chkuser chkuser_settings.h (newer strings): CHKUSER_SENDERMX_STRING '550 5.1.8 sorry, can't find a valid MX "
               "for sender domain (chkuser)', CHKUSER_NORCPT '550 5.1.1 sorry, no mailbox here by that name (chkuser)' (a "
               "qmail-smtpd telnet session quoted in the code corpus shows both)")
QMAIL_SENDER = "qmail-remote.c ('Connected to %s but sender was rejected.' then 'Remote host said:')"
SM_RCPT = f"{SENDMAIL_SRC}; {SM_DELAY} (the transcript's RCPT To: answered for OUR address)"
_OLD_MX = "511 sorry, can't find a valid MX for sender domain (#5.1.1 - chkuser)"

ROWS = [
    ("l66-more-pf-chkuser-old-sender-mx", f"{POSTFIX_SRC}; {CHKUSER_OLD}",
     pf_mail_from("n1", "c.souza@campinas-pecas.com.br", _OLD_MX, "5.1.1", "mx.campinas-pecas.com.br"),
     soft("c.souza@campinas-pecas.com.br", (), S)),
    ("l66-more-qmail-chkuser-old-sender-mx", f"{QMAIL_SRC}; {QMAIL_SENDER}; {CHKUSER_OLD}",
     qmail("n2", "vendas@recife-tintas.com.br", detail="Connected to 203.0.113.25 but sender was rejected.\n"
           f"Remote host said: {_OLD_MX}"),
     soft("vendas@recife-tintas.com.br", (), S)),
    ("l66-more-gmail-chkuser-old-sender-mx", f"{GMAIL_SRC}; {CHKUSER_OLD} (Status 5.1.1 from the reply)",
     g_remote("n3", "l.ferraz@goiania-agro.com.br", _OLD_MX, "5.1.1", "mx.goiania-agro.com.br",
              heading="Message not delivered", lead=PROBLEM),
     soft("l.ferraz@goiania-agro.com.br", (), S)),
    ("l66-more-exo-chkuser-old-sender-mx", f"{EXO_SRC}; {CHKUSER_OLD} (Status 5.1.1 from the reply)",
     exo_remote("n4", "r.nunes@curitiba-moveis.com.br", _OLD_MX, "5.1.1", "mx.curitiba-moveis.com.br"),
     soft("r.nunes@curitiba-moveis.com.br", (), S)),
    ("l66-more-exim-chkuser-new-sender-mx", f"{EXIM_SRC}; {CHKUSER_NEW} (after MAIL FROM)",
     exim("n5", "m.prado@bauru-cafe.com.br", detail="host mx.bauru-cafe.com.br [203.0.113.30]\n    SMTP error from "
          f"remote mail server after MAIL FROM:<{SELLER}> SIZE=2140:\n    550 5.1.8 sorry, can't find a valid MX for "
          "sender domain (chkuser)"),
     soft("m.prado@bauru-cafe.com.br", (), S)),
    ("l66-more-sendmail-delay-checks-sender-domain", SM_RCPT,
     sendmail("n6", "j.costa@porto-cortica.pt", remote="mx.porto-cortica.pt", rcpt_reply=f"553 5.1.8 <{SELLER}>... Domain "
              f"of sender address {SELLER} does not exist", status="5.1.8"),
     soft("j.costa@porto-cortica.pt", (), S)),
    # Controls: chkuser's refusals of the RECIPIENT (its mailbox; its domain without an MX) stay hard.
    ("l66-more-control-pf-chkuser-no-mailbox", f"{POSTFIX_SRC}; {CHKUSER_NEW}",
     pf_remote("n7", "a.lima@santos-cafe.com.br", "550 5.1.1 sorry, no mailbox here by that name (chkuser)", "5.1.1",
               "mx.santos-cafe.com.br"),
     hard("a.lima@santos-cafe.com.br")),
    ("l66-more-control-pf-chkuser-old-rcpt-mx", f"{POSTFIX_SRC}; {CHKUSER_OLD} (the recipient's domain has no MX)",
     pf_remote("n8", "d.rocha@belem-madeira.com.br", "511 sorry, can't find a valid MX for rcpt domain (#5.1.1 - "
               "chkuser)", "5.1.1", "mx.belem-madeira.com.br"),
     [("d.rocha@belem-madeira.com.br", True, ("hostunknown", "userunknown"), R, False)]),
]
