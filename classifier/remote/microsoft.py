"""Microsoft: Exchange Online / Microsoft 365, Outlook.com and Hotmail (receiving and, for the
outbound codes, Microsoft's own refusals of the sending tenant). Wording and codes from
Microsoft's "Email non-delivery reports and SMTP errors in Exchange Online" and Outlook.com
postmaster (S3140/S3150 block-list tags)."""

import re

from classifier.help_mentions import without_help_mentions
from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "microsoft"
# smtp.office365.com: the SMTP AUTH submission host of Microsoft 365 ("How to set up a
# multifunction device or application to send email using Microsoft 365").
HOSTS = (".protection.outlook.com", ".prod.outlook.com", ".outlook.com", ".hotmail.com",
         ".olc.protection.outlook.com", "outlook.com", "hotmail.com", ".office365.com", "office365.com")
DOMAINS = ("outlook.com", "hotmail.com", "live.com", "msn.com", "hotmail.co.uk", "hotmail.fr",
           "outlook.jp", "live.jp", "hotmail.de", "outlook.de", "windowslive.com")
# "AS(201806281)": Exchange Online Protection's own tag on its Directory Based Edge Blocking
# refusal ("550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", as hosts'
# pages quote it: simplefastwebsites.com, suped.com), kept where no Microsoft host is named
# (Exchange Online's own NDR to a Microsoft 365 sender, a gateway relaying the refusal).
MARKERS = ("protection.outlook.com]", "postmaster.live.com", "postmaster.outlook.com", "sendersupport.olc.protection",
           "resolver.adr.", "resolver.rst.", "storedrv.deliver", "aka.ms/", "go.microsoft.com/fwlink",
           "as(201806281)",
           # Exchange's RESOLVER.RST texts for a group, mailbox or public folder taking only
           # authenticated (internal) senders, quoted without their RESOLVER tag (5.7.13, 5.7.133-136:
           # "Email non-delivery reports and SMTP errors in Exchange Online"; Sisimai 5's
           # rhost/for-microsoft.go matches the same words). Under 5.7.13, RFC 3463's "account
           # disabled", they read suspend where no Microsoft host was named (review 41).
           "sender was not authenticated for", "sender not authenticated for group")
# EOP's refusals of a recipient that does not exist, by their code and words together, mark the reply where no
# Microsoft host is named (a gateway relaying it, Exchange Online's own NDR): 5.7.505 "Access denied, banned
# recipient", 5.7.504 "[x]: Recipient address rejected: Access denied" and DBEB's 5.4.1 (the same words), all
# "the recipient isn't valid / doesn't exist in the organization" in Microsoft's table. Unmarked they read
# securityerror / filtered, soft (reviews 100, 101). Only as the reply itself, its code first (at the start of the
# text, after a reporter's "said: " / "<x>: ", or in the text's bare twin after " | "): review 100 keyed the words
# alone, and a help line naming them ("not an 'Access denied, banned recipient' refusal") made any server's reply
# Microsoft's, so that Microsoft's "mailbox unavailable" rule read a 550 after DATA as a missing user (a false
# hard) and Mimecast's own mark lost to Microsoft's; a quote of the whole line with its code in another server's
# help text is no EOP reply either (review 101). Postfix's access(5) REJECT says "<x>: Recipient address
# rejected: Access denied" under 5.7.1 (src/smtpd/smtpd_check.c check_table_result), which this leaves alone.
_REPLY_START = r"(?:^|: |\| )(?:[45]\d\d[ -])?"
TAG = re.compile(_REPLY_START + r"(?:5\.7\.505 access denied, banned recipient"
                 r"|(?:5\.4\.1|5\.7\.504) (?:\[[^\s\[\]]{1,300}\]: )?recipient address rejected: access denied)")
# EOP's 5.7.505 words with the enhanced code lost on the way (a relay that drops it), as the reply itself.
_NO_CODE = "550 access denied, banned recipient"
_NO_CODE_REPLY = re.compile(r"(?:^|: |\| )" + _NO_CODE)


# A reply with its own enhanced code before the words (in the same reply, not its bare twin after " | "): the words
# are then a quote inside that reply ("550 5.7.64 TenantAttribution; Relay Access Denied: 550 Access denied, banned
# recipient is not this refusal", our own tenant refused), not EOP's reply whose code was lost (review 104: a false
# hard). A relay's bare "550 <x>: " before them is no code of its own: still EOP's words relayed.
_OWN_CODE = re.compile(r"(?:^|\s)[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b")


def skips(rule: Rule, text: str) -> bool:
    """The no-code rule below only where the words are the reply itself, not a quote inside another reply; and a
    missing recipient's words not where a help pointer only quotes them (help_mentions: "550 5.7.606 Access denied,
    banned sending IP ... not a 5.1.10 'Recipient not found by SMTP address lookup' refusal", our IP refused; audit
    35d, a false hard)."""
    if rule.reason is R.USERUNKNOWN and rule.wording and rule.wording not in without_help_mentions(text):
        return True
    if rule.wording != _NO_CODE:
        return False
    m = _NO_CODE_REPLY.search(text)
    return m is None or _OWN_CODE.search(text, text.rfind("| ", 0, m.start()) + 1, m.start()) is not None


RULES = (
    # The recipient: 5.1.10 "Recipient not found by SMTP address lookup" (directory-based
    # edge blocking), 5.4.1 "Recipient address rejected: Access denied" (same, on the edge).
    Rule(reason=R.USERUNKNOWN, status="5.1.10"),
    Rule(reason=R.USERUNKNOWN, wording="recipient address rejected: access denied", status="5.4.1"),
    Rule(reason=R.USERUNKNOWN, wording="resolver.adr.recipientnotfound"),
    # 5.7.505 "Access denied, banned recipient": "The recipient that you're attempting to contact
    # isn't valid" (the same table): not the sender's ban, the address's. Under its own code only:
    # the words quoted under another (5.7.606's "not an 'Access denied, banned recipient' refusal")
    # are not this refusal (review 100's negated control).
    Rule(reason=R.USERUNKNOWN, wording="access denied, banned recipient", status="5.7.505"),
    # ...and the same reply with its enhanced code lost on the way, the words the reply itself (skips above). Only
    # where the reply is already Microsoft's by its host or another mark (TAG wants the code): review 100's
    # status-only rule had made Microsoft's own "550 Access denied, banned recipient" soft (review 101).
    Rule(reason=R.USERUNKNOWN, wording=_NO_CODE),
    # 5.7.504 "[x]: Recipient address rejected: Access denied": "The recipient address that you're
    # attempting to contact isn't valid" (the same table); as 5.4.1's edge refusal above.
    Rule(reason=R.USERUNKNOWN, wording="recipient address rejected: access denied", status="5.7.504"),
    Rule(reason=R.USERUNKNOWN, wording="recipient not found by smtp address lookup"),
    # Outlook.com: "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)".
    Rule(reason=R.USERUNKNOWN, wording="requested action not taken: mailbox unavailable"),
    # Our mailbox's sending quota, its exception named after a "554 5.2.2 mailbox full;" lead
    # ("STOREDRV.Submission.Exception:SubmissionQuotaExceededException"), before "quotaexceeded" (review states63).
    Rule(reason=R.SPEEDING, wording="submissionquotaexceeded"),
    Rule(reason=R.MAILBOXFULL, wording="quotaexceeded"),
    Rule(reason=R.MAILBOXFULL, status="5.2.2"),
    Rule(reason=R.EXCEEDLIMIT, wording="resolver.rst.recipsizelimit"),
    Rule(reason=R.FILTERED, wording="resolver.rst.notauthorized"),
    Rule(reason=R.FILTERED, wording="resolver.rst.dlneedssenderrestrictions"),
    Rule(reason=R.FILTERED, status="5.7.124"),  # sender not in the group's allowed senders
    Rule(reason=R.FILTERED, status="5.7.129"),
    Rule(reason=R.FILTERED, status="5.7.133"),  # group/mailbox accepts only authenticated senders
    Rule(reason=R.FILTERED, status="5.7.134"),
    Rule(reason=R.FILTERED, status="5.7.13"),
    Rule(reason=R.FILTERED, status="5.7.135"),  # public folder: accepts only authenticated senders
    Rule(reason=R.FILTERED, status="5.7.136"),  # mail user: the same
    # 5.0.350 "x-dg-ref header is too long": a Rich Text (TNEF) message the recipient's
    # organisation refused for its form (the same table).
    Rule(reason=R.CONTENTERROR, wording="x-dg-ref header is too long"),
    Rule(reason=R.SPEEDING, status="5.2.121"),  # recipient's per-hour limit from one sender
    Rule(reason=R.SPEEDING, status="5.2.122"),
    Rule(reason=R.SPEEDING, status="4.2.121"),
    # Exchange's directory and store faults under codes whose subject reads as the address's (5.1.0) or that Sisimai
    # leaves filtered (5.2.0): the recipient lives (review ms65, false hards under 5.1.0). RESOLVER.ADR.InvalidInSmtp
    # (Sisimai's Lhost/Exchange2007.pm: systemerror); BadPrimary, our own tenant's contact object with no valid primary
    # address (learn.microsoft.com 'Remote Server returned 550 5.2.0 RESOLVER.ADR.BadPrimary'); the store failing to
    # find the mailbox's Clutter folder ('554 5.2.0 STOREDRV.Deliver.Exception:ObjectNotFoundException.
    # MapiExceptionNotFound; ... with message Cannot get ID from name': learn.microsoft.com's NDR article on it).
    Rule(reason=R.SYSTEMERROR, wording="resolver.adr.invalidinsmtp"),
    Rule(reason=R.SYSTEMERROR, wording="resolver.adr.badprimary"),
    Rule(reason=R.SYSTEMERROR, wording="with message cannot get id from name"),
    # 550 5.1.20 "Multiple From addresses are not allowed without Sender address" (learn.microsoft.com 'NDR error code
    # 550 5.1.20', RFC 5322 3.6.2): our message's From field, not the recipient, though its code's subject is the
    # address's (review ms65: read userunknown, a false hard). Our side's message, so a sender rule: it also holds where
    # Exchange Online writes the NDR about its own refusal (the reporting host's sender rules only).
    Rule(reason=R.NOTCOMPLIANTRFC, wording="multiple from addresses are not allowed without sender address", sender=True),
    # 5.7.12 "Sender was not authenticated by organization": the recipient takes mail from inside its organisation only
    # (the same table; as 5.7.13 / 5.7.133-136 below), not a refusal of our sender (review ms65).
    Rule(reason=R.FILTERED, wording="sender was not authenticated by organization", status="5.7.12"),
    # Exchange Online's own trouble, for now (Sisimai 5's rhost/for-microsoft.go quotes both from
    # Postfix logs: "451 4.7.700 PFA agent busy, please try again." at MAIL FROM, "451 4.4.22-28
    # Message failed to be replicated: ..." after DATA): no refusal of the sender (review 41).
    Rule(reason=R.SYSTEMERROR, wording="pfa agent busy"),
    Rule(reason=R.SYSTEMERROR, wording="message failed to be replicated"),
    # The sending infrastructure (our side of the wire, or Microsoft refusing our IP).
    Rule(reason=R.BADREPUTATION, status="4.7.650", sender=True),
    Rule(reason=R.BADREPUTATION, wording="rate limited due to ip reputation", sender=True),
    Rule(reason=R.BLOCKED, wording="part of their network is on our block list", sender=True),
    Rule(reason=R.BLOCKED, wording="(s3150)", sender=True),
    # Outlook.com/Hotmail's older postmaster codes, all refusals of the connecting IP: SC-001
    # (policy), SC-002 (namespace mining), SC-003 (IP on a block list), SC-004 (complaints),
    # DY-001/DY-002 (dynamic or residential IP), OU-001/OU-002 (IP or domain blocked).
    *(Rule(reason=R.BLOCKED, wording=f"{code} ", sender=True)
      for code in ("sc-001", "sc-002", "sc-003", "sc-004", "dy-001", "dy-002", "ou-001", "ou-002")),
    Rule(reason=R.BLOCKED, wording="(s3140)", sender=True),
    Rule(reason=R.BLOCKED, wording="banned sending ip", sender=True),
    Rule(reason=R.BLOCKED, wording="access denied, banned sender", sender=True),
    Rule(reason=R.BLOCKED, wording="using customer block list", sender=True),
    Rule(reason=R.BLOCKED, wording="access denied, bad helo", sender=True),
    # 5.7.507 "Access denied, rejected by recipient": "The IP that you're attempting to send from
    # has been blocked by the recipient's organization. Contact the recipient to resolve this
    # issue." ("Email non-delivery reports and SMTP errors in Exchange Online"). What is refused
    # is our sending IP, as with 5.7.513's Customer Block list above; that the recipient's
    # organisation chose the block makes both a judgement call (tests/classifier/test_scope.py
    # JUDGEMENT: exo-customer-block-list, exo-5.7.507-rejected-by-recipient).
    Rule(reason=R.BLOCKED, wording="access denied, rejected by recipient", sender=True),
    Rule(reason=R.BLOCKED, wording="must have a reverse dns record", sender=True),
    Rule(reason=R.BLOCKED, wording="does not accept email over ipv6", sender=True),
    Rule(reason=R.BLOCKED, wording="access denied, please try again later", status="4.7.", sender=True),
    # The same range's "451 4.7.500 Server busy. Please try again later from [ip]. (S77719)": our IP held back.
    Rule(reason=R.BLOCKED, wording="please try again later from [", status="4.7.", sender=True),
    # Outlook.com's "451 4.7.500 Server busy. Please try again later from [ip]. (AS761)": the same
    # 4.7.500-699 range ("suspicious activity ... sending has been temporarily restricted").
    Rule(reason=R.BLOCKED, wording="server busy. please try again later from", status="4.7.", sender=True),
    # 5.7.705 tenant over threshold, 5.7.708 "traffic not accepted from this IP", 5.7.750
    # "client blocked from sending from unregistered domains": Microsoft refusing the sender.
    Rule(reason=R.BLOCKED, status="5.7.705", sender=True),
    Rule(reason=R.BLOCKED, status="5.7.708", sender=True),
    Rule(reason=R.BLOCKED, status="5.7.750", sender=True),
    # The same table's 5.7.700-749 "Access denied, tenant has exceeded threshold" (only 5.7.705's
    # code is listed above; Sisimai 5 matches the words over the range).
    Rule(reason=R.BLOCKED, wording="tenant has exceeded threshold", sender=True),
    # "451 4.7.652 The mail server [ip] has exceeded the maximum number of connections. (S3115)"
    # (Outlook.com, as Sisimai 5's rhost/for-microsoft.go quotes it): our host's connections.
    Rule(reason=R.TOOMANYCONN, wording="has exceeded the maximum number of connections", sender=True),
    Rule(reason=R.BLOCKED, wording="traffic not accepted from this ip", sender=True),
    Rule(reason=R.SPAMDETECTED, status="5.7.501", sender=True),  # "spam abuse detected": account banned
    Rule(reason=R.SPAMDETECTED, status="5.7.502", sender=True),
    Rule(reason=R.SPAMDETECTED, status="5.7.503", sender=True),
    Rule(reason=R.REJECTED, wording="bad outbound sender", sender=True),  # 5.1.8
    Rule(reason=R.REJECTED, wording="sendasdenied", sender=True),  # 5.7.60
    Rule(reason=R.REJECTED, status="5.7.60", sender=True),  # "Client does not have permissions to send as this sender"
    Rule(reason=R.SPEEDING, status="5.1.90", sender=True),  # daily recipient limit of the sender
    Rule(reason=R.SPEEDING, wording="exceeded the number of recipients", sender=True),
    Rule(reason=R.AUTHFAILURE, wording="does not pass dmarc verification", sender=True),
    Rule(reason=R.AUTHFAILURE, wording="must pass either spf or dkim", sender=True),
    Rule(reason=R.AUTHFAILURE, wording="sender policy framework violation", sender=True),
    Rule(reason=R.SECURITYERROR, status="5.7.57", sender=True),  # client not authenticated
    Rule(reason=R.NOTCOMPLIANTRFC, status="5.7.512"),
    Rule(reason=R.NORELAYING, status="5.7.64"),
    Rule(reason=R.NORELAYING, wording="unable to relay recipient in non-accepted domain"),
    Rule(reason=R.NETWORKERROR, status="5.4.14"),  # hop count exceeded
    Rule(reason=R.HOSTUNKNOWN, status="5.4.310"),  # DNS domain does not exist
    Rule(reason=R.EXPIRED, status="5.4.300"),
    Rule(reason=R.CONTENTERROR, status="5.6.11"),
)
