"""Header text tests/classifier/transport_more.py puts on a bounce: what Gmail's forwarding,
a Microsoft 365 redirect rule, a mail client's Redirect, Dovecot's delivery, a Google Group
and an mbox file add. Made up in the layout those programs write (host names, ids and keys
are examples); `{to}` is our user's address, `{rep}` the one it is forwarded to.
"""

# Gmail's automatic forwarding (Settings > Forwarding): the forwarded copy keeps every field
# of the received one and gets the forwarder's trace, ARC set and X-Forwarded-* on top.
GMAIL_FORWARD = """Delivered-To: {rep}
Received: by 2002:a05:7300:2a8c:b0:12f:3e4d:5a6b with SMTP id m12csp2345678dyc;
        Tue, 3 Mar 2026 01:02:06 -0800 (PST)
X-Forwarded-Encrypted: i=2; AJvYcCXq2kYw9GvL0vK7nX3mE5bZc1dQe8uR4tP6sH2jF0aW9yN3xC7oB5mD1kL8
X-Received: by 2002:a17:907:7e8a:b0:a4f:1c2d:3e4f with SMTP id qb10mr1234567ejc.44.1772528526;
        Tue, 03 Mar 2026 01:02:06 -0800 (PST)
ARC-Seal: i=2; a=rsa-sha256; t=1772528526; cv=pass;
        d=google.com; s=arc-20240605;
        b=Pq9rSt8uVw7xYz6aBc5dEf4gHi3jKl2mNo1pQr0sTu9vWx8yZa7bCd6eFg5hIj4kLm3n
ARC-Message-Signature: i=2; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;
        h=to:subject:message-id:date:from:mime-version:delivered-to;
        bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
        b=Ab1cDe2fGh3iJk4lMn5oPq6rSt7uVw8xYz9aBc0dEf1gHi2jKl3mNo4pQr5sTu6vWx7y
ARC-Authentication-Results: i=2; mx.google.com;
       arc=pass (i=1);
       spf=pass (google.com: domain of {to} designates 209.85.220.41 as permitted sender) smtp.mailfrom={to}
Return-Path: <{to}>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])
        by mx.google.com with SMTPS id a640c23a62f3a-a4f1c2d3e4fsor1234567ejc.12.2026.03.03.01.02.06
        for <{rep}>
        (Google Transport Security);
        Tue, 03 Mar 2026 01:02:06 -0800 (PST)
Received-SPF: pass (google.com: domain of {to} designates 209.85.220.41 as permitted sender) client-ip=209.85.220.41;
Authentication-Results: mx.google.com;
       arc=pass (i=1);
       spf=pass (google.com: domain of {to} designates 209.85.220.41 as permitted sender) smtp.mailfrom={to}
X-Forwarded-To: {rep}
X-Forwarded-For: {to} {rep}
"""

# An Outlook/Exchange inbox rule "redirect to" (the From stays the original sender's): Exchange
# stamps its loop-detection field and the Resent-From of the mailbox whose rule sent it on.
M365_REDIRECT = """Received: from PH0PR11MB5678.namprd11.prod.outlook.com (2603:10b6:510:d4::9) by
 SN7PR11MB6543.namprd11.prod.outlook.com with HTTPS; Tue, 3 Mar 2026 09:02:07 +0000
X-MS-Exchange-Inbox-Rules-Loop: {to}
Resent-From: <{to}>
X-MS-Exchange-Organization-Network-Message-Id: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-AuthSource: PH0PR11MB5678.namprd11.prod.outlook.com
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.4567890
X-MS-Exchange-Processed-By-BccFoldering: 15.20.8207.017
"""

# Thunderbird's "Redirect" and Apple Mail's "Redirect" (RFC 5322 3.6.6 resent fields on top).
RESENT = """Resent-From: Sales Team <{to}>
Resent-To: {rep}
Resent-Date: Tue, 3 Mar 2026 10:20:00 +0100
Resent-Message-ID: <resent-8a7b6c5d@ourco.example>
"""

# Postfix handing the bounce to Dovecot's LMTP (Return-Path, Delivered-To and X-Original-To
# written by the delivery agent).
DOVECOT_TRACE = """Return-Path: <>
Delivered-To: {to}
Received: from mx.ourco.example
\tby imap.ourco.example with LMTP
\tid kJ3fBqAv5GbZ2QAAqtIw5A
\t(envelope-from <>)
\tfor <{to}>; Tue, 03 Mar 2026 10:02:05 +0100
X-Original-To: {to}
"""

# Google Groups (and a collaborative inbox) passing a message to its members.
GROUP_HEADERS = """X-BeenThere: sales@ourco.example
Received: by 2002:a05:6214:5c4b:b0:6b0:7e3f:1a2b with SMTP id lp11ls1234567qvb.1.-pod-prod-02-us;
 Tue, 03 Mar 2026 01:02:05 -0800 (PST)
X-Original-Sender: mailer-daemon@mx.example.net
X-Original-Authentication-Results: mx.google.com;       spf=pass smtp.helo=mx.example.net
Precedence: list
Mailing-list: list sales@ourco.example; contact sales+owners@ourco.example
List-ID: <sales.ourco.example>
X-Spam-Checked-In-Group: sales@ourco.example
X-Google-Group-Id: 123456789012
List-Post: <https://groups.google.com/a/ourco.example/group/sales/post>, <mailto:sales@ourco.example>
List-Help: <https://support.google.com/a/ourco.example/bin/topic.py?topic=25838>, <mailto:sales+help@ourco.example>
List-Archive: <https://groups.google.com/a/ourco.example/group/sales/>
List-Unsubscribe: <mailto:googlegroups-manage+123456789012+unsubscribe@googlegroups.com>,
 <https://groups.google.com/a/ourco.example/group/sales/subscribe>
"""

GROUP_FOOTER = """-- 
You received this message because you are subscribed to the Google Groups "Sales" group.
To unsubscribe from this group and stop receiving emails from it, send an email to sales+unsubscribe@ourco.example.
"""

# Mailman 2.1 (its CookHeaders and Decorate handlers, default list settings).
MAILMAN_HEADERS = """X-BeenThere: sales@lists.ourco.example
X-Mailman-Version: 2.1.39
Precedence: list
List-Id: Sales team <sales.lists.ourco.example>
List-Unsubscribe: <https://lists.ourco.example/mailman/options/sales>,
 <mailto:sales-request@lists.ourco.example?subject=unsubscribe>
List-Archive: <https://lists.ourco.example/pipermail/sales/>
List-Post: <mailto:sales@lists.ourco.example>
List-Help: <mailto:sales-request@lists.ourco.example?subject=help>
List-Subscribe: <https://lists.ourco.example/mailman/listinfo/sales>,
 <mailto:sales-request@lists.ourco.example?subject=subscribe>
Errors-To: sales-bounces@lists.ourco.example
Sender: "Sales" <sales-bounces@lists.ourco.example>
"""

MAILMAN_FOOTER = """_______________________________________________
Sales mailing list
Sales@lists.ourco.example
https://lists.ourco.example/mailman/listinfo/sales
"""

# MailScanner's default inline signature for clean messages (its "Sign Clean Messages" option).
MAILSCANNER_FOOTER = """-- 
This message has been scanned for viruses and
dangerous content by MailScanner, and is
believed to be clean.
"""

# Symantec Email Security.cloud (formerly MessageLabs), its footer on scanned mail.
SYMANTEC_FOOTER = """______________________________________________________________________
This email has been scanned by the Symantec Email Security.cloud service.
For more information please visit http://www.symanteccloud.com
______________________________________________________________________
"""

MBOX_FROM = "From MAILER-DAEMON  Thu Dec  3 06:00:00 2026\n"

# What Thunderbird (X-Mozilla-*) and Dovecot/UW-IMAP mbox (Status, X-Status, X-Keywords,
# X-UID) keep in a stored message's header.
MBOX_STATUS = """X-Mozilla-Status: 0001
X-Mozilla-Status2: 00000000
X-Mozilla-Keys:
Status: RO
X-Status: A
X-Keywords: $Forwarded
X-UID: 4711
"""

# Google Takeout's mbox: an envelope line of the message's id, then Gmail's thread id and labels.
TAKEOUT_HEAD = """From 1784512345678901234@xxx Thu Dec 03 06:00:00 +0000 2026
X-GM-THRID: 1784512345678901234
X-Gmail-Labels: Inbox,Category Updates,Unread
"""
