"""Audit 67b: an adversarial review of the classifier mends merged in the hour before it (90ece652..37f8b1e4):
formats/later_mentions.py (the SMTP stage read after a LATER mention of the failed address when the first gives none),
rule_wordings' GoDaddy 'Account storage limit' and QQ 'Error: content rejected', mailbox_states' Chinese '收件容量满' and
the quoted Swedish 'Kvoten för mottagare "<address>"', exceeded_limits' box size in open / hyphenated spellings and
'der Mailbox', reply_rests.names_instead / asks_to_write_to with prose._last_resort dropping an address the reply asks
the reader to write to, and dns_names.of_recipient's registry second levels (test_review_audit67b's SUFFIX_CASES).

Hand-made rows aimed at what real mail could cross wrongly, costliest first: a FALSE HARD (a later mention lending
'RCPT TO' to a stage-less or DATA-stage reply: a help paragraph, a list of the message's recipients, a transcript of an
earlier host), a LOST reading (the failed address named only in a request to resend LATER or once the box is
reactivated, dropped as an address to write to), soft misreadings (a size limit for messages or attachments said with
the box's new words; an inbox '收件箱' capacity).

Expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from the sources' words and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). Names "a67b-<frame>-<what>"."""

from __future__ import annotations

from tests.classifier.review_audit66 import KIM, LEAD, gw
from tests.classifier.review_forecast67_layouts import FRAME, _dsn, _report
from tests.classifier.review_holdout50 import ANY, R, UU, ex_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, POSTFIX_SRC, SENDMAIL_SRC, exim

FULL = ("mailboxfull",)
BIG = ("mesgtoobig", "exceedlimit")
SUSP = ("suspend",)
POLICY = ("policyviolation",)


def hard(a: str, reasons: tuple = UU) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def soft(a: str, reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def report(rid: str, a: str, human: str, diag: str, status: str = "5.0.0") -> bytes:
    """A gateway's RFC 3464 report (multipart/report, its human part as given, the DSN block with the remote's reply
    as Diagnostic-Code and no stage), the original attached (forecast67's layout)."""
    host = "mail.example.com"
    return _report(rid, host, FRAME["de"][0], human, _dsn(host, a, status, "failed", diag, f"mx.{a.split('@')[1]}"), a)


# ---- 1. later_mentions: a later mention about something else lending a stage ----------------------------------------
TEAM_CALL = ("the team's call: a stage-less 'no such user' with no status stays filtered, soft (f67m-c-ctl-no-stage); "
             "only the recipient's own stage, stated for its failure, makes it hard")
PF_PARA = ("Postfix src/bounce/bounce_notify_util.c / smtp_proto.c ('<r>: host x[ip] said: <reply> (in reply to end of "
           "DATA command)': the stage of THIS recipient's failure)")
HELP = ("a gateway's DSN human part with a help paragraph below the failed address (providers' NDR help texts explain "
        "that servers refuse unknown addresses at the RCPT TO stage: learn.microsoft.com 'Email non-delivery reports "
        "and SMTP errors in Exchange Online', 'the recipient's email server rejected ... the recipient address'), the "
        "address named again in it: help, no statement of this failure's stage")
LOG = ("a gateway's DSN human part listing the message's recipients as its log gives them, one line each, the other "
       "recipient accepted at RCPT TO in Postfix's words (smtp_proto.c '(in reply to RCPT TO command)'); the failed one's "
       "own reply stage-less")
SM_TWO = (f"{SENDMAIL_SRC}: the transcript of two hosts ('... while talking to mx1' / '>>> RCPT To:<a>' / '<<< 451 4.3.0 "
          "Temporary system failure' then '... while talking to mx2' / '>>> DATA' / '<<< 550 ...'): the final failure "
          "is the second host's, after DATA")
D1, D2, D3, D4 = (f"einkauf{i}@kanzlei-haas.de" for i in range(1, 5))
B_OK = "buchhaltung@kanzlei-haas.de"

LATER_ROWS = [
    ("a67b-lm-help-paragraph-after-rcpt-to", f"{HELP}; {TEAM_CALL}",
     report("l1", D1, f"{FRAME['de'][1]}\n\n  {D1}\n\nNote: please check the spelling of {D1}. Most servers refuse an "
            "address they do not know after RCPT TO, before the message is sent.\n", "550 No such user"),
     soft(D1, (), ANY)),
    ("a67b-lm-recipient-log-other-accepted-at-rcpt", f"{LOG}; {TEAM_CALL}",
     report("l2", D2, f"{FRAME['de'][1]}\n\n  {D2}\n\nEmpfänger der Nachricht:\n  {D2}: 550 No such user\n  {B_OK}: host "
            f"mx.kanzlei-haas.de[203.0.113.25] said: 250 2.1.5 Ok (in reply to RCPT TO command)\n", "550 No such user"),
     soft(D2, (), ANY)),
    ("a67b-lm-pf-summary-then-own-paragraph-at-data", f"{PF_PARA}, under a summary naming the address and the help "
     f"paragraph of a67b-lm-help-paragraph-after-rcpt-to after it; {TEAM_CALL} (the words at end of DATA: soft)",
     report("l3", D3, f"{FRAME['de'][1]}\n\n  {D3}\n\n<{D3}>: host mx.kanzlei-haas.de[203.0.113.25] said: 550 No such "
            f"user (in reply to end of DATA command)\n\nNote: please check the spelling of {D3}. Most servers refuse an "
            "address they do not know after RCPT TO.\n", "550 No such user"),
     soft(D3, (), ANY)),
    ("a67b-lm-sendmail-two-hosts-451-rcpt-then-data", f"{SM_TWO}; {TEAM_CALL}",
     report("l4", D4, "   ----- The following addresses had permanent fatal errors -----\n"
            f"<{D4}>\n    (reason: 550 No such user)\n\n   ----- Transcript of session follows -----\n"
            f"... while talking to mx1.kanzlei-haas.de.:\n>>> RCPT To:<{D4}>\n<<< 451 4.3.0 Temporary system failure\n"
            f"... while talking to mx2.kanzlei-haas.de.:\n>>> DATA\n<<< 550 No such user\n554 5.0.0 Service "
            "unavailable\n", "550 No such user"),
     soft(D4, (), ANY)),
    ("a67b-lm-ctl-pf-summary-then-own-paragraph-rcpt", f"{PF_PARA.replace('end of DATA', 'RCPT TO')}, under a summary "
     "naming the address (forecast67's mend C): control, the recipient's own stage: hard",
     report("l5", "verkauf@kanzlei-haas.de", f"{FRAME['de'][1]}\n\n  verkauf@kanzlei-haas.de\n\n<verkauf@kanzlei-haas.de>: "
            "host mx.kanzlei-haas.de[203.0.113.25] said: 550 No such user (in reply to RCPT TO command)\n",
            "550 No such user"),
     hard("verkauf@kanzlei-haas.de")),
]

# ---- 2. asks_to_write_to / names_instead: the failed address named only in a request --------------------------------
GW_SRC = ("a gateway's plain failure notice (review audit66's gw layout): the remote reply quoted in its body, the "
          "original attached to one recipient, the notice naming it only in the reply")
LATER_REQ = ("an admin's reply text (Postfix access(5) 'REJECT <text>', Exim ':fail: <text>') asking to resend to the "
             "SAME address {when}: the address named is the failed one")
PF_USER = "Postfix smtpd_check.c 'Recipient address rejected: User unknown in virtual mailbox table'"
NAMES_ROWS = [
    ("a67b-ni-gw-full-please-resend-to-kim-later", f"{GW_SRC}; " + LATER_REQ.format(when="LATER (a full box: "
     "RFC 3463 x.2.2, soft)"),
     gw("n1", f"    452 4.2.2 Mailbox full. Please resend your message to <{KIM}> later.", KIM), soft(KIM, FULL)),
    ("a67b-ni-gw-disabled-kindly-resend-once-reactivated", f"{GW_SRC}; " + LATER_REQ.format(when="once the account "
     "is reactivated (RFC 3463 x.2.1 'Mailbox disabled': suspend, soft)"),
     gw("n2", f"    550 5.2.1 Mailbox disabled. Kindly resend your message to <{KIM}> once the account has been "
        "reactivated.", KIM), soft(KIM, SUSP)),
    ("a67b-ni-gw-unknown-please-comma-write-to-kim-again", f"{GW_SRC}; {PF_USER}; " + LATER_REQ.format(when="AGAIN "
     "after checking it (the mend's 'again' exclusion): hard"),
     gw("n3", f"    550 5.1.1 <{KIM}>: Recipient address rejected: User unknown in virtual mailbox table. Please, write "
        f"to <{KIM}> again only after checking the address.", KIM), hard(KIM)),
    ("a67b-ni-gw-ctl-unknown-contact-kim-other-means", f"{GW_SRC}; {PF_USER}; control (the brief's 'contact <the "
     "failed address> by other means': no request to write there by mail)",
     gw("n4", f"    550 5.1.1 <{KIM}>: Recipient address rejected: User unknown in virtual mailbox table. Please "
        f"contact {KIM} by other means.", KIM), hard(KIM)),
    ("a67b-ni-exim-ctl-full-kindly-resend-later", f"{EXIM_SRC}; " + LATER_REQ.format(when="later (a full box, Exim's "
     "entry naming it above: control)"),
     exim("n5", KIM, detail=f"host mx.partner.example [203.0.113.30]\n    SMTP error from remote mail server after RCPT "
          f"TO:<{KIM}>:\n    452 4.2.2 Mailbox full. Kindly resend your message to {KIM} later."),
     soft(KIM, FULL)),
]

# ---- 3. exceeded_limits / mailbox_states / rule_wordings: the new words beside a message's size ---------------------
DE_MSG = ("RFC 3463 5.3.4 'Message too big for system' in German (schieb.de '5.3.4 - Die E-Mail ist zu groß'): the "
          "MESSAGE's size limit, said of the box's limit for one message or its attachments")
NL_MSG = ("RFC 3463 5.3.4 in Dutch (renaissance.nl 'Mailbox quota overschreden' for the box; 'bericht te groot' the "
          "message): a limit PER MESSAGE")
ZH_INBOX = ("Chinese hosts' bounce help (emailhost.com.cn '[退信] 收件容量满:Quota exceeded', 023dns.com '使用容量已满'): "
            "'收件箱' is the inbox, '容量已满' its capacity full")
ZH_NOT = ("Chinese '未满' (not full) before a missing user ('用户不存在', QQ's and 163's 'user not found' wording): the "
          "box not full, the user missing")
GODADDY = ("GoDaddy help 3568 'What is an email bounce?' ('Account storage limit: the recipients account has reached its "
           "storage limit')")
QQ = ("QQ Mail help on bounces (qqmailbox.com/transceivers/169.html: '550 Error: content rejected'): spam content, the "
      "receiver's content rule")
SV_QUOTE = ("RFC 3463 5.2.2 in Swedish (audit66b's 'Kvoten för mottagare <address> har överskridits'), the address in "
            "Swedish guillemets »...» as Swedish typography quotes")
WORD_ROWS = [
    ("a67b-el-de-groesse-der-mailbox-fuer-nachrichten", f"{POSTFIX_SRC}; {DE_MSG} ('maximale Größe der Mailbox für "
     "eingehende Nachrichten': the size allowed an incoming message)",
     pf_remote("w1", "m.kraus@lahn-textil.de", "552 5.3.4 Die Nachricht überschreitet die maximale Größe der Mailbox "
               "für eingehende Nachrichten", "5.3.4", "mx.lahn-textil.de"), soft("m.kraus@lahn-textil.de", BIG)),
    ("a67b-el-de-postfach-limit-fuer-anhaenge", f"{EXIM_SRC}; {DE_MSG} ('Postfach-Limit für Anhänge': the box's limit "
     "for an attachment)",
     ex_remote("w2", "s.berg@lahn-textil.de", "552 5.3.4 Nachricht abgelehnt: Postfach-Limit für Anhänge überschritten",
               "mx.lahn-textil.de"), soft("s.berg@lahn-textil.de", BIG)),
    ("a67b-el-nl-mailbox-limiet-per-bericht", f"{EXIM_SRC}; {NL_MSG} ('mailbox-limiet per bericht')",
     ex_remote("w3", "j.smit@drenthe-staal.nl", "552 5.3.4 Bericht te groot: mailbox-limiet per bericht overschreden",
               "mx.drenthe-staal.nl"), soft("j.smit@drenthe-staal.nl", BIG)),
    ("a67b-ms-zh-shoujianxiang-rongliang-yiman", f"{POSTFIX_SRC}; {ZH_INBOX}; a full mailbox under a bare 550",
     pf_remote("w4", "caigou@suzhou-jixie.cn", "550 收件箱容量已满", "5.0.0", "mx.suzhou-jixie.cn"),
     soft("caigou@suzhou-jixie.cn", FULL)),
    ("a67b-ms-zh-ctl-rongliang-weiman-yonghu-bucunzai", f"{POSTFIX_SRC}; {ZH_NOT}; control: hard",
     pf_remote("w5", "xiaoshou@suzhou-jixie.cn", "550 5.1.1 收件容量未满, 用户不存在", "5.1.1", "mx.suzhou-jixie.cn"),
     hard("xiaoshou@suzhou-jixie.cn")),
    ("a67b-ms-sv-kvoten-for-mottagare-guillemets", f"{POSTFIX_SRC}; {SV_QUOTE}; full under a bare 550",
     pf_remote("w6", "order@umea-moebler.se", "550 Kvoten för mottagare »order@umea-moebler.se» har överskridits",
               "5.0.0", "mx.umea-moebler.se"), soft("order@umea-moebler.se", FULL)),
    ("a67b-rw-godaddy-account-storage-limit-status", f"{EXIM_SRC}; {GODADDY} (the reply with its status code)",
     ex_remote("w7", "info@bygg-lind.se", "552 5.2.2 Account storage limit", "mx.bygg-lind.se"),
     soft("info@bygg-lind.se", FULL)),
    ("a67b-rw-qq-content-rejected-at-data", f"{POSTFIX_SRC}; {QQ} (at end of DATA, the content refused)",
     pf_remote("w8", "sales9@qq.com", "550 Error: content rejected.", "5.0.0", "mx3.qq.com", command="end of DATA"),
     soft("sales9@qq.com", POLICY)),
]

ROWS = LATER_ROWS + NAMES_ROWS + WORD_ROWS

# ---- Mend rows: written with the mends, expectations before they ran; failing rows and their controls --------------
MEND = "audit67b's mend rows (expectations written before they ran)"


def sm_two(rid: str, a: str, first: str, command: str, final: str) -> bytes:
    """Sendmail's DSN (our human part as SM_TWO): a temporary refusal at mx1's RCPT TO, then mx2's final reply."""
    argument = f" To:<{a}>" if command == "RCPT" else ""
    return report(rid, a, "   ----- The following addresses had permanent fatal errors -----\n"
                  f"<{a}>\n    (reason: {final})\n\n   ----- Transcript of session follows -----\n"
                  f"... while talking to mx1.kanzlei-haas.de.:\n>>> RCPT To:<{a}>\n<<< {first}\n"
                  f"... while talking to mx2.kanzlei-haas.de.:\n>>> {command}{argument}\n<<< {final}\n554 5.0.0 Service "
                  "unavailable\n", final)


GREY = "Postgrey's default reply ('450 4.2.0 Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/')"
MEND_ROWS = [
    # A. asks_to_write_to: a request to write to the SAME address later / once the box is usable.
    ("a67bm-ni-gw-quota-please-resend-once-emptied", f"{GW_SRC}; " + LATER_REQ.format(when="once the box is emptied "
     "(Dovecot's 'Quota exceeded' 552 5.2.2)") + f"; {MEND}",
     gw("m1", f"    552 5.2.2 Quota exceeded. Please resend your message to <{KIM}> once the mailbox has been emptied.",
        KIM), soft(KIM, FULL)),
    ("a67bm-ni-ctl-gw-closed-resend-to-kim-deleted-later", f"{GW_SRC}, the original to lead and kim; an admin's closure "
     "text naming where to write instead, 'later' only in the NEXT sentence (about the old box): control, kim no failed "
     f"recipient, none named (audit67's judgement: no recipient); {MEND}",
     gw("m2", f"    550 5.1.1 This mailbox is closed. Please resend your message to <{KIM}>. The old mailbox will be "
        "deleted later.", f"{LEAD}, {KIM}"), []),
    # B. exceeded_limits: the box's size or limit FOR / PER a message.
    ("a67bm-el-de-groesse-der-mailbox-pro-nachricht", f"{EXIM_SRC}; {DE_MSG} ('Größe der Mailbox pro Nachricht'); {MEND}",
     ex_remote("m3", "u.roth@lahn-textil.de", "552 Nachricht abgelehnt: Größe der Mailbox pro Nachricht überschritten",
               "mx.lahn-textil.de"), soft("u.roth@lahn-textil.de", BIG)),
    ("a67bm-el-ctl-de-maximale-groesse-der-mailbox", f"{POSTFIX_SRC}; audit67's 'Größe der Mailbox' (the box's own size, "
     f"no message named): control, full; {MEND}",
     pf_remote("m4", "v.haas@lahn-textil.de", "550 Die maximale Größe der Mailbox wurde überschritten", "5.0.0",
               "mx.lahn-textil.de"), soft("v.haas@lahn-textil.de", FULL)),
    ("a67bm-el-ctl-de-speicherplatz-postfach-fuer-nachrichten", f"{POSTFIX_SRC}; the box's store ('Speicherplatz') for "
     f"messages: control, full; {MEND}",
     pf_remote("m5", "w.engel@lahn-textil.de", "550 Speicherplatz des Postfachs für Nachrichten überschritten", "5.0.0",
               "mx.lahn-textil.de"), soft("w.engel@lahn-textil.de", FULL)),
    # D. transcript_stage: the exchange naming the address a 4xx at the first MX, the final 5xx at the second's DATA.
    ("a67bm-lm-sendmail-greylisted-rcpt-then-data-user-unknown", f"{SM_TWO} (here mx1's 450 a greylisting); "
     f"{GREY}; {TEAM_CALL} (after DATA: soft); {MEND}",
     sm_two("m6", "einkauf5@kanzlei-haas.de", "450 4.2.0 Recipient address rejected: Greylisted", "DATA",
            "550 User unknown"), soft("einkauf5@kanzlei-haas.de", (), ANY)),
    ("a67bm-lm-ctl-sendmail-451-rcpt-then-rcpt-550", f"{SM_TWO} (here the second host refusing the RCPT TO naming the "
     f"address): control, the recipient's own stage, hard; {MEND}",
     sm_two("m7", "einkauf6@kanzlei-haas.de", "451 4.3.0 Temporary system failure", "RCPT", "550 No such user"),
     hard("einkauf6@kanzlei-haas.de")),
]
