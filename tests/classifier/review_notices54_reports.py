"""The fifty-fourth review's authentication reports: DMARC aggregate reports (RFC 7489 section
7.2.1.1 and appendix C) as Google, Microsoft, Yahoo and the open-source reporters send them,
DMARC failure reports (RFC 6591 AFRF, RFC 7489 section 7.3: an RFC 5965 feedback report with
Feedback-Type: auth-failure) and SMTP TLS reports (RFC 8460). Taxonomy section 2: `feedback`
carries the feedback types abuse, opt-out and auth-failure, and section 5 makes it no bounce; an
aggregate or TLS report is a report about the sender's domain, no delivery failed: every row
expects []. Several carry a bounce's words ("reject", "failure", "could not be delivered")."""

from __future__ import annotations

from tests.classifier.review_notices34_layouts import SELLER, report
from tests.classifier.review_notices54_layouts import DOMAIN, LEAD, dmarc_xml, gz, multi, part, single, \
    tlsrpt_json, zipped

_RFC7489 = ("RFC 7489 section 7.2.1.1 (the report's Subject 'Report Domain: <domain> Submitter: <domain> Report-ID: "
            "<msg-id>', the gzip'd XML as application/gzip, file name receiver!policy-domain!begin!end.xml.gz) and "
            "appendix C (the XML schema); Mail::DMARC::Report::Send::SMTP's pod quotes both")
_GOOGLE = (_RFC7489 + "; Google Workspace Admin Help 'Understand DMARC reports' (answer 10032472: daily reports from "
           "noreply-dmarc-support@google.com, a .zip attachment) (weak: the exact fields)")
_MS = (_RFC7489 + "; Microsoft Learn 'Use DMARC to validate email' (Outlook.com / Microsoft 365 send aggregate "
       "reports from dmarcreport@microsoft.com) (weak: the text part)")
_YAHOO = _RFC7489 + "; Yahoo Sender Hub 'DMARC' (reports from noreply@dmarc.yahoo.com) (weak: the fields)"
_OPENDMARC = ("OpenDMARC reports/opendmarc-reports.in (Subject 'Report Domain: ... Submitter: ... Report-ID: ...', "
              "text 'This is a DMARC aggregate report for ...', application/gzip)")
_MAILDMARC = ("Mail::DMARC::Report::Send::SMTP (human_summary: 'This is a DMARC aggregate report for <domain>' ... "
              "'<n> records.' 'pass/fail'), application/gzip")

_XML_FAIL = dmarc_xml("google.com", "noreply-dmarc-support@google.com", "17650123456789012345", "reject", "fail",
                      "fail", 4, "198.51.100.23")
_XML_PASS = dmarc_xml("google.com", "noreply-dmarc-support@google.com", "17650123456789012346")


def _google(name: str, xml: str, subject_id: str) -> bytes:
    file = f"google.com!{DOMAIN}!1764806400!1764892799.zip"
    return single("noreply-dmarc-support@google.com", f"Report domain: {DOMAIN} Submitter: google.com Report-ID: "
                  f"{subject_id}", "application/zip", file, zipped(file[:-4] + ".xml", xml),
                  "Reply-To: noreply-dmarc-support@google.com\n")


def _gzip_report(from_: str, submitter: str, report_id: str, xml: str, text: str = "", *, gz_type: str =
                 "application/gzip", extra: str = "", subject: str = "") -> bytes:
    file = f"{submitter}!{DOMAIN}!1764806400!1764892799.xml.gz"
    parts = ([part("text/plain", text)] if text else []) + [part(gz_type, gz(xml), name=file)]
    return multi(from_, subject or f"Report Domain: {DOMAIN} Submitter: {submitter} Report-ID: <{report_id}>",
                 parts, extra)


_MS_TEXT = ("This is a DMARC aggregate report from Microsoft Corporation. For Email delivery issues please contact "
            "your service provider.\n\nThis report covers messages that failed authentication and were rejected "
            "or quarantined, as the domain's policy asked.")
_YAHOO_XML = dmarc_xml("Yahoo", "dmarchelp@yahooinc.com", "1764892800.318745", "reject", "fail", "fail", 7)
_MS_XML = dmarc_xml("Enterprise Outlook", "dmarcreport@microsoft.com", "9b1c0d1c4b7e4a37a3c0b2d0f3c0e1a2",
                    "quarantine", "fail", "pass", 1)

AGGREGATE_ROWS = [
    ("dmarc-google-zip-pass", _GOOGLE, _google("pass", _XML_PASS, "17650123456789012346"), []),
    ("dmarc-google-zip-reject-fail", _GOOGLE, _google("fail", _XML_FAIL, "17650123456789012345"), []),
    ("dmarc-microsoft-gzip-quarantine", _MS,
     _gzip_report("DMARC Aggregate Report <dmarcreport@microsoft.com>", "protection.outlook.com",
                  "9b1c0d1c4b7e4a37a3c0b2d0f3c0e1a2", _MS_XML, _MS_TEXT), []),
    ("dmarc-microsoft-enterprise-subject", _MS,
     _gzip_report("DMARC Aggregate Report <dmarcreport@microsoft.com>", "enterprise.protection.outlook.com",
                  "3f6a1c2e9d8b4c1a9e7f5d3b2a1c0e9f", _MS_XML, _MS_TEXT,
                  extra="X-MS-Exchange-Organization-AuthAs: Internal\nAuto-Submitted: auto-generated\n"), []),
    ("dmarc-yahoo-gzip-reject", _YAHOO,
     _gzip_report("noreply@dmarc.yahoo.com", "Yahoo", "1764892800.318745", _YAHOO_XML), []),
    ("dmarc-yahoo-zip", _YAHOO,
     multi("noreply@dmarc.yahoo.com", f"Report Domain: {DOMAIN} Submitter: Yahoo Report-ID: <1764892800.4411>",
           [part("application/zip", zipped("yahoo.com!ourco.example!1764806400!1764892799.xml", _YAHOO_XML),
                 name="yahoo.com!ourco.example!1764806400!1764892799.xml.zip")]), []),
    ("dmarc-opendmarc-text-and-gzip", _OPENDMARC,
     _gzip_report("OpenDMARC Filter <noreply-dmarc@mx.partner.example>", "mx.partner.example",
                  "mx.partner.example-1764892800@mx.partner.example",
                  dmarc_xml("partner.example", "noreply-dmarc@mx.partner.example", "1764892800", "reject", "fail",
                            "fail", 1),
                  f"This is a DMARC aggregate report for {DOMAIN}\ngenerated at Fri Dec  4 00:05:11 2026\n"), []),
    ("dmarc-mail-dmarc-summary", _MAILDMARC,
     _gzip_report("Mail::DMARC <dmarc-reports@partner.example>", "partner.example", "20261204.1.partner.example",
                  dmarc_xml("partner.example", "dmarc-reports@partner.example", "20261204.1", "reject", "fail",
                            "fail", 3),
                  f"This is a DMARC aggregate report for {DOMAIN}\n\n3 records.\n0 passed.\n3 failed.\n\n"
                  f"Submitted by partner.example\nGenerated with Mail::DMARC 1.20240314\n"), []),
    ("dmarc-xml-uncompressed-text-xml", _RFC7489 + " (a receiver sending the XML as text/xml, not compressed)",
     multi("dmarc@mail.partner.example", f"Report Domain: {DOMAIN} Submitter: mail.partner.example Report-ID: "
           "<a1b2c3@mail.partner.example>",
           [part("text/plain", "DMARC aggregate report attached."),
            part("text/xml", dmarc_xml("mail.partner.example", "dmarc@mail.partner.example", "a1b2c3", "reject",
                                       "fail", "fail", 2))]), []),
    ("dmarc-gzip-octet-stream", _RFC7489 + " (a receiver labelling the gzip application/octet-stream)",
     _gzip_report("dmarc-noreply@partner.example", "partner.example", "octet-1", _YAHOO_XML,
                  gz_type="application/octet-stream"), []),
    ("dmarc-subject-fwd-by-colleague-no-attachment", _RFC7489 + "; the report's Subject alone on a short mail "
     "(a receiver whose report part is an external link, HAND-MADE)",
     multi("DMARC Reports <dmarc@reports.partner.example>", f"Report Domain: {DOMAIN} Submitter: partner.example "
           "Report-ID: <link-77>", [part("text/plain", "Your aggregate report is ready: "
                                          "https://reports.partner.example/r/link-77\n7 messages failed DMARC and "
                                          "were rejected.")]), []),
    ("dmarc-mailru-gzip", _RFC7489 + " (weak: Mail.ru's reports from dmarc_support@corp.mail.ru as postmaster.mail.ru "
     "describes them)",
     _gzip_report("dmarc_support@corp.mail.ru", "mail.ru", "18091637216470427890",
                  dmarc_xml("Mail.Ru", "dmarc_support@corp.mail.ru", "18091637216470427890", "reject", "fail",
                            "fail", 1)), []),
    ("dmarc-comcast-gzip-auto-submitted", _RFC7489 + " (weak: a cable ISP's reporter with Auto-Submitted)",
     _gzip_report("DMARC Aggregate Reports <dmarc_agg@auth.returnpath.net>", "comcast.net",
                  "ffe0b9ac-5c1b-4a84-b2f3-1e1d7e43a0aa", _YAHOO_XML,
                  extra="Auto-Submitted: auto-generated\nPrecedence: bulk\n"), []),
]

# ---- RFC 6591 failure (forensic) reports --------------------------------------------------------
_AFRF = ("RFC 6591 section 3.1 (Feedback-Type: auth-failure, Auth-Failure: dkim / spf / dmarc, the Authentication-"
         "Results of the failing message) and appendix B's example; RFC 7489 section 7.3 (failure reports, Subject "
         "advised e.g. 'FW: Earn money'); RFC 5965 multipart/report; report-type=feedback-report")


def _afrf(failure: str, text: str, subject: str, *, rcpt: str = LEAD, extra_fields: str = "",
          from_: str = "dmarc-failure@partner.example") -> bytes:
    block = (f"Feedback-Type: auth-failure\nUser-Agent: OpenDMARC-Filter/1.4.2\nVersion: 1\n"
             f"Original-Mail-From: <{SELLER}>\nOriginal-Rcpt-To: <{rcpt}>\nArrival-Date: Fri, 04 Dec 2026 "
             f"10:01:44 +0000\nSource-IP: 198.51.100.23\nReported-Domain: {DOMAIN}\nAuth-Failure: {failure}\n"
             f"Authentication-Results: mx.partner.example; dmarc=fail (p=reject dis=reject) header.from={DOMAIN}\n"
             f"Delivery-Result: reject\n{extra_fields}")
    original = (f"From: Sam Seller <{SELLER}>\nTo: {rcpt}\nSubject: Quote for Q3\nMessage-ID: <r54-q3@{DOMAIN}>\n"
                f"DKIM-Signature: v=1; a=rsa-sha256; d={DOMAIN}; s=sel1; bh=abc=; b=def=\n")
    return report(f"DMARC Failure Reporter <{from_}>", subject, text, block, rtype="feedback-report",
                  part="message/feedback-report", original=original)


FAILURE_ROWS = [
    ("afrf-dmarc-opendmarc", _AFRF + "; OpenDMARC opendmarc/opendmarc.c's failure report text ('This is an "
     "authentication failure report for an email message received from IP ... ')",
     _afrf("dmarc", "This is an authentication failure report for an email message received from IP\n198.51.100.23 "
           "on Fri, 04 Dec 2026 10:01:44 +0000.", f"FW: Quote for Q3 (DMARC failure report for {DOMAIN})"), []),
    ("afrf-dkim-bodyhash", _AFRF + " (appendix B: Auth-Failure: bodyhash, DKIM-Domain, DKIM-Identity, DKIM-Selector)",
     _afrf("bodyhash", "This is an authentication failure report for an email message received from IP\n"
           "198.51.100.23. The message was rejected.", "FW: Quote for Q3",
           extra_fields=f"DKIM-Domain: {DOMAIN}\nDKIM-Identity: @{DOMAIN}\nDKIM-Selector: sel1\n"), []),
    ("afrf-spf-fail", _AFRF + "; RFC 6652 (SPF failure reports: Auth-Failure: spf, SPF-DNS)",
     _afrf("spf", "An email message from your domain failed SPF checks and could not be delivered.",
           f"Authentication Failure Report for {DOMAIN}",
           extra_fields=f"SPF-DNS: txt : {DOMAIN} : \"v=spf1 ip4:192.0.2.0/24 -all\"\n"), []),
    ("afrf-dmarc-subject-report-domain", _AFRF + "; RFC 7489 section 7.2.1.1's Subject on a failure report (the "
     "valimail dmarc-subject-parser's 'failure' subjects)",
     _afrf("dmarc", "A message claiming to be from you failed DMARC and was rejected by mx.partner.example.",
           f"Report Domain: {DOMAIN} Submitter: partner.example Report-ID: <fr-20261204-1>"), []),
    ("afrf-stalwart-mail-auth", _AFRF + "; Stalwart mail-auth src/report/arf/generate.rs ('This is an authentication "
     "failure report for an email message received')",
     _afrf("dmarc", "This is an authentication failure report for an email message received\r\nfrom IP 198.51.100.23 "
           "on Fri, 4 Dec 2026 10:01:44 +0000.", "DMARC Authentication Failure Report",
           from_="postmaster@mail.partner.example"), []),
    ("afrf-address-is-a-colleague", _AFRF + " (Original-Rcpt-To another prospect at the reporting domain)",
     _afrf("dmarc", "This is an authentication failure report for an email message received from IP\n198.51.100.23.",
           "FW: Quote for Q3", rcpt="buyer@partner.example"), []),
]

# ---- RFC 8460 SMTP TLS reports ------------------------------------------------------------------
_TLSRPT = ("RFC 8460 section 5.3 (multipart/report; report-type=\"tlsrpt\", TLS-Report-Domain and TLS-Report-"
           "Submitter header fields, Subject 'Report Domain: <domain> Submitter: <submitter> Report-ID: <id>', "
           "the report as application/tlsrpt+gzip with file name submitter!policy-domain!begin!end.json.gz) and "
           "section 4.4's JSON example")


def _tlsrpt(org: str, submitter: str, result: str, text: str, *, ctype: str = "application/tlsrpt+gzip",
            extra: str = "") -> bytes:
    file = f"{submitter}!{DOMAIN}!1764720000!1764806399.json.gz"
    body = tlsrpt_json(org, result)
    data = gz(body) if ctype.endswith("gzip") else body.encode()
    return multi(f"{org} TLS Reporting <tlsrpt-noreply@{submitter}>", f"Report Domain: {DOMAIN} Submitter: "
                 f"{submitter} Report-ID: <2026.12.03T00.00.00Z+{DOMAIN}@{submitter}>",
                 [part("text/plain", text), part(ctype, data, name=file)],
                 f"TLS-Report-Domain: {DOMAIN}\nTLS-Report-Submitter: {submitter}\n" + extra,
                 kind="report", params='; report-type="tlsrpt"')


TLS_ROWS = [
    ("tlsrpt-google-sts-ok", _TLSRPT + "; Google's reports from noreply-smtp-tls-reporting@google.com (weak: the text)",
     _tlsrpt("Google Inc.", "google.com", "sts-policy-fetch-error", "This is an aggregate TLS report from "
             "google.com"), []),
    ("tlsrpt-microsoft-cert-expired", _TLSRPT + " (weak: Microsoft's reporter's text)",
     _tlsrpt("Microsoft Corporation", "microsoft.com", "certificate-expired", "This is a report about TLS "
             "connection failures. 3 sessions failed and messages could not be delivered over TLS.",
             extra="Auto-Submitted: auto-generated\n"), []),
    ("tlsrpt-json-uncompressed", _TLSRPT + " (application/tlsrpt+json, the uncompressed type of section 6.4)",
     _tlsrpt("Partner Mail", "partner.example", "starttls-not-supported", "Attached is the TLS report.",
             ctype="application/tlsrpt+json"), []),
    ("tlsrpt-validation-failure-words", _TLSRPT + "; RFC 8460 section 4.3 result types ('validation-failure')",
     _tlsrpt("Partner Mail", "mx.partner.example", "validation-failure", "TLS negotiation failed for 3 sessions: "
             "delivery to mx1.ourco.example failed with validation-failure; the mail was delivered later."), []),
]

REPORT_ROWS = AGGREGATE_ROWS + FAILURE_ROWS + TLS_ROWS
