"""Review vintage55's mends' rows (see review_vintage55.py): a positive beside each mend and the controls where a mend
must NOT change the reading, written before the mends ran on them. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_audit35 import hard, soft
from tests.classifier.review_holdout50_layouts import qmail
from tests.classifier.review_vintage55_layouts import LEAD, intermail, nms, sun

R, S, ANY = "recipient", "sender", None
CHK = "chkuser 2.0 chkuser_settings.h behind qmail-send's bounce (holdout50's layout): "
SUN = "sisimai lib/Sisimai/Lhost/MessagingServer.pm (its notice); "
NMS = "Mailman 2.x Bouncers/Netscape.py and the 2004 Verizon notice (layout); "
UNKNOWN = f"550 5.1.1 <{LEAD}>... User unknown"


def _remote(reply: str) -> str:
    return f"192.0.2.7 does not like recipient.\nRemote host said: {reply}\nGiving up on 192.0.2.7."


ROWS = [
    # small_server_wordings / sender_stage: chkuser's two #5.1.1 refusals that name no missing mailbox.
    ("v55-m-chkuser-intrusion-threshold", CHK + "CHKUSER_INTRUSIONTHRESHOLD_STRING (#5.7.1)",
     qmail("mq1", LEAD, detail=_remote("571 sorry, you are violating our security policies (#5.7.1 - chkuser)")),
     soft("policyviolation", "securityerror", "blocked", scope=ANY)),
    ("v55-m-control-chkuser-words-in-original", "control: " + CHK + "CHKUSER_NORCPT_STRING; the mends' words only in "
     "the returned original's body (the seller's text)",
     qmail("mq2", LEAD, detail=_remote("511 sorry, no mailbox here by that name (#5.1.1 - chkuser)")).replace(
         b"Do you have 15 minutes", b"Our relay said: sorry, can't find a valid MX for sender domain; you are "
         b"violating our security policies. Do you have 15 minutes"), hard("userunknown")),
    ("v55-m-control-chkuser-rcpt-format", "control: " + CHK + "CHKUSER_RCPTFORMAT_STRING (the recipient's own address "
     "refused as malformed; no sender named)",
     qmail("mq3", LEAD, detail=_remote("511 sorry, recipient address has invalid format (#5.1.1 - chkuser)")),
     hard("userunknown")),
    # formats/dsn.py: the Status field's comment names the stage.
    ("v55-m-sun-rejected-address-blocked", "control: " + SUN + "a remote Postfix's 'Client host [%s] blocked using' "
     "at RCPT (the stage named, our host refused)",
     sun("ms1", [(LEAD, "Remote SMTP server has rejected address", "554 5.7.1 Service unavailable; Client host "
                 "[192.0.2.25] blocked using zen.spamhaus.org", "5.0.0")]), soft("blocked", scope=S)),
    ("v55-m-control-sun-rejected-message", "control: " + SUN + "its refusal after DATA ('Remote SMTP server has "
     "rejected message'): no-user words there may be a content filter's, as before the mend",
     sun("ms2", [(LEAD, "Remote SMTP server has rejected message", "550 No Such User Here", "5.0.0")]),
     soft("filtered", scope=ANY)),
    ("v55-m-sun-rejected-address-unknown-user", SUN + "a remote's bare '550 Unknown user' under 5.0.0 at RCPT",
     sun("ms3", [(LEAD, "Remote SMTP server has rejected address", "550 Unknown user", "5.0.0")]), hard("userunknown")),
    # older_servers: NMS's "destination computer was not found".
    ("v55-m-control-nms-not-reached", "control: " + NMS + "a clone's RF_COULD_NOT_CONNECT_TO_HOST text ('... the "
     "destination computer\\ncould not be reached.', 'Could not connect host'): a connection, soft",
     nms("mn1", "Your message was not delivered because the destination computer\ncould not be reached.\n\nIt is also "
         "possible that a network problem caused this situation,\nso you might want to send this message again.\n\n"
         "\tCould not connect host partner.example", [LEAD]), soft(scope=ANY)),
    ("v55-m-control-im-queue-period", "control: " + NMS + "InterMail's queue expiry (older_servers' EXPIRED phrase)",
     intermail("mn2", "Your message was not delivered because the destination computer was\nnot reachable within the "
               "allowed queue period. The amount of time\na message is queued before it is returned depends on "
               f"local\nconfiguration parameters.\n\n<{LEAD}>", LEAD), soft("expired", scope=ANY)),
]
