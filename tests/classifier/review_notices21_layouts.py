"""Notice layouts for the twenty-first review (review_notices21.py) that the shared helpers do not
offer: HENNGE One's own non-delivery report (its support page's example), ASAHI Net's Postfix
notice in the older "The Postfix program" wording (its FAQ's example), and a Sendmail DSN for a
message to three docomo subscribers of which one failed (NTT Communications' FAQ: the failed
address is the one written right after "Unknown user"). All HAND-MADE after the layout each page
shows; the page is named in each builder. qmail-send's bounce is review_notices14_layouts.qmail."""

from __future__ import annotations

from tests.classifier.review_notices14_layouts import SELLER, original


def hennge_ndr(name: str, address: str, reason: str) -> bytes:
    """HENNGE One's report to its sending user (support.hdeone.com/hc/ja/articles/360000329202:
    'From: HENNGE One Mail Delivery System <MAILER-DAEMON@bounce.mo.hdems.com>', 'This is HENNGE One
    mail system.', 'I'm sorry to have to inform you that your message could not be delivered to a
    recipient. It's attached below.', '<address>: <reason>'). The page shows the text only: the
    Subject and the MIME wrapping (text, then the returned message) are written by hand."""
    return ("From: HENNGE One Mail Delivery System <MAILER-DAEMON@bounce.mo.hdems.com>\n"
            f"To: {SELLER}\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <h21-{name}@bounce.mo.hdems.com>\n"
            "Auto-Submitted: auto-replied\nX-Hand-Made: yes (HENNGE One NDR, support.hdeone.com layout)\n"
            'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="h21"\n\n'
            "--h21\nContent-Type: text/plain; charset=us-ascii\n\n"
            "This is HENNGE One mail system.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to a recipient. It's attached below.\n\n"
            "For further assistance, please contact our support.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            f"<{address}>: {reason}\n\n"
            "--h21\nContent-Type: message/rfc822\n\n" + original(name, address) + "\n--h21--\n").encode()


def asahi_postfix(name: str, address: str, reason: str, host: str = "mx1.asahi-net.example.jp") -> bytes:
    """The recipient's provider's Postfix notice in the older wording ASAHI Net's FAQ quotes
    (asahi-net.jp/support/qa/item.html?sheetName=d01&questionNo=d01601: 'This is the Postfix program
    at host mx1.asahi-net.or.jp.', 'I'm sorry to have to inform you that the message returned below
    could not be delivered to one or more destinations.', 'The Postfix program', then
    '<address>: User unknown: "address"'); the FAQ names the notice by its Subject 'Returned mail:'
    (the rest of the Subject written by hand). Plain text, the returned message below it."""
    return (f"From: MAILER-DAEMON@{host} (Mail Delivery System)\nTo: {SELLER}\n"
            f"Subject: Returned mail: User unknown\nMessage-ID: <a21-{name}@{host}>\n"
            "X-Hand-Made: yes (older Postfix notice, ASAHI Net FAQ layout)\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
            f"This is the Postfix program at host {host}.\n\n"
            "I'm sorry to have to inform you that the message returned\n"
            "below could not be delivered to one or more destinations.\n\n"
            "For further assistance, please send mail to <postmaster>\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the message returned below.\n\n"
            "\t\t\tThe Postfix program\n\n"
            f"<{address}>: {reason}\n\n"
            "--- Returned message follows ---\n\n" + original(name, address)).encode()


def docomo_three(name: str, failed: str, others: tuple[str, str], *, status: str) -> bytes:
    """Sendmail's DSN from the sending provider's server for a message to three docomo addresses of
    which one failed, as NTT Communications' FAQ describes it (support.ntt.com/mail/faq/detail/
    pid2300000e64: an error mail for 'user1@docomo.ne.jp', 'user2@docomo.ne.jp', 'user3@docomo.ne.jp'
    where user2 could not be sent to; the failed address is written right after '[Unknown user]'
    each time). docomo answers the refusal after DATA (classifier/remote/docomo.py), so the
    transcript shows it there; the status is written by hand."""
    to = ", ".join((others[0], failed, others[1]))
    return ("From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.ne.jp>\n"
            f"To: {SELLER}\nSubject: Returned mail: see transcript for details\n"
            f"Message-Id: <d21-{name}@mail.example.ne.jp>\nAuto-Submitted: auto-generated (failure)\n"
            "X-Hand-Made: yes (Sendmail DSN, NTT Communications FAQ layout)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="d21"\n\n'
            "--d21\n\nThe original message was received at Thu, 3 Dec 2026 10:00:00 +0900\n"
            "from localhost [127.0.0.1]\n\n"
            f"   ----- The following addresses had permanent fatal errors -----\n<{failed}>\n"
            f"    (reason: 550 Unknown user {failed})\n\n"
            "   ----- Transcript of session follows -----\n"
            "... while talking to mfsmax.docomo.ne.jp.:\n>>> DATA\n"
            f"<<< 550 Unknown user {failed}\n\n"
            "--d21\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.ne.jp\n"
            "Arrival-Date: Thu, 3 Dec 2026 10:00:00 +0900\n\n"
            f"Final-Recipient: RFC822; {failed}\nAction: failed\nStatus: {status}\n"
            f"Remote-MTA: DNS; mfsmax.docomo.ne.jp\nDiagnostic-Code: SMTP; 550 Unknown user {failed}\n"
            "Last-Attempt-Date: Thu, 3 Dec 2026 10:00:02 +0900\n\n"
            "--d21\nContent-Type: text/rfc822-headers\n\n" + original(name, to).split("\n\n")[0]
            + "\n\n--d21--\n").encode()
