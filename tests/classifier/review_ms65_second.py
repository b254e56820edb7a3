"""MS 65, second batch (written after review ms65's mends; expectations committed before the classifier ran on them,
first in review_ms65.py as SECOND_ROWS, 63874c5f, moved here so the invariance grid and row_readings see them): more of
Exchange 2010's own '#<reply> ##' administrators' lines, the layout the first batch found unread, with and without a
user line. Names "ms65b-<layout>-<what>"; layouts and sources as review_ms65.py's."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, hard, soft
from tests.classifier.review_ms65 import APPROVAL_SRC, EXREC_SRC, EXS, NOUSER, SECURITY_USER, TAB, APPROVAL
from tests.classifier.review_ms65_layouts import EX2010_SRC, ex2010

_AUTHREQ = "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required"
_NOTAUTH = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
_SNA133 = ("550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction "
           "check failed as sender not authenticated")
_GRP_SRC = TAB.format("5.7.1 'Delivery not authorized' (a group taking mail only from members or authorized senders), "
                      "5.7.133 'Sender not authenticated for group'")
ROWS = [
    ("ms65b-ex10-queue-expired", f"{EX2010_SRC}; " + EXS.format("4.4.7 'Queue expired; Message expired'") + NOUSER,
     ex2010("b1", "purchasing@corp.tollgate-manufacturing.com", explain="", reply="550 4.4.7 QUEUE.Expired; message "
            "expired", status="4.4.7", org="corp.tollgate-manufacturing.com"),
     soft("purchasing@corp.tollgate-manufacturing.com", ("expired",), ANY)),
    ("ms65b-ex10-authrequired-security-line", f"{EX2010_SRC}; {_GRP_SRC} (RESOLVER.RST.AuthRequired under the "
     "permission-or-security user line)",
     ex2010("b2", "allstaff@corp.tollgate-manufacturing.com", explain=SECURITY_USER, reply=_AUTHREQ, status="5.7.1",
            org="corp.tollgate-manufacturing.com"), soft("allstaff@corp.tollgate-manufacturing.com", (), ANY)),
    ("ms65b-ex10-notauthorized-no-user-line", f"{EX2010_SRC}; {_GRP_SRC}" + NOUSER,
     ex2010("b3", "board@corp.tollgate-manufacturing.com", explain="", reply=_NOTAUTH, status="5.7.1",
            org="corp.tollgate-manufacturing.com"), soft("board@corp.tollgate-manufacturing.com", (), ANY)),
    ("ms65b-ex10-sender-not-authenticated-for-group", f"{EX2010_SRC}; {_GRP_SRC}" + NOUSER,
     ex2010("b4", "ops@corp.tollgate-manufacturing.com", explain="", reply=_SNA133, status="5.7.133",
            org="corp.tollgate-manufacturing.com"), soft("ops@corp.tollgate-manufacturing.com", ("filtered",), ANY)),
    ("ms65b-ex10-ambiguous", f"{EX2010_SRC}; Sisimai lib/Sisimai/Lhost/Exchange2007.pm's table ('550 5.1.4 "
     "RESOLVER.ADR.Ambiguous' -> systemerror: one address matching two directory objects)" + NOUSER,
     ex2010("b5", "sales@corp.tollgate-manufacturing.com", explain="", reply="550 5.1.4 RESOLVER.ADR.Ambiguous",
            status="5.1.4", org="corp.tollgate-manufacturing.com"),
     soft("sales@corp.tollgate-manufacturing.com", ("systemerror", "filtered"))),
    ("ms65b-ex10-exrecipnotfound-no-user-line", f"{EX2010_SRC}; {EXREC_SRC} (a real SMTP address)" + NOUSER,
     ex2010("b6", "w.grant@corp.tollgate-manufacturing.com", explain="", reply="550 5.1.1 "
            "RESOLVER.ADR.ExRecipNotFound; not found", status="5.1.1", org="corp.tollgate-manufacturing.com"),
     hard("w.grant@corp.tollgate-manufacturing.com")),
    ("ms65b-ex10-approval-invalidexpiry", f"{EX2010_SRC}; {APPROVAL_SRC}" + NOUSER,
     ex2010("b7", "approvals@corp.tollgate-manufacturing.com", explain="", reply=APPROVAL, status="5.6.0",
            org="corp.tollgate-manufacturing.com"),
     soft("approvals@corp.tollgate-manufacturing.com", ("systemerror", "contenterror"))),
    ("ms65b-ex10-recipsizelimit-status-5-0-0", f"{EX2010_SRC}; " + EXS.format("5.2.3 'RESOLVER.RST.RecipSizeLimit; "
     "message too large for this recipient'") + " (a generic Status 5.0.0 in the report)" + NOUSER,
     ex2010("b8", "plans@corp.tollgate-manufacturing.com", explain="", reply="550 5.2.3 RESOLVER.RST.RecipSizeLimit; "
            "message too large for this recipient", status="5.0.0", org="corp.tollgate-manufacturing.com"),
     soft("plans@corp.tollgate-manufacturing.com", ("exceedlimit", "mesgtoobig"))),
]
