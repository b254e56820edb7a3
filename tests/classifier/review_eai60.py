"""EAI 60: a MEASUREMENT of whether the classifier reads the FAILED RECIPIENT'S ADDRESS exactly when the address is
written in a hard form: internationalised mail (RFC 6531 SMTPUTF8 UTF-8 local parts and domains, RFC 6533 message/
global-delivery-status with 'utf-8;' address types and the '\\x{...}' encoding, xn-- A-labels beside U-labels), the
SMTPUTF8 refusals (Postfix, Exim, RFC 6531's 553 5.6.7, RFC 6533's X.6.9: about OUR message's form, not the mailbox's
existence: soft), plus-addressing and other subaddresses, quoted local parts, capitals, addresses folded over lines or
beside RFC 2047 display names, Original-Recipient and Final-Recipient differing (an alias expanded), percent-hack and
source routes, and addresses in prose with a sentence's full stop or angle brackets around them. Whole notices,
HAND-MADE in the generators' frames (review_eai60_layouts.py) with the servers' own words (cited per row).

The expected address is the one the notice's words name as failed, read by the taxonomy's order (Final-Recipient,
or Original-Recipient where the final one is no mailbox anyone wrote to; else X-Failed-Recipients; else the body),
spelled as that field spells it (case kept, a U-label kept, an xtext / '\\x{...}' encoding decoded: RFC 3461 §4,
RFC 6533 §3 say the encoding is transport, not the address). Where an alias was expanded the failed address is the
final one, and ORIGINS (test module) records the address we sent to, which the trust rules map it back to.
Expectations written from the servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them
(committed first). Names "ea60-<frame>-<what>"."""

from __future__ import annotations

from tests.classifier.review_eai60_layouts import (CHASQUID, EXIM_SRC, EXIM_U8, GOSMTP, PF_SMTPD_U8, PF_SRC, PF_U8,
                                                   RFC3461, RFC3464, RFC5890, RFC6531, RFC6533, RFC6533_69, exim_entry,
                                                   exim_plain, original, pf, rcpt, report, said)
from tests.classifier.review_eai60_more import MORE_ROWS
from tests.classifier.review_holdout50 import ANY, HU, R, hard, soft

# A refusal of our message's FORM (no SMTPUTF8 where a UTF-8 address or header needs it): any reason a format or
# protocol refusal reads as, never a missing mailbox.
U8 = ("contenterror", "notcompliantrfc", "syntaxerror", "systemerror", "networkerror", "policyviolation",
      "securityerror", "rejected", "undefined", "onhold")
FULL = ("mailboxfull",)
UNKNOWN_PF = "550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table"
EXO_SRC_ROW = "Exchange Online NDR frame (review_holdout50_layouts.exo's words, its status part 'utf-8;')"
CHASQUID_FROM = "Mail Delivery System <postmaster-dsn@mail.example.com>"
CHASQUID_SUBJ = "Mail delivery failed: returning message to sender"


def hard_host(a: str) -> list[tuple]:
    return [(a, True, HU, R, False)]


def chasquid(rid: str, failed: list[tuple[str, str, str]], to: str) -> bytes:
    """chasquid's DSN: X-Failed-Recipients and the text list the ORIGINAL addresses, the global status part both."""
    originals = list(dict.fromkeys(o for o, _f, _e in failed))
    text = ("Delivery of your message to the following recipient(s) failed permanently:\n\n"
            + "".join(f"  - {o}\n" for o in originals) + "\nTechnical details:\n"
            + "".join(f"- \"{f}\" (EMAIL) failed permanently with error:\n    {e}\n" for _o, f, e in failed))
    blocks = [f"Original-Recipient: utf-8; {o}\nFinal-Recipient: utf-8; {f}\nAction: failed\nStatus: 5.0.0\n"
              f"Diagnostic-Code: smtp; {e}\n" for o, f, e in failed]
    return report(rid, frm=CHASQUID_FROM, subject=CHASQUID_SUBJ, text=text, blocks=blocks, orig=original(to, rid),
                  glob=True, extra="X-Failed-Recipients: " + "".join(f"{o}, " for o in originals) + "\n")


JUERGEN = "jürgen.weiß@müller-bau.example"
ZHANG = "张伟@公司.example"
GREEK = "δοκιμή@παράδειγμα.example"
HINDI = "राम@उदाहरण.example"
ALABEL = "einkauf@xn--mller-bau-q9a.example"
ULABEL = "einkauf@müller-bau.example"

EAI_ROWS = [
    ("ea60-chasquid-utf8-local-and-domain", f"{CHASQUID}; {RFC6533}; remote '550 5.1.1 ... no such user' at RCPT",
     chasquid("u1", [(JUERGEN, JUERGEN, f"550 5.1.1 <{JUERGEN}>: no such user here")], JUERGEN), hard(JUERGEN)),
    ("ea60-pf-global-dsn-chinese", f"{PF_SRC}; {RFC6533} (Postfix writes 'utf-8;' for an SMTPUTF8 recipient)",
     pf("u2", said(ZHANG, UNKNOWN_PF.format(a=ZHANG), mx="mx.xn--55qx5d.example"),
        [rcpt(f"utf-8; {ZHANG}", "5.1.1", UNKNOWN_PF.format(a=ZHANG), orig=f"utf-8; {ZHANG}",
              remote="mx.xn--55qx5d.example")], ZHANG, glob=True), hard(ZHANG)),
    ("ea60-pf-global-dsn-greek-mailbox-full", f"{PF_SRC}; {RFC6533}; remote '552 5.2.2 Mailbox full'",
     pf("u3", said(GREEK, "552 5.2.2 <" + GREEK + ">: Mailbox full", cmd="end of DATA"),
        [rcpt(f"utf-8; {GREEK}", "5.2.2", f"552 5.2.2 <{GREEK}>: Mailbox full")], GREEK, glob=True),
     soft(GREEK, FULL)),
    ("ea60-dsn-xtext-unicode-local", f"{RFC6533} (a utf-8 address in a plain message/delivery-status must be written "
     "utf-8-addr-xtext: '\\x{FC}' for 'ü'); Postfix frame",
     pf("u4", said("jürgen@bau-partner.example", "550 5.1.1 <jürgen@bau-partner.example>: user unknown"),
        [rcpt("utf-8; j\\x{FC}rgen@bau-partner.example", "5.1.1", "550 5.1.1 user unknown")],
        "jürgen@bau-partner.example"), hard("jürgen@bau-partner.example")),
    ("ea60-dsn-xtext-unicode-whole-address", f"{RFC6533} ('\\x{{...}}' for every non-ASCII character, domain too); "
     "the text names the address in UTF-8",
     report("u5", frm="Mail Delivery System <MAILER-DAEMON@relay.example.net>", subject="Undeliverable: Quick question",
            text=f"Delivery to the following recipient failed permanently:\n\n  {HINDI}\n\nRemote server said: 550 "
            "5.1.1 mailbox unavailable\n",
            blocks=[rcpt("utf-8; \\x{0930}\\x{093E}\\x{092E}@\\x{0909}\\x{0926}\\x{093E}\\x{0939}\\x{0930}\\x{0923}"
                         ".example", "5.1.1", "550 5.1.1 mailbox unavailable")], orig=original(HINDI, "u5")),
     hard(HINDI)),
    ("ea60-dsn-unitext-in-global", f"{RFC6533} §6: in message/global-delivery-status the address may stand as "
     "UTF-8 (unitext) though Original-Recipient keeps '\\x{...}'",
     report("u6", frm="Mail Delivery System <MAILER-DAEMON@relay.example.net>", subject="Delivery Status Notification "
            "(Failure)", text=f"Your message could not be delivered to {GREEK}.\n",
            blocks=[rcpt(f"utf-8; {GREEK}", "5.1.1", "550 5.1.1 Recipient not found",
                         orig="utf-8; \\x{03B4}\\x{03BF}\\x{03BA}\\x{03B9}\\x{03BC}\\x{03AE}@\\x{03C0}\\x{03B1}"
                              "\\x{03C1}\\x{03AC}\\x{03B4}\\x{03B5}\\x{03B9}\\x{03B3}\\x{03BC}\\x{03B1}.example")],
            orig=original(GREEK, "u6"), glob=True), hard(GREEK)),
    ("ea60-pf-orcpt-xtext-plus", f"{PF_SRC}; {RFC3461} (Original-Recipient 'j.ortiz+2Bcrm@...' is the ORCPT xtext "
     "of 'j.ortiz+crm@...'); {RFC3464}",
     pf("u7", said("j.ortiz+crm@partner-logistics.example", UNKNOWN_PF.format(a="j.ortiz+crm@partner-logistics"
                                                                                 ".example")),
        [rcpt("rfc822; j.ortiz+crm@partner-logistics.example", "5.1.1", UNKNOWN_PF.format(
            a="j.ortiz+crm@partner-logistics.example"), orig="rfc822;j.ortiz+2Bcrm@partner-logistics.example")],
        "j.ortiz+crm@partner-logistics.example"), hard("j.ortiz+crm@partner-logistics.example")),
    ("ea60-pf-orcpt-xtext-utf8-bytes", f"{RFC3461} (ORCPT 'rfc822;' xtext of the UTF-8 bytes: 'j+C3+BCrgen'); "
     "Final-Recipient in UTF-8 ('utf-8;'), Postfix frame",
     pf("u8", said("jürgen@bau-partner.example", UNKNOWN_PF.format(a="jürgen@bau-partner.example")),
        [rcpt("utf-8; jürgen@bau-partner.example", "5.1.1", UNKNOWN_PF.format(a="jürgen@bau-partner.example"),
              orig="rfc822;j+C3+BCrgen@bau-partner.example")], "jürgen@bau-partner.example", glob=True),
     hard("jürgen@bau-partner.example")),
    ("ea60-gmail-alabel-dsn-ulabel-text", f"{RFC5890}; Gmail frame: the text names the U-label, the DSN the A-label: "
     "one recipient, as the status part writes it",
     report("u9", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subject="Delivery Status Notification "
            "(Failure)", text=f"** Address not found **\n\nYour message wasn't delivered to {ULABEL} because the "
            "address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
            f"550 5.1.1 <{ALABEL}>: Recipient address rejected: User unknown\n",
            blocks=[rcpt(f"rfc822; {ALABEL}", "5.1.1", f"550 5.1.1 <{ALABEL}>: Recipient address rejected: User "
                         "unknown", remote="mx.xn--mller-bau-q9a.example")],
            orig=original(f"Einkauf <{ULABEL}>", "u9"), reporting="googlemail.com",
            extra=f"X-Failed-Recipients: {ALABEL}\n"), hard(ALABEL)),
    ("ea60-exim-ulabel-xfailed-alabel-rcpt", f"{EXIM_SRC}; {RFC5890}: X-Failed-Recipients and the list keep the "
     "U-label, the remote RCPT TO the A-label Exim sent (no SMTPUTF8 at the next hop, so the domain was converted)",
     exim_plain("u10", ULABEL, exim_entry(ULABEL, "550 5.1.1 <" + ALABEL + ">: Recipient address rejected: User "
                                          "unknown", rcpt_to=ALABEL), ULABEL), hard(ULABEL)),
    ("ea60-pf-idn-domain-not-found", f"{PF_SRC}; Postfix smtp_addr.c ('Host or domain name not found. Name service "
     "error for name=%s type=%s: Host not found', dsn 5.4.4); the DNS name in its A-label form (words mended by "
     "outside65: they had 'Host not found, try again', Postfix's TRY_AGAIN text under 4.4.3, beside 5.4.4)",
     pf("u11", "<einkauf@müller-baü.example>: Host or domain name not found. Name service error\n    for "
        "name=xn--mller-ba-65ah.example type=MX: Host not found\n\n",
        [rcpt("utf-8; einkauf@müller-baü.example", "5.4.4", None, remote=None,
              extra="Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n    "
                    "name=xn--mller-ba-65ah.example type=MX: Host not found\n")],
        "einkauf@müller-baü.example", glob=True), hard_host("einkauf@müller-baü.example")),
    ("ea60-dsn-eszett-and-ss-two-mailboxes", f"{RFC5890} (IDNA2008: 'ß' is its own letter, 'straße' and 'strasse' two "
     "domains); one delivered, one failed: only the failed one",
     report("u12", frm="Mail Delivery System <MAILER-DAEMON@mail.example.com>", subject="Undelivered Mail Returned to "
            "Sender", text="<info@straße.example>: host mx.xn--strae-oqa.example[203.0.113.40] said: 550 5.1.1\n    "
            "<info@straße.example>: User unknown (in reply to RCPT TO command)\n\n<info@strasse.example>: delivery via"
            " mx.strasse.example[203.0.113.41]:25: 250 2.0.0 Ok\n",
            blocks=[rcpt("utf-8; info@straße.example", "5.1.1", "550 5.1.1 <info@straße.example>: User unknown",
                         remote="mx.xn--strae-oqa.example"),
                    rcpt("rfc822; info@strasse.example", "2.0.0", "250 2.0.0 Ok", action="delivered",
                         remote="mx.strasse.example")],
            orig=original("info@straße.example, info@strasse.example", "u12"), glob=True),
     hard("info@straße.example")),
]

SMTPUTF8_ROWS = [
    ("ea60-pf-smtputf8-not-offered-ascii-rcpt", f"{PF_U8}: an ASCII recipient, our UTF-8 Subject made the message "
     "SMTPUTF8; the next hop does not offer it: our message's form, the mailbox unknown either way",
     pf("s1", "<lead@partner-logistics.example>: SMTPUTF8 is required, but was not offered by\n    host "
        "mx.partner-logistics.example[203.0.113.25]\n\n",
        [rcpt("rfc822; lead@partner-logistics.example", "5.6.7", None, remote="mx.partner-logistics.example",
              extra="Diagnostic-Code: X-Postfix; SMTPUTF8 is required, but was not offered by host\n    "
                    "mx.partner-logistics.example[203.0.113.25]\n")], "lead@partner-logistics.example", glob=True),
     soft("lead@partner-logistics.example", U8, ANY)),
    ("ea60-pf-smtputf8-not-offered-utf8-rcpt", f"{PF_U8}: a UTF-8 local part the next hop cannot take; no statement "
     "that the mailbox is missing",
     pf("s2", f"<{JUERGEN}>: SMTPUTF8 is required, but was not offered by host\n    mx.xn--mller-bau-q9a.example"
        "[203.0.113.26]\n\n",
        [rcpt(f"utf-8; {JUERGEN}", "5.6.7", None, remote="mx.xn--mller-bau-q9a.example",
              extra="Diagnostic-Code: X-Postfix; SMTPUTF8 is required, but was not offered by host\n    "
                    "mx.xn--mller-bau-q9a.example[203.0.113.26]\n")], JUERGEN, glob=True),
     soft(JUERGEN, U8, ANY)),
    ("ea60-pf-remote-must-declare-smtputf8", f"{PF_SMTPD_U8}, the remote Postfix's reply to RCPT TO; {RFC6531}",
     pf("s3", said("jürgen@bau-partner.example", "553 5.6.7 Must declare SMTPUTF8 to send unicode address"),
        [rcpt("utf-8; jürgen@bau-partner.example", "5.6.7", "553 5.6.7 Must declare SMTPUTF8 to send unicode "
              "address")], "jürgen@bau-partner.example", glob=True),
     soft("jürgen@bau-partner.example", U8, ANY)),
    ("ea60-exim-utf8-not-offered-forwarding", f"{EXIM_U8}; {EXIM_SRC}",
     exim_plain("s4", ZHANG, f"  {ZHANG}\n    host mx.xn--55qx5d.example [203.0.113.31]\n    utf8 support required "
                "but not offered for forwarding\n\n", ZHANG), soft(ZHANG, U8, ANY)),
    ("ea60-exo-rfc6531-553-567", f"{EXO_SRC_ROW}; {RFC6531} in the remote's words",
     report("s5", frm="Microsoft Outlook <postmaster@example.net>", subject="Undeliverable: Quick question about your "
            "Q4 logistics", text=f"Your message to {GREEK} couldn't be delivered.\n\nThe recipient's email system "
            "refused the message.\n\nRemote server returned '553 5.6.7 Non-ASCII addresses not permitted for that "
            "recipient'\n", blocks=[rcpt(f"utf-8; {GREEK}", "5.6.7", "553 5.6.7 Non-ASCII addresses not permitted "
                                         "for that recipient", remote="mx.xn--hxajbheg2az3al.example")],
            orig=original(GREEK, "s5"), glob=True, reporting="SA1PR19MB5432.namprd19.prod.outlook.com"),
     soft(GREEK, U8, ANY)),
    ("ea60-pf-gosmtp-non-ascii-not-supported", f"{PF_SRC}; {GOSMTP}",
     pf("s6", said(HINDI, "553 5.6.7 Address contains non-ASCII characters but SMTPUTF8 not supported"),
        [rcpt(f"utf-8; {HINDI}", "5.6.7", "553 5.6.7 Address contains non-ASCII characters but SMTPUTF8 not "
              "supported")], HINDI, glob=True), soft(HINDI, U8, ANY)),
    ("ea60-pf-rfc6533-569-header", f"{PF_SRC}; {RFC6533_69}: our UTF-8 header cannot pass to an ASCII recipient",
     pf("s7", said("lead@partner-logistics.example", "550 5.6.9 UTF-8 header message cannot be transferred to one or "
                   "more recipients so the message must be rejected", cmd="end of DATA"),
        [rcpt("rfc822; lead@partner-logistics.example", "5.6.9", "550 5.6.9 UTF-8 header message cannot be "
              "transferred to one or more recipients so the message must be rejected")],
        "lead@partner-logistics.example", glob=True), soft("lead@partner-logistics.example", U8, ANY)),
    ("ea60-chasquid-smtputf8-refused-alias", f"{CHASQUID}: an alias expanded to a UTF-8 mailbox elsewhere, the next "
     "hop refusing the non-ASCII address (553 5.6.7)",
     chasquid("s8", [("vertrieb@partner-logistics.example", JUERGEN, "553 5.6.7 Non-ASCII addresses not permitted "
                      "for that recipient")], "vertrieb@partner-logistics.example"), soft(JUERGEN, U8, ANY)),
]

ALIAS_ROWS = [
    ("ea60-chasquid-alias-expanded-unknown", f"{CHASQUID}; {RFC3464}: the alias we wrote to expanded to a dead "
     "forward; the failed mailbox is the final one",
     chasquid("a1", [("sales@partner-logistics.example", "k.lang@oldhost.example", "550 5.1.1 <k.lang@oldhost.example>"
                      ": Recipient address rejected: User unknown")], "sales@partner-logistics.example"),
     hard("k.lang@oldhost.example")),
    ("ea60-pf-virtual-alias-expanded", f"{PF_SRC} ('<final> (expanded from <alias>)'); {RFC3464}",
     pf("a2", said("k.lang@partner-logistics.example", UNKNOWN_PF.format(a="k.lang@partner-logistics.example"),
                   expanded="sales@partner-logistics.example"),
        [rcpt("rfc822; k.lang@partner-logistics.example", "5.1.1", UNKNOWN_PF.format(
            a="k.lang@partner-logistics.example"), orig="rfc822; sales@partner-logistics.example")],
        "sales@partner-logistics.example"), hard("k.lang@partner-logistics.example")),
    ("ea60-pf-alias-forward-offsite-full", f"{PF_SRC}: alias forwarded off-site, the forward's mailbox full",
     pf("a3", said("j.ortiz.home@bigmail.example", "552 5.2.2 Mailbox full", expanded="jose@partner-logistics.example",
                   mx="mx.bigmail.example"),
        [rcpt("rfc822; j.ortiz.home@bigmail.example", "5.2.2", "552 5.2.2 Mailbox full",
              orig="rfc822; jose@partner-logistics.example", remote="mx.bigmail.example")],
        "jose@partner-logistics.example"), soft("j.ortiz.home@bigmail.example", FULL)),
    ("ea60-pf-alias-two-finals", f"{PF_SRC}: one alias expanded to two members, one unknown, one full",
     pf("a4", said("a.weber@partner-logistics.example", UNKNOWN_PF.format(a="a.weber@partner-logistics.example"),
                   expanded="team@partner-logistics.example")
        + said("b.kraus@partner-logistics.example", "552 5.2.2 <b.kraus@partner-logistics.example>: Mailbox full",
               expanded="team@partner-logistics.example"),
        [rcpt("rfc822; a.weber@partner-logistics.example", "5.1.1", UNKNOWN_PF.format(
            a="a.weber@partner-logistics.example"), orig="rfc822; team@partner-logistics.example"),
         rcpt("rfc822; b.kraus@partner-logistics.example", "5.2.2", "552 5.2.2 <b.kraus@partner-logistics.example>: "
              "Mailbox full", orig="rfc822; team@partner-logistics.example")], "team@partner-logistics.example"),
     hard("a.weber@partner-logistics.example") + soft("b.kraus@partner-logistics.example", FULL)),
    ("ea60-exim-generated-from-alias", f"{EXIM_SRC}: X-Failed-Recipients names the generated address, '(generated "
     "from ...)' the alias we wrote to",
     exim_plain("a5", "k.lang@oldhost.example", exim_entry("k.lang@oldhost.example", "550 5.1.1 <k.lang@oldhost.example>:"
                " Recipient address rejected: User unknown", generated="sales@partner-logistics.example",
                mx="mx.oldhost.example"), "sales@partner-logistics.example"), hard("k.lang@oldhost.example")),
    ("ea60-dsn-x400-final-rfc822-original", f"{RFC3464} §2.3.2 (an address-type other than rfc822, e.g. 'x400'): the "
     "only Internet address is Original-Recipient's",
     report("a6", frm="Mail Delivery System <MAILER-DAEMON@gw.partner-logistics.example>", subject="Non-delivery "
            "notification", text="Your message could not be delivered to lead@partner-logistics.example.\n\nReason: "
            "recipient unknown at the X.400 gateway.\n",
            blocks=[rcpt("x400; /C=DE/ADMD= /PRMD=PARTNER/O=LOGISTICS/S=Lead/", "5.1.1", "550 5.1.1 recipient "
                         "unknown", orig="rfc822; lead@partner-logistics.example", remote=None)],
            orig=original("lead@partner-logistics.example", "a6"), reporting="gw.partner-logistics.example"),
     hard("lead@partner-logistics.example")),
]


ROWS = EAI_ROWS + SMTPUTF8_ROWS + ALIAS_ROWS + MORE_ROWS
