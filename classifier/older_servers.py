"""Older mail servers' and groupware's own verdict sentences (the hundred-and-sixty-fifth review,
tests/classifier/review_notices165.py): words a server writes in its own notice for the whole list it
returns, not a remote SMTP reply. `local_verdict` is read beside `wordings.LOCAL_DELIVERY_UNKNOWN`
(a directory's own "no such user": no content filter speaks there, whatever the SMTP stage), and
`PHRASES` is merged into `classifier.phrases` beside the other tables (lowercase substrings of the
whitespace-collapsed diagnostic). The fifteenth round of real servers (tests/classifier/real_cases_round15.py) added
Exim's words for a route back to itself and a message over its size limit, and Postfix cleanup's for a receiver's
alias table it could not expand (a remote's reply, `ALIAS_EXPANSION`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.records import Reason

R = Reason

# Novell GroupWise: a status of Undeliverable "indicates either that the user to whom the message is addressed does
# not exist in the post office, or that the post office does not exist in the domain" (GroupWise 7 and 2012
# Troubleshooting 2); the post office is GroupWise's own store and directory. Openwave/Critical Path InterMail's own
# list of local addresses its directory did not know ("The following destination addresses were unknown (please check
# the addresses and re-mail the message):"). Review 168: the absence must be a USER's (user, user ID, addressee,
# recipient), "the" optional ("User does not exist in post office" read filtered): a document library, a message file
# or a distribution list "not found in (the) post office" is no missing mailbox (three false hards); and InterMail's
# words must be its list's heading, "following destination address(es) was/were unknown" (a help line's "if any of the
# destination addresses were unknown" read a queue expiry hard; the singular read filtered).
# Review 172: not the SENDING user's, a sender's or a proxy's (GroupWise's delegate acting for the sender: our side, two
# false hards), "this post office" as "the"; and the heading's words inside a condition ("If the following destination
# addresses were unknown, please check ..." under a queue expiry read hard) are no list's heading.
# Review 176: those words before "user" only ("Your recipient / addressee does not exist in this post office" is the
# recipient's absence: it read filtered and ours).
_LOCAL_VERDICT = re.compile(r"\b(?:(?<!sending\s)(?<!sender\s)(?<!proxy\s)(?<!your\s)user(?:\s+id)?|addressee|recipient)"
                            r"(?:\s+\"?[\w.'-]{1,64}\"?)?\s+(?:does\s+not\s+exist|"
                            r"(?:was\s+|is\s+)?not\s+found)\s+in\s+(?:the\s+|this\s+)?post\s+office\b|"
                            r"\bfollowing\s+destination\s+address(?:es)?\s+(?:was|were|is|are)\s+unknown\b|"
                            # Review old36: GroupWise GWIA's status "(user or post office not found)" (its Undeliverable
                            # status: the user or the post office missing from its own directory), in brackets after
                            # the address; the bare "(user not found)" only as its list line's whole status, below.
                            r"\(user\s+or\s+post\s+office\s+not\s+found\)")
# Review holdout51: GWIA's bare status "(user not found)" as the list line gives it ("undeliverable to the following:
# <address> (user not found)"), which the notice's reading makes the opening of the recipient's diagnostic: its own
# directory's verdict (review old36 expected it hard too). Only there: the same words inside a reply keep the generic
# rules' reading (a filter at an unnamed stage may say "user not found", sisimai's rule).
_GWIA_STATUS = "(user not found)"
_SUPPOSED = re.compile(r"\b(?:if|when|whenever|should|whether|in case)\b[^.:;!?]*$")


# Review old36: Postfix local(8)'s own text for a local part its alias and passwd tables lack (src/local/unknown.c:
# 'unknown user: "%s"'), the local delivery agent's verdict; Postfix 1.x's notice gives it with no status (no DSN part
# before 2.0), later ones under 5.1.1.
_LOCAL_AGENTS = ('unknown user: "',)
# Review vintage57: Exim 3's own verdict for a local part none of its directors (later routers) of a domain it serves
# would take, 'unknown local-part "x" in domain "y"' under the address in its plain return (Exim 3 had no DSN part nor
# status; bounce handlers' rule tables quote it so, as PHPMailer-BMH's "unknown local-part \"xxxxx\" in domain
# \"yourdomain.com\""): the MTA's directory at any stage, no filter (it read filtered, a false soft). Whole: the
# local part quoted and the domain named.
_EXIM3_LOCAL_PART = re.compile(r'\bunknown local-part "[^"\s]{1,64}" in domain "')


def local_verdict(text: str) -> bool:
    """Does lowercase `text` hold GroupWise's, InterMail's, Postfix local(8)'s or Exim 3's own no-such-user verdict (a
    directory's, at any stage)?"""
    if any(p in text for p in _LOCAL_AGENTS) or text.startswith(_GWIA_STATUS) or (
            "local-part" in text and _EXIM3_LOCAL_PART.search(text)):
        return True
    return ("post office" in text or "destination address" in text) and any(
        not _SUPPOSED.search(text[max(0, m.start() - 80):m.start()]) for m in _LOCAL_VERDICT.finditer(text))


# Postfix's cleanup(8) when it cannot expand a recipient's aliases (src/cleanup/cleanup_map1n.c, cleanup_map1n_internal:
# UPDATE(state->reason, "4.6.0 Alias expansion error") over virtual_alias_expansion_limit, virtual_alias_recursion_limit
# or virtual_alias_address_length_limit, or when the table lookup fails), sent as "451 4.6.0 Alias expansion error" after
# end of DATA: the receiver's own alias table at fault, nothing in the message, so not 4.6.0's media subject
# (`reasons._coded`; real round 15, postfix-remote-alias-expansion-error-*): systemerror.
ALIAS_EXPANSION = "alias expansion error"
# Exim's moan.c ERRMESS_TOOBIG sentence (below), also read whole from its own notice by reporters/exim_moan.py.
EXIM_TOO_BIG = "longer than the maximum size allowed on this"

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.NETWORKERROR: (
        # Postfix smtp(8)'s own words when the session broke (smtp_proto.c / smtp_chat.c: "lost connection with %s
        # while %s", "conversation with %s timed out while %s"), which Postfix before 2.3 returned under Status 5.0.0
        # once the queue lifetime ran out (review vintage57: read onhold).
        "lost connection with ", "timed out while sending", "timed out while receiving",
    ),
    R.SYSTEMERROR: (
        ALIAS_EXPANSION,
        # vpopmail's vdelivermail (vdelivermail.c checkuser(), usernotfound()): a maildir it could not create, and a
        # delivery that loops, both its own failure with exit 100 (review old36; the "(#5.9.8)" it adds is no RFC 3463
        # status, so only the words say what failed).
        "auto creation of maildir failed", "auto re-creation of maildir failed", "mail is looping",
        # Exim's router when the host it routed to is this host (src/routers/rf_self_action.c, rf_self_action: "lowest
        # numbered MX record points to local host" for an MX, "remote host address is the local host" otherwise), said
        # in its notice under self = fail or defer: mail routed back to itself, a misrouting (as Postfix's "loops back
        # to myself"), not the mailbox; real round 15, exim-manualroute-self-fail-local-host.
        "remote host address is the local host", "lowest numbered mx record points to local host",
    ),
    R.MESGTOOBIG: (
        # Exim's own "Mail failure - message too big" for a message it refused on submission with -oem (src/moan.c,
        # moan_send_message, ERRMESS_TOOBIG: "A message that you sent was longer than the maximum size allowed on this
        # system. It was not delivered to any recipients."): its message_size_limit; real round 15, exim-oem-message-
        # too-big.
        EXIM_TOO_BIG,
    ),
    R.MAILBOXFULL: (
        # GroupWise's per-user disk space limit (its admin guides' "Managing Disk Space Usage in the Post Office": the
        # "Mailbox Size Limit", "the maximum disk space storage available to each user"), a user's limit, never the
        # server's disk ("insufficient disk space" stays systemfull).
        "disk space limit exceeded",
    ),
    R.EXPIRED: (
        # InterMail's queue expiry (an ISP's notice in the pages corpus, and au/EZweb's: Sisimai::Lhost::EZweb):
        # "Your message was not delivered because the destination computer was not reachable within the allowed
        # queue period.", "Your message was not delivered within 4 days and 0 hours." (never "not yet delivered").
        "not reachable within the allowed queue period", "your message was not delivered within ",
        # MMDF's final time-out (lib/mmdf/rtn_proc.c rtn_heading(DOFAIL): "    After %d days (%d hours), your message
        # could not be\nfully delivered."), its hours' bracket kept so no partial delivery is read so (review old47).
        "hours), your message could not be fully delivered",
    ),
    R.HOSTUNKNOWN: (
        # Netscape Messaging Server's (and InterMail's, whose notice it shares) own verdict after its DNS lookup of the
        # recipient's domain found no host: "Your message was not delivered because the destination computer\nwas not
        # found. ...", then "Host <domain> not found" (Mailman's Bouncers/Netscape.py; a 2004 linux-kernel thread
        # quoting Verizon's notice; review vintage55). Its boilerplate "It is also possible that a network problem
        # caused this situation" says nothing of this domain; "... could not be reached" (a connection) stays soft.
        "destination computer was not found",
    ),
    R.BLOCKED: (
        # A sendmail-era access map's refusal of the connecting IP (an ISP help desk's table of the replies its users
        # met, 1998-2005: "550 Sorry, no access for this ip", "Sender is from a known SPAM IP-address"; review old47).
        "sorry, no access for this ip",
    ),
}
