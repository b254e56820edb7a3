"""classifier/quoted.py: the addresses of an address-list header (X-Failed-Recipients) read whole."""

from __future__ import annotations

from classifier.quoted import addresses


def test_a_quoted_local_part_is_kept_whole():
    assert addresses('"john doe"@partner.example, lead@partner.example') == ['"john doe"@partner.example',
                                                                              "lead@partner.example"]


def test_items_in_letters_running_text_leaves_out_are_read_whole():
    # Review eai60: CJK and Devanagari addresses (RFC 6531/6532) in Exim's X-Failed-Recipients; ADDRESS reads none of
    # them (parse.INTL leaves CJK out of running text on purpose), or only a fragment of a mixed local part.
    assert addresses("张伟@公司.example, राम@उदाहरण.example, 张伟x@example.com, lead@partner.example") == [
        "张伟@公司.example", "राम@उदाहरण.example", "张伟x@example.com", "lead@partner.example"]


def test_a_display_name_or_broken_item_adds_no_address():
    assert addresses("张伟 <lead@partner.example>") == ["lead@partner.example"]
    assert addresses("张伟@公司.example.") == []  # a trailing dot: no domain ends so (RFC 5321 §4.1.2)
    assert addresses("张伟@-公司.example") == []  # a label never starts with a hyphen (RFC 1035 §2.3.1)
