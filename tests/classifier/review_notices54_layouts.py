"""Layouts of the fifty-fourth review (tests/classifier/review_notices54*.py): machine-made mail
that reaches a sales sender and is no bounce, second round after review 34. The plain one-part
mail and the RFC 6522 report are review 34's (review_notices34_layouts.mail, .report); new here:
a multipart/mixed mail with attachments (a DMARC aggregate report's gzip or zip file, a calendar
reply's text/calendar part, an HTML alternative), the RFC 7489 appendix C aggregate XML and the
RFC 8460 section 4.4 TLS report JSON. All HAND-MADE."""

from __future__ import annotations

import base64
import gzip
import io
import zipfile
import zlib

from tests.classifier.review_notices34_layouts import SELLER

DOMAIN = "ourco.example"
LEAD = "lead@partner.example"


def part(ctype: str, body: str | bytes, *, name: str = "", inline: bool = False) -> str:
    """One MIME part: text as 8bit, bytes as base64 with a file name."""
    if isinstance(body, str):
        return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
    disp = "inline" if inline else "attachment"
    data = base64.encodebytes(body).decode()
    return (f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: {disp}; filename="{name}"\n'
            f"Content-Transfer-Encoding: base64\n\n{data}")


def multi(from_: str, subject: str, parts: list[str], extra: str = "", *, kind: str = "mixed",
          params: str = "", to: str = SELLER) -> bytes:
    """A multipart/`kind` mail of the already built `parts`."""
    ident = zlib.crc32((from_ + subject + "".join(parts)).encode())
    body = "".join(f"--b54\n{p}\n" for p in parts)
    return (f"From: {from_}\nTo: {to}\nSubject: {subject}\nDate: Fri, 04 Dec 2026 10:15:02 +0000\n"
            f"Message-ID: <r54-{ident}@report.example>\n{extra}MIME-Version: 1.0\n"
            f'Content-Type: multipart/{kind}; boundary="b54"{params}\n\n{body}--b54--\n').encode()


def single(from_: str, subject: str, ctype: str, name: str, data: bytes, extra: str = "") -> bytes:
    """A mail whose whole body is one base64 attachment (Google's DMARC reports: application/zip)."""
    ident = zlib.crc32((from_ + subject + name).encode())
    return (f"From: {from_}\nTo: {SELLER}\nSubject: {subject}\nDate: Fri, 04 Dec 2026 10:15:02 +0000\n"
            f"Message-ID: <r54-{ident}@report.example>\n{extra}MIME-Version: 1.0\n"
            f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
            f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(data).decode()}").encode()


def dmarc_xml(org: str, email: str, report_id: str, disposition: str = "none", dkim: str = "pass",
              spf: str = "pass", count: int = 2, source: str = "192.0.2.10") -> str:
    """An aggregate report as RFC 7489 appendix C's schema and example write it (feedback /
    report_metadata / policy_published / record), for mail of DOMAIN."""
    return (f'<?xml version="1.0" encoding="UTF-8" ?>\n<feedback>\n  <report_metadata>\n'
            f"    <org_name>{org}</org_name>\n    <email>{email}</email>\n"
            f"    <report_id>{report_id}</report_id>\n"
            "    <date_range><begin>1764806400</begin><end>1764892799</end></date_range>\n"
            f"  </report_metadata>\n  <policy_published>\n    <domain>{DOMAIN}</domain>\n"
            "    <adkim>r</adkim><aspf>r</aspf><p>reject</p><sp>reject</sp><pct>100</pct>\n"
            f"  </policy_published>\n  <record>\n    <row>\n      <source_ip>{source}</source_ip>\n"
            f"      <count>{count}</count>\n      <policy_evaluated>\n"
            f"        <disposition>{disposition}</disposition>\n        <dkim>{dkim}</dkim>\n"
            f"        <spf>{spf}</spf>\n      </policy_evaluated>\n    </row>\n"
            f"    <identifiers><header_from>{DOMAIN}</header_from></identifiers>\n"
            f"    <auth_results>\n      <dkim><domain>{DOMAIN}</domain><result>{dkim}</result></dkim>\n"
            f"      <spf><domain>{DOMAIN}</domain><result>{spf}</result></spf>\n    </auth_results>\n"
            "  </record>\n</feedback>\n")


def gz(text: str) -> bytes:
    return gzip.compress(text.encode(), mtime=0)


def zipped(name: str, text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo(name, (2026, 12, 4, 0, 0, 0)), text)
    return buf.getvalue()


def tlsrpt_json(org: str, result: str = "certificate-expired", failures: int = 3) -> str:
    """A TLS report as RFC 8460 section 4.4's example (policies, summary, failure-details)."""
    return ('{"organization-name":"%s","date-range":{"start-datetime":"2026-12-03T00:00:00Z",'
            '"end-datetime":"2026-12-03T23:59:59Z"},"contact-info":"smtp-tls-reporting@%s",'
            '"report-id":"2026-12-03T00:00:00Z_%s","policies":[{"policy":{"policy-type":"sts",'
            '"policy-string":["version: STSv1","mode: enforce","mx: mx1.%s"],"policy-domain":"%s"},'
            '"summary":{"total-successful-session-count":5326,"total-failure-session-count":%d},'
            '"failure-details":[{"result-type":"%s","sending-mta-ip":"2001:db8:abcd:0012::1",'
            '"receiving-mx-hostname":"mx1.%s","failed-session-count":%d}]}]}'
            % (org, org.lower().replace(" ", "") + ".example", DOMAIN, DOMAIN, DOMAIN, failures, result, DOMAIN,
               failures))


def ics_reply(partstat: str, attendee: str, summary: str = "Demo call", *, organizer: str = SELLER) -> str:
    """An iTIP REPLY (RFC 5546 section 3.2.3) as calendar clients send it: METHOD:REPLY, the
    attendee's PARTSTAT."""
    return ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
            "CALSCALE:GREGORIAN\nMETHOD:REPLY\nBEGIN:VEVENT\nDTSTART:20261210T150000Z\n"
            "DTEND:20261210T153000Z\nDTSTAMP:20261204T101502Z\n"
            f"ORGANIZER;CN=Sam Seller:mailto:{organizer}\nUID:r54-demo-0001@{DOMAIN}\n"
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat}:mailto:{attendee}\n"
            f"SEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:{summary}\nEND:VEVENT\nEND:VCALENDAR")
