"""The reply Exchange 2007/2010 writes for a recipient in its NDR's "Diagnostic information for administrators", on the
line under the address: '#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##' (learn.microsoft.com's NDR articles
quote it so: 'NDR error 550 5.1.1 RESOLVER.ADR.ExRecipNotFound', 'Fix ... error code 550 5.4.1 in Exchange Online',
the RecipLimit article's '#550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients ##'). Read by formats/dsn.py only where
a report block carries no Diagnostic-Code (Exchange writes none for a failure of its own): without it the reading fell
back on the bare Status and the user line, so that '554 5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB
properties' read notaccept, hard (review ms65: a false hard), and a store fault's words were never seen.
Leftovers66: also the REMOTE server's reply Exchange 2010 relays on the line under the address,
'<remote> #<<remote> #5.2.2 smtp;552 5.2.2 Mailbox full> #SMTP#' (learn.microsoft.com's NDR page: '#<exchange.contoso.com
#5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#'), in a report block without a Diagnostic-Code: unread, the
reading fell back on the bare Status (audit65's strict xfail: a full mailbox read onhold)."""

from __future__ import annotations

import re

# The address's line, then the reply between '#' and ' ##' from the next non-blank line: a reply code and an enhanced
# status first (the line is Exchange's, not a user's prose). The reply may be wrapped over lines (a relay's or client's
# line wrap) but not past a blank line; each character is either a line break or not, so the lazy bound is linear.
# Audit65: also with the answering host before the '#', as Exchange 2010 writes a refusal of its own transport ("EXCH01
# #550 5.7.1 Unable to relay ##": a pastebin of a Swedish Exchange 2010 NDR, pastebin.com/YbK982xS), read securityerror.
_LINE = (r"[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[a-z0-9][\w.-]{0,250}[ \t]+)?#([45]\d\d[ \t\r\n-]{1,4}[245]\.\d{1,3}\.\d{1,3}\b"
         r"(?:[^\n#]|\n(?![ \t]*\r?$)){1,400}?)[ \t]*##[ \t]*\r?$")


# Any '#<reply> ##' line, with or without a remote host before the '#' ("EXCH01 #550 5.7.1 Unable to relay ##"), also
# wrapped over lines (each '#' starts at most one bounded scan).
_ANY_LINE = re.compile(r"(?m)#[45]\d\d[ \t\r\n-]{1,4}[245]\.\d{1,3}\.\d{1,3}\b[^#]{0,400}?##[ \t]*\r?$")


def lists_each(notice: str) -> bool:
    """Is this Exchange 2007/2010's NDR, which writes each address's user line right under it ('<address>\\n<user line>'
    in 'Delivery has failed to these recipients or groups:')? There an address with no user line has no explanation:
    the lines past a blank one are the next recipient's (audit65: a first recipient with none, or whose '##' line was
    cut, read the second's 'couldn't be found' line, a false hard under Status 5.0.0)."""
    return "##" in notice and _ANY_LINE.search(notice) is not None


# The remote server's reply relayed on the line under the address: '[<remote> ]#<[<remote>] #<status> smtp;<reply>>
# #SMTP#'; the reply is what stands between 'smtp;' and the '>' before '#SMTP#' (a reply may hold '<address>' itself).
# Between its parts a line may be wrapped (a relay's or client's line width) but not past a blank line (_W); Exchange
# writes the marks in capitals, a gateway may lower them.
_W = r"(?:[ \t]|\r?\n(?![ \t]*\r?$))"
_SMTP_LINE = (rf"[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[a-z0-9][\w.-]{{0,250}}{_W}{{1,8}})?#<(?:[a-z0-9][\w.-]{{0,250}})?"
              rf"{_W}{{0,8}}#[245]\.\d{{1,3}}\.\d{{1,3}}{_W}{{1,8}}smtp;{_W}{{0,8}}([245]\d\d(?:[^\n#]|\n(?![ \t]*\r?$)){{1,400}}?)>"
              rf"{_W}{{0,8}}#SMTP#")
_SMTP_MARK = re.compile(r"#smtp#", re.IGNORECASE)


def admin_reply(notice: str, address: str) -> str:
    """The '#<reply> ##' line Exchange writes under `address`, else the remote's reply in its '#<... smtp;<reply>>
    #SMTP#' line, or "" (the last such line: the administrators' section follows the user section)."""
    if "##" in notice:
        found = re.findall(r"(?im)^[ \t]*" + re.escape(address) + _LINE, notice)
        if found:
            return " ".join(found[-1].split())
    if _SMTP_MARK.search(notice) is None:
        return ""
    found = re.findall(r"(?im)^[ \t]*" + re.escape(address) + _SMTP_LINE, notice)
    return " ".join(found[-1].split()) if found else ""
