"""Audit 49's whole notices (audit 48's mend of nested.passed_on), HAND-MADE, written before the classifier ran on
them. Attacks (false hards): the prospect forwards the NDR of her team's shared mailbox about her CFO, its To by the
role's display name alone ('Accounts'), to OUR role mailbox of the same name (audit 48 guards only the forwarder's own
name); a prospect whose company's own domain is a provider's brand with another ending (verizon.com: the company,
verizon.net the consumer mail; _PUBLIC_BRAND takes any ending) passes on her own failure about her CFO; the prospect's
From with no display name, the notice's To her name, her private address Cc'd under the same name. Attacks (lost
bounces): our seller on a national free-mail domain neither listed nor a listed brand (interia.pl, mail.com) forwarding
our bounce of a lead on the same domain. Controls: a colleague returning our bounce with the To 'Seller, Sam'; our
seller on verizon.net (consumer mail) forwarding our bounce of a verizon.net lead. Rows as review_audit48_notices.py's."""

from __future__ import annotations

from tests.classifier.review_audit47_notices import OUTLOOK, _fwd, _outlook_fwd
from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_nonbounce46_layouts import SELLER

R = "recipient"
UU = ("userunknown",)
LEAD = "lead@partner.example"
CFO = "cfo@partner.example"
_LENA = f"Lena Lead <{LEAD}>"
_SAM = f"Sam Seller <{SELLER}>"
ROLE = (f"{OUTLOOK}; role mailboxes of the same display name on both sides (Accounts, Info, Support: HAND-MADE, an "
        "admin's directory)")
BRAND = (f"{OUTLOOK}; verizon.com is the company's own mail domain (its consumer mail was verizon.net): HAND-MADE")
FREEMAIL = (f"{OUTLOOK}; interia.pl and mail.com are public free-mail providers (Polish Interia Poczta, mail.com): "
            "HAND-MADE")


def _hard(address: str) -> list[tuple]:
    return [(address, True, UU, R, False)]


def _fwd49(name: str, who: str, to: str, text: str, **kw) -> bytes:
    return _fwd(f"a49-{name}", who, to, text, **kw)


ROWS = [
    # attacks (false hards): the prospect's own failure about her CFO, passed on
    ("a49-w-fwd-shared-accounts-mailbox-to-our-accounts", f"{ROLE}; attack: the prospect forwards her team's shared "
     "'Accounts' mailbox's NDR about her CFO (its To 'Accounts' by name alone) to OUR 'Accounts' mailbox",
     _fwd49("p1", _LENA, "Accounts <accounts@example.com>", "Hello, your invoice reminder did not reach our CFO from "
            "our Accounts mailbox:\n\n" + _outlook_fwd("Accounts", CFO)), NB),
    ("a49-w-fwd-company-domain-verizon-com", f"{BRAND}; attack: a prospect at verizon.com forwards her own NDR about "
     "her CFO (To with her address) to our seller",
     _fwd49("p2", "Vera Prospect <vera.prospect@verizon.com>", _SAM, "Sam, your offer bounced when I forwarded it "
            "to our CFO:\n\n" + _outlook_fwd("Vera Prospect <vera.prospect@verizon.com>", "cfo@verizon.com")), NB),
    ("a49-w-fwd-from-no-name-private-cc", f"{OUTLOOK}; attack: the prospect's From without a display name, the "
     "notice's To her name alone, her private address Cc'd under that name",
     _fwd49("p3", LEAD, _SAM, "Sam, our CFO's address bounced when I forwarded your offer.\n\n"
            + _outlook_fwd("Lena Lead", CFO), cc="Lena Lead <lena.lead.home@gmail.com>"), NB),
    # attacks (lost bounces): free-mail domains neither listed nor a listed brand
    ("a49-w-fwd-freemail-interia-pl", f"{FREEMAIL}; attack: our seller on interia.pl forwards our bounce of a lead "
     "on interia.pl to his work address",
     _fwd49("p4", "Sam Seller <sam.seller@interia.pl>", _SAM, "Bounce from my personal account, please update the "
            "CRM.\n\n" + _outlook_fwd("sam.seller@interia.pl", "lena.lead@interia.pl")), _hard("lena.lead@interia.pl")),
    ("a49-w-fwd-freemail-mail-com", f"{FREEMAIL}; attack: our seller on mail.com forwards our bounce of a lead on "
     "mail.com to his work address",
     _fwd49("p5", "Sam Seller <sam.seller@mail.com>", _SAM, "Another bounce from my own account.\n\n"
            + _outlook_fwd("sam.seller@mail.com", "lena.lead@mail.com")), _hard("lena.lead@mail.com")),
    # controls
    ("a49-w-fwd-ctl-colleague-returns-to-last-first", f"{OUTLOOK}; the control: the lead's colleague returns OUR "
     "bounce, its To our seller by directory name ('Seller, Sam')",
     _fwd49("c1", "Kim <kim@partner.example>", _SAM, "Hello, this notice reached me, it is yours:\n\n"
            + _outlook_fwd("Seller, Sam", LEAD)), _hard(LEAD)),
    ("a49-w-fwd-ctl-verizon-net-consumer", f"{BRAND}; the control: our seller on verizon.net (consumer mail) forwards "
     "our bounce of a verizon.net lead to his work address",
     _fwd49("c2", "Sam Seller <sam.seller@verizon.net>", _SAM, "Bounce from my home account.\n\n"
            + _outlook_fwd("sam.seller@verizon.net", "lena.lead@verizon.net")), _hard("lena.lead@verizon.net")),
]
