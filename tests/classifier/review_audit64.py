"""Audit 64: an adversarial first-run MEASUREMENT of the mends merged on 2026-12-07 after 37a09af3 (dns63's qmail
smtproutes relay and 4.3.5, delay63's SES DeliveryDelay, the lead's reply_rests "moved to a place:", text.part_text's
bare CR, and lead44's allow-list sender refusal), aimed at FALSE HARDS (a live prospect read hard) and LOST HARDS (a
dead address read soft or lost), with controls.

Attacks: qmail-remote's perm_dns names `host` (notqmail qmail-remote.c: the recipient's domain as qmail-send passed
it, or the control/smtproutes relay; an MX host that does not resolve gives perm_nomx's 5.4.4 instead), printed by
outsafe (bytes outside 33..126 become '?'), so the name may carry a trailing dot (an smtproutes entry written as an
FQDN), capitals, an A-label, question marks for a UTF-8 domain, or sit under the recipient's domain; SES's DeliveryDelay
has transient delay types only, but its diagnostic may quote a 5xx beside a 4xx and a Bounce event may carry expiry
words; "has moved to <place>:" above a failed entry; a base64 part's line ends; a real missing user whose reply also
speaks of allow lists or the recipient's rule.

Expected rows (address, hard, reasons, scope, delay) written from the servers' words and shared/classifier/
taxonomy.md BEFORE the classifier ran on them (committed first). Names "a64-<mend>-<what>"."""

from __future__ import annotations

import base64

from tests.classifier.review_audit63 import exim_two
from tests.classifier.review_delay63_layouts import SES_SRC, ses_event
from tests.classifier.review_dns63_layouts import QMAIL_DNS, QMAIL_ROUTE
from tests.classifier.review_holdout50 import ANY, EOP, PFS, R, S, exo_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, EXO_SRC, POSTFIX_SRC, QMAIL_SRC, qmail

UU, HU, SYS = ("userunknown",), ("hostunknown",), ("systemerror",)
LEAD = "lead@partner.example"
OTHER = "m.berg@northfield-tools.example"
OUTSAFE = ("notqmail qmail-remote.c outsafe() (a byte below 33 or above 126 printed '?') and perm_dns (host = argv[1], "
           "the recipient's domain, or the smtproutes relay it was given)")
SMTPROUTES = ("qmail-control(5) / qmail-remote(8) control/smtproutes 'domain:relay' (':relay' for every domain; the "
              "relay an FQDN the admin wrote, a final dot kept as written)")
NOMX = "notqmail qmail-remote.c perm_nomx: every MX host of the domain without an address gives '(#5.4.4)', never perm_dns"
SES_EXPIRED = ("Amazon SES Bounce event, bounceType Transient / General after SES's retries ('smtp; 554 4.4.7 Message "
               "expired: unable to deliver in 840 minutes.<...>': SES developer guide 'bounce types')")
SES_PERM = "Amazon SES Bounce event, bounceType Permanent / NoEmail (SES developer guide 'Bounce types')"
PF_UNVERIFIED = ("Postfix smtpd_check.c reject_unverified_recipient with unverified_recipient_defer_code 450: '450 4.1.1 "
                 "<%s>: Recipient address rejected: unverified address: ...'")
EXIM_ACL = "Exim ACL 'deny message = ...' (the admin's own text; Exim spec 'Access control lists')"
PF_ACCESS = "Postfix access(5) 'REJECT optional text...' (the admin's own text)"
EXO_129 = ("Exchange Online 'Fix NDR error 550 5.7.129' (learn.microsoft.com: 'RESOLVER.RST.RestrictedToRecipients"
           "Permission; not authorized to send to the recipient because the sender isn't on its allowed senders list')")
MOVED = "taxonomy.md hasmoved ('has moved', 'no longer at this address'): a remote's reply naming a move"
B64 = "RFC 2045 section 6.8 base64 Content-Transfer-Encoding of the notice's text (a gateway re-encoding it)"


def hu(a: str) -> list[tuple]:
    return [(a, True, HU, R, False)]


def ours_sys(a: str) -> list[tuple]:
    return [(a, False, SYS, S, False)]


def soft(a: str, reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def hard(a: str, reasons: tuple = UU) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def delay(a: str) -> list[tuple]:
    return [(a, False, (), ANY, True)]


def no_host(name: str) -> str:
    return f"Sorry, I couldn't find any host named {name}. (#5.1.2)"


def encoded(raw: bytes, ends: str) -> bytes:
    """`raw` (a plain-text notice) with its body base64-encoded, its lines ending in `ends`."""
    head, _, body = raw.decode().partition("\n\n")
    data = base64.encodebytes(body.replace("\n", ends).encode()).decode()
    return (f"{head}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n"
            f"Content-Transfer-Encoding: base64\n\n{data}").encode()


QMAIL_ROWS = [
    ("a64-qmail-relay-trailing-dot", f"{QMAIL_ROUTE}; {SMTPROUTES}; {QMAIL_SRC}",
     qmail("a64q1", "j.vos@vos-transport.example", detail=no_host("smtp.relay-hosting.example.")),
     ours_sys("j.vos@vos-transport.example")),
    ("a64-qmail-relay-uppercase", f"{QMAIL_ROUTE}; {SMTPROUTES}; {QMAIL_SRC}",
     qmail("a64q2", "p.lind@lind-bygg.example", detail=no_host("SMTP.Relay-Hosting.EXAMPLE")),
     ours_sys("p.lind@lind-bygg.example")),
    ("a64-qmail-own-domain-uppercase", f"{QMAIL_DNS}; {QMAIL_SRC} (the domain as the address wrote it)",
     qmail("a64q3", "k.vogel@nordhafen-spedition.example", detail=no_host("Nordhafen-Spedition.EXAMPLE")),
     hu("k.vogel@nordhafen-spedition.example")),
    ("a64-qmail-own-domain-trailing-dot", f"{QMAIL_DNS}; {QMAIL_SRC} (the domain printed with a final dot)",
     qmail("a64q4", "h.berg@berg-maskin.example", detail=no_host("berg-maskin.example.")),
     hu("h.berg@berg-maskin.example")),
    ("a64-qmail-subdomain-address", f"{QMAIL_DNS}; {QMAIL_SRC}",
     qmail("a64q5", "a.riva@sales.lago-viaggi.example", detail=no_host("sales.lago-viaggi.example")),
     hu("a.riva@sales.lago-viaggi.example")),
    ("a64-qmail-a-label-domain", f"{QMAIL_DNS}; {QMAIL_SRC} (the A-label domain of müller.example)",
     qmail("a64q6", "info@xn--mller-kva.example", detail=no_host("xn--mller-kva.example")),
     hu("info@xn--mller-kva.example")),
    ("a64-qmail-utf8-domain-outsafe", f"{OUTSAFE}; {QMAIL_SRC}: qmail looked up the raw UTF-8 name (no IDNA), which "
     "cannot resolve whether or not the domain exists: not the prospect's domain known missing",
     qmail("a64q7", "info@müller-bau.example", detail=no_host("m??ller-bau.example")),
     soft("info@müller-bau.example")),
    ("a64-qmail-route-to-their-old-mx", f"{QMAIL_DNS}; {SMTPROUTES} ('partner.example:mx-old.partner.example': our "
     "stale route to a host of theirs; the domain itself not looked up, its MX maybe fine)",
     qmail("a64q8", "r.olsen@olsen-fisk.example", detail=no_host("mx-old.olsen-fisk.example")),
     soft("r.olsen@olsen-fisk.example")),
    ("a64-qmail-mx-hosts-missing", f"{NOMX}; {QMAIL_SRC} (the domain's MX hosts have no address: no mail host)",
     qmail("a64q9", "t.nagy@nagy-borasz.example", detail="Sorry, I couldn't find a mail exchanger or IP address. "
           "(#5.4.4)"), hu("t.nagy@nagy-borasz.example")),
    ("a64-qmail-relay-wrapped", f"{QMAIL_ROUTE}; {QMAIL_SRC} (a width broke the line)",
     qmail("a64q10", "e.kask@kask-puit.example", detail="Sorry, I couldn't find any host named\nmailout.esp-relay.example. "
           "(#5.1.2)"), ours_sys("e.kask@kask-puit.example")),
]

SES_ROWS = [
    ("a64-ses-delay-quotes-550", f"{SES_SRC} (delayType RecipientServerError); {PF_UNVERIFIED}",
     ses_event("a64s1", "delay", [("f.dahl@dahl-rederi.example", "4.1.1", "smtp; 450 4.1.1 <f.dahl@dahl-rederi.example>: "
               "Recipient address rejected: unverified address: host mail.dahl-rederi.example[203.0.113.9] said: 550 "
               "5.1.1 User unknown")], sub="RecipientServerError"), delay("f.dahl@dahl-rederi.example")),
    ("a64-ses-delay-undetermined-full", f"{SES_SRC} (delayType Undetermined); Gmail 452 4.2.2 over quota",
     ses_event("a64s2", "delay", [("b.kovac@kovac-drvo.example", "4.2.2", "smtp; 452 4.2.2 The email account that you "
               "tried to reach is over quota.")], sub="Undetermined"), delay("b.kovac@kovac-drvo.example")),
    ("a64-ses-bounce-transient-expired", f"{SES_EXPIRED}; {SES_SRC}",
     ses_event("a64s3", "Transient", [("l.moreau@moreau-vins.example", "4.4.7", "smtp; 554 4.4.7 Message expired: unable "
               "to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for moreau-vins.example>")]),
     soft("l.moreau@moreau-vins.example")),
    ("a64-ses-bounce-permanent-noemail", f"{SES_PERM}; {SES_SRC}",
     ses_event("a64s4", "Permanent", [("d.weiss@weiss-glas.example", "5.1.1", "smtp; 550 5.1.1 user unknown (delivery "
               "was delayed 2 hours before this attempt)")], sub="NoEmail"), hard("d.weiss@weiss-glas.example")),
    ("a64-ses-delay-two-recipients", f"{SES_SRC} (delayType TransientCommunicationFailure, two recipients)",
     ses_event("a64s5", "delay", [("n.ek@ek-trading.example", "4.4.1", "smtp; 421 4.4.1 Unable to connect to remote "
               "host"), ("s.ek@ek-trading.example", "4.4.1", "smtp; 421 4.4.1 Unable to connect to remote host")],
               sub="TransientCommunicationFailure", sns=False),
     delay("n.ek@ek-trading.example") + delay("s.ek@ek-trading.example")),
]

MOVED_REPLY = "550 5.1.6 Lena Lead has moved to our office in Halden, Norway:"
MOVED_ROWS = [
    ("a64-moved-exim-entry-after-moved-line", f"{EXIM_SRC}; {MOVED}: the first entry's reply ends 'has moved to "
     "<place>:', the second entry a failed address of its own",
     exim_two("a64m1", MOVED_REPLY, f"550 5.1.1 <{OTHER}>: Recipient address rejected: User unknown"),
     hard(LEAD, ()) + hard(OTHER)),
    ("a64-moved-exim-entry-after-office-moved", f"{EXIM_SRC}; {MOVED}",
     exim_two("a64m2", "550 5.1.1 Unknown user. Our office has moved to Amsterdam and this mailbox was closed:",
              f"550 5.1.1 <{OTHER}>: Recipient address rejected: User unknown"),
     # (hasmoved accepted beside userunknown for the lead's own reply: the audit's judgement, "read hasmoved is fair
     # (the forecast's userunknown too narrow)"; review leftovers65)
     hard(LEAD, ("userunknown", "hasmoved")) + hard(OTHER)),
]


def _qmail_moved(rid: str) -> bytes:
    detail = (f"203.0.113.25 does not like recipient.\nRemote host said: 550 5.1.1 Sorry, Lena has moved to Halden, Norway:"
              f"\n<{OTHER}>:\n203.0.113.40 does not like recipient.\nRemote host said: 550 5.1.1 <{OTHER}>... User unknown"
              "\nGiving up on 203.0.113.40.")
    return qmail(rid, LEAD, detail=detail)


MOVED_ROWS += [
    ("a64-moved-qmail-entry-after-moved-line", f"{QMAIL_SRC}; {MOVED}: qmail-send's '<address>:' entry right under a "
     "reply line ending 'has moved to <place>:' (no blank line: a remote's text without 'Giving up')",
     _qmail_moved("a64m3"), hard(LEAD, ()) + hard(OTHER)),
]

ALLOW_ROWS = [
    ("a64-allow-pf-user-unknown-help-line", f"{POSTFIX_SRC}; {PFS}; {PF_ACCESS} (a help line after the verdict)",
     pf_remote("a64a1", "c.bauer@bauer-holz.example", "550 5.1.1 <c.bauer@bauer-holz.example>: Recipient address "
               "rejected: User unknown in virtual mailbox table. If your address was not found in our allow list, "
               "contact postmaster", "5.1.1", "mx.bauer-holz.example"), hard("c.bauer@bauer-holz.example")),
    ("a64-allow-exim-no-such-user-recipient-rule", f"{EXIM_SRC}; {EXIM_ACL}",
     exim_two("a64a2", f"550 5.1.1 <{LEAD}>: no such user here (rejected by the recipient's rule: the address could "
                       "not be found)", f"550 5.1.1 <{OTHER}>: Recipient address rejected: User unknown"),
     hard(LEAD) + hard(OTHER)),
    ("a64-allow-exo-remote-user-unknown", f"{EXO_SRC}; {PFS} (EXO's 'the recipient's email provider rejected it')",
     exo_remote("a64a3", "g.rossi@rossi-marmi.example", "550 5.1.1 <g.rossi@rossi-marmi.example>: Recipient address "
                "rejected: User unknown in local recipient table", "5.1.1", "mx.rossi-marmi.example"),
     hard("g.rossi@rossi-marmi.example")),
    ("a64-allow-exo-5-7-129-control", f"{EXO_SRC}; {EXO_129}; {EOP}",
     exo_remote("a64a4", "v.lund@lund-design.example", "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; "
                "not authorized to send to the recipient because the sender isn't on its allowed senders list", "5.7.129",
                "mail.protection.outlook.com"), soft("v.lund@lund-design.example")),
    ("a64-allow-pf-recipient-rejected-not-in-allow-list", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("a64a5", "o.strand@strand-el.example", "550 5.7.1 <o.strand@strand-el.example>: Recipient address "
               "rejected: your address was not found in the recipient's allow list", "5.7.1", "mx.strand-el.example"),
     soft("o.strand@strand-el.example")),
]

PART_ROWS = [
    ("a64-b64-qmail-crlf", f"{B64}; {QMAIL_DNS}; {QMAIL_SRC}",
     encoded(qmail("a64b1", "y.ito@ito-shoji.example", detail="Sorry, no mailbox here by that name. (#5.1.1)"), "\r\n"),
     hard("y.ito@ito-shoji.example")),
    ("a64-b64-qmail-bare-cr", f"{B64} (classic Mac line ends); {QMAIL_SRC}",
     encoded(qmail("a64b2", "m.sato@sato-kogyo.example", detail="Sorry, no mailbox here by that name. (#5.1.1)"), "\r"),
     hard("m.sato@sato-kogyo.example")),
    ("a64-b64-qmail-bare-cr-relay", f"{B64}; {QMAIL_ROUTE}; {QMAIL_SRC}",
     encoded(qmail("a64b3", "k.abe@abe-seiki.example", detail=no_host("relay.esp-outbound.example")), "\r"),
     ours_sys("k.abe@abe-seiki.example")),
]

ROWS = QMAIL_ROWS + SES_ROWS + MOVED_ROWS + ALLOW_ROWS + PART_ROWS

# Mend rows, written after the first run (ours._QMAIL_NO_HOST: a relay's final dot, outsafe's '?'; allow_lists: our
# address off the recipient's allow list after Postfix's "Recipient address rejected:"): two fail without the mends,
# the control reads the same before and after.
MEND_ROWS = [
    ("a64m-qmail-relay-trailing-dot-capitals", f"{QMAIL_ROUTE}; {SMTPROUTES}; {QMAIL_SRC} (fails without the mend)",
     qmail("a64n1", "s.falk@falk-bygg.example", detail=no_host("Mailout.ESP-Relay.Example.")),
     ours_sys("s.falk@falk-bygg.example")),
    ("a64m-pf-not-listed-on-whitelist", f"{POSTFIX_SRC}; {PF_ACCESS} (fails without the mend)",
     pf_remote("a64n2", "i.horn@horn-optik.example", "554 5.7.1 <i.horn@horn-optik.example>: Recipient address "
               "rejected: your e-mail address is not listed on our whitelist", "5.7.1", "mx.horn-optik.example"),
     soft("i.horn@horn-optik.example")),
    ("a64m-pf-unknown-user-whitelist-control", f"{POSTFIX_SRC}; {PFS}; {PF_ACCESS} (control: the mailbox missing first)",
     pf_remote("a64n3", "u.kern@kern-metall.example", "550 5.1.1 <u.kern@kern-metall.example>: Recipient address "
               "rejected: unknown user; note: your address is not listed on our whitelist", "5.1.1",
               "mx.kern-metall.example"), hard("u.kern@kern-metall.example")),
]
