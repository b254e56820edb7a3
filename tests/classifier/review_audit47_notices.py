"""Audit 47's whole notices (the mends about LAYOUT and FORWARDING, merged 2026-12-07), HAND-MADE, written before the
classifier ran on them: nested.passed_on (a person's forward of their own internal failure is none of ours) and
entry_notes.output_of_another / reply_of_another (a pipe's output or Haraka's one reason naming ANOTHER address).
Attacks: an Outlook forward whose header block names the notice's To by display name only (no address), the prospect
forwarding to her colleague with us in Cc, a seller on a shared free-mail domain forwarding our bounce of a lead on
the same domain to our bounce intake; another address whose text CONTAINS the recipient's ('presales@' holds
'sales@'). Controls: the prospect's IT sending our bounce back, our colleague's forward to several of us, a notice to
our shared role address forwarded to our CRM vendor, a German Outlook forward ('An:'). Rows as review_audit47.py's."""

from __future__ import annotations

from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_nonbounce46_layouts import SELLER, whole
from tests.classifier.review_recipients45_layouts import exim, haraka

R, ANY = "recipient", None
UU = ("userunknown",)
LEAD = "lead@partner.example"
CFO = "cfo@partner.example"
KIM = "kim@partner.example"
SALES = "sales@partner.example"
PRESALES = "presales@partner.example"
OUTLOOK = ("Outlook desktop's plain-text forward ('-----Original Message-----' then From / Sent / To / Subject, the To "
           "by display name where the address resolved in the organisation's directory; Microsoft 'Forward an email "
           "message' support page) of Exchange Online's NDR text (Microsoft 'Email non-delivery reports in Exchange "
           "Online', 550 5.1.1); HAND-MADE")
GMAIL_FWD = ("Gmail's forward ('---------- Forwarded message ---------', shared/api/gmail.md 9) of Gmail's own DSN "
             "('** Address not found **', 'Your message wasn't delivered to X because the address couldn't be found'); "
             "HAND-MADE")


def _exo_ndr(failed: str) -> str:
    return (f"Delivery has failed to these recipients or groups:\n\n{failed}\nThe email address you entered couldn't be "
            "found. Please check the recipient's email address and try to resend the message.\n\nDiagnostic "
            "information for administrators:\n\nGenerating server: PR3P195MB0747.EURP195.PROD.OUTLOOK.COM\n\n"
            f"{failed}\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n")


def _outlook_fwd(to_line: str, failed: str, *, labels: tuple[str, str, str, str, str] = (
        "-----Original Message-----", "From", "Sent", "To", "Subject")) -> str:
    mark, f, s, t, subj = labels
    return (f"{mark}\n{f}: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@partner.example>\n"
            f"{s}: Monday, December 7, 2026 8:02 AM\n{t}: {to_line}\n{subj}: Undeliverable: Quick question\n\n"
            + _exo_ndr(failed))


def _gmail_dsn(failed: str, to: str) -> str:
    return ("---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
            f"Date: Mon, 7 Dec 2026 at 08:02\nSubject: Delivery Status Notification (Failure)\nTo: <{to}>\n\n\n"
            f"** Address not found **\n\nYour message wasn't delivered to {failed} because the address couldn't be "
            "found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email "
            "account that you tried to reach does not exist.")


def _fwd(name: str, who: str, to: str, text: str, *, cc: str = "", subject: str = "FW: Undeliverable: Quick "
         "question") -> bytes:
    head = (f"From: {who}\nTo: {to}\n" + (f"Cc: {cc}\n" if cc else "") + f"Subject: {subject}\n"
            f"Message-ID: <fwd-a47-{name}@mail.example>\n")
    return whole(head, text + "\n", mark="a person's forward, audit 47")


def _hard(address: str) -> list[tuple]:
    return [(address, True, UU, R, False)]


_LENA = f"Lena Lead <{LEAD}>"
_SAM = f"Sam Seller <{SELLER}>"

PASSED_ROWS = [
    # attacks: the prospect's own failure about her colleague, still read as a hard bounce of the colleague?
    ("a47-w-fwd-outlook-to-display-name-only", f"{OUTLOOK}; attack: the forwarded block's To is her display name "
     "alone (no address): the prospect's own NDR about her CFO, passed on to us",
     _fwd("p1", _LENA, _SAM, "Sam, I forwarded your note to our CFO and got this back - maybe he left?\n\n"
          + _outlook_fwd("Lena Lead", CFO)), NB),
    ("a47-w-fwd-outlook-to-last-first", f"{OUTLOOK}; attack: the To as Outlook shows a directory name ('Lead, "
     "Lena'), no address", _fwd("p2", _LENA, _SAM, "Sam - FYI, our CFO's address bounced when I forwarded your "
                                "offer.\n\n" + _outlook_fwd("Lead, Lena", CFO)), NB),
    ("a47-w-fwd-to-colleague-cc-us", f"{GMAIL_FWD}; attack: the prospect forwards her own failure to her colleague "
     "(To) with us in Cc: every To address of her domain",
     _fwd("p3", _LENA, f"Kim <{KIM}>", "Kim, can you check the CFO's address? It bounced for me (Sam cc'd).\n\n"
          + _gmail_dsn(CFO, LEAD), cc=_SAM, subject="Fwd: Delivery Status Notification (Failure)"), NB),
    # attack: a REAL bounce of ours lost: a shared free-mail domain is no organisation
    ("a47-w-fwd-freemail-seller-to-intake", f"{GMAIL_FWD}; attack: our seller on gmail.com forwards OUR bounce of a "
     "lead on gmail.com to our bounce intake (outside gmail.com): a real bounce we must read",
     _fwd("p4", "Sam Seller <sam.seller.shop@gmail.com>", "bounces@crm-sync.example", "Forwarding a bounce from my "
          "campaign.\n\n" + _gmail_dsn("lena.lead.home@gmail.com", "sam.seller.shop@gmail.com"),
          subject="Fwd: Delivery Status Notification (Failure)"), _hard("lena.lead.home@gmail.com")),
    ("a47-w-fwd-freemail-outlook-com-to-work", f"{OUTLOOK}; attack: our seller's outlook.com address forwards our "
     "bounce of a lead on outlook.com to his work address",
     _fwd("p5", "Sam Seller <sam.seller@outlook.com>", _SAM, "Bounce from my personal account, please update the "
          "CRM.\n\n" + _outlook_fwd("sam.seller@outlook.com", "lena.lead@outlook.com")), _hard("lena.lead@outlook.com")),
    # controls
    ("a47-w-fwd-ctl-german-an-own-failure", f"{OUTLOOK} (German Outlook: 'Ursprüngliche Nachricht', Von / Gesendet / "
     "An / Betreff); the control: the prospect's own NDR about her CFO, the To with its address",
     _fwd("c1", _LENA, _SAM, "Hallo Sam, Ihre Mail an unseren CFO kam zurück:\n\n" + _outlook_fwd(
         f"Lena Lead <{LEAD}>", CFO, labels=("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"))),
     NB),
    ("a47-w-fwd-ctl-prospect-it-returns-our-bounce", f"{GMAIL_FWD}; the control: the prospect's IT forwards OUR "
     "bounce (To: our seller) back to us", _fwd("c2", "Partner IT <postmaster@partner.example>", _SAM, "Hello, this "
                                               "notice reached our postmaster, it is yours:\n\n" + _gmail_dsn(LEAD,
                                                                                                          SELLER),
                                               subject="Fwd: Delivery Status Notification (Failure)"), _hard(LEAD)),
    ("a47-w-fwd-ctl-colleague-several-to", f"{GMAIL_FWD}; the control: our colleague forwards our bounce to two of us",
     _fwd("c3", "Jane Ops <jane.ops@example.com>", f"{_SAM}, Ops <ops@example.com>", "Lena's address bounced:\n\n"
          + _gmail_dsn(LEAD, "jane.ops@example.com"), subject="Fwd: Delivery Status Notification (Failure)"),
     _hard(LEAD)),
    ("a47-w-fwd-ctl-role-address-to-vendor", f"{GMAIL_FWD}; the control: a notice to our shared role address "
     "forwarded by our colleague to our CRM vendor's support",
     _fwd("c4", "Jane Ops <jane.ops@example.com>", "CRM Support <support@crmvendor.example>", "Why did this not sync?"
          "\n\n" + _gmail_dsn(LEAD, "sales@example.com"), cc=_SAM,
          subject="Fwd: Delivery Status Notification (Failure)"), _hard(LEAD)),
]

EX = ("Exim/exim src/src/deliver.c ('pipe to %s\\n    generated by %s', 'The following text was generated during the "
      "delivery attempt:', '------ %s ------')")
HARAKA = "haraka/Haraka config/outbound.bounce_message ('Intended Recipients: {recipients}', 'Failure Reason: {reason}')"
OTHER_ROWS = [
    ("a47-w-exim-pipe-output-names-presales", f"{EX}; attack: the pipe's output names another address whose text "
     "holds the recipient's ('presales@' holds 'sales@'): the pipe's parent (sales@) failed, soft",
     exim("x1", f"  pipe to |/usr/local/bin/crm-intake\n    generated by {SALES}\n    local delivery failed\n\nThe "
          "following text was generated during the delivery attempt:\n\n------ pipe to |/usr/local/bin/crm-intake\n "
          f"      generated by {SALES} ------\n\ncrm-intake: forward to {PRESALES} failed: 550 5.1.1 User unknown\n",
          [SALES], to=f"Sales <{SALES}>"),
     [(SALES, False, (), ANY, False)]),
    ("a47-w-haraka-reason-names-presales", f"{HARAKA}; attack: two listed, the one reason names presales@ (whose "
     "text holds sales@): sales@'s failure is unsaid (soft), presales@'s 5.1.1 hard",
     haraka("h1", f"{SALES}, {PRESALES}", f"550 5.1.1 <{PRESALES}>: Recipient address rejected: User unknown",
            to=f"{SALES}, {PRESALES}"),
     [(SALES, False, (), ANY, False), (PRESALES, True, UU, R, False)]),
    ("a47-w-haraka-ctl-reason-names-sales", f"{HARAKA}; the control: the reason names sales@, presales@'s unsaid",
     haraka("h2", f"{SALES}, {PRESALES}", f"550 5.1.1 <{SALES}>: Recipient address rejected: User unknown",
            to=f"{SALES}, {PRESALES}"),
     [(SALES, True, UU, R, False), (PRESALES, False, (), ANY, False)]),
]

ROWS = PASSED_ROWS + OTHER_ROWS
