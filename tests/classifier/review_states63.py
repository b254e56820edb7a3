"""States 63: a MEASUREMENT of the classifier on the issue's family "disabled, expired or inactive mailboxes, and quota
wordings the tables do not know, read as blocked, filtered, exceedlimit or onhold", aimed where the census found the
reviews thin: the same state said by OTHER providers' replies (Yahoo/AOL 554.30, GMX/web.de/T-Online, Libero/Aruba,
Interia, Coremail / 21cn and their Chinese glosses, Lycos, Juno/AOL), inside wrappers the earlier rows seldom used
for them (Exchange Online's German/French/Spanish NDR, Sendmail transcripts, qmail, Exchange 2010), and the
local-delivery quota texts that carry a misleading first clause (Postfix's pipe "permission denied. Command output:
maildrop: maildir over quota.", Exim appendfile "mailbox is full (MTA-imposed quota exceeded ...)", GNU Mailutils'
"message would exceed maximum mailbox size"). Targets: disabled / expired / inactive / locked / dormant mailboxes
(suspend, soft), full / over-quota mailboxes (mailboxfull, soft), deleted / closed / non-existent ones (userunknown,
hard). About a third are CONTROLS aimed at false hards: a disabled, locked or dormant mailbox that says "deleted" of
messages or of a later date ("will be deleted if", "has not been deleted", "delete messages"), a Polish 5.2.1 whose
provider says it may be full OR suspended, "disabled"/"locked"/"quota" said of OUR account or our sending, a
recipient's receive-rate limit, a mailbox being moved (Exchange, temporary).

Census (step 1, `grep -il` over tests/classifier/review_*.py before choosing): nearly every English wording of the
family already sits somewhere (Gmail DisabledUser 13 files, "exceeded storage allocation" 24, "Mailbox disabled" 40,
"over quota" 85); absent or near-absent were "maildir has overflowed" (0: no source found, not used), "permission
denied. Command output: maildrop" (0), "MTA-imposed" (0), "vmailmgr" (0), Interia's 5.2.1 "Mailbox not available"
(0), Coremail's bilingual "(邮箱被锁)"
glosses (0), "blocked for inactivity" / "maintenance" (0). Rows combine these with the layouts above; rows
whose source says "composed after" put a provider's stated rule (a deletion threat, a dormant rule, a temporary
closure) into a reply of that server's shape, the rest quote. Expected rows (address, hard, reasons, scope, delay;
[] = no bounce) written from the servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them
(committed first). Names "st63-<layout>-<what>"."""

from __future__ import annotations

from tests.classifier.review_holdout50 import FULL, R, S, SUSP, UU, ex_remote, exo_remote, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC,
                                                       SENDMAIL_SRC, exim, exo, gmail, postfix, qmail, sendmail)
from tests.classifier.review_holdout51_layouts import EX2007_SRC, exch2007
from tests.classifier.review_states57 import exo_own, g_delay, g_msg, pf_local

SUSP_F = ("suspend", "filtered")
GMX_MX = "gmail-smtp-in.l.google.com"

# Where the replies come from.
YAHOO = "Yahoo Sender Hub 'SMTP error codes' (senders.yahooinc.com/smtp-error-codes: 554.30 'This mailbox is disabled')"
SITEPKG = ("sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (GMX '550 5.2.1 ... User is inactive', Yahoo.de "
           "'disabled or discontinued' / 'doesn't have a yahoo.de account', Web.de Speichervolumen / zuviele Mails, "
           "T-Online 'Over STORAGE quota', Lycos 'Account Closed' / 'mailbox full - quota exceeded')")
SZHOT = ("help.szhot.com text_show 170 (21cn '550 ... is now disabled with SMTP service'; the account frozen, unpaid "
         "renewal or disabled by the administrator)")
COREMAIL = "Coremail reply-code list with Chinese glosses (blog.sina.com.cn blog_8dc13ec50101fxxr: 550 user is locked. (邮箱被锁), ...)"
INTERIA = ("Interia help 'Dlaczego wiadomość nie została dostarczona?' (pomoc.poczta.interia.pl: '550 5.1.1 Account not "
           "found'; '550 5.2.1 Mailbox not available' = mistyped, full OR suspended)")
LIBERO = "Libero / Virgilio help 'Messaggi di errore più frequenti' ('MAILBOX FULL (User quota exceeded)')"
ARUBA = "Aruba hosting guide 'Risoluzione errori comuni' (over quota: the sender receives 'user is over quota')"
CHILI = ("chilipepperweb.net 'Mail Quota Exceeded' (Juno sendmail '552 <a>... Mail quota exceeded'; AOL '552 <a> has a "
         "full mailbox')")
RIUDOMS = "riudoms.xarxa-omnia.org 'Correus amb missatges d'error' (452 'Mailbox disk quota exceeded')"
MAILUTILS = ("GNU Mailutils manual 'Mailbox Quotas' (mda: 'user: mailbox quota exceeded for this recipient', 'user: "
             "message would exceed maximum mailbox size for this recipient', 550 unless exit-tempfail)")
MAILOUT = "mailout.ru 'Popular errors sending to Mail.ru' ('User not found' / 'No such user': the mailbox deleted)"
GODADDY = "GoDaddy (ix-one.com reseller) help 'How to handle email bounces' ('Account disabled', 'Account does not exist')"
MAILDROP = ("Courier maildrop maildir delivery ('maildrop: maildir over quota.', exit EX_NOPERM) via Postfix pipe(8) and "
            "src/global/sys_exits.c (EX_NOPERM -> 'permission denied', 5.7.0; 'Command output:')")
EXIM_APPEND = ("Exim src/src/transports/appendfile.c ('mailbox is full (MTA-imposed quota exceeded while writing to "
               "file ...)')")
EXO_TAB = "learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (table of codes)"
EXO_522 = ("learn.microsoft.com 'Fix NDR error 554 5.2.2 in Exchange Online' (mailbox full; STOREDRV.Deliver."
           "Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded)")
GREF = "Google SMTP error reference (support.google.com/a/answer/3726730)"
GINACT = "Google inactive-account policy (support.google.com/accounts/answer/12418290: inactive 2 years, then deleted)"
ORANGE = "sisimai lib/Sisimai/Rhost/FrancePTT.pm and Reason/Suspend.pm ('boite du destinataire archivee', Orange)"
ZOHO = "Zoho Mail 'Email bounce back errors' (554 5.1.8 Email Outgoing Blocked: our account's outgoing mail blocked)"
MS_LOCK = ("Microsoft Entra security defaults / SMTP AUTH client submission '535 5.7.139 Authentication unsuccessful, "
           "user is locked by your organization's security defaults policy'")
EXCH_MOVE = "Exchange Server MapiExceptionMailboxInTransit (mailbox being moved: delivery retried, 4.2.0 STOREDRV)"
NATE = "Korean providers' dormant-account rule (as review as59's Nate row: a dormant mailbox is kept, not deleted)"

EXO_FULL = ("554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuota"
            "Exceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]"
            "Cannot open mailbox.[EndDiagnosticData]")
GDIS = ("550 5.2.1 The email account that you tried to reach is disabled. For more information, go to "
        "https://support.google.com/mail/?p=DisabledUser 98e67ed59e1d1-33b1c2si{n}.112 - gsmtp")
EXO_FULL_WHY = {"en": "{a}'s mailbox is full.", "de": "Das Postfach von {a} ist voll.",
                "fr": "La boîte aux lettres de {a} est pleine.", "es": "El buzón de {a} está lleno."}
EXO_FULL_FIX = {"en": "How to Fix It\nTry resending the message later, or contact the recipient by other means.",
                "de": "So beheben Sie das Problem\nVersuchen Sie später erneut, die Nachricht zu senden.",
                "fr": "Comment résoudre ce problème\nEssayez de renvoyer le message plus tard.",
                "es": "Cómo solucionarlo\nIntente reenviar el mensaje más tarde."}
EXO_REMOTE_WHY = {"de": ("Ihre Nachricht wurde nicht übermittelt, weil der E-Mail-Anbieter des Empfängers sie abgelehnt "
                         "hat.", "So beheben Sie das Problem\nWenden Sie sich auf anderem Weg an den Empfänger."),
                  "fr": ("Votre message n'a pas été remis, car le fournisseur de messagerie du destinataire l'a "
                         "rejeté.", "Comment résoudre ce problème\nContactez le destinataire par un autre moyen."),
                  "es": ("El mensaje no se entregó porque el proveedor de correo electrónico del destinatario lo "
                         "rechazó.", "Cómo solucionarlo\nPóngase en contacto con el destinatario por otro medio.")}


def exo_full(rid: str, a: str, lang: str = "en") -> bytes:
    """Exchange Online's NDR for a mailbox of the same organisation that is full (STOREDRV, 5.2.2)."""
    return exo(rid, a, why=EXO_FULL_WHY[lang].format(a=a), fix=EXO_FULL_FIX[lang], diag=EXO_FULL, status="5.2.2",
               lang=lang)


def exo_lang(rid: str, a: str, reply: str, status: str, mx: str, lang: str) -> bytes:
    """Exchange Online's localised NDR quoting a remote server's reply."""
    why, fix = EXO_REMOTE_WHY[lang]
    return exo(rid, a, why=why, fix=fix, diag=reply, status=status, lang=lang, remote=mx)


def hard(a: str) -> list[tuple]:
    return [(a, True, UU, R, False)]


def ours(a: str) -> list[tuple]:
    return [(a, False, (), S, False)]


SUSPEND_ROWS = [
    ("st63-gmail-yahoo-554-30-disabled", f"{GMAIL_SRC}; {YAHOO}",
     g_msg("a1", "k.brennan72@yahoo.com", "554 30 Sorry, your message to k.brennan72@yahoo.com cannot be delivered. "
           "This mailbox is disabled (554.30).", "5.0.0", "mta6.am0.yahoodns.net"), soft("k.brennan72@yahoo.com", SUSP)),
    ("st63-exim-aol-554-30-disabled", f"{EXIM_SRC}; {YAHOO} (AOL shares Yahoo's MX and codes)",
     ex_remote("a2", "dmarsh.sales@aol.com", "554 30 Sorry, your message to dmarsh.sales@aol.com cannot be delivered. "
               "This mailbox is disabled (554.30).", "mx-aol.mail.gm0.yahoodns.net"), soft("dmarsh.sales@aol.com", SUSP)),
    ("st63-exo-gmail-disabled-user", f"{EXO_SRC}; {GREF} (550 5.2.1 DisabledUser)",
     exo_remote("a3", "r.castillo.biz@gmail.com", GDIS.format(n=31), "5.2.1", GMX_MX),
     soft("r.castillo.biz@gmail.com", SUSP)),
    ("st63-exo-de-gmail-disabled-user", f"{EXO_SRC} (German NDR); {GREF} (550 5.2.1 DisabledUser)",
     exo_lang("a4", "t.huber.einkauf@gmail.com", GDIS.format(n=44), "5.2.1", GMX_MX, "de"),
     soft("t.huber.einkauf@gmail.com", SUSP)),
    ("st63-postfix-gmx-user-inactive", f"{POSTFIX_SRC}; {SITEPKG}",
     pf_remote("a5", "m.schroeder@gmx.de", "550 5.2.1 <m.schroeder@gmx.de>... User is inactive", "5.2.1",
               "mx00.emig.gmx.net"), soft("m.schroeder@gmx.de", SUSP)),
    ("st63-sendmail-yahoode-disabled-discontinued", f"{SENDMAIL_SRC}; {SITEPKG}",
     sendmail("a6", "petra.lang@yahoo.de", remote="mx-eu.mail.am0.yahoodns.net", status="5.0.0",
              rcpt_reply="554 delivery error: dd Sorry your message to petra.lang@yahoo.de cannot be delivered. This "
              "account has been disabled or discontinued [#102]. - mta1042.mail.ir2.yahoo.com"),
     soft("petra.lang@yahoo.de", SUSP)),
    ("st63-postfix-21cn-disabled-smtp-service", f"{POSTFIX_SRC}; {SZHOT}",
     pf_remote("a7", "wang.lei.trade@21cn.com", "550 wang.lei.trade@21cn.com is now disabled with SMTP service",
               "5.0.0", "mx.21cn.com"), soft("wang.lei.trade@21cn.com", SUSP)),
    ("st63-exim-coremail-user-locked-zh", f"{EXIM_SRC}; {COREMAIL}",
     ex_remote("a8", "zhao.min@hz-textile.cn", "550 user is locked. (邮箱被锁)", "mx.hz-textile.cn"),
     soft("zhao.min@hz-textile.cn", SUSP)),
    ("st63-postfix-godaddy-account-disabled", f"{POSTFIX_SRC}; {GODADDY}",
     pf_remote("a9", "orders@sunridge-pottery.com", "550 <orders@sunridge-pottery.com> Account disabled", "5.0.0",
               "mx.sunridge-pottery.com"), soft("orders@sunridge-pottery.com", SUSP_F)),
    ("st63-exo-fr-orange-archivee", f"{EXO_SRC} (French NDR); {ORANGE}",
     exo_lang("a10", "j.leclerc@orange.fr", "550 5.2.1 Boite du destinataire archivee", "5.2.1", "smtp-in.orange.fr",
              "fr"), soft("j.leclerc@orange.fr", SUSP)),
    ("st63-qmail-21cn-expired-unpaid", f"{QMAIL_SRC}; composed after {SZHOT} (mailbox expired, renewal unpaid)",
     qmail("a11", "li.na@21cn.com", detail="202.104.32.232 does not like recipient.\nRemote host said: 550 5.2.1 "
           "<li.na@21cn.com>: mailbox expired, renewal not paid\nGiving up on 202.104.32.232."),
     soft("li.na@21cn.com", SUSP)),
    ("st63-gmail-exim-blocked-for-inactivity", f"{GMAIL_SRC}; composed after {GINACT} (an account stopped for inactivity, not gone)",
     g_msg("a12", "n.patel@crestline-hr.co.uk", "550 5.2.1 <n.patel@crestline-hr.co.uk>: mailbox blocked for "
           "inactivity", "5.2.1", "mx.crestline-hr.co.uk"), soft("n.patel@crestline-hr.co.uk", SUSP)),
]

FULL_ROWS = [
    ("st63-gmail-libero-mailbox-full-user-quota", f"{GMAIL_SRC}; {LIBERO}",
     g_msg("b1", "g.russo@libero.it", "552 5.2.2 MAILBOX FULL (User quota exceeded)", "5.2.2", "smtp-in.libero.it"),
     soft("g.russo@libero.it", FULL)),
    ("st63-postfix-aruba-user-over-quota", f"{POSTFIX_SRC}; {ARUBA}",
     pf_remote("b2", "amministrazione@ferri-serramenti.it", "552 5.2.2 <amministrazione@ferri-serramenti.it>: user "
               "is over quota", "5.2.2", "mx.aruba.it"), soft("amministrazione@ferri-serramenti.it", FULL)),
    ("st63-sendmail-juno-mail-quota-exceeded", f"{SENDMAIL_SRC}; {CHILI}",
     sendmail("b3", "hwilson41@juno.com", remote="c.mx.juno.com", status="5.2.2",
              rcpt_reply="552 <hwilson41@juno.com>... Mail quota exceeded"), soft("hwilson41@juno.com", FULL)),
    ("st63-sendmail-aol-has-a-full-mailbox", f"{SENDMAIL_SRC}; {CHILI}",
     sendmail("b4", "barbfenton@aol.com", remote="mx-aol.mail.gm0.yahoodns.net", status="5.2.2",
              rcpt_reply="552 barbfenton@aol.com has a full mailbox"), soft("barbfenton@aol.com", FULL)),
    ("st63-postfix-tonline-over-storage-quota", f"{POSTFIX_SRC}; {SITEPKG}",
     pf_remote("b5", "k.wagner@t-online.de", "552 5.2.2 Over STORAGE quota", "5.2.2", "mx00.t-online.de"),
     soft("k.wagner@t-online.de", FULL)),
    ("st63-exim-webde-speichervolumen", f"{EXIM_SRC}; {SITEPKG}",
     ex_remote("b6", "s.koenig@web.de", "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted "
               "allowed storage space.", "mx-ha03.web.de"), soft("s.koenig@web.de", FULL)),
    ("st63-postfix-webde-too-many-messages", f"{POSTFIX_SRC}; {SITEPKG}",
     pf_remote("b7", "f.meyer@web.de", "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages "
               "on the server.", "5.0.0", "mx-ha02.web.de"), soft("f.meyer@web.de", FULL)),
    ("st63-exim-lycos-full-quota-exceeded", f"{EXIM_SRC}; {SITEPKG}",
     ex_remote("b8", "marco.b@lycos.com", "552 mailbox full - quota exceeded", "mx.lycos.com"),
     soft("marco.b@lycos.com", FULL)),
    ("st63-exim-mailutils-quota-for-recipient", f"{EXIM_SRC}; {MAILUTILS}",
     ex_remote("b9", "archive@fjordline-tech.no", "550 archive: mailbox quota exceeded for this recipient",
               "mail.fjordline-tech.no"), soft("archive@fjordline-tech.no", FULL)),
    ("st63-postfix-mailutils-would-exceed-size", f"{POSTFIX_SRC}; {MAILUTILS}",
     pf_remote("b10", "lab@kestrel-bio.org", "550 lab: message would exceed maximum mailbox size for this recipient",
               "5.0.0", "mail.kestrel-bio.org", command="end of DATA"), soft("lab@kestrel-bio.org", FULL)),
    ("st63-postfix-pipe-maildrop-permission-denied", f"{POSTFIX_SRC} (local pipe); {MAILDROP}",
     pf_local("b11", "sales@marlow-printing.co.uk", "permission denied. Command output: maildrop: maildir over quota.",
              "5.7.0"), soft("sales@marlow-printing.co.uk", FULL)),
    ("st63-exim-appendfile-mta-imposed", f"{EXIM_SRC} (local delivery); {EXIM_APPEND}",
     exim("b12", "yoko@seednet-trading.com.tw", detail="mailbox is full (MTA-imposed quota exceeded while writing to "
          "file /var/mail/yoko)", host="mail.seednet-trading.com.tw"), soft("yoko@seednet-trading.com.tw", FULL)),
    ("st63-exo-own-mailbox-full", f"{EXO_SRC}; {EXO_522}", exo_full("b13", "d.okoro@contoso-freight.com"),
     soft("d.okoro@contoso-freight.com", FULL)),
    ("st63-exo-de-own-mailbox-full", f"{EXO_SRC} (German NDR); {EXO_522}", exo_full("b14", "b.frank@alpen-holz.de",
                                                                                     "de"),
     soft("b.frank@alpen-holz.de", FULL)),
    ("st63-exo-fr-own-mailbox-full", f"{EXO_SRC} (French NDR); {EXO_522}", exo_full("b15", "c.roux@atelier-sud.fr",
                                                                                     "fr"),
     soft("c.roux@atelier-sud.fr", FULL)),
    ("st63-exo-es-gmail-out-of-storage", f"{EXO_SRC} (Spanish NDR); {GREF} (552 5.2.2 OverQuotaTemp)",
     exo_lang("b16", "l.garcia.compras@gmail.com", "552 5.2.2 The recipient's inbox is out of storage space. Please "
              "direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-46e6si77.2 - "
              "gsmtp", "5.2.2", GMX_MX, "es"), soft("l.garcia.compras@gmail.com", FULL)),
    ("st63-exch2010-storedrv-full", f"{EX2007_SRC}; {EXO_522} (on-premises Exchange 2010)",
     exch2007("b17", "p.singh@corp.example-ltd.com", explain="The recipient's mailbox is full and can't accept "
              "messages now. Please try resending your message later, or contact the recipient directly.",
              diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoff"
              "QuotaExceeded", status="5.2.2"), soft("p.singh@corp.example-ltd.com", FULL)),
    ("st63-gmail-own-over-quota-delay", f"{GMAIL_SRC} (delay); {GREF} (452 4.2.2 OverQuotaPerm)",
     g_delay("b18", "e.novak.office@gmail.com", "452 4.2.2 The email account that you tried to reach is over quota. "
             "Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm xp1si7533737lbb.14 - "
             "gsmtp", "4.2.2", GMX_MX), later("e.novak.office@gmail.com")),
    ("st63-postfix-disk-quota-delay", f"{POSTFIX_SRC} (delay warning); {RIUDOMS}",
     pf_remote("b19", "info@vinyes-priorat.cat", "452 4.2.2 <info@vinyes-priorat.cat>: Mailbox disk quota exceeded",
               "4.2.2", "mx.vinyes-priorat.cat", action="delayed"), later("info@vinyes-priorat.cat")),
]

HARD_ROWS = [
    ("st63-postfix-lycos-account-closed", f"{POSTFIX_SRC}; {SITEPKG}",
     pf_remote("c1", "tina.m@lycos.com", "550 <tina.m@lycos.com>: Recipient address rejected: Account Closed",
               "5.0.0", "mx.lycos.com"), hard("tina.m@lycos.com")),
    ("st63-sendmail-yahoode-no-account", f"{SENDMAIL_SRC}; {SITEPKG}",
     sendmail("c2", "jonas.weber77@yahoo.de", remote="mx-eu.mail.am0.yahoodns.net", status="5.0.0",
              rcpt_reply="554 delivery error: dd This user doesn't have a yahoo.de account (jonas.weber77@yahoo.de) "
              "[0] - mta1031.mail.ir2.yahoo.com"), hard("jonas.weber77@yahoo.de")),
    ("st63-gmail-yahoo-552-1-not-found", f"{GMAIL_SRC}; {YAHOO} ('552 1 Requested mail action aborted, mailbox not "
     "found')",
     g_msg("c3", "sk.harlow@yahoo.com", "552 1 Requested mail action aborted, mailbox not found", "5.0.0",
           "mta5.am0.yahoodns.net"), hard("sk.harlow@yahoo.com")),
    ("st63-gmail-mailru-user-not-found", f"{GMAIL_SRC}; {MAILOUT}",
     g_msg("c4", "a.volkova@mail.ru", "550 Message was not accepted -- invalid mailbox.  Local mailbox "
           "a.volkova@mail.ru is unavailable: user not found", "5.0.0", "mxs.mail.ru"), hard("a.volkova@mail.ru")),
    ("st63-postfix-interia-account-not-found", f"{POSTFIX_SRC}; {INTERIA}",
     pf_remote("c5", "k.nowak@interia.pl", "550 5.1.1 <k.nowak@interia.pl>: Account not found", "5.1.1",
               "mx.poczta.interia.pl"), hard("k.nowak@interia.pl")),
    ("st63-exim-coremail-does-not-exist-zh", f"{EXIM_SRC}; {COREMAIL} ('550 mailbox unavailable. (邮箱不存在)')",
     ex_remote("c6", "chen.gang@nb-valves.cn", "550 mailbox unavailable. (邮箱不存在)", "mx.nb-valves.cn"),
     hard("chen.gang@nb-valves.cn")),
    ("st63-exim-godaddy-account-does-not-exist", f"{EXIM_SRC}; {GODADDY}",
     ex_remote("c7", "hello@bluefin-yoga.com", "550 <hello@bluefin-yoga.com> Account does not exist",
               "mailstore1.secureserver.net"), hard("hello@bluefin-yoga.com")),
    ("st63-exo-de-mailbox-deleted", f"{EXO_SRC} (German NDR); composed after {SITEPKG} (addresses that no longer exist)",
     exo_lang("c8", "h.vogel@alpen-holz.de", "550 5.1.1 <h.vogel@alpen-holz.de>: Recipient address rejected: "
              "Mailbox deleted", "5.1.1", "mx.alpen-holz.de", "de"), hard("h.vogel@alpen-holz.de")),
]

CONTROL_ROWS = [
    ("st63-ctl-postfix-interia-not-available", f"{POSTFIX_SRC}; {INTERIA} (full OR suspended OR mistyped: soft)",
     pf_remote("d1", "m.wisniewska@interia.pl", "550 5.2.1 <m.wisniewska@interia.pl>: Mailbox not available", "5.2.1",
               "mx.poczta.interia.pl"), soft("m.wisniewska@interia.pl")),
    ("st63-ctl-postfix-full-delete-messages", f"{POSTFIX_SRC}; composed after {ARUBA} (the owner must delete messages)",
     pf_remote("d2", "ufficio@bianchi-legno.it", "552 5.2.2 <ufficio@bianchi-legno.it>: Mailbox full: the user must "
               "delete messages before more mail can be received", "5.2.2", "mx.aruba.it"),
     soft("ufficio@bianchi-legno.it", FULL)),
    ("st63-ctl-exim-inactive-will-be-deleted", f"{EXIM_SRC}; composed after {GINACT} (deletion is a threat, not a fact)",
     ex_remote("d3", "r.evans@harbour-mutual.co.uk", "550 5.2.1 <r.evans@harbour-mutual.co.uk>: account inactive; it "
               "will be deleted if not reactivated within 30 days", "mx.harbour-mutual.co.uk"),
     soft("r.evans@harbour-mutual.co.uk", SUSP)),
    ("st63-ctl-postfix-dormant-not-deleted", f"{POSTFIX_SRC}; composed after {NATE}",
     pf_remote("d4", "kim.js@hanbit-elec.co.kr", "550 5.2.1 <kim.js@hanbit-elec.co.kr>: this mailbox is dormant (no "
               "login for 12 months); it has not been deleted", "5.2.1", "mx.hanbit-elec.co.kr"),
     soft("kim.js@hanbit-elec.co.kr", SUSP)),
    ("st63-ctl-sendmail-full-old-deleted-later", f"{SENDMAIL_SRC}; composed after free.fr 200 MB rule (correspondanceprivee."
     "aribaud.net: old mail cleaned after a warning)",
     sendmail("d5", "p.martin@free.fr", remote="mx1.free.fr", status="5.2.2",
              rcpt_reply="552 5.2.2 <p.martin@free.fr>... Mailbox full; old messages will be deleted after 7 days"),
     soft("p.martin@free.fr", FULL)),
    ("st63-ctl-exim-disabled-messages-discarded", f"{EXIM_SRC}; composed after {SZHOT} (disabled by the administrator)",
     ex_remote("d6", "sun.y@gz-lighting.cn", "550 5.2.1 <sun.y@gz-lighting.cn>: mailbox disabled by the "
               "administrator, new messages are deleted", "mx.gz-lighting.cn"), soft("sun.y@gz-lighting.cn", SUSP)),
    ("st63-ctl-exo-our-bad-outbound-sender", f"{EXO_SRC}; {EXO_TAB} (5.1.8 bad outbound sender: our account blocked)",
     exo_own("d7", "buyer@lindqvist-marin.se", "550 5.1.8 Access denied, bad outbound sender. AS(42004)", "5.1.8",
             "Your message couldn't be delivered because you weren't recognized as a valid sender. The most common "
             "reason for this is that your email address is suspected of sending spam and it's no longer allowed to "
             "send email."), ours("buyer@lindqvist-marin.se")),
    ("st63-ctl-postfix-zoho-outgoing-blocked", f"{POSTFIX_SRC} (our relay); {ZOHO}",
     pf_remote("d8", "a.dubois@bellevue-hotels.ch", "554 5.1.8 Email Outgoing Blocked.", "5.1.8", "smtp.zoho.eu",
               command="MAIL FROM"), ours("a.dubois@bellevue-hotels.ch")),
    ("st63-ctl-postfix-our-login-locked-delay", f"{POSTFIX_SRC} (delay warning; our smarthost login); {MS_LOCK}",
     postfix("d9", "ops@tamarack-logistics.com", reason="SASL authentication failed; server smtp.office365.com"
             "[52.96.0.1] said: 535 5.7.139 Authentication unsuccessful, user is locked by your organization's "
             "security defaults policy.", status="4.7.0", remote="smtp.office365.com", diag="535 5.7.139 "
             "Authentication unsuccessful, user is locked by your organization's security defaults policy.",
             action="delayed"), [("ops@tamarack-logistics.com", False, (), S, True)]),
    ("st63-ctl-gmail-relay-limit-customer", f"{GMAIL_SRC}; {GREF} (550 5.4.5 Daily SMTP relay limit exceeded for "
     "customer)",
     gmail("d10", "cfo@northgate-legal.com", heading="Message not delivered", lead="You have reached a limit for "
           "sending mail. Your message was not sent.", response="Daily SMTP relay limit exceeded for customer.",
           diag="550 5.4.5 Daily SMTP relay limit exceeded for customer. For more information on SMTP relay sending "
           "limits please contact your administrator or visit https://support.google.com/a/answer/166852 - gsmtp",
           status="5.4.5", learn="https://support.google.com/a/answer/166852"), ours("cfo@northgate-legal.com")),
    ("st63-ctl-exo-recipient-receive-limit", f"{EXO_SRC}; {EXO_TAB} (5.2.122 the recipient's per-hour receive "
     "limit)",
     exo_own("d11", "intake@contoso-freight.com", "554 5.2.122 The recipient has exceeded their limit for the number "
             "of messages they can receive per hour. For more information go to http://go.microsoft.com/fwlink/"
             "?LinkId=526653", "5.2.122", "The recipient is receiving too many messages right now."),
     soft("intake@contoso-freight.com")),
    ("st63-ctl-gmail-receiving-too-quickly-delay", f"{GMAIL_SRC} (delay); {GREF} (450 4.2.1 receiving mail too "
     "quickly)",
     g_delay("d12", "t.obrien.work@gmail.com", "450 4.2.1 The user you are trying to contact is receiving mail too "
             "quickly. Please resend your message at a later time. If the user is able to receive mail at that time, "
             "your message will be delivered. For more information, go to https://support.google.com/mail/?p="
             "ReceivingRate 6a1803df08f44-4b9si44.7 - gsmtp", "4.2.1", GMX_MX), later("t.obrien.work@gmail.com")),
    ("st63-ctl-postfix-mailbox-in-transit-delay", f"{POSTFIX_SRC} (delay warning); composed after {EXCH_MOVE}",
     pf_remote("d13", "j.ito@corp.example-ltd.com", "452 4.2.0 STOREDRV.Deliver.Exception:MailboxInTransitException;"
               " the mailbox is being moved, try again later", "4.2.0", "mail.corp.example-ltd.com",
               action="delayed"), later("j.ito@corp.example-ltd.com")),
    ("st63-ctl-exim-coremail-temporarily-unavailable-zh", f"{EXIM_SRC} (delay warning); {COREMAIL} ('450 mailbox "
     "unavailable. (邮箱暂时不可用)')",
     exim("d14", "he.ping@sz-optics.cn", detail="SMTP error from remote mail server after RCPT TO:<he.ping@sz-optics."
          "cn>: 450 mailbox unavailable. (邮箱暂时不可用)", delay_hours=24), later("he.ping@sz-optics.cn")),
    ("st63-ctl-exim-closed-for-holidays", f"{EXIM_SRC}; composed after {SITEPKG} ('Account Closed' beside a temporary closure)",
     ex_remote("d15", "c.moretti@trattoria-sole.it", "550 5.2.1 <c.moretti@trattoria-sole.it>: account temporarily "
               "closed until 7 January, please resend after", "mx.trattoria-sole.it"),
     soft("c.moretti@trattoria-sole.it", SUSP)),
    ("st63-ctl-gmail-account-locked-maintenance", f"{GMAIL_SRC}; composed after Zimbra zimbraAccountStatus (active / locked / "
     "maintenance / closed: locked and maintenance keep the mailbox)",
     g_msg("d16", "v.dimitrov@balkan-stone.bg", "450 4.2.1 <v.dimitrov@balkan-stone.bg>: account is in maintenance, "
           "try again later", "4.2.1", "mail.balkan-stone.bg"), soft("v.dimitrov@balkan-stone.bg")),
    ("st63-ctl-qmail-vmailmgr-hard-quota", f"{QMAIL_SRC} (local delivery); composed after vmailmgr vcheckquota(1) (over the hard "
     "quota all further messages are rejected)",
     qmail("d17", "bookings@coastal-kayak.co.nz", detail="Sorry, the recipient is over their hard quota, message "
           "rejected. (#5.2.2)"), soft("bookings@coastal-kayak.co.nz", FULL)),
    ("st63-ctl-exo-own-submission-limit-mailbox", f"{EXO_SRC}; {EXO_TAB} (5.2.2 'Submission quota exceeded': OUR "
     "mailbox's sending quota, not the recipient's storage)",
     exo_own("d18", "vendors@harbourpoint.co.uk", "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:Submission"
             "QuotaExceededException; Failed to process message due to a permanent exception", "5.2.2",
             "Your message couldn't be delivered because you've exceeded your sending limit."),
     ours("vendors@harbourpoint.co.uk")),
]

ROWS = SUSPEND_ROWS + FULL_ROWS + HARD_ROWS + CONTROL_ROWS
