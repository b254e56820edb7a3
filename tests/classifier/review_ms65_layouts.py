"""Review ms65's whole-notice layout (HAND-MADE, full message bytes) beside holdout50's exo / exchange_old: Exchange
2010's NDR as learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' shows it under "How
to interpret an Exchange NDR" and "Diagnostic information for administrators" (the user section 'Delivery has failed to
these recipients or groups:', the generating server, the rejected recipient, then either the remote server's
'<remote> #<<remote> #<status> smtp;<reply>> #SMTP#' line or the local '#<reply> ##' line, the original headers), and
its RFC 3464 part as Exchange writes it (Final-Recipient, Action, Status, X-Display-Name; Remote-MTA and
Diagnostic-Code only where a remote server answered)."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, REP

EX2010_SRC = ("Exchange 2010 NDR: learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' "
              "(MicrosoftDocs/SupportArticles-docs .../ndr/non-delivery-reports-in-exchange-online.md: 'How to "
              "interpret an Exchange NDR', 'Diagnostic information for administrators' format)")
_ORIG = "Subject: Quick question about your Q4 logistics\nDate: Tue, 14 Oct 2025 09:10:02 +0000\n"


def ex2010(rid: str, address: str, *, explain: str, reply: str, status: str, remote: str | None = None,
           server: str = "EXCH01.corp.example.net", org: str = "corp.example.net", sender: str = REP,
           rejected_by: bool = True) -> bytes:
    """Exchange 2010's NDR: with `remote` the remote server's reply in the '#<...> #SMTP#' line (and the user line
    naming the organisation that rejected it), else the local '#<reply> ##' line."""
    if remote:
        admin = f"{remote} #<{remote} #{status} smtp;{reply}> #SMTP#"
        user = f"{explain} The following organization rejected your message: {remote}." if rejected_by else explain
        dsn_extra = f"Remote-MTA: dns;{remote}\nDiagnostic-Code: smtp;{reply}\n"
    else:
        admin, user, dsn_extra = f"#{reply} ##", explain, ""
    text = (f"Delivery has failed to these recipients or groups:\n\n{address}\n{user}\n\n\n\n\n\n\n"
            f"Diagnostic information for administrators:\n\nGenerating server: {server}\n\n{address}\n{admin}\n\n"
            f"Original message headers:\n\nReceived: from EXCH02.{org} ({server}) by {server} with Microsoft SMTP "
            f"Server id 14.3.123.3; {DATE}\nFrom: Sam Seller <{sender}>\nTo: <{address}>\n{_ORIG}"
            f"Message-ID: <{rid}@{org}>\n")
    display = address.split("@")[0]
    return (
        f"From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{org}>\n"
        f"To: <{sender}>\nDate: {DATE}\nSubject: Undeliverable: Quick question about your Q4 logistics\n"
        f"Message-ID: <{rid}-ndr@{server}>\nAuto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr:\n"
        "Content-Language: en-US\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"_ex10_\"\n\n"
        f"--_ex10_\nContent-Type: text/plain; charset=\"us-ascii\"\n\n{text}\n"
        f"--_ex10_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{server}\n"
        f"Received-From-MTA: dns;EXCH02.{org}\nArrival-Date: {DATE}\n\n"
        f"Final-Recipient: rfc822;{address}\nAction: failed\nStatus: {status}\n{dsn_extra}X-Display-Name: {display}\n\n"
        "--_ex10_\nContent-Type: text/rfc822-headers\n\n"
        f"From: Sam Seller <{sender}>\nTo: <{address}>\n{_ORIG}Message-ID: <{rid}@{org}>\n\n--_ex10_--\n"
    ).encode()


def ex2010_local_many(rid: str, entries: list[tuple[str, str, str]], *, explain: str,
                      server: str = "EXCH01.corp.example.net", org: str = "corp.example.net") -> bytes:
    """Exchange 2010's NDR for several recipients of its own organisation: each (address, reply, status) listed in the
    user section under the one user line, then in the administrators' section with its own '#<reply> ##' line; the
    report's blocks carry no Diagnostic-Code."""
    users = "\n\n".join(f"{a}\n{explain}" for a, _, _ in entries)
    admins = "\n\n".join(f"{a}\n#{reply} ##" for a, reply, _ in entries)
    blocks = "\n".join(f"Final-Recipient: rfc822;{a}\nAction: failed\nStatus: {status}\nX-Display-Name: "
                       f"{a.split('@')[0]}\n" for a, _, status in entries)
    to = ", ".join(f"<{a}>" for a, _, _ in entries)
    text = (f"Delivery has failed to these recipients or groups:\n\n{users}\n\n\n\n\n\n\n"
            f"Diagnostic information for administrators:\n\nGenerating server: {server}\n\n{admins}\n\n"
            f"Original message headers:\n\nFrom: Sam Seller <{REP}>\nTo: {to}\n{_ORIG}Message-ID: <{rid}@{org}>\n")
    return (
        f"From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{org}>\n"
        f"To: <{REP}>\nDate: {DATE}\nSubject: Undeliverable: Quick question about your Q4 logistics\n"
        f"Message-ID: <{rid}-ndr@{server}>\nAuto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr:\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"_ex10m_\"\n\n"
        f"--_ex10m_\nContent-Type: text/plain; charset=\"us-ascii\"\n\n{text}\n"
        f"--_ex10m_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{server}\nArrival-Date: {DATE}\n\n"
        f"{blocks}\n--_ex10m_\nContent-Type: text/rfc822-headers\n\n"
        f"From: Sam Seller <{REP}>\nTo: {to}\n{_ORIG}Message-ID: <{rid}@{org}>\n\n--_ex10m_--\n"
    ).encode()
