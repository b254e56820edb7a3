"""Lists 63, second batch (written after the first run, expectations committed before it runs): the list managers'
notices with the headers Mailman really writes (Mailman 2's Message.py UserNotification._enqueue passes
'reduced_list_headers', so CookHeaders.py adds X-BeenThere, X-Mailman-Version, List-Id and X-List-Administrivia:
yes; Mailman 3 the same through its virgin pipeline), expected no bounce as real round 12 calls them (a list's
decision on a post); 5.7.193 in Exchange's older layout and in a German Exchange Online NDR; forward targets in
Exim's 4.8x multipart/report layout (Original-Recipient the prospect) and behind a twice-rewritten SRS1 sender."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, hard, soft
from tests.classifier.review_holdout50_layouts import EXO_OLD_SRC, EXO_SRC, exchange_old, exo
from tests.classifier.review_lists63 import HELD, LST, MM2_AUTO, MM3_REJECTED, RESTRICTED, U193
from tests.classifier.review_lists63_layouts import (EX_PARENT, EXO_193, MM2_HOLD, MM2_REFUSE, MM2_REJ, MM3_REJ, SRS,
                                                     list_notice)
from tests.classifier.review_multi57_layouts import block, exim, exim_entry

NB: list = []
SRS1 = "SRS1=Xb2k=fwd.quarrybrook-supply.com==Hq3c=TT=example.com=seller@relay.quarrybrook-supply.com"
MM2_HEADERS = ("GNU Mailman 2.1 Mailman/Message.py UserNotification._enqueue (reduced_list_headers) and "
               "Mailman/Handlers/CookHeaders.py (X-BeenThere, X-Mailman-Version, Precedence, List-Id, "
               "X-List-Administrivia: yes)")
MM3_HEADERS = ("GNU Mailman 3 src/mailman/email/message.py UserNotification._enqueue (reduced_list_headers) and "
               "src/mailman/handlers/rfc_2369.py (List-Id always)")
P = "d.mensah@quarrybrook-supply.com"
T = "dmensah.home@fastmail.example"


def mm2(name: str, version: str = "2.1.39") -> str:
    return (f"Precedence: bulk\nX-BeenThere: {name}@{LST}\nX-Mailman-Version: {version}\n"
            f"List-Id: {name.capitalize()} <{name}.{LST}>\nX-List-Administrivia: yes\n")


def mm3(name: str) -> str:
    return (f"Precedence: bulk\nX-Mailman-Version: 3.3.9\nList-Id: <{name}.{LST}>\nList-Help: "
            f"<mailto:{name}-request@{LST}?subject=help>\n")


def srs1(raw: bytes) -> bytes:
    """The bounce as the last forwarder's host wrote it: to the SRS1 address, the copy's envelope that address."""
    return raw.replace(b"To: seller@example.com\n", f"To: {SRS1}\n".encode(), 1).replace(
        b"Return-path: <seller@example.com>", f"Return-path: <{SRS1}>".encode(), 1)


SECOND_ROWS = [
    ("l63b-mm2-auto-reject-real-headers", f"{MM2_REJ}; {MM2_HEADERS}",
     list_notice("c1", f"partners-owner@{LST}", "Request to mailing list Partners rejected",
                 MM2_AUTO.format(o=f"partners-owner@{LST}"), orig_to=f"partners@{LST}", extra=mm2("partners")), NB),
    ("l63b-mm2-auto-reject-bounces-real-headers", f"{MM2_REJ}; {MM2_HEADERS}",
     list_notice("c2", f"carriers-bounces@{LST}", "Request to mailing list Carriers rejected",
                 MM2_AUTO.format(o=f"carriers-owner@{LST}"), orig_to=f"carriers@{LST}", extra=mm2("carriers")), NB),
    ("l63b-mm2-refused-real-headers", f"{MM2_REFUSE}; {MM2_HEADERS}",
     list_notice("c3", f"tenders-bounces@{LST}", "Request to mailing list Tenders rejected",
                 f"Your request to the tenders@{LST} mailing list\n\n    Posting of your message titled \"Quick "
                 "question about your Q4 logistics\"\n\nhas been rejected by the list moderator.  The moderator gave "
                 "the following\nreason for rejecting your request:\n\n\"No such person is on this list; vendors are "
                 f"not accepted.\"\n\nAny questions or comments should be directed to the list administrator\nat:\n\n"
                 f"    tenders-owner@{LST}\n", orig_to=f"tenders@{LST}", extra=mm2("tenders")), NB),
    ("l63b-mm2-held-nonmember-real-headers", f"{MM2_HOLD}; {MM2_HEADERS}",
     list_notice("c4", f"partners-bounces@{LST}", "Your message to Partners awaits moderator approval",
                 HELD.format(l="Partners", why="Post by non-member to a members-only list", h=LST),
                 orig_to=f"partners@{LST}", extra=mm2("partners")), NB),
    ("l63b-mm3-rejected-real-headers", f"{MM3_REJ}; {MM3_HEADERS}",
     list_notice("c5", f"members-owner@{LST}", "Quick question about your Q4 logistics",
                 MM3_REJECTED.format(l=f"members@{LST}", why="The message is not from a list member"),
                 orig_to=f"members@{LST}", extra=mm3("members")), NB),
    ("l63b-mm3-rejected-bounces-real-headers", f"{MM3_REJ}; {MM3_HEADERS}",
     list_notice("c6", f"members-bounces@{LST}", "Quick question about your Q4 logistics",
                 MM3_REJECTED.format(l=f"members@{LST}", why="Message has implicit destination"),
                 orig_to=f"members@{LST}", extra=mm3("members")), NB),
    # Microsoft 365's 5.7.193 in Exchange's older layout (a hybrid's on-premises hop) and a German tenant's NDR.
    ("l63b-exold-5-7-193", f"{EXO_OLD_SRC}; {EXO_193}",
     exchange_old("c7", "sales@corp.brenton-marine.com", explain=RESTRICTED, diag=U193, status="5.7.193"),
     soft("sales@corp.brenton-marine.com", (), ANY)),
    ("l63b-exo-de-5-7-193", f"{EXO_SRC} (German labels); {EXO_193} (the user line translated by hand, weak)",
     exo("c8", "vertrieb@nordwerk-logistik.de", why="Die Gruppe Vertrieb ist nicht für den Empfang von Nachrichten "
         "von Sam Seller eingerichtet.", fix="So beheben Sie das Problem\nNur der Gruppenbesitzer oder ein "
         "E-Mail-Administrator in der Organisation des Empfängers kann dieses Problem beheben.", diag=U193,
         status="5.7.193", lang="de"), soft("vertrieb@nordwerk-logistik.de", (), ANY)),
    # Forward targets: Exim's multipart/report with the prospect as Original-Recipient; an SRS1 double rewrite.
    ("l63b-exim-dsn-original-recipient-prospect", f"{EX_PARENT}; Exim 4.8x dsn_from / multipart/report blocks",
     exim("c9", [(T, exim_entry(T, "host in1-smtp.fastmail.example [203.0.113.6]\nSMTP error from remote mail server "
                                f"after RCPT TO:<{T}>:\n550 5.1.1 <{T}>: User unknown", parent=P, arrow=True))],
          failed=[T], orig_to=P, dsn=[block(T, "failed", "5.1.1", f"550 5.1.1 <{T}>: User unknown",
                                            remote="in1-smtp.fastmail.example", orcpt=P)]), hard(T)),
    ("l63b-exim-srs1-target-unknown", f"{SRS} (SRS1: a second forwarder rewrote the first's SRS0); {EX_PARENT}",
     srs1(exim("c10", [(T, exim_entry(T, "host in1-smtp.fastmail.example [203.0.113.6]\nSMTP error from remote mail "
                                      f"server after RCPT TO:<{T}>:\n550 5.1.1 <{T}>: User unknown"))], failed=[T],
               orig_to=P)), hard(T)),
]

ROWS = SECOND_ROWS
