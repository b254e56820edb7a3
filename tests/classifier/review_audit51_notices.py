"""Audit 51's whole notices (audit 50's mend of nested.passed_on / _named_in), HAND-MADE, written before the classifier
ran on them. Attacks (false hards): the prospect forwarding her own internal failure (her CFO's address) whose From
names her in another script or by a nickname ('Елена Лид', 'Liz Lead') while the notice's To and her own private
copy's Cc give the directory's Latin / full name ('Elena Lead', 'Elizabeth Lead'): her own name is then not seen as
hers. Attacks (lost bounces): OUR bounce returned by the prospect's colleague, our seller's display name with only an
initial and a surname ('S. Seller': one word after initials go); our seller on consumer domains the list misses
(sapo.pt, aliyun.com, posteo.de) forwarding our bounce of a lead on the same domain. Controls: particles and the
directory's 'Last, First' order ('de la Cruz, José' / 'José de la Cruz'), a Cyrillic name alike on both sides (hard:
ours returned); a hyphened surname in the prospect's From ('Lena Lead-Miller', the notice's To 'Lena Lead': her own,
no bounce). Rows as review_audit50_notices.py's."""

from __future__ import annotations

from tests.classifier.review_audit47_notices import OUTLOOK, _fwd, _outlook_fwd
from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_nonbounce46_layouts import SELLER

R = "recipient"
UU = ("userunknown",)
LEAD = "lead@partner.example"
CFO = "cfo@partner.example"
KIM = "Kim Colleague <kim@partner.example>"
SCRIPTS = (f"{OUTLOOK}; a person's name in her own script in her mail client's From, the directory's Latin "
           "transliteration in the Global Address List (Exchange's GAL holds one display name): HAND-MADE")
NICK = f"{OUTLOOK}; a person's short name in her client's From ('Liz'), the directory's full name ('Elizabeth'): HAND-MADE"
PARTICLES = (f"{OUTLOOK}; surnames with particles ('de la Cruz') and Outlook's 'Last, First' directory order: "
             "HAND-MADE")
FREEMAIL = (f"{OUTLOOK}; sapo.pt (SAPO Mail, Portugal), aliyun.com (Alibaba Mail, China), posteo.de (Posteo, Germany) "
            "are consumer mail services: HAND-MADE")


def _hard(address: str) -> list[tuple]:
    return [(address, True, UU, R, False)]


def _fwd51(name: str, who: str, to: str, text: str, **kw) -> bytes:
    return _fwd(f"a51-{name}", who, to, text, **kw)


def _returned(name: str, outer_name: str, inner_name: str, seller: str = SELLER) -> bytes:
    """The lead's colleague returns OUR bounce: the notice's To names our seller as `inner_name`, the forward's To
    gives him as `outer_name`."""
    return _fwd51(name, KIM, f'"{outer_name}" <{seller}>', "Hello, this notice reached me, it is yours:\n\n"
                  + _outlook_fwd(inner_name, LEAD))


def _own_account(name: str, domain: str) -> bytes:
    return _fwd51(name, f"Sam Seller <sam.seller@{domain}>", f"Sam Seller <{SELLER}>", "Bounce from my personal "
                  "account, please update the CRM.\n\n" + _outlook_fwd(f"sam.seller@{domain}", f"lena.lead@{domain}"))


def _her_own(name: str, from_name: str, directory_name: str) -> bytes:
    """The prospect passes on her own NDR about her CFO; her private copy Cc'd under the directory's name."""
    return _fwd51(name, f"{from_name} <{LEAD}>", f"Sam Seller <{SELLER}>", "Sam, our CFO's address bounced when I "
                  "forwarded your offer.\n\n" + _outlook_fwd(directory_name, CFO),
                  cc=f"{directory_name} <lena@lead-advisory.example>")


ROWS = [
    # attacks (false hards): the prospect's own failure, her name in another script / a nickname in From
    ("a51-w-fwd-cyrillic-from-latin-directory-name", f"{SCRIPTS}; attack: From 'Елена Лид', the notice's To and her "
     "private Cc 'Elena Lead'", _her_own("p1", "Елена Лид", "Elena Lead"), NB),
    ("a51-w-fwd-nickname-from-full-directory-name", f"{NICK}; attack: From 'Liz Lead', the notice's To and her "
     "private Cc 'Elizabeth Lead'", _her_own("p2", "Liz Lead", "Elizabeth Lead"), NB),
    # attack (a lost bounce): our seller's name an initial and a surname on both sides
    ("a51-w-fwd-returned-initial-surname-seller", f"{OUTLOOK}; attack: the lead's colleague returns OUR bounce, our "
     "seller named 'S. Seller' on both sides (display names so set are common)",
     _returned("r1", "S. Seller", "S. Seller"), _hard(LEAD)),
    # attacks (lost bounces): consumer domains the list misses
    ("a51-w-fwd-freemail-sapo-pt", f"{FREEMAIL}; attack: our seller on sapo.pt forwards our bounce of a lead on "
     "sapo.pt", _own_account("f1", "sapo.pt"), _hard("lena.lead@sapo.pt")),
    ("a51-w-fwd-freemail-aliyun-com", f"{FREEMAIL}; attack: the same on aliyun.com", _own_account("f2", "aliyun.com"),
     _hard("lena.lead@aliyun.com")),
    ("a51-w-fwd-freemail-posteo-de", f"{FREEMAIL}; attack: the same on posteo.de", _own_account("f3", "posteo.de"),
     _hard("lena.lead@posteo.de")),
    # controls
    ("a51-w-fwd-ctl-returned-particles-last-first", f"{PARTICLES}; the control: OUR bounce returned, the notice's To "
     "'José de la Cruz', the forward's To 'de la Cruz, José'",
     _returned("c1", "de la Cruz, José", "José de la Cruz", "jose.delacruz@example.com"), _hard(LEAD)),
    ("a51-w-fwd-ctl-returned-cyrillic-both-sides", f"{SCRIPTS}; the control: OUR bounce returned, our seller "
     "'Иван Петров' on both sides", _returned("c2", "Иван Петров", "Иван Петров", "ivan.petrov@example.com"),
     _hard(LEAD)),
    ("a51-w-fwd-ctl-hyphened-surname-own", f"{OUTLOOK}; the control: From 'Lena Lead-Miller', the notice's To and "
     "her private Cc 'Lena Lead' (her own, the shorter name)", _her_own("c3", "Lena Lead-Miller", "Lena Lead"), NB),
]
