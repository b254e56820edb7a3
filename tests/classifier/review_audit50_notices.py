"""Audit 50's whole notices (audit 49's mend of nested.passed_on), HAND-MADE, written before the classifier ran on
them. Attacks (lost bounces): the prospect's colleague returning OUR bounce whose To is our seller's display name with
a title or team after it ('Sam Seller | Example Sales': a role word in a person's name now hides him), in a CJK script
(one word: '王伟'), or our role mailbox's ('Sales Team'); our seller on a consumer domain audit 49's list misses
(foxmail.com, sina.com, bigpond.net.au: the brand pattern ends '.com?.' only) forwarding our bounce of a lead on the
same domain. Attacks (false hards): the prospect's From 'Lena M. Lead' (a middle initial) and her To 'Lena Lead', her
own other company address Cc'd under that name. Controls: role names on both sides ('Customer Service', 'Sales Team
Europe'), titled names of two organisations that differ. Rows as review_audit49_notices.py's."""

from __future__ import annotations

from tests.classifier.review_audit47_notices import OUTLOOK, _fwd, _outlook_fwd
from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_nonbounce46_layouts import SELLER

R = "recipient"
UU = ("userunknown",)
LEAD = "lead@partner.example"
CFO = "cfo@partner.example"
KIM = "Kim Colleague <kim@partner.example>"
_LENA = f"Lena Lead <{LEAD}>"
TITLED = (f"{OUTLOOK}; display names with a title or team after the person's name ('Sam Seller | Example Sales'), "
          "common in sales sequences: HAND-MADE")
CJK = f"{OUTLOOK}; Chinese names written without spaces ('王伟'): HAND-MADE"
ROLE = f"{OUTLOOK}; role mailboxes of the same display name on both sides: HAND-MADE"
FREEMAIL = (f"{OUTLOOK}; foxmail.com (Tencent), sina.com (Sina), bigpond.net.au (Telstra BigPond) are consumer "
            "free-mail domains: HAND-MADE")


def _hard(address: str) -> list[tuple]:
    return [(address, True, UU, R, False)]


def _fwd50(name: str, who: str, to: str, text: str, **kw) -> bytes:
    return _fwd(f"a50-{name}", who, to, text, **kw)


def _returned(name: str, seller_name: str, seller: str) -> bytes:
    return _fwd50(name, KIM, f'"{seller_name}" <{seller}>', "Hello, this notice reached me, it is yours:\n\n"
                  + _outlook_fwd(seller_name, LEAD))


def _own_account(name: str, domain: str) -> bytes:
    return _fwd50(name, f"Sam Seller <sam.seller@{domain}>", f"Sam Seller <{SELLER}>", "Bounce from my personal "
                  "account, please update the CRM.\n\n" + _outlook_fwd(f"sam.seller@{domain}", f"lena.lead@{domain}"))


ROWS = [
    # attacks (lost bounces): OUR bounce returned by the prospect's colleague
    ("a50-w-fwd-returned-titled-seller-name", f"{TITLED}; attack: the lead's colleague returns OUR bounce, its To our "
     "seller's titled display name", _returned("r1", "Sam Seller | Example Sales", SELLER), _hard(LEAD)),
    ("a50-w-fwd-returned-seller-account-executive", f"{TITLED}; attack: the same, 'Sam Seller - Account Executive'",
     _returned("r2", "Sam Seller - Account Executive", SELLER), _hard(LEAD)),
    ("a50-w-fwd-returned-cjk-seller-name", f"{CJK}; attack: the same, our seller's name one CJK word",
     _returned("r3", "王伟", "wang.wei@example.com"), _hard(LEAD)),
    ("a50-w-fwd-returned-our-sales-team", f"{ROLE}; attack: the same, To our role mailbox 'Sales Team'",
     _returned("r4", "Sales Team", "sales@example.com"), _hard(LEAD)),
    # attacks (lost bounces): consumer domains the list misses
    ("a50-w-fwd-freemail-foxmail-com", f"{FREEMAIL}; attack: our seller on foxmail.com forwards our bounce of a lead "
     "on foxmail.com", _own_account("f1", "foxmail.com"), _hard("lena.lead@foxmail.com")),
    ("a50-w-fwd-freemail-sina-com", f"{FREEMAIL}; attack: the same on sina.com", _own_account("f2", "sina.com"),
     _hard("lena.lead@sina.com")),
    ("a50-w-fwd-freemail-bigpond-net-au", f"{FREEMAIL}; attack: the same on bigpond.net.au",
     _own_account("f3", "bigpond.net.au"), _hard("lena.lead@bigpond.net.au")),
    # attack (a false hard): the prospect's own failure, her name with a middle initial in From
    ("a50-w-fwd-middle-initial-own-other-domain-cc", f"{OUTLOOK}; attack: the prospect's From 'Lena M. Lead', the "
     "notice's To 'Lena Lead', her other company address Cc'd under that name",
     _fwd50("p1", f"Lena M. Lead <{LEAD}>", f"Sam Seller <{SELLER}>", "Sam, our CFO's address bounced when I "
            "forwarded your offer.\n\n" + _outlook_fwd("Lena Lead", CFO), cc="Lena Lead <lena@lead-advisory.example>"),
     NB),
    # controls: role names alike on both sides; titled names of two organisations
    ("a50-w-fwd-ctl-customer-service-both-sides", f"{ROLE}; the control: the prospect forwards her 'Customer "
     "Service' NDR about her CFO to OUR 'Customer Service'",
     _fwd50("c1", _LENA, "Customer Service <service@example.com>", "Hello, your notice did not reach our CFO from "
            "our service mailbox:\n\n" + _outlook_fwd("Customer Service", CFO)), NB),
    ("a50-w-fwd-ctl-sales-team-europe-both-sides", f"{ROLE}; the control: the same with 'Sales Team Europe'",
     _fwd50("c2", _LENA, "Sales Team Europe <eu-sales@example.com>", "Hello, your reminder did not reach our CFO "
            "from our sales mailbox:\n\n" + _outlook_fwd("Sales Team Europe", CFO)), NB),
    ("a50-w-fwd-ctl-titled-own-name", f"{TITLED}; the control: the prospect's own titled name in the notice's To, "
     "ours titled too", _fwd50("c3", f'"Lena Lead | Partner Sales" <{LEAD}>', '"Sam Seller | Example Sales" '
                               f"<{SELLER}>", "Sam, our CFO's address bounced:\n\n"
                               + _outlook_fwd("Lena Lead | Partner Sales", CFO)), NB),
]
