"""classifier/text.py: RFC 3676 format=flowed text read back as its writer's lines."""

from __future__ import annotations

from email.message import Message

from classifier.text import mailbox_key, part_text, unflowed


def test_a_soft_break_joins_the_next_line_and_keeps_its_space():
    # RFC 3676 §4.2: a line ending in a space is a soft break.
    assert unflowed("host mx.example said: 550 5.1.1 \n<a@b.example>: User unknown\n", delsp=False) == \
        "host mx.example said: 550 5.1.1 <a@b.example>: User unknown\n"


def test_delsp_yes_deletes_the_space_before_the_break():
    # RFC 3676 §4.2: under DelSp=yes the space before a soft break is not part of the text.
    assert unflowed("From: Mail Delivery System  \n<MAILER-DAEMON@mx.example>\n", delsp=True) == \
        "From: Mail Delivery System <MAILER-DAEMON@mx.example>\n"


def test_space_stuffing_is_removed_and_a_hard_break_stays():
    assert unflowed(" From here\n >quoted?\nend\nnext", delsp=False) == "From here\n>quoted?\nend\nnext"


def test_the_signature_separator_is_no_soft_break():
    assert unflowed("-- \nSam", delsp=False) == "-- \nSam"


def test_lines_of_another_quote_depth_are_not_joined():
    assert unflowed("> quoted and \nnot quoted\n>> deeper \n> shallower", delsp=False) == \
        ">quoted and \nnot quoted\n>>deeper \n>shallower"


def test_part_text_unflows_only_a_flowed_part():
    body = "could not be delivered to \nlead@partner.example\n"
    flowed, plain = Message(), Message()
    flowed["Content-Type"] = "text/plain; charset=us-ascii; format=flowed"
    plain["Content-Type"] = "text/plain; charset=us-ascii"
    flowed.set_payload(body)
    plain.set_payload(body)
    assert part_text(flowed) == "could not be delivered to lead@partner.example\n"
    assert part_text(plain) == body


def test_no_break_spaces_read_as_spaces():
    # A text/plain alternative made from HTML keeps "&nbsp;" as U+00A0; French puts U+202F before ":".
    part = Message()
    part["Content-Type"] = "text/plain; charset=utf-8"
    part["Content-Transfer-Encoding"] = "8bit"
    part.set_payload("Destinataire\u202finconnu\u00a0: user\u00a0unknown".encode().decode("ascii", "surrogateescape"))
    assert part_text(part) == "Destinataire inconnu : user unknown"


def test_without_names_is_the_whole_substitution():
    """text.without_names reads a text without "@" through the host-name part alone (speed only): the same
    text as the whole pattern's substitution, with and without addresses, dotted names, IP addresses."""
    import random
    import re

    from classifier import text as text_module
    rng = random.Random(11)
    pieces = ["mx1.example.com", "a@b.example", "192.0.2.1", "host.example", "x.y.z", "550", "user", ".", "..", "-",
              "Mail.Example.ORG", "rr1-full.example.co.jp", "é.example.com", "(", ")", "a.b", "@", "v1.2.3"]
    whole = re.compile(text_module._NAMES.pattern)
    for _ in range(3_000):
        text = rng.choice([" ", "", ". "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        want = whole.sub(" ", text) if "." in text or "@" in text else text
        assert text_module.without_names(text) == want, text


def test_addresses_found_from_their_at_are_the_patterns_matches():
    """text.next_address, addresses_replaced and the names' substitution with "@" (speed only) answer as
    ADDRESS_WORD and _NAMES do: from every offset, on texts of addresses with long local parts and domains (past 64
    and 255 characters), several "@", quotes, CJK and fullwidth text flush against them, dotted host names."""
    import random
    import re

    from classifier import text as text_module
    rng = random.Random(13)
    pieces = ["a@b.example", "@", "@@", "x" * 70, "y" * 64, "z" * 63, "d." * 140, "kim", "“", "”", "\"", "<", ">",
              "您发送到", "ｍａｉｌ", " ", "\n", "mx1.example.com", "Mail.Example.ORG", "-", ".", "é", "(", ")",
              "lead@partner.example", "a" * 300, "550", ":", "\u3000", "x@", "@y"]
    whole = re.compile(text_module._NAMES.pattern)
    for _ in range(4_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for pos in range(0, len(text) + 1, 7):
            m = text_module.ADDRESS_WORD.search(text, pos)
            assert text_module.next_address(text, pos) == (m and m.span()), (text, pos)
        assert text_module.addresses_replaced(text, "x@x") == text_module.ADDRESS_WORD.sub("x@x", text), text
        if "@" in text:
            assert text_module._names_blanked(text) == whole.sub(" ", text), text


def test_mailbox_key_makes_a_u_label_and_its_a_label_one_mailbox():
    # RFC 5890 §2.3.2.1 (review eai60: prose asks it too): the same mailbox however a report spells its domain.
    assert mailbox_key("Einkauf@München-Partner.example") == mailbox_key("einkauf@xn--mnchen-partner-gsb.example")
    # IDNA2008 keeps 'ß' its own letter: 'straße' and 'strasse' are two domains (review 85).
    assert mailbox_key("info@straße.example") != mailbox_key("info@strasse.example")
