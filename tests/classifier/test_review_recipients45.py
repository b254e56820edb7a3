"""Review recipients45's whole notices (tests/classifier/review_recipients45.py, _more.py, round two's _b.py): the
failed-recipient set read from whole notices in the layouts MTAs write from their own templates (several recipients
failed, delayed or delivered; alias expansions; diagnostics and returned originals naming other addresses). One
table-driven test; the judgement calls are strict xfails; the mapping of alias targets back to the address we sent
to; then the controls of the review's mends (formats/entry_notes.py program_output and addresses_listed, read by
formats/recipients.py; program_mailbox.lmtp_no_user, read by lexicon.program_says_no_user; formats/dsn.py _LEAD_IN;
formats/named.py entry_index)."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.review_check import review_tests, wrong_origins
from tests.classifier.review_recipients45 import ORIGINS as FIRST_ORIGINS, ROWS as FIRST, TO2
from tests.classifier.review_recipients45_layouts import KIM, LEAD, LEE, SELLER, exim, fields, flat, haraka, head, \
    qmail, rcpt, report, sendmail
from tests.classifier.review_recipients45_b import ROWS as ROUND_B
from tests.classifier.review_recipients45_more import ORIGINS as MORE_ORIGINS, ROWS as MORE
from tests.classifier.variants import TRANSFORMS

ROWS = FIRST + MORE + ROUND_B
JUDGEMENT: dict[str, str] = {
    "r45-domino-notes-name": (
        "Domino's text names the recipient only by its Notes hierarchical name ('Lena Lead/Sales/Partner@Partner'), "
        "its DSN block the Internet address with Status 5.0.0 and no Diagnostic-Code: read undefined, soft (expected "
        "userunknown, hard). The one paragraph's 'not listed in Domino Directory' is about the one block, but tying a "
        "notice's reason to a block whose address the text never writes would take a rule that reads a report of one "
        "recipient's whole text as its reason; in reports of one recipient whose text explains something else (a "
        "relay's note, a footer) that rule could make a false hard, the costlier error. A false soft is left (no "
        "wrong address: the set is right). For a review of Notes names in Domino and Notes/GWIA gateways' reports."),
}

test_review_recipients45, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 79)


def test_failed_addresses_map_back_to_the_address_we_sent_to():
    assert not wrong_origins(ROWS, {**FIRST_ORIGINS, **MORE_ORIGINS})


def _read(raw: bytes) -> list[tuple]:
    return [(d.address, d.reason.value, d.hard_bounce) for d in classify(raw).deliveries]


# ---- entry_notes.program_output: Exim's generated-text section is a program's words ---------------------------------
_LOCAL = "  {}\n    local delivery failed\n"


def test_addresses_in_a_programs_output_are_no_recipients():
    raw = exim("xc1", _LOCAL.format(LEAD) + _LOCAL.format(KIM) + "\nThe following text was generated during the "
               f"delivery attempt(s):\n\n------ {LEAD} ------\n\nmaildrop: maildir over quota; notify "
               f"admin@partner.example\n\n------ {KIM} ------\n\nmaildrop: maildir over quota\n", [LEAD, KIM], to=TO2)
    assert sorted(_read(raw)) == [(KIM, "mailboxfull", False), (LEAD, "mailboxfull", False)]
    shout = raw.replace(b"The following text was generated during the delivery attempt(s)",
                        b"THE FOLLOWING TEXT WAS GENERATED DURING THE DELIVERY ATTEMPT(S)")  # a gateway's re-casing
    assert sorted(_read(shout)) == [(KIM, "mailboxfull", False), (LEAD, "mailboxfull", False)]
    wrapped = TRANSFORMS["wrap_50_flush"](raw)  # the sentence re-wrapped onto two lines by a writer's width
    assert sorted(_read(wrapped)) == [(KIM, "mailboxfull", False), (LEAD, "mailboxfull", False)]


def test_a_programs_output_still_gives_the_reason():
    # Controls: the output is still each address's reason (formats.generated_text); a site's own bounce text without
    # Exim's sentence keeps its section's address, and its output names no one else either way.
    raw = exim("xc2", _LOCAL.format(LEAD) + "\nThe following text was generated during the delivery attempt:\n\n"
               f"------ {LEAD} ------\n\nprocmail: Quota exceeded while writing \"/var/mail/lead\"\n", [LEAD], to=LEAD)
    assert _read(raw) == [(LEAD, "mailboxfull", False)]
    raw = exim("xc3", _LOCAL.format(LEAD) + f"\n------ {LEAD} ------\n\nsieve: rejected, forwarded copy to "
               "boss@partner.example\n", [LEAD], to=LEAD)
    assert [a for a, *_ in _read(raw)] == [LEAD]


# ---- entry_notes.addresses_listed: a label's list of addresses -------------------------------------------------------
def test_every_address_of_a_labelled_list():
    raw = haraka("hc2", f"{LEAD}, {KIM}, <{LEE}>", "552 5.2.2 Mailbox full", to=TO2)
    assert sorted(_read(raw)) == sorted([(LEAD, "mailboxfull", False), (KIM, "mailboxfull", False),
                                         (LEE, "mailboxfull", False)])
    # The list broken after a comma by a writer's width goes on below (a label line naming one address, then ",").
    raw = TRANSFORMS["wrap_60"](haraka("hc4", f"{LEAD}, {KIM}", "550 5.1.1 Recipient address rejected: User unknown",
                                       to=TO2))
    assert sorted(_read(raw)) == [(KIM, "userunknown", True), (LEAD, "userunknown", True)]


@pytest.mark.parametrize("name, text", [
    # Controls: one address (as before); a list with words in it is no list of addresses; a recap's "To:" line and a
    # "Message details" block's labelled list name whom the mail went to, failed or not.
    ("one", None),
    ("words", f"Intended Recipients: {LEAD}, and kim (see below)\nFailure Reason: 550 5.1.1 User unknown\n"),
    ("recap-to", f"<{LEAD}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\nOriginal recipients:\nTo: {LEAD}, "
                 f"{KIM}\n\n"),
    ("details", f"Message details:\n  From: {SELLER}\n  Subject: Quick question\n  Recipients: {LEAD}, {KIM}\n\n"
                f"Delivery to the following recipient failed permanently:\n\n  {LEAD}\n\n550 5.1.1 User unknown\n"),
])
def test_lists_that_name_whom_the_mail_went_to_read_as_before(name, text):
    if text is None:
        raw = haraka("hc1", LEAD, "550 5.1.1 Recipient address rejected: User unknown", to=LEAD)
    elif name == "words":
        raw = haraka("hc3", "x", "y", to=TO2).replace(b"Intended Recipients: x\nFailure Reason: y\n", text.encode())
    else:
        raw = qmail("qc-" + name, text, to=TO2)
    assert _read(raw) == [(LEAD, "userunknown", True)]


# ---- program_mailbox.lmtp_no_user: mail.local's LMTP reply under X-Unix ---------------------------------------------
def _local(name: str, diag: str) -> bytes:
    return sendmail(name, f"   ----- The following addresses had permanent fatal errors -----\n<{LEAD}>\n    (reason: "
                    f"{diag})\n", f"... while talking to local:\n{diag}\n",
                    [rcpt(f"RFC822; {LEAD}", "failed", diag.split()[1], None, remote=None,
                          extra=f"X-Actual-Recipient: X-Unix; lead\nDiagnostic-Code: X-Unix; {diag}\n")], to=LEAD)


@pytest.mark.parametrize("diag, reading", [
    ("550 5.1.1 User unknown", ("userunknown", True)),
    ("550 5.1.1 lead: User unknown", ("userunknown", True)),  # mail.local.c's own "%s: User unknown"
    ("550 5.1.1 <lead>... User unknown", ("userunknown", True)),
    # Controls: the program's own account named (its configuration, lexicon.program_names_another_user); a temporary
    # reply; more words after the verdict; a 5.3.0 program's own "user unknown in table": all as before, soft.
    ("550 5.1.1 nobody: User unknown", ("mailererror", False)),
    ("451 4.3.0 lead: User database failure; retry later", ("mailererror", False)),
    ("550 5.1.1 User unknown; see postmaster", ("mailererror", False)),
    ("554 5.3.0 crm-intake: user unknown in table", ("mailererror", False)),
])
def test_mail_local_lmtp_reply_under_x_unix(diag, reading):
    assert _read(_local("lx", diag)) == [(LEAD, *reading)]


# ---- dsn._LEAD_IN: a lone "because:" leads into the paragraph below ------------------------------------------------
def _domino(name: str, text: str, addresses: tuple[str, ...]) -> bytes:
    return report(name, head("Postmaster@partner.example", "DELIVERY FAILURE", name), text,
                  fields("mail01.partner.example", [rcpt(f"rfc822;{a}", "failed", "5.0.0", None, remote=None)
                                                    for a in addresses]), to=TO2, headers_only=True, mark="control")


def test_a_lone_label_leads_into_its_paragraph():
    assert _read(_domino("dc4", f"  {LEAD}\n\nbecause:\n\n  Mailbox full\n", (LEAD,))) == [(LEAD, "mailboxfull", False)]


def test_a_lead_in_does_not_reach_another_recipients_words():
    # Controls: the paragraph below names another recipient (its own verdict); a heading of more words than a label
    # ends the address's lines as before.
    raw = _domino("dc1", f"Your message was not delivered to:\n\n  {LEAD}\n\nbecause:\n\n  {KIM}: user unknown\n",
                  (LEAD, KIM))
    assert _read(raw) == [(LEAD, "onhold", False), (KIM, "userunknown", True)]
    raw = _domino("dc2", f"Your message was not delivered to:\n\n  {LEAD}\n\nDiagnostic information for "
                  "administrators:\n\n  User unknown\n", (LEAD,))
    assert _read(raw) == [(LEAD, "onhold", False)]


# ---- named.entry_index: an X-Failed-Recipients address named first inside another's reply -------------------------
_NAMES_KIM = f"550 5.1.1 <{LEAD}>: User unknown; mail for this team now goes to {KIM}"
_MX = "mx.partner.example [192.0.2.25]"


def _exim_entries(name: str, first: str, second: str) -> bytes:
    entries = {LEAD: f"  {LEAD}\n    host {_MX}\n    SMTP error from remote mail server after RCPT TO:<{LEAD}>:\n    "
                     f"{_NAMES_KIM}\n", KIM: f"  {KIM}\n    retry timeout exceeded\n"}
    return exim(name, entries[first] + entries[second], [LEAD, KIM], to=TO2)


@pytest.mark.parametrize("first, second", [(LEAD, KIM), (KIM, LEAD)])
def test_each_failed_address_is_read_from_its_own_entry(first, second):
    assert sorted(_read(_exim_entries("ec1", first, second))) == [(KIM, "expired", False), (LEAD, "userunknown", True)]


def message_of(name: str, text: str) -> bytes:
    return flat(head("Mail Delivery System <Mailer-Daemon@mail.example.net>", "Mail delivery failed", name,
                     f"X-Failed-Recipients: {LEAD}, {KIM}\n"), text, mark="control")


def test_a_line_naming_both_with_no_entry_of_their_own_reads_as_before():
    # Control: both named on one line and nowhere alone: that line is each one's (as index_of found it before).
    raw = message_of("ec2", f"Delivery to {LEAD}, {KIM} failed:\n550 5.1.1 User unknown\n")
    assert sorted(_read(raw)) == [(KIM, "userunknown", True), (LEAD, "userunknown", True)]


# ---- broken.continues_reply: Exim's "after RCPT" / "TO:<a@b>:" broken at a writer's width ---------------------------
_ROW = {r[0]: r[2] for r in ROWS}


def test_an_smtp_commands_rest_on_the_line_below_goes_on_with_the_entry():
    raw = TRANSFORMS["wrap_72"](_ROW["r45-ex-direct-and-generated-from-dsn"])  # the alias's reply past "TO:<target>:"
    assert sorted(_read(raw)) == [(LEAD, "userunknown", True), ("sales@partner.example", "userunknown", True)]


def test_a_sender_in_the_commands_rest_is_no_recipient():
    # Control: "after MAIL" / "FROM:<our sender> SIZE=...:" re-wrapped: still the recipient's, sender-side.
    raw = TRANSFORMS["wrap_60"](_ROW["r45-ex-sender-rejected-at-mail-from"])
    assert [(d.address, d.hard_bounce, d.scope.value) for d in classify(raw).deliveries] == [(LEAD, False, "sender")]
