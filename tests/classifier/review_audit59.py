"""Audit 59: an ADVERSARIAL MEASUREMENT of the classifier rules session 42 added (git 2f02d671..b9cab09f: hMailServer's
no-mail-server texts and qmail's rcpthosts paraphrase in route_words, AT&T's 5.2.1 'Addressee unknown', Domino's
'<addr> is not a valid user' in sendmail_lines, 'smtpport check error', NetEase's 'User not found', 263's 'user not
exist', Courier's DSN sender in hints, Domino's 'was not delivered to:' intro, sendmail's transient section and a
recipient's own transcript exchange in prose, encoded forwarded reports in nested, needless quotes in whole_addresses,
a Cc recipient's display name in named, the Unknown MTA shared block, Exim 3's 'unknown local-part', Postfix 2.x's lost
connection, Stalwart's failed connect, Exim's TLS-required texts, the Italian and German leaver words). Rows put those
words where a FALSE HARD or a wrong recipient would hurt most (another sense of the words, our sender refused, a 4xx or
a delay, a person or a list quoting them, another recipient of the same notice) beside positive controls in layouts
the mends did not see. Whole notices HAND-MADE from the generators' sources (cited per row); expected rows (address,
hard, reasons, scope, delay; [] = no bounce) written from those words and shared/classifier/taxonomy.md BEFORE the
classifier ran on them (committed first). Names "au59-<rule>-<what>". This module: the wording rules (providers,
servers' texts); review_audit59_more.py: the structure rules."""

from __future__ import annotations

from tests.classifier.review_audit59_layouts import (ATT, DOMINO_REPLY, DOMINO_ROUTER, EXCH_TEXT, HM_DNS, HM_NONE,
                                                     HMAIL_SRC, NET263, NETEASE, PF_VERIFY, QMAIL_SMTPD, RFC_HUMAN,
                                                     SMTPPORT, domino_text, exch_text, hm_remote, hmail_final, person)
from tests.classifier.review_frames57_layouts import g_later
from tests.classifier.review_holdout50 import ex_remote, exo_remote, g_remote, hard, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC,
                                                       SENDMAIL_SRC, qmail, sendmail)
from tests.classifier.review_multi57_layouts import (ANY, BLOCK, FULL, H, HU, POSTFIX_SRC as PF_MULTI, S, SUBJ,
                                                     SUSP, Sf, postfix)

NB: list = []
GONE = ("networkerror", "expired", "systemerror")
WHY_UNKNOWN = ("The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and "
               "try to resend the message.")
WHY_FULL = "The recipient's mailbox is full and can't accept messages now. Please try resending this message later."

HMAIL_ROWS = [
    ("au59-hmail-noservers-beside-full", f"{HMAIL_SRC}; Postfix smtpd 452 quota reply (another recipient, retried)",
     hmail_final("h1", [("a.okoye@lagos-textiles.com.ng", HM_NONE),
                        ("f.bello@kano-agro.com.ng", hm_remote("203.0.113.88", "RCPT TO:<f.bello@kano-agro.com.ng>",
                                                               "452 4.2.2 <f.bello@kano-agro.com.ng>: Recipient address "
                                                               "rejected: Mailbox full"))]),
     [H("a.okoye@lagos-textiles.com.ng", HU), Sf("f.bello@kano-agro.com.ng", FULL)]),
    ("au59-hmail-dnsfail-beside-unknown", f"{HMAIL_SRC}; Postfix smtpd_check.c 'User unknown in virtual mailbox table'",
     hmail_final("h2", [("p.mwangi@nakuru-dairy.co.ke", HM_DNS)],
                 fatal=[("j.otieno@kisumu-fish.co.ke", hm_remote("203.0.113.90", "RCPT TO:<j.otieno@kisumu-fish.co.ke>",
                                                                 "550 5.1.1 <j.otieno@kisumu-fish.co.ke>: Recipient "
                                                                 "address rejected: User unknown in virtual mailbox "
                                                                 "table"))]),
     [Sf("p.mwangi@nakuru-dairy.co.ke", GONE, ANY), H("j.otieno@kisumu-fish.co.ke")]),
    ("au59-hmail-noservers-with-additional-line", f"{HMAIL_SRC} (positive: the source's three lines, one recipient)",
     hmail_final("h3", [("orders@andes-cacao.com.pe", HM_NONE)], tried=6), [H("orders@andes-cacao.com.pe", HU)]),
    ("au59-hmail-sender-refused-beside-noservers", f"{HMAIL_SRC}; Postfix smtpd_check.c reject_unknown_sender_domain "
     "(OUR sender refused at one host, another domain without mail servers)",
     hmail_final("h5", [("ventas@andes-cacao.com.pe", HM_NONE)],
                 fatal=[("compras@lima-granos.com.pe", hm_remote("203.0.113.91", "RCPT TO:<compras@lima-granos.com.pe>",
                                                                 "553 5.1.8 <seller@example-sme.co.uk>: Sender address "
                                                                 "rejected: Domain not found"))]),
     [Sf("compras@lima-granos.com.pe", (), S), H("ventas@andes-cacao.com.pe", HU)]),
    ("au59-human-quotes-hmail-words", f"{RFC_HUMAN}; the prospect quoting {HMAIL_SRC}",
     person("h4", "Ngozi Adeyemi <n.adeyemi@lagos-textiles.com.ng>", f"Re: {SUBJ}",
            "Hi Sam,\n\nThanks - yes, Thursday works. By the way, when I forwarded your note to our Kano office I got\n"
            "\"No mail servers appear to exists for the recipient's address.\" back from our server, so maybe\n"
            "reach them by phone.\n\nNgozi\n\n> Do you have 15 minutes this week?\n"),
     NB),
    ("au59-qmail-rcpthosts-soft", f"{QMAIL_SRC}; {QMAIL_SMTPD} (the MX is not the domain's: relaying refused)",
     qmail("q1", "j.ng@straits-logistics.sg", detail="203.0.113.40 does not like recipient.\nRemote host said: 553 "
           "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\nGiving up on 203.0.113.40."),
     soft("j.ng@straits-logistics.sg", ("norelaying",), ANY)),
]

_ATT_MX = "ff-ip4-mx-vip1.prodigy.net"
ATT_ROWS = [
    ("au59-exim-att-addressee-unknown", f"{EXIM_SRC}; {ATT}",
     ex_remote("t1", "d.harper@att.net", "550 5.2.1 <d.harper@att.net>... Addressee unknown, relay=[198.51.100.7]",
               _ATT_MX), hard("d.harper@att.net")),
    ("au59-exo-att-addressee-unknown", f"{EXO_SRC}; {ATT}",
     exo_remote("t2", "r.vance@bellsouth.net", "550 5.2.1 <r.vance@bellsouth.net>... Addressee unknown, "
                "relay=[40.107.22.61]", "5.2.1", "al-ip4-mx-vip2.prodigy.net"), hard("r.vance@bellsouth.net")),
    ("au59-sendmail-att-addressee-unknown", f"{SENDMAIL_SRC}; {ATT}",
     sendmail("t3", "m.ortiz@sbcglobal.net", remote=_ATT_MX, rcpt_reply="550 5.2.1 <m.ortiz@sbcglobal.net>... "
              "Addressee unknown, relay=[198.51.100.7]", status="5.2.1"), hard("m.ortiz@sbcglobal.net")),
    ("au59-pf-att-unknown-beside-suspended", f"{PF_MULTI}; {ATT} (both under 5.2.1: one unknown, one suspended)",
     postfix("t4", [("k.lane@att.net", None, f"host {_ATT_MX}[144.160.235.143] said: 550 5.2.1 <k.lane@att.net>... "
                     "Addressee unknown, relay=[198.51.100.7] (in reply to RCPT TO command)", "failed", "5.2.1", _ATT_MX,
                     "550 5.2.1 <k.lane@att.net>... Addressee unknown, relay=[198.51.100.7]"),
                    ("t.lane@bellsouth.net", None, f"host {_ATT_MX}[144.160.235.143] said: 550 [suspend] Mailbox "
                     "currently suspended--Please contact correspondent directly. (in reply to RCPT TO command)",
                     "failed", "5.2.1", _ATT_MX, "550 [suspend] Mailbox currently suspended--Please contact "
                     "correspondent directly.")]),
     [H("k.lane@att.net"), Sf("t.lane@bellsouth.net", SUSP)]),
    ("au59-human-quotes-att-words", f"{RFC_HUMAN}; the prospect quoting {ATT}",
     person("t5", "Dana Harper <dana@harper-farms.com>", "Re: Quick question about your Q4 logistics",
            "Sam,\n\nHappy to talk. Please use this address, not my old AT&T one - mail to that now comes back\n"
            "with \"550 5.2.1 <d.harper@att.net>... Addressee unknown\".\n\nDana\n"), NB),
]

_DOM = "notes01.kestrel-group.de"
DOMINO_ROWS = [
    ("au59-pf-domino-not-valid-user", f"{POSTFIX_SRC}; {DOMINO_REPLY}",
     pf_remote("d1", "b.keller@kestrel-group.de", "550 <b.keller@kestrel-group.de> is not a valid user", "5.0.0", _DOM),
     hard("b.keller@kestrel-group.de")),
    ("au59-exch-text-domino-joann-beside-ann", f"{EXCH_TEXT}; {DOMINO_REPLY}; sendmail's '552 ... Mailbox full' "
     "(two recipients, one's address the end of the other's)",
     exch_text("d2", [("joann@kestrel-group.de", WHY_UNKNOWN, _DOM, "550 <joann@kestrel-group.de> is not a valid user"),
                      ("ann@kestrel-group.de", WHY_FULL, _DOM, "552 5.2.2 <ann@kestrel-group.de>... Mailbox full")],
               orig_to="joann@kestrel-group.de, ann@kestrel-group.de"),
     [H("joann@kestrel-group.de"), Sf("ann@kestrel-group.de", FULL)]),
    ("au59-gmail-delay-unverified-domino", f"{GMAIL_SRC} delay; {PF_VERIFY} over {DOMINO_REPLY} (a 450 while the "
     "gateway's probe is unfinished: Gmail retries)",
     g_later("d3", "h.vogel@kestrel-group.de", "450 4.1.1 <h.vogel@kestrel-group.de>: Recipient address rejected: "
             "unverified address: host notes01.kestrel-group.de[10.1.2.3] said: 550 <h.vogel@kestrel-group.de> is not "
             "a valid user (in reply to RCPT TO command)", "4.1.1", "mx.kestrel-group.de"),
     later("h.vogel@kestrel-group.de")),
    ("au59-exo-domino-names-our-sender", f"{EXO_SRC}; {DOMINO_REPLY} said of OUR sender (its check of the envelope "
     "sender against its directory)",
     exo_remote("d4", "u.braun@kestrel-group.de", "550 <rep@example.net> is not a valid user", "5.0.0", _DOM),
     soft("u.braun@kestrel-group.de", (), ANY)),
    ("au59-domino-text-hop-count", f"{DOMINO_ROUTER} (the router's loop verdict)",
     domino_text("d5", [("k.weber@kestrel-group.de", "Router: Maximum hop count exceeded.  Message probably in a "
                         "routing loop.")], orig_to="k.weber@kestrel-group.de"),
     soft("k.weber@kestrel-group.de", (), ANY)),
    ("au59-domino-text-several-matches", f"{DOMINO_ROUTER} (an ambiguous name: the directory holds two)",
     domino_text("d6", [("m.schulz@kestrel-group.de", "Several matches found in Domino Directory.")],
                 orig_to="m.schulz@kestrel-group.de"), soft("m.schulz@kestrel-group.de", (), ANY)),
    ("au59-domino-text-cannot-route-then-unknown", f"{DOMINO_ROUTER} (two pairs: a routing refusal, then a missing user)",
     domino_text("d7", [("l.fuchs@kestrel-group.de", "Cannot route mail to user (l.fuchs@kestrel-group.de)"),
                        ("n.wolf@kestrel-group.de", "User n.wolf (n.wolf@kestrel-group.de) not listed in Domino "
                         "Directory")], orig_to="l.fuchs@kestrel-group.de, n.wolf@kestrel-group.de"),
     [Sf("l.fuchs@kestrel-group.de", (), ANY), H("n.wolf@kestrel-group.de")]),
]

_NE = "163mx02.mxmail.netease.com"
CHINA_ROWS = [
    ("au59-pf-smtpport-check", f"{POSTFIX_SRC}; {SMTPPORT}",
     pf_remote("c1", "li.ming@jinhua-tools.cn", "554 smtpport check error.", "5.0.0", "mx.jinhua-tools.cn",
               command="MAIL FROM"), soft("li.ming@jinhua-tools.cn", BLOCK, S)),
    ("au59-gmail-smtpport-check", f"{GMAIL_SRC} (no stage named); {SMTPPORT}",
     g_remote("c9", "he.fang@jinhua-tools.cn", "554 smtpport check error.", "5.0.0", "mx.jinhua-tools.cn",
              heading="Message not delivered", lead="There was a problem delivering your message to {a}."),
     soft("he.fang@jinhua-tools.cn", BLOCK, S)),
    ("au59-helpdesk-ack-user-not-found", "a helpdesk's RFC 3834 auto-acknowledgement (Auto-Submitted: auto-replied) "
     "saying our address has no portal account, in NetEase's and 263's words",
     person("c10", "Support <support@jinhua-tools.cn>", "[Ticket #48213] Re: Quick question about your Q4 logistics",
            "Dear customer,\n\nWe received your e-mail. User not found: seller@example.com is not registered in our "
            "support portal (user not exist), so the ticket was opened as a guest ticket.\n\nJinhua Tools Support\n",
            extra="Auto-Submitted: auto-replied\nX-Autoreply: yes\n"), NB),
    ("au59-exim-netease-user-not-found", f"{EXIM_SRC}; {NETEASE}",
     ex_remote("c2", "li.na88@163.com", "550 User not found: li.na88@163.com", _NE), hard("li.na88@163.com")),
    ("au59-pf-netease-user-not-found-our-sender", f"{POSTFIX_SRC}; {NETEASE}'s words said of OUR sender at MAIL FROM "
     "(a sender check in the provider's own words)",
     pf_remote("c3", "zhou.jie@126.com", "550 User not found: seller@example.com", "5.0.0", "126mx01.mxmail.netease.com",
               command="MAIL FROM"), soft("zhou.jie@126.com", (), ANY)),
    ("au59-pf-delay-netease-user-not-found-451", f"{POSTFIX_SRC} delay; {NETEASE}'s words under a 451 (its directory "
     "unanswered: retried)",
     pf_remote("c4", "chen.yu@yeah.net", "451 User not found: chen.yu@yeah.net, try again later", "4.0.0",
               "yeahmx01.mxmail.netease.com", action="delayed"), later("chen.yu@yeah.net")),
    ("au59-pf-263-user-not-exist", f"{POSTFIX_SRC}; {NET263}",
     pf_remote("c5", "wang.lei@jiangnan-silk.com.cn", "550 user not exist", "5.0.0", "mxbiz1.263.net"),
     hard("wang.lei@jiangnan-silk.com.cn")),
    ("au59-exo-263-user-not-exist", f"{EXO_SRC} (no stage named); {NET263}",
     exo_remote("c6", "zhao.min@jiangnan-silk.com.cn", "550 user not exist", "5.0.0", "mxbiz2.263.net"),
     hard("zhao.min@jiangnan-silk.com.cn")),
    ("au59-pf-263-sender-user-not-exist", f"{POSTFIX_SRC}; {NET263}'s words said at MAIL FROM of OUR sender",
     pf_remote("c7", "sun.hao@jiangnan-silk.com.cn", "550 sender user not exist: seller@example.com", "5.0.0",
               "mxbiz1.263.net", command="MAIL FROM"), soft("sun.hao@jiangnan-silk.com.cn", (), ANY)),
    ("au59-gmail-263-user-not-exist", f"{GMAIL_SRC}; {NET263}",
     g_remote("c8", "qian.li@jiangnan-silk.com.cn", "550 user not exist", "5.0.0", "mxbiz1.263.net"),
     hard("qian.li@jiangnan-silk.com.cn")),
]

ROWS = HMAIL_ROWS + ATT_ROWS + DOMINO_ROWS + CHINA_ROWS
