"""The lead's re-reads of 2026-12-07 (session 40): what a whole-grid run of session 39's review rows found, each with its
controls. HAND-MADE notices in the layouts their builders name."""

from __future__ import annotations

from classifier import classify
from tests.classifier.review_audit43 import exim

LEAD, OTHER, MX = "lead@partner.example", "other@partner.example", "mx.partner.example"


def read(raw: bytes) -> list[tuple]:
    return [(d.address, d.reason.value, d.hard_bounce) for d in classify(raw).deliveries]


def _entry(address: str, reply: str, *, wrapped: bool) -> str:
    """One address of Exim's deliver.c list; `wrapped`: a gateway's re-wrap broke "after RCPT TO:<x>:" before "TO:"."""
    after = f"after RCPT\n    TO:<{address}>:" if wrapped else f"after RCPT TO:<{address}>:"
    return f"  {address}\n    host {MX} [192.0.2.7]\n    SMTP error from remote mail server {after}\n    {reply}\n"


def test_exims_reply_naming_another_address_stays_lead_s_when_its_line_is_rewrapped():
    # Audit 43's row (Exim: the reply about lead, "552 5.2.2 <other@>... Mailbox full") re-wrapped at 72, 66, 60 or 50
    # columns breaks "after RCPT" from "TO:<lead>:", and the folded reply under it read as a second failed recipient
    # (other@, mailboxfull) with lead left onhold: broken.folded_reply now reads the two lines joined.
    for wrapped in (False, True):
        raw = exim("w", _entry(LEAD, f"552 5.2.2 <{OTHER}>... Mailbox full", wrapped=wrapped), LEAD)
        assert read(raw) == [(LEAD, "mailboxfull", False)], wrapped
    # Controls: two failed addresses, each with its own wrapped block, are both read, each with its own reply.
    both = _entry(LEAD, f"550 5.1.1 <{LEAD}>... User unknown", wrapped=True) + "\n" + \
        _entry(OTHER, f"552 5.2.2 <{OTHER}>... Mailbox full", wrapped=True)
    assert sorted(read(exim("b", both, f"{LEAD}, {OTHER}"))) == [(LEAD, "userunknown", True), (OTHER, "mailboxfull", False)]


def test_a_reply_in_capitals_saying_for_mail_names_no_mail_command():
    # Audit 41b's row re-cased by the grid's upper_diagnostic: "550 5.0.0 RECIPIENT NOT PROVISIONED FOR MAIL ON THIS
    # DOMAIN" took "FOR MAIL" for the stage (1&1's "for TEXT command" form) and read our sender refused at MAIL, soft.
    from tests.classifier.notices import relayed

    def one(text: str, status: str, command: str | None) -> tuple:
        (d,) = classify(relayed(text, status=status, command=command)).deliveries
        return d.reason.value, d.hard_bounce, d.smtp_command

    for text in ("550 5.0.0 Recipient not provisioned for mail on this domain",
                 "550 5.0.0 RECIPIENT NOT PROVISIONED FOR MAIL ON THIS DOMAIN",
                 "550 5.0.0 USER UNKNOWN FOR MAIL ON THIS DOMAIN"):
        assert one(text, "5.0.0", "RCPT") == ("userunknown", True, "RCPT"), text
    # Controls: the command named where its name ends (a bracket, a colon, "command") is still the command.
    for text in ("553 5.1.8 SENDER DOMAIN DOES NOT EXIST (IN REPLY TO MAIL)",
                 "553 5.1.8 Sender domain does not exist, in reply to MAIL command",
                 "553 5.1.8 Sender domain does not exist after MAIL: rejected"):
        assert one(text, "5.1.8", None)[1:] == (False, "MAIL"), text


def test_opensmtpds_invalid_recipient_keeps_its_colon_when_rewrapped_before_the_address():
    # OpenSMTPD's "550 Invalid recipient: <x>" (smtp_session.c, said only at RCPT: formats' stage words) in its own
    # bounce.c notice, re-wrapped at 60, 50 or 66 columns before "<x>": the entry's rest lost its colon and read
    # filtered, soft (the whole grid over audit 37's row, left in session 39). Control: the same break before our
    # sender's address in a sender refusal stays our side.
    from tests.classifier.review_notices25_layouts import opensmtpd

    whole = opensmtpd("oi", LEAD, f"550 Invalid recipient: <{LEAD}>")
    assert read(whole) == [(LEAD, "userunknown", True)]
    assert read(whole.replace(b"recipient: <", b"recipient:\n<")) == [(LEAD, "userunknown", True)]
    sender = opensmtpd("os", LEAD, "550 5.7.1 Sender address rejected:\n<seller@example.com>")
    ((address, _, hard),) = read(sender)
    assert address == LEAD and hard is False


def test_a_plain_core_with_an_indent_wraps_without_two_blank_choices_in_a_row():
    # Review old47's MMDF marker "\n    your message follows:" made sections._wrapped join its empty "words" (the blanks
    # of the indent) with a blank-or-line-break choice each: choices in a row, exponential on a long blank run (the
    # fuzz benchmark's header_dup+pump: a 6 kB message over 10 s). The indent is literal now; this returns at once.
    from classifier.sections import _GROUPS, _wrapped, original_section

    for _, cores in _GROUPS:
        for core in cores:
            assert ")(?:" not in _wrapped(core).pattern, core
    text = "Subject: x\n\n" + "\n" + " " * 4000 + "your message\n" * 3
    assert original_section(text) == len(text)
    marked = "Failed mail\n\n    Your message follows:\n\nFrom: seller@example.com\n"
    assert original_section(marked) == marked.index("\n    Your")


def test_a_recipient_field_a_megabyte_long_is_read_from_its_head():
    # The fuzz benchmark (seed 3, huge_lines+boundary_damage): a 1 MB Final-Recipient line without an address took
    # dsn._address's two address searches 1.2 s; the field is read from its first 1,000 characters (a path is at most
    # 256 octets, RFC 5321 4.5.3.1.3). The address at its head is still read; the notice's other recipient too.
    from tests.classifier.notices import relayed

    raw = relayed("550 5.1.1 <lead@example.org>: User unknown", status="5.1.1")
    field = b"Final-Recipient: rfc822; lead@example.org"
    assert field in raw
    long_tail = raw.replace(field, field + b" " + b"x" * 1_000_000)
    assert [(a, h) for a, _, h in read(long_tail)] == [("lead@example.org", True)]
    no_address = raw.replace(field, b"Final-Recipient: rfc822; " + b"y" * 1_000_000)
    assert all(a != "y" * 1_000_000 for a, _, _ in read(no_address))


def test_the_sender_noun_search_through_worded_finds_what_its_pattern_finds():
    # said_address._SENDER_IN_CLAUSE's leading look-behinds were tried at every offset of a clause: 0.4 s over a fuzzed
    # 1 MB reply (fuzz benchmark seed 4); through guard.Worded now, the same matches (checked over the corpus and every
    # review row's lowered text when it changed: 0 of their clauses differ).
    from classifier.said_address import _SENDER_IN_CLAUSE

    for text in ("the sender's domain has no mx record", "returned to the sender", "your domain example.com is listed",
                 "absender unbekannt", "el remitente no existe", "x" * 5000, "mail from the sender address was refused"):
        assert [m.span() for m in _SENDER_IN_CLAUSE.finditer(text)] == \
            [m.span() for m in _SENDER_IN_CLAUSE.pattern.finditer(text)], text
