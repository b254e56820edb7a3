"""Review reasons53's mend rows: variants the mend (exim_wordings: the Exim spec's ratelimit message "Sender rate
exceeds ... messages per ..." reads speeding) must read as the first run's row, and controls whose reading it must
NOT change (each checked against main's reading when written). Expectations as in review_reasons53.py."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ex_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, GMAIL_SRC, POSTFIX_SRC, exim
from tests.classifier.review_reasons53 import ANY, R, S, g_later, hard, later, soft

RATE = ("Exim spec 'ratelimit' ACL condition example ('Sender rate exceeds $sender_rate_limit messages per "
        "$sender_rate_period'), as Exim configurations copy it")

ROWS = [
    ("r53m-exim-remote-ratelimit-deny", f"{EXIM_SRC}; {RATE} (a deny verb: 550)",
     ex_remote("m1", "news@harbor-freightlines.com", "550 Sender rate exceeds 20 messages per 1m",
               "mail.harbor-freightlines.com"), soft("news@harbor-freightlines.com", ("speeding",), S)),
    ("r53m-postfix-remote-ratelimit-delay", f"{POSTFIX_SRC} (delay); {RATE} (a defer verb with an enhanced code)",
     pf_remote("m2", "sales@cardinal-pumps.co.za", "450 4.7.1 Sender rate exceeds 60 messages per 10m", "4.7.1",
               "mx.cardinal-pumps.co.za", action="delayed"), later("sales@cardinal-pumps.co.za", ("speeding",), S)),
    ("r53m-gmail-remote-ratelimit-delay", f"{GMAIL_SRC} (delay); {RATE}",
     g_later("m3", "frontdesk@alpine-lodge.ch", "451 Sender rate exceeds 1500 messages per 1h", "4.0.0",
             "mail.alpine-lodge.ch"), later("frontdesk@alpine-lodge.ch", ("speeding",), S)),
    ("r53m-control-exim-greylist-delay", f"control: {EXIM_SRC} (delay warning); Exim greylisting ACL reply ('451 "
     "Greylisted, please try again later'): no rate named, read as before",
     exim("m4", "office@tarn-valley.fr", detail="SMTP error from remote mail server after RCPT TO:<office@tarn-valley.fr>:"
          " 451 Greylisted, please try again later", delay_hours=24), later("office@tarn-valley.fr", ())),
    ("r53m-control-exim-unknown-beside-rate", f"control: {EXIM_SRC}; Postfix smtpd_check.c 'User unknown in virtual "
     "mailbox table' in the layout of the mended row: the missing user stays hard",
     ex_remote("m5", "j.wolf@eisenwerk-nord.de", "550 5.1.1 <j.wolf@eisenwerk-nord.de>: Recipient address rejected: "
               "User unknown in virtual mailbox table", "mx.eisenwerk-nord.de"),
     hard("j.wolf@eisenwerk-nord.de", ("userunknown",))),
    ("r53m-control-gmail-receiving-rate", f"control: {GMAIL_SRC} (delay); Google 450 4.2.1 receiving rate: the "
     "recipient's rate, read as before",
     g_later("m6", "bookings.seaview@gmail.com", "450-4.2.1 The user you are trying to contact is receiving mail at a "
             "rate that prevents additional messages from being delivered. Please resend your message at a later time. "
             "- gsmtp", "4.2.1"), later("bookings.seaview@gmail.com", ("speeding",), R)),
    ("r53m-control-exim-too-many-recipients", f"control: {EXIM_SRC}; Exim smtp_in.c recipients_max ('452 too many "
     "recipients'): a per-message limit, not the sender's rate",
     ex_remote("m7", "board@quayside-housing.org.uk", "452 too many recipients", "mail.quayside-housing.org.uk"),
     soft("board@quayside-housing.org.uk", (), ANY)),
]
