"""Review asia59's second table (review_asia59.py holds the first and the docstring): Japan's carriers and Yahoo!
JAPAN, Zoho India, Australia / New Zealand, Latin America and the auto-replies in ja / pt / es. Same method: the words
from the providers' pages or the code that matches them (cited per row), expectations written before the run."""

from __future__ import annotations

from tests.classifier.review_asia59_layouts import (ANY, AUTHR, BIG_OR_FULL, BIGPOND_QMAIL, BIGPOND_SPAM, BLK, DOCOMO,
                                                    EXO_ES, EXO_QUOTA, EZWEB_OWN, FILT, FULL, GMAIL_L10N, KDDI_OWN,
                                                    KDDI_RH, NB, OOF, PAIRED, PTR, S, SPAMR, SUSP, UOL_PM, XTRA_DELAY,
                                                    YJ_OWN, ZOHO_RH, autoreply, exch2003_delay, ezweb_own, g_delay,
                                                    g_l10n, g_problem, kddi_own, yj_own)
from tests.classifier.review_holdout50 import (DOVECOT, EXCH, PFS, VPOP, YAHOO, ex_remote, exo_remote, exo_unknown,
                                               g_remote, hard, later, pf_remote, soft)
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC,
                                                       QMAIL_SRC, SENDMAIL_SRC, exchange_old, exim, qmail, sendmail)

DOCOMOMX, AUMX = "mfsmax.docomo.ne.jp", "lsean.ezweb.ne.jp"
ZOHOMX = "mx.zoho.in"

JAPAN_ROWS = [
    ("as59-sendmail-docomo-unknown-user", f"{SENDMAIL_SRC}; {DOCOMO}",
     sendmail("j1", "haruka-t.0612@docomo.ne.jp", remote=DOCOMOMX, rcpt_reply="550 Unknown user "
              "haruka-t.0612@docomo.ne.jp", status="5.1.1"), hard("haruka-t.0612@docomo.ne.jp")),
    ("as59-gmail-docomo-unknown-user", f"{GMAIL_SRC}; {DOCOMO} (Status 5.0.0 at RCPT: userunknown)",
     g_remote("j2", "k.sato-88@docomo.ne.jp", "550 Unknown user k.sato-88@docomo.ne.jp", "5.0.0", DOCOMOMX),
     hard("k.sato-88@docomo.ne.jp")),
    ("as59-pf-docomo-unknown-user-at-data", f"{POSTFIX_SRC}; {DOCOMO} (the same words after end of DATA: the "
     "recipient's receiving filter refused us; sisimai reads rejected, not userunknown)",
     pf_remote("j3", "yuki.m@docomo.ne.jp", "550 Unknown user yuki.m@docomo.ne.jp", "5.0.0", DOCOMOMX, command="end of "
               "DATA"), soft("yuki.m@docomo.ne.jp", (), ANY)),
    ("as59-exim-docomo-too-much-mail-data", f"{EXIM_SRC}; {DOCOMO} ('552 too much mail data': sisimai mailboxfull)",
     exim("j4", "aoi.w@docomo.ne.jp", detail=f"host {DOCOMOMX} [203.0.113.61]\n    SMTP error from remote mail server "
          "after end of data:\n    552 too much mail data"), soft("aoi.w@docomo.ne.jp", BIG_OR_FULL, ANY)),
    ("as59-gmail-au-user-unknown-addr", f"{GMAIL_SRC}; {KDDI_RH}",
     g_remote("j5", "taka.n@au.com", "550 <taka.n@au.com>: User unknown", "5.0.0", AUMX), hard("taka.n@au.com")),
    ("as59-gmail-au-user-unknown-bare", f"{GMAIL_SRC}; {KDDI_RH} ('The response was: 550 : User unknown' = au's "
     "refusal setting, filtered)", g_remote("j6", "mika.s@ezweb.ne.jp", "550 : User unknown", "5.0.0", AUMX),
     soft("mika.s@ezweb.ne.jp", FILT, ANY)),
    ("as59-kddi-own-mailbox-full", KDDI_OWN, kddi_own("j7", "ren.k@au.com", "As their mailbox is full."),
     soft("ren.k@au.com", FULL)),
    ("as59-ezweb-own-account-disabled", EZWEB_OWN, ezweb_own("j8", "sora.i@ezweb.ne.jp",
                                                             "The user(s) account is disabled."),
     soft("sora.i@ezweb.ne.jp", SUSP, ANY)),
    ("as59-ezweb-own-over-quota", EZWEB_OWN, ezweb_own("j9", "hina.o@ezweb.ne.jp", "The user(s) account is temporarily "
                                                       "over quota."), soft("hina.o@ezweb.ne.jp", FULL)),
    ("as59-yj-own-relay-denied-expired", YJ_OWN,
     yj_own("j10", "info@kobayashi-seiki.co.jp", "Message expired for domain kobayashi-seiki.co.jp. Remote host said: "
            "454 4.7.1 <info@kobayashi-seiki.co.jp>: Relay access denied [RCPT_TO]"),
     soft("info@kobayashi-seiki.co.jp", (), ANY)),
    ("as59-yj-own-user-unknown", f"{YJ_OWN}; {PFS} (the remote words)",
     yj_own("j11", "m.tanaka@kobayashi-seiki.co.jp", "Remote host said: 550 5.1.1 <m.tanaka@kobayashi-seiki.co.jp>: "
            "Recipient address rejected: User unknown in virtual mailbox table [RCPT_TO]"),
     hard("m.tanaka@kobayashi-seiki.co.jp")),
    ("as59-nb-outlook-ja-autoreply", OOF,
     autoreply("j12", "小林 誠 <m.kobayashi@kobayashi-seiki.co.jp>", "自動応答: Quick question about your Q4 logistics",
               "お世話になっております。\n\n誠に勝手ながら、10月14日から10月20日まで不在にしております。\n"
               "期間中はメールの確認ができませんので、ご了承ください。\n"), NB),
]

INDIA_ANZ_ROWS = [
    ("as59-gmail-zohoin-user-does-not-exist", f"{GMAIL_SRC}; {ZOHO_RH}",
     g_remote("z1", "accounts@ashoka-textiles.in", "550 5.1.1 User does not exist - <accounts@ashoka-textiles.in>",
              "5.1.1", ZOHOMX), hard("accounts@ashoka-textiles.in")),
    ("as59-pf-zohoin-flagged-spam", f"{POSTFIX_SRC}; {ZOHO_RH}",
     pf_remote("z2", "rahul.mehta@ashoka-textiles.in", "554 5.7.1 Email cannot be delivered. Reason: Email flagged as "
               "Spam.", "5.7.1", ZOHOMX), soft("rahul.mehta@ashoka-textiles.in", SPAMR, ANY)),
    ("as59-exo-zoho-dmarc", f"{EXO_SRC}; {ZOHO_RH}",
     exo_remote("z3", "priya.nair@vayu-logistics.in", "550 5.7.1 Email rejected per DMARC policy for example.net",
                "5.7.1", ZOHOMX), soft("priya.nair@vayu-logistics.in", AUTHR, S)),
    ("as59-pf-zoho-delivery-failure-policy", f"{POSTFIX_SRC}; {ZOHO_RH} ('552 5.1.1 <...> Mailbox delivery failure "
     "policy error': sisimai userunknown)",
     pf_remote("z4", "hr@vayu-logistics.in", "552 5.1.1 <hr@vayu-logistics.in> Mailbox delivery failure policy error",
               "5.1.1", ZOHOMX), hard("hr@vayu-logistics.in")),
    ("as59-gmail-zoho-greylisted-delay", f"{GMAIL_SRC}; {ZOHO_RH}",
     g_delay("z5", "sanjay@vayu-logistics.in", "451 4.7.1 Greylisted, try again after some time", ZOHOMX, "4.7.1"),
     later("sanjay@vayu-logistics.in")),
    ("as59-gmail-bigpond-ib704", f"{GMAIL_SRC}; {BIGPOND_SPAM}",
     g_problem("b1", "greg.wilson@bigpond.com", "558 5.7.1 Message content rejected due to suspected spam. IB704x",
               "5.7.1", "extmail.bigpond.com"), soft("greg.wilson@bigpond.com", SPAMR, ANY)),
    ("as59-qmail-bigpond-defined-spam-source", f"{QMAIL_SRC}; {BIGPOND_QMAIL}",
     qmail("b2", "orders@coastline-marine.com.au", detail="Connected to 203.0.113.70 but sender was rejected.\n"
           "Remote host said: 203.0.113.70 Defined SPAM source: bl.spamcop.net", host="gizmo02bw.email.bigpond.com"),
     soft("orders@coastline-marine.com.au", BLK, S)),
    ("as59-exch2003-xtra-delayed", XTRA_DELAY, exch2003_delay("b3", "bruce.tane@xtra.co.nz"),
     later("bruce.tane@xtra.co.nz")),
    ("as59-exim-xtra-all-hosts-failing", f"{EXIM_SRC} (retry.c: 'all hosts for ... have been failing for a long time "
     "(and retry time not reached)', as geekzone.co.nz topic 218028 quotes it for xtra.co.nz)",
     exim("b4", "hemi.parata@xtra.co.nz", detail="all hosts for 'xtra.co.nz' have been failing for a long time (and "
          "retry time not reached)"), soft("hemi.parata@xtra.co.nz", (), ANY)),
]

LATAM_ROWS = [
    ("as59-gmail-pt-uol-user-unknown", f"{GMAIL_L10N}; {PAIRED.format(prov='UOL', gen='Postfix')}; {PFS}",
     g_l10n("l1", "joao.silva@uol.com.br", "Endereço não encontrado", "Sua mensagem não foi entregue a {a} porque o "
            "endereço não foi encontrado ou não pode receber e-mails.", "550 5.1.1 <joao.silva@uol.com.br>: Recipient "
            "address rejected: User unknown in virtual mailbox table", "5.1.1", "mx.uol.com.br"),
     hard("joao.silva@uol.com.br")),
    ("as59-pf-uol-reverse-dns-expired", f"{POSTFIX_SRC}; {UOL_PM}; a deferral that outlived the queue",
     pf_remote("l2", "compras@uol.com.br", "450 4.7.1 Client host rejected: cannot find your reverse hostname, "
               "[198.51.100.7]", "4.7.1", "mx.uol.com.br"), soft("compras@uol.com.br", PTR, S)),
    ("as59-exim-terra-quota", f"{EXIM_SRC}; {PAIRED.format(prov='Terra', gen='Dovecot')}; {DOVECOT}",
     ex_remote("l3", "m.oliveira@terra.com.br", "552 5.2.2 <m.oliveira@terra.com.br> Quota exceeded (mailbox for user "
               "is full)", "mx.terra.com.br"), soft("m.oliveira@terra.com.br", FULL)),
    ("as59-pf-locaweb-relay-table", f"{POSTFIX_SRC}; {PAIRED.format(prov='Locaweb', gen='Postfix')}; {PFS}",
     pf_remote("l4", "financeiro@casaverde-alimentos.com.br", "550 5.1.1 <financeiro@casaverde-alimentos.com.br>: "
               "Recipient address rejected: User unknown in relay recipient table", "5.1.1", "mx.core.locaweb.com.br"),
     hard("financeiro@casaverde-alimentos.com.br")),
    ("as59-qmail-bol-no-mailbox", f"{QMAIL_SRC}; {PAIRED.format(prov='BOL', gen='vpopmail')}; {VPOP}",
     qmail("l5", "ana.costa@bol.com.br", detail="200.147.36.15 does not like recipient.\nRemote host said: 550 Sorry, "
           "no mailbox here by that name. (#5.1.1)\nGiving up on 200.147.36.15."), hard("ana.costa@bol.com.br")),
    ("as59-gmail-es-prodigy-yahoo-dd", f"{GMAIL_L10N}; {PAIRED.format(prov='Prodigy / Telmex', gen='Yahoo')} "
     f"(prodigy.net.mx mail once ran on Yahoo); {YAHOO}",
     g_l10n("l6", "jlopez_mx@prodigy.net.mx", "No se ha encontrado la dirección", "Tu mensaje no se ha entregado a {a} "
            "porque no se ha encontrado la dirección o esta no puede recibir correo.", "554 delivery error: dd This "
            "user doesn't have a prodigy.net.mx account (jlopez_mx@prodigy.net.mx) [0] - mta1402.mail.gq1.yahoo.com",
            "5.0.0", "mx1.prodigy.net.mx"), hard("jlopez_mx@prodigy.net.mx")),
    ("as59-exo-es-corp-not-found", EXO_ES, exo_unknown("l7", "jperez@mercasur-logistica.com.ar", "es"),
     hard("jperez@mercasur-logistica.com.ar")),
    ("as59-exo-es-corp-quota", f"{EXO_SRC}; {EXO_ES}; {EXO_QUOTA}",
     exo_remote("l8", "compras@andina-retail.com.co", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
                "QuotaExceededException.MapiExceptionShutoffQuotaExceeded", "5.2.2",
                "andinaretail-com-co.mail.protection.outlook.com"), soft("compras@andina-retail.com.co", FULL)),
    ("as59-exchold-es-recipnotfound", f"{EXO_OLD_SRC}; {EXCH}",
     exchange_old("l9", "rgomez@mercasur-logistica.com.ar", explain="El servidor de correo remoto rechazó la dirección.",
                  diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", status="5.1.1", lang="es",
                  remote="mercasurlogistica-com-ar.mail.protection.outlook.com"),
     hard("rgomez@mercasur-logistica.com.ar")),
    ("as59-nb-outlook-pt-autoreply", OOF,
     autoreply("l10", "Mariana Souza <mariana.souza@casaverde-alimentos.com.br>", "Resposta automática: Quick question "
               "about your Q4 logistics", "Olá,\n\nEstou fora do escritório até 20/10, com acesso limitado ao e-mail. "
               "Para assuntos urgentes, contate compras@casaverde-alimentos.com.br.\n\nAtenciosamente,\nMariana\n"), NB),
    ("as59-nb-outlook-es-autoreply", OOF,
     autoreply("l11", "Juan Pérez <jperez2@mercasur-logistica.com.ar>", "Respuesta automática: Quick question about your "
               "Q4 logistics", "Hola,\n\nEstaré fuera de la oficina hasta el 20 de octubre sin acceso al correo. Para "
               "temas urgentes escriba a compras@mercasur-logistica.com.ar.\n\nSaludos,\nJuan\n"), NB),
]

MORE_ROWS = JAPAN_ROWS + INDIA_ANZ_ROWS + LATAM_ROWS
