"""The fifty-fifth review's whole notices: adjudicating where an outside analyser (Debian's Sisimai
4.25, benchmarks/sisimai_diff.py --review-rows) disagrees with the reviews' own rows. Of the groups read
(the report tabulates them) none was a plain false soft outside the team's recorded calls. The nearest:
au by KDDI's "550 <addr>: User unknown" in a notice that names no SMTP stage (Gmail's own DSN, Exchange
Online's NDR) reads filtered, soft, by the team's unnamed-stage call, which test_review_notices9.py keeps
for this very reply (au-com-user-unknown-gmail, a strict xfail) and review 42 wrote into
ezweb-user-unknown-gmail. This review reads it otherwise (au keeps a separate form, "550 : User unknown"
with no address, for its subscribers' reception filter; Sisimai keys the split to au's hosts, not the
stage) but leaves the team's call standing: these rows hold the positives as strict xfails
(test_review_notices55.py says why) and the counter-examples any change must keep (the sender named,
a 4xx, another address, another host), ready for the lead. All HAND-MADE (layouts:
tests/classifier/notices.py); expectations written from the words and shared/classifier/taxonomy.md
before the classifier ran."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, relayed

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
AU, EZ, LEAD = "lead@au.com", "sales.lead@ezweb.ne.jp", "lead@partner.example"
AUMX, EZMX = "msmx.au.com", "lsean.ezweb.ne.jp"
KDDI = ("Sisimai::Rhost::KDDI (libsisimai-perl 4.25, /usr/share/perl5/Sisimai/Rhost/KDDI.pm) and sisimai/go-sisimai "
        "rhost/for-kddi.go, library code as outside opinion: 'filtered' => '550 : User unknown', 'userunknown' => "
        "'>: User unknown' (\"The response was: 550 <...>: User unknown\"), keyed to the host, not the stage")
GMAIL_BODY = "Your message wasn't delivered to {} because the address couldn't be found, or is unable to receive mail."


def _gmail(reply: str, address: str, remote: str | None) -> bytes:
    return gmail_own(reply, status="5.0.0", heading="Address not found", body=GMAIL_BODY.format(address),
                     address=address, remote=remote)


ROWS = [
    # ---- positives: the with-address form naming the recipient, at an unnamed or a late stage --------
    ("au-addr-user-unknown-gmail", KDDI + " (Gmail's own DSN, no stage)",
     _gmail(f"550 <{AU}>: User unknown", AU, AUMX), [(AU, True, UU, R, False)]),
    ("ezweb-addr-user-unknown-gmail", KDDI + " (Gmail's own DSN, no stage)",
     _gmail(f"550 <{EZ}>: User unknown", EZ, EZMX), [(EZ, True, UU, R, False)]),
    # No Remote-MTA: Gmail names no answering host; the recipient's domain names the provider.
    ("au-addr-user-unknown-gmail-no-remote", KDDI + " (Gmail's own DSN, no Remote-MTA)",
     _gmail(f"550 <{AU}>: User unknown", AU, None), [(AU, True, UU, R, False)]),
    ("au-addr-user-unknown-exo", KDDI + " (Exchange Online's NDR quoting the reply, no stage)",
     exchange_own(f"550 <{AU}>: User unknown", status="5.0.0", body=f"Your message to {AU} couldn't be delivered.",
                  address=AU, remote=AUMX), [(AU, True, UU, R, False)]),
    ("au-addr-user-unknown-relayed-no-stage", KDDI + " (our relay's report without 'in reply to')",
     relayed(f"550 <{AU}>: User unknown", status=None, command=None, remote=AUMX, address=AU),
     [(AU, True, UU, R, False)]),
    # au's split holds at any stage: the filter speaks in the no-address form, after DATA too.
    ("ezweb-addr-user-unknown-data", KDDI + " (our relay's report, after DATA)",
     relayed(f"550 <{EZ}>: User unknown", status=None, command="DATA", remote=EZMX, address=EZ),
     [(EZ, True, UU, R, False)]),
    ("au-addr-user-unknown-rcpt-control", KDDI + " (our relay's report at RCPT: hard before this review too)",
     relayed(f"550 <{AU}>: User unknown", status=None, command="RCPT", remote=AUMX, address=AU),
     [(AU, True, UU, R, False)]),
    # ---- counter-examples ------------------------------------------------------------------------------
    # The no-address form: the subscriber's reception filter (review 42's rule), unchanged.
    ("au-no-address-gmail", KDDI + " (the filter's form in Gmail's DSN)",
     _gmail("550 : User unknown", AU, AUMX), [(AU, False, ("filtered",), R, False)]),
    # The address named is our sender's: au refused the sender, never a missing recipient.
    ("au-sender-user-unknown-gmail", KDDI + " (counter-example: the sender's address in the brackets, Gmail's DSN)",
     _gmail("550 <seller@example.com>: User unknown", AU, AUMX), [(AU, False, (), ANY, False)]),
    ("au-sender-user-unknown-mail-from", KDDI + " (counter-example: at MAIL FROM, the sender named)",
     relayed("550 <seller@example.com>: User unknown", status=None, command="MAIL", remote=AUMX, address=AU),
     [(AU, False, ("rejected",), S, False)]),
    # Another of au's addresses than the one we sent to (an alias's target, say). Written first as no
    # missing mailbox of this recipient (soft); the lead's call when kddi.py took the with-address form
    # (after this review): au answers so for a subscriber it does not have, Sisimai's KDDI rules decide by
    # the address's presence alone, and mail to this recipient cannot arrive at a target au says does
    # not exist: hard. An address of another domain (ours, at MAIL FROM) stays soft (the row above).
    ("au-other-address-user-unknown-gmail", KDDI + " (the brackets name another of au's addresses)",
     _gmail("550 <old.alias@au.com>: User unknown", AU, AUMX), [(AU, True, ("userunknown",), R, False)]),
    # A 4xx: for now, whatever the words (taxonomy §4: a delay is no final bounce).
    ("au-addr-user-unknown-451-delayed", KDDI + " (counter-example: a 451 in our relay's delay report)",
     relayed(f"451 <{AU}>: User unknown", status="4.0.0", command=None, remote=AUMX, address=AU, action="delayed"),
     [(AU, False, (), ANY, True)]),
    # Another host: the team's unnamed-stage call stands there (test_review_notices33.py _UNNAMED_STAGE).
    ("partner-addr-user-unknown-gmail", "counter-example (hand-made): the same words from a host au's table does "
     "not cover; the team's standing call (reasons._is_userunknown: no stage, no 5.1.x) reads filtered",
     _gmail(f"550 <{LEAD}>: User unknown", LEAD, "mx.partner.example"), [(LEAD, False, ("filtered",), R, False)]),
]
