"""Audit 63, second half (the first and the aim: review_audit63.py): formats63's mends under attack. named.by_name's
`_names_other_login` (no lone-To guess where a labelled line names another login alone): a label it does not know
("Recipients:", "Original recipient:", "To:"), the other login quoted, bracketed, commented or with its domain cut
would still let the lone To be guessed (FALSE HARDS); a display name in kanji or hanzi, or a word like "unknown"
after the label, is no login and must not stop the guess (LOST HARDS). dsn._address's `_SPACED_AT`,
dsn.recipient_blocks (a repeated recipient field) and unnamed_blocks._named (an empty 'RFC822; ' value recovered from
the text): a forward's target, a delay, two groups run together under one alias. Expectations written from the
generators' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first)."""

from __future__ import annotations

from tests.classifier.review_audit35 import delay, hard, soft
from tests.classifier.review_formats57_layouts import PER_MESSAGE, PF_TEXT, rcpt, report
from tests.classifier.review_layouts40_layouts import LEAD, OTHER, labelled

NB: list[tuple] = []
LENA = f"Lena Lead <{LEAD}>"
MX = "mx.partner.example"
UU = "550 5.1.1 User unknown"
LB = ("labelled prose notice (Gromox data/local_bounce shape, review_layouts40_layouts.labelled: the original's "
      "details as 'Label: value' lines)")
FWD = ("a forward or a colleague's copy the original never named (Sieve redirect, an Exchange forwarding SMTP "
       "address, RFC 5228 4.2): the failure is that login's, the lone To may be live")
UNDELIV = "Undeliverable: Quick question"
SORRY = "Your message could not be delivered.\n\n"


def _lab(rid: str, lines: str, *, to: str = LENA, subject: str = UNDELIV, head: str = SORRY) -> bytes:
    return labelled(f"a63n{rid}", subject, head + lines, to=to)


# ---- named.by_name: another login on a labelled line (FALSE HARDS if the lone To is still guessed) -----------------
OTHER_LOGIN_ROWS = [
    ("a63-name-recipients-plural", f"{LB}; {FWD}: 'Recipients: k.lund' (plural label)",
     _lab("1", f"Recipients: k.lund\nReason: {UU}\n"), NB),
    ("a63-name-original-recipient-label", f"{LB}; {FWD}: 'Original recipient: k.lund'",
     _lab("2", f"Original recipient: k.lund\nReason: {UU}\n"), NB),
    ("a63-name-intended-recipient-label", f"{LB}; {FWD}: 'Intended recipient: k.lund'",
     _lab("3", f"Intended recipient: k.lund\nReason: {UU}\n"), NB),
    ("a63-name-to-label", f"{LB}; {FWD}: 'To: k.lund' (the envelope's To as a label)",
     _lab("4", f"To: k.lund\nReason: {UU}\n"), NB),
    ("a63-name-quoted-login", f"{LB}; {FWD}: the login in double quotes",
     _lab("5", f"Recipient: \"k.lund\"\nReason: {UU}\n"), NB),
    ("a63-name-bracketed-login", f"{LB}; {FWD}: the login in angle brackets",
     _lab("6", f"Recipient: <k.lund>\nReason: {UU}\n"), NB),
    ("a63-name-login-with-comment", f"{LB}; {FWD}: the login and a comment naming its owner",
     _lab("7", f"Recipient: k.lund (Karin Lund)\nReason: {UU}\n"), NB),
    ("a63-name-login-domain-cut", f"{LB}; {FWD}: the other address with its domain cut to one label ('k.lund@partner')",
     _lab("8", f"Recipient: k.lund@partner\nReason: {UU}\n"), NB),
    ("a63-name-de-recipient-login-trailing-dot", f"{LB}; {FWD}: German, 'Empfänger: k.lund.' ending the sentence",
     _lab("9", "Empfänger: k.lund.\nGrund: Benutzer unbekannt\n", subject="Unzustellbar: Kurze Frage",
          head="Ihre Nachricht konnte nicht zugestellt werden.\n\n"), NB),
    ("a63-name-two-logins", f"{LB}; {FWD}: two other logins, comma-separated",
     _lab("10", f"Recipient: k.lund, m.berg\nReason: {UU}\n"), NB),
    # Controls: the mend's own shape in other languages; the To's own login.
    ("a63-name-ctl-es-other-login", f"{LB}; {FWD}: Spanish 'Destinatario: k.lund'",
     _lab("11", "Destinatario: k.lund\nMotivo: el buzón no existe\n", subject="No se puede entregar: Quick question",
          head="No se ha podido entregar su mensaje.\n\n"), NB),
    ("a63-name-ctl-ja-fullwidth-other-login", f"{LB}; {FWD}: Japanese '宛先：k.lund' (full-width colon)",
     _lab("12", "宛先：k.lund\n理由：宛先のユーザーは存在しません\n", subject="配信不能: Quick question",
          head="メッセージを配信できませんでした。\n\n"), NB),
    ("a63-name-ctl-own-login-capitals", f"{LB}: 'Recipient: LEAD', the lone To's own login in capitals",
     _lab("13", f"Recipient: LEAD\nReason: {UU}\n"), hard("userunknown")),
    ("a63-name-ctl-own-login-dotted", f"{LB}: 'Recipient: lena.lead', the lone To's own dotted login",
     _lab("14", f"Recipient: lena.lead\nReason: {UU}\n", to="Lena Lead <lena.lead@partner.example>"),
     hard("userunknown", address="lena.lead@partner.example")),
]

# ---- named.by_name: no login after the label (LOST HARDS if the lone-To guess is stopped) ---------------------------
YAMADA = "Taro Yamada <t.yamada@partner.example>"
ZHANG = "Wei Zhang <zhang.wei@partner.example>"
NOT_A_LOGIN_ROWS = [
    ("a63-name-ja-kanji-display-name", f"{LB}; Japanese '宛先:' with the directory's kanji name (the To's romanised)",
     _lab("20", "宛先: 山田太郎\n理由: 宛先のユーザーは存在しません\n", to=YAMADA, subject="配信不能: Quick question",
          head="メッセージを配信できませんでした。\n\n"), hard("userunknown", address="t.yamada@partner.example")),
    ("a63-name-zh-hanzi-display-name", f"{LB}; Chinese '收件人：' with the directory's hanzi name",
     _lab("21", "收件人：张伟\n原因：用户不存在\n", to=ZHANG, subject="退信：Quick question", head="您的邮件无法投递。\n\n"),
     hard("userunknown", address="zhang.wei@partner.example")),
    ("a63-name-ja-katakana-display-name", f"{LB}; Japanese '宛先:' with a katakana name",
     _lab("22", "宛先: レナリード\n理由: 宛先のユーザーは存在しません\n", subject="配信不能: Quick question",
          head="メッセージを配信できませんでした。\n\n"), hard("userunknown")),
    ("a63-name-zh-hanzi-with-label-recipient", f"{LB}; Chinese '收件人：' with the lone To's name written in hanzi, "
     "mailbox full",
     _lab("23", "收件人：张伟\n原因：邮箱已满\n", to=ZHANG, subject="退信：Quick question", head="您的邮件无法投递。\n\n"),
     soft("mailboxfull", address="zhang.wei@partner.example")),
]

# ---- dsn / unnamed_blocks: empty values, spaced '@', repeated fields ------------------------------------------------
MAL = "RFC 3464 2.3.2 (Final-Recipient: address-type ';' generic-address), written wrongly by a generator"
PF_FWD = ("Postfix bounce(8) human text for an alias expanded to a forward ('<target>: ... (expanded from <alias>)', "
          "src/global/bounce_log / dsn_print; local(8) aliases and .forward)")


def _report(rid: str, text: str, blocks: list[str], *, to: str = LENA) -> bytes:
    return report(f"a63m-{rid}", PF_TEXT + text, PER_MESSAGE + "\n".join(blocks), to=to)


def _said(a: str, reply: str = UU, expanded: str | None = None) -> str:
    exp = f" (expanded from\n    <{expanded}>)" if expanded else ""
    return f"<{a}>{exp}: host {MX} said: {reply} (in reply to RCPT TO\n    command)\n\n"


def _bad(final: str, action: str = "failed", status: str = "5.1.1", diag: str = UU, orig: str | None = None) -> str:
    return ((f"Original-Recipient: {orig}\n" if orig else "") + f"Final-Recipient: {final}\nAction: {action}\n"
            f"Status: {status}\nRemote-MTA: dns; {MX}\nDiagnostic-Code: smtp; {diag}\n")


FORWARD = "k.lund@other-firm.example"
DSN_ROWS = [
    ("a63-dsn-empty-final-forward-target", f"{MAL}; {PF_FWD}: 'RFC822; ' empty, the text names the forward's target "
     "expanded from the lead: the target failed, not the lead",
     _report("e1", _said(FORWARD, expanded=LEAD), [_bad("RFC822; ")]), hard("userunknown", address=FORWARD)),
    ("a63-dsn-empty-final-delayed", f"{MAL}: 'RFC822; ' empty in a delay report, the text naming the lead: a delay",
     _report("e2", f"<{LEAD}>: host {MX} said: 452 4.2.2 Mailbox full (in reply\n    to RCPT TO command)\n\n",
             [_bad("RFC822; ", "delayed", "4.2.2", "452 4.2.2 Mailbox full")]), delay()),
    ("a63-dsn-empty-final-names-our-sender", f"{MAL}: 'RFC822; ' empty, the text names only our own sender (a "
     "generator's slip): no recipient made of it",
     _report("e3", f"Message from <seller@example.com> could not be delivered: {UU}\n\n", [_bad("RFC822; ")]), NB),
    ("a63-dsn-empty-final-and-x-actual", f"{MAL}: 'rfc822;' empty, X-Actual-Recipient naming the lead (Postfix's "
     "local delivery, RFC 3464 extension field)",
     _report("e4", _said(LEAD), [_bad("rfc822;").replace("Action:", f"X-Actual-Recipient: rfc822; {LEAD}\nAction:")]),
     hard("userunknown")),
    ("a63-dsn-spaced-at-alone", f"{MAL}: the only block, 'lead @partner.example'",
     _report("e5", _said(LEAD), [_bad("rfc822; lead @partner.example")]), hard("userunknown")),
    ("a63-dsn-spaced-at-bracketed-other", f"{MAL}: '<k.lund @ partner.example>' spaced, the text naming it, the To the "
     "lead (a forward's target): the target, never the lead",
     _report("e6", _said("k.lund@partner.example", expanded=LEAD), [_bad("rfc822; <k.lund @ partner.example>")]),
     hard("userunknown", address="k.lund@partner.example")),
    ("a63-dsn-alias-run-together", "RFC 3464 2.3.1 (Original-Recipient: the ORCPT, one alias for both), AOL's relay "
     "running two groups together with no blank line: the second group's equal Original-Recipient starts nothing, "
     "its Final-Recipient does",
     _report("e7", _said(LEAD, expanded="sales@partner.example") + _said(OTHER, "552 5.2.2 Mailbox full",
                                                                         expanded="sales@partner.example"),
             [_bad(f"rfc822; {LEAD}", orig="rfc822; sales@partner.example").rstrip("\n") + "\n"
              + _bad(f"rfc822; {OTHER}", status="5.2.2", diag="552 5.2.2 Mailbox full",
                     orig="rfc822; sales@partner.example")], to="Partner Sales <sales@partner.example>"),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("a63-dsn-final-twice-then-other-run-together", f"{MAL}: Final-Recipient written twice for the lead, then the "
     "other's group run on without a blank line",
     _report("e8", _said(LEAD) + _said(OTHER, "552 5.2.2 Mailbox full"),
             [f"Final-Recipient: rfc822; {LEAD}\n" + _bad(f"rfc822; {LEAD}")
              + _bad(f"rfc822; {OTHER}", status="5.2.2", diag="552 5.2.2 Mailbox full")],
             to=f"{LENA}, Otto Other <{OTHER}>"), hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("a63-dsn-ctl-empty-final-two-named", f"{MAL}: 'RFC822; ' empty beside a sound block, the text naming the lead "
     "and the other: the lead recovered",
     _report("e9", _said(LEAD) + _said(OTHER, "552 5.2.2 Mailbox full"),
             [_bad("RFC822; "), rcpt(OTHER, "failed", "5.2.2", "552 5.2.2 Mailbox full")],
             to=f"{LENA}, Otto Other <{OTHER}>"), hard("userunknown") + soft("mailboxfull", address=OTHER)),
]

ROWS = OTHER_LOGIN_ROWS + NOT_A_LOGIN_ROWS + DSN_ROWS

# ---- written AFTER the first run, with the mends (named._names_other_login's wider labels, forms and ASCII logins;
# unnamed_blocks' "expanded from <alias>"): controls that read the same without them.
MEND_ROWS = [
    ("a63-mend-ctl-to-label-our-sender", f"{LB}: 'To: seller', the notice's own address (our sender's login), "
     "beside no recipient named: the lone To, as before",
     _lab("30", f"To: seller\nReason: {UU}\n"), hard("userunknown")),
    ("a63-mend-ctl-original-recipient-own-login", f"{LB}: 'Original recipient: lead', the lone To's own login",
     _lab("31", f"Original recipient: lead\nReason: {UU}\n"), hard("userunknown")),
    ("a63-mend-ctl-empty-final-lead-is-target", f"{MAL}; {PF_FWD}: 'RFC822; ' empty, the lead the target expanded "
     "from an alias the original never named: the lead",
     _report("e10", _said(LEAD, expanded="sales@partner.example"), [_bad("RFC822; ")]), hard("userunknown")),
]
