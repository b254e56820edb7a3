"""Lists 63: a first-run MEASUREMENT of the classifier on notices about MAILING LISTS, GROUPS and FORWARDERS, as a
sales sender meets them when a prospect's address is a group, an alias or a forward: Google Groups' posting refusal,
Microsoft 365 groups and distribution lists (5.7.193 UnifiedGroupAgent, RESOLVER.RST.AuthRequired / NotAuthorized,
5.7.133, a deleted group's 5.1.10 / 5.1.1), Mailman 2 and 3 rejections and holds, Sympa, LISTSERV (this module);
aliases, .forward, SRS, procmail / Sieve and catch-all relays in review_lists63_more.py.

The harms aimed at: a group's moderation hold (no failure at all: []) or a posting-permission refusal (the group is
live: soft, any reason, any scope) read hard (FALSE HARD); a dead forward target read as the prospect's own hard
(the failed recipient is the target, review audit36's and multi57's convention); a list or group that does not exist
missed (false soft: a deleted group's 5.1.1 / 5.1.10 is hard).

Census before writing (grep of tests/classifier/review_*.py): "expanded from" 61 lines / 25 files, Exim's
"generated from" / "<--" in multi57, Mailman 94 lines, Sympa 204, moderator 56, Google Groups 8 (holds58's one
plain refusal and one deleted Workspace group), SRS0 3 (layouts42_more, one row), 5.7.193 none as a row (one
mention), AuthRequired 9, "implicit destination" 2 (one Mailman 2 hold), LISTSERV 21, non-member 7. Aimed at what
is thin: 5.7.193 in three layouts, AuthRequired / NotAuthorized / 5.7.133 in Gmail's and Postfix's layouts, Mailman
2's automatic rejection and its other hold reasons, Mailman 3's rejection, Sympa's authorization refusal and
moderation, LISTSERV's "not authorized" and editor hold, a Google Groups refusal without the original attached, and
forward targets failing for reasons beside no-such-user (SPF/DMARC after a forward, loops, procmail, Sieve reject).

Expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from the sources' words and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). Names "l63-<frame>-<what>"."""

from __future__ import annotations

from tests.classifier.review_holdout50 import (ANY, EXCH, OLD_EXPLAIN, PROBLEM, exo_unknown, g_nosuch, g_remote, hard,
                                               pf_remote, soft)
from tests.classifier.review_holdout50_layouts import (EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, SELLER,
                                                       exchange_old, exo, postfix)
from tests.classifier.review_holds58_layouts import plain
from tests.classifier.review_lists63_layouts import (EXO_133, EXO_193, EXO_AUTH, GG, GG_MOD, LISTSERV_AUTH,
                                                     LISTSERV_MOD, MM2_FILTER, MM2_HOLD, MM2_REFUSE, MM2_REJ, MM3_HOLD,
                                                     MM3_REJ, PF_LOCAL, SYMPA_MOD, SYMPA_REJ, SYMPA_UNKNOWN,
                                                     list_notice)

NB: list = []
LST = "lists.harbourline-logistics.com"
EOPMX = "harbourline-logistics-com.mail.protection.outlook.com"
U193 = ("550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders "
        "aren't permitted to send to this group.")
AUTHREQ = "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required"
NOTAUTH = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
SNA133 = ("550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction "
          "check failed as sender not authenticated")
RESTRICTED = "Your message can't be delivered because delivery to this address is restricted."
GG_TEXT = ("Hello {s},\n\nWe're writing to let you know that the group you tried to contact ({g}) may not exist, or "
           "you may not have permission to post messages to the group. A few more details on why you weren't able "
           "to post:\n\n * You might have spelled or formatted the group name incorrectly.\n * The owner of the group "
           "may have removed this group.\n * You may need to join the group before receiving permission to post.\n"
           " * This group may not be open to posting.\n\nIf you have questions related to this or any other Google "
           "Group, visit the Help Center at https://groups.google.com/support/.\n\nThanks,\n\n{d} admins\n")
HELD = ("Your mail to '{l}' with the subject\n\n    Quick question about your Q4 logistics\n\nIs being held until the "
        "list moderator can review it for approval.\n\nThe reason it is being held:\n\n    {why}\n\nEither the message "
        "will get posted to the list, or you will receive\nnotification of the moderator's decision.  If you would "
        "like to cancel\nthis posting, please visit the following URL:\n\n    https://{h}/mailman/confirm/{l}/"
        "8f3c1e0b2a\n")
MM2_AUTO = ("You are not allowed to post to this mailing list, and your message has been\nautomatically rejected.  If "
            "you think that your messages are being rejected in\nerror, contact the mailing list owner at\n{o}\n")
MM3_REJECTED = ("Your message to the {l} mailing-list was rejected for the following\nreasons:\n\n{why}\n\nThe original "
                "message as received by Mailman is attached.\n")


def any_soft(a: str) -> list[tuple]:
    return soft(a, (), ANY)


GROUP_ROWS = [
    # Google Groups: the refusal says the group "may not exist" or we may not post: the group is not known dead.
    ("l63-plain-ggroups-sales-team", GG,
     plain("g1", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
           GG_TEXT.format(s=SELLER, g="sales-team", d="harbourline-logistics.com"),
           orig_to="sales-team@harbourline-logistics.com", extra="Auto-Submitted: auto-replied\n"),
     any_soft("sales-team@harbourline-logistics.com")),
    ("l63-plain-ggroups-full-address-no-original", f"{GG} (the group named by its whole address, no original attached)",
     plain("g2", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
           GG_TEXT.format(s=SELLER, g="partners@kestrel-freight.co.uk", d="kestrel-freight.co.uk"),
           extra="Auto-Submitted: auto-replied\n"), any_soft("partners@kestrel-freight.co.uk")),
    ("l63-plain-ggroups-pending-approval", GG_MOD,
     plain("g3", "Google Groups <noreply@googlegroups.com>", "Your message to buyers is pending approval",
           "Your message to the group buyers (buyers@kestrel-freight.co.uk) is awaiting approval by a group "
           "moderator.\n\nYou'll get an email if your message is rejected. If it's approved, it will be posted to "
           "the group.\n\nSubject: Quick question about your Q4 logistics\n", orig_to="buyers@kestrel-freight.co.uk",
           extra="Auto-Submitted: auto-generated\n"), NB),
    ("l63-pf-google-group-deleted-nosuchuser", f"{POSTFIX_SRC}; {GG} (a deleted group's address at a Workspace domain "
     "answers Gmail's NoSuchUser at RCPT)",
     pf_remote("g4", "rfq@kestrel-freight.co.uk", "550-5.1.1 The email account that you tried to reach does not "
               "exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 "
               "unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p="
               "NoSuchUser a1b2c3d4e5f60-g4si1234567.5 - gsmtp", "5.1.1", "aspmx.l.google.com"),
     hard("rfq@kestrel-freight.co.uk")),
    ("l63-gmail-google-group-deleted", f"{GMAIL_SRC} (a Workspace group deleted: Gmail's own NoSuchUser)",
     g_nosuch("g5", "tenders@kestrel-freight.co.uk"), hard("tenders@kestrel-freight.co.uk")),
    # Microsoft 365 groups: 5.7.193 (external senders not permitted), in Exchange Online's, Gmail's, Postfix's layouts.
    ("l63-exo-5-7-193-group-not-set-up", f"{EXO_SRC}; {EXO_193}",
     exo("m1", "sales@harbourline-logistics.com", why="The group Sales isn't set up to receive messages from Sam "
         "Seller.", fix="How to Fix It\nOnly the group owner or an email admin in the recipient's organization can "
         "fix this issue.", diag=U193, status="5.7.193"), any_soft("sales@harbourline-logistics.com")),
    ("l63-gmail-5-7-193", f"{GMAIL_SRC}; {EXO_193}",
     g_remote("m2", "procurement@harbourline-logistics.com", U193, "5.7.193", EOPMX, heading="Message not delivered",
              lead=PROBLEM), any_soft("procurement@harbourline-logistics.com")),
    ("l63-gmail-5-7-193-address-not-found-lead", f"{GMAIL_SRC} (its 'Address not found' lead under a 550); {EXO_193}",
     g_remote("m3", "rfq@harbourline-logistics.com", U193, "5.7.193", EOPMX), any_soft("rfq@harbourline-logistics.com")),
    ("l63-pf-5-7-193", f"{POSTFIX_SRC}; {EXO_193}",
     pf_remote("m4", "info@harbourline-logistics.com", U193, "5.7.193", EOPMX), any_soft("info@harbourline-logistics.com")),
    ("l63-pf-5-7-193-dsn-status-5-1-1", f"{POSTFIX_SRC}; {EXO_193} (a gateway's DSN Status 5.1.1 over it)",
     pf_remote("m5", "bids@harbourline-logistics.com", U193, "5.1.1", EOPMX), any_soft("bids@harbourline-logistics.com")),
    # Exchange distribution groups that take mail only from authenticated or listed senders.
    ("l63-exold-authrequired", f"{EXO_OLD_SRC}; {EXO_AUTH}",
     exchange_old("m6", "allstaff@corp.brenton-marine.com", explain=RESTRICTED, diag=AUTHREQ, status="5.7.1"),
     any_soft("allstaff@corp.brenton-marine.com")),
    ("l63-pf-authrequired-stage", f"{POSTFIX_SRC}; {EXO_AUTH}",
     pf_remote("m7", "purchasing@brenton-marine.com", AUTHREQ + " [Stage: CreateMessage]", "5.7.1",
               "brenton-marine-com.mail.protection.outlook.com"), any_soft("purchasing@brenton-marine.com")),
    ("l63-exold-notauthorized", f"{EXO_OLD_SRC}; {EXO_AUTH}",
     exchange_old("m8", "board@corp.brenton-marine.com", explain=RESTRICTED, diag=NOTAUTH, status="5.7.1"),
     any_soft("board@corp.brenton-marine.com")),
    ("l63-gmail-5-7-133-group", f"{GMAIL_SRC}; {EXO_133}",
     g_remote("m9", "ops@brenton-marine.com", SNA133, "5.7.133", "brenton-marine-com.mail.protection.outlook.com",
              heading="Message not delivered", lead=PROBLEM), any_soft("ops@brenton-marine.com")),
    ("l63-pf-5-7-133-group", f"{POSTFIX_SRC}; {EXO_133}",
     pf_remote("m10", "logistics@brenton-marine.com", SNA133, "5.7.133", "brenton-marine-com.mail.protection.outlook.com"),
     any_soft("logistics@brenton-marine.com")),
    # Controls: a deleted Microsoft 365 group / distribution list is no such recipient (hard).
    ("l63-exo-deleted-group-5-1-10", f"{EXO_SRC} (a deleted group's address: RecipientNotFound)",
     exo_unknown("m11", "projects@harbourline-logistics.com"), hard("projects@harbourline-logistics.com")),
    ("l63-exold-deleted-dl-5-1-1", f"{EXO_OLD_SRC}; {EXCH} (a removed distribution list)",
     exchange_old("m12", "events@corp.brenton-marine.com", explain=OLD_EXPLAIN, diag="550 5.1.1 RESOLVER.ADR."
                  "RecipNotFound; not found", status="5.1.1"), hard("events@corp.brenton-marine.com")),
]

MAILMAN_ROWS = [
    # Mailman 2: the automatic rejection of a non-member (soft: the list lives), its holds (no failure at all).
    ("l63-mm2-auto-reject-nonmember", MM2_REJ,
     list_notice("a1", f"partners-owner@{LST}", "Request to mailing list Partners rejected",
                 MM2_AUTO.format(o=f"partners-owner@{LST}"), orig_to=f"partners@{LST}"), any_soft(f"partners@{LST}")),
    ("l63-mm2-auto-reject-bounces-sender", f"{MM2_REJ} (sent from the list's -bounces address)",
     list_notice("a2", f"carriers-bounces@{LST}", "Request to mailing list Carriers rejected",
                 MM2_AUTO.format(o=f"carriers-owner@{LST}"), orig_to=f"carriers@{LST}",
                 extra="Precedence: bulk\nX-BeenThere: carriers@" + LST + "\n"), any_soft(f"carriers@{LST}")),
    ("l63-mm2-held-nonmember", MM2_HOLD,
     plain("a3", f"partners-bounces@{LST}", "Your message to Partners awaits moderator approval",
           HELD.format(l="Partners", why="Post by non-member to a members-only list", h=LST),
           extra="Precedence: bulk\n"), NB),
    ("l63-mm2-held-moderated", MM2_HOLD,
     plain("a4", f"announce-bounces@{LST}", "Your message to Announce awaits moderator approval",
           HELD.format(l="Announce", why="Post to moderated list", h=LST), extra="Precedence: bulk\n"), NB),
    ("l63-mm2-held-too-many-recipients", MM2_HOLD,
     plain("a5", f"drivers-bounces@{LST}", "Your message to Drivers awaits moderator approval",
           HELD.format(l="Drivers", why="Too many recipients to the message", h=LST), extra="Precedence: bulk\n"), NB),
    ("l63-mm2-held-restricted", MM2_HOLD,
     plain("a6", f"depots-admin@{LST}", "Your message to Depots awaits moderator approval",
           HELD.format(l="Depots", why="Posting to a restricted list by sender requires approval", h=LST),
           extra="Precedence: bulk\n"), NB),
    ("l63-mm2-refused-by-moderator", MM2_REFUSE,
     plain("a7", f"tenders-owner@{LST}", "Request to mailing list Tenders rejected",
           f"Your request to the tenders@{LST} mailing list\n\n    Posting of your message titled \"Quick question "
           "about your Q4 logistics\"\n\nhas been rejected by the list moderator.  The moderator gave the following"
           "\nreason for rejecting your request:\n\n\"This address does not exist for sales enquiries; please use the "
           f"web form.\"\n\nAny questions or comments should be directed to the list administrator\nat:\n\n    "
           f"tenders-owner@{LST}\n"), any_soft(f"tenders@{LST}")),
    ("l63-mm2-filter-rule", MM2_FILTER,
     list_notice("a8", f"ops-owner@{LST}", "Request to mailing list Ops rejected", "Message rejected by filter rule "
                 "match\n", orig_to=f"ops@{LST}"), any_soft(f"ops@{LST}")),
    ("l63-pf-mm2-list-gone-local", f"{POSTFIX_SRC}; {PF_LOCAL} (the list's alias removed with the list)",
     postfix("a9", f"fleet@{LST}", reason="unknown user: \"fleet\"", status="5.1.1", remote=None),
     hard(f"fleet@{LST}")),
    # Mailman 3: its rejection (soft) and its hold (none).
    ("l63-mm3-rejected-nonmember", MM3_REJ,
     list_notice("b1", f"partners-owner@{LST}", "Quick question about your Q4 logistics",
                 MM3_REJECTED.format(l=f"partners@{LST}", why="The message is not from a list member"),
                 orig_to=f"partners@{LST}"), any_soft(f"partners@{LST}")),
    ("l63-mm3-rejected-implicit-destination", MM3_REJ,
     list_notice("b2", f"members-owner@{LST}", "Quick question about your Q4 logistics",
                 MM3_REJECTED.format(l=f"members@{LST}", why="Message has implicit destination"),
                 orig_to=f"members@{LST}"), any_soft(f"members@{LST}")),
    ("l63-mm3-held-implicit", MM3_HOLD,
     plain("b3", f"members-owner@{LST}", f"Your message to members@{LST} awaits moderator approval",
           f"Your mail to 'members@{LST}' with the subject\n\n    Quick question about your Q4 logistics\n\nIs being "
           "held until the list moderator can review it for approval.\n\nThe message is being held because:\n\n    "
           "Message has implicit destination\n\nEither the message will get posted to the list, or you will "
           "receive\nnotification of the moderator's decision.\n"), NB),
    # Sympa and LISTSERV.
    ("l63-sympa-authorization-denied", SYMPA_REJ,
     list_notice("s1", f"sympa@{LST}", "Message distribution: Authorization denied",
                 f"Your message for list 'suppliers' (attached below) was rejected.\nYou are not allowed to send this "
                 "message for the following reason:\n\n    The list is restricted to its subscribers.\n\nFor further "
                 f"information, please contact suppliers-request@{LST}\n", orig_to=f"suppliers@{LST}"),
     any_soft(f"suppliers@{LST}")),
    ("l63-sympa-forwarded-to-moderators", SYMPA_MOD,
     list_notice("s2", f"sympa@{LST}", "Message distribution: Forwarded to the moderators",
                 "Your message for list 'suppliers' (attached below) has been forwarded to the list's moderators.\n"
                 "It will be distributed once a moderator has approved it.\n", orig_to=f"suppliers@{LST}",
                 extra="Auto-Submitted: auto-generated\n"), NB),
    ("l63-sympa-list-unknown", SYMPA_UNKNOWN,
     postfix("s3", f"shippers@{LST}", reason=f"host {LST}[private/sympa] said: 550 5.1.1 List unknown (in reply to "
             "RCPT TO command)", status="5.1.1", remote=LST, diag="550 5.1.1 List unknown"), hard(f"shippers@{LST}")),
    ("l63-listserv-not-authorized", LISTSERV_AUTH,
     plain("L1", "\"L-Soft list server at LISTS.BRENTON-MARINE.COM (17.0)\" <LISTSERV@lists.brenton-marine.com>",
           "Rejected posting to DEALERS@LISTS.BRENTON-MARINE.COM",
           f"You are not authorized to send mail to the DEALERS list from your\n{SELLER} account. You might be "
           "authorized to send to the list from\nanother of your accounts, or perhaps when using another mail "
           "program\nwhich generates slightly different addresses, but LISTSERV has no\nway to associate this other "
           "account or address with yours. If you need\nassistance or if you have any question regarding the policy "
           "of the\nDEALERS list, please contact the list owners: DEALERS-request@LISTS.BRENTON-MARINE.COM.\n",
           orig_to="dealers@lists.brenton-marine.com"), any_soft("dealers@lists.brenton-marine.com")),
    ("l63-listserv-submitted-to-editor", LISTSERV_MOD,
     plain("L2", "\"L-Soft list server at LISTS.BRENTON-MARINE.COM (17.0)\" <LISTSERV@lists.brenton-marine.com>",
           "Message \"Quick question about your Q4 logistics\"",
           "Your message dated Tue, 14 Oct 2025 09:10:02 +0000 with subject \"Quick question\nabout your Q4 "
           "logistics\" has been submitted to the moderator of the\nDEALERS list: Dana Editor "
           "<d.editor@brenton-marine.com>.\n"), NB),
]

ROWS = GROUP_ROWS + MAILMAN_ROWS
