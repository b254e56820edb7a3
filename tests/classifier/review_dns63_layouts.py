"""Sources and the one new layout of review dns63 (review_dns63.py): unroutable recipient domains and their
look-alikes. Every other layout is an earlier review's builder (review_holdout50_layouts.py, notices.py,
review_notices51_layouts.py, review_notices17.py); the new one is MailEnable's plain-text notice. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, SELLER

# ---- sources ---------------------------------------------------------------------------------------
PF_DNS = ("Postfix src/dns/dns_lookup.c 'Host or domain name not found. Name service error for name=%s type=%s: %s' "
          "(dns_strerror HOST_NOT_FOUND 'Host not found', 5.4.4 from src/smtp/smtp_addr.c; TRY_AGAIN 'Host not found, "
          "try again', 4.4.3) for MX, A and AAAA lookups; DNS_NULLMX 'Domain %s does not accept mail (nullMX)' (5.1.10, "
          "RFC 7505)")
PF_RELAYHOST = ("Postfix src/smtp/smtp_connect.c: a relayhost that does not resolve is a configuration problem, not the "
                "destination's ('warning: relayhost configuration problem', dsn=4.3.5 status=deferred (Host or domain "
                "name not found. Name service error for name=<relayhost> ...) / (unable to look up host %s: No address "
                "associated with hostname), as Postfix logs in public forum threads show); the bounce after "
                "maximal_queue_lifetime keeps the last temporary reason and status")
PF_CONNECT = ("Postfix src/smtp/smtp_connect.c 'connect to %s[%s]:%d: %m' (Connection refused / Connection timed out, "
              "4.4.1): the MX exists but does not answer")
PF_HELO = ("Postfix src/smtpd/smtpd_check.c reject_unknown_helo_hostname '<%s>: Helo command rejected: Host not found' "
           "(unknown_hostname_reject_code 450, 4.7.1; 550 5.7.1 when set), reject_unknown_client_hostname 'Client host "
           "rejected: cannot find your hostname, [%s]' / reject_unknown_reverse_client_hostname 'cannot find your "
           "reverse hostname' (4.7.25 / 5.7.25): OUR host's DNS, reported at RCPT with smtpd_delay_reject")
G_RELAY_DOMAIN = ("Google Workspace Admin Help 3726730 'SMTP error reference': '553 5.1.2 We weren't able to find the "
                  "recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, "
                  "periods, or other punctuation after the recipient's email address.' (smtp-relay.gmail.com as our "
                  "smarthost)")
EOP_DNS = ("Microsoft Learn 'Fix NDR error 550 5.4.310 in Exchange Online' ('550 5.4.310 DNS domain <domain> does not "
           "exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=<domain>]'), user text 'The Domain Name "
           "System (DNS) reported that the recipient's domain does not exist.' / 'Contact the recipient by some other "
           "means ... their domain isn't properly registered at their domain registrar'; the same reply through an "
           "outbound connector to Exchange Online Protection")
EXCH_DNS = ("Exchange Server SmtpSend DNS errors as its NDRs write them: '550 5.4.4 SMTPSEND.DNS.NonExistentDomain; "
            "nonexistent domain', '554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS config error' (the domain's MX points back "
            "at the sending server: a misconfiguration, the domain exists), '451 4.4.0 DNS query failed. The error "
            "was: DNS query failed with error ErrorRetry' (a temporary failure); Microsoft Learn 'Email non-delivery "
            "reports and SMTP errors in Exchange Online' (4.4.7 Message expired, 4.4.316 / 4.4.317 connection "
            "failures)")
EXIM_DNS = ("Exim src/src/routers/dnslookup.c ('all relevant MX records point to non-existent hosts', 'an MX or SRV "
            "record indicated no SMTP service'), src/src/routers/rf_lookup_hostlist.c and manualroute.c ('lookup of "
            "host \"%s\" failed in %s router' under host_find_failed = fail: the ROUTE's host, ours; 'host lookup for "
            "%s did not complete (DNS timeout?)', a DEFER)")
EXIM_VERIFY = ("Exim ACL 'verify = sender' (src/src/acl.c, verify.c): '550-Verification failed for <%s>' / "
               "'550-<router's message, e.g. Unrouteable address>' / '550 Sender verify failed', given at RCPT; a "
               "callout that cannot finish '451 Could not complete sender verify callout' (Exim spec ch. 42.45)")
HARAKA_FROM = ("Haraka plugin mail_from.is_resolvable (haraka/haraka-plugin-mail_from.is_resolvable index.js): "
               "'No MX for your FROM address', DENY with reject_no_mx else DENYSOFT: the SENDER's domain")
PPS_SENDER = "Proofpoint (pphosted.com) MAIL FROM refusal '553 5.1.8 Domain of sender address does not exist' (public bounce copies)"
SM_DNS = ("Sendmail sendmail/deliver.c, domain.c and err.c: '550 5.1.2 %s... Host unknown (Name server: %s: host not "
          "found)' for NXDOMAIN (here a Sendmail smarthost's reply at RCPT); a resolver timeout 'Deferred: Name server "
          "timeout', returned after Timeout.queuereturn ('Cannot send message for 5 days')")
QMAIL_DNS = ("notqmail qmail-remote.c perm_dns 'Sorry, I couldn't find any host named %s. (#5.1.2)', perm_nomx 'Sorry, "
             "I couldn't find a mail exchanger or IP address. (#5.4.4)' (the domain's MX and A lookups give no usable "
             "address), 'Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)'; qmail-send's too-long bounce")
G_DNS = ("Gmail's own DSN for DNS and connection failures (taxonomy section 4: Status 4.0.0 with Action: failed; 'DNS "
         "Error: DNS type 'mx' lookup of x responded with code NXDOMAIN Domain name not found: x' / 'code SERVFAIL' / "
         "'timed out'; 'The recipient server did not accept our requests to connect. Learn more at "
         "https://support.google.com/mail/answer/7720 [host. ip: timed out]'; headings 'Address not found', 'Message "
         "not delivered', 'Delivery incomplete'; help link ?p=BadRcptDomain)")
G_LOCAL = ("Gmail's own DSN headings and first sentence in the sender's UI language (weak: as Google's localised "
           "notices read; the DSN part and the 'DNS Error' diagnostic stay English)")
EXO_LOCAL = ("Exchange Online NDR subject and user text in the sender's language (weak: translated from the English "
             "template's sentences, 'Microsoft 365 kept trying for a while but has now given up')")
MAILENABLE = ("MailEnable's NDR ('MailEnable: Message could not be delivered to some recipients.', 'Reason: The "
              "message could not be delivered because the domain name (%s) does not appear to be registered.', "
              "'Reason Code: Invalid Domain Name', 'Error Number: 9003'), as a public copy quotes it "
              "(pastebin.com/vsn7TLG2)")
RFC7504 = ("RFC 7504 section 3 / RFC 3463 X.3.2: '521' at connection, a host that does not accept mail at all "
           "('521 5.3.2 %s does not accept mail'); Postfix smtp_proto.c 'host %s[%s] refused to talk to me: %s'")


def mailenable(rid: str, address: str, domain: str, host: str = "mail.example.com") -> bytes:
    """MailEnable's plain-text NDR (its MTA's own failure: no DSN part, the original's headers after 'Message
    contents follow:')."""
    return (
        f"Return-Path: <>\nFrom: POSTMASTER@{host}\nTo: {SELLER}\nDate: {DATE}\n"
        f"Subject: Message delivery has failed: Quick question about your Q4 logistics\n"
        f"Message-ID: <{rid}@{host}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
        "MailEnable: Message could not be delivered to some recipients.\n"
        "The following recipient(s) could not be reached:\n\n"
        f"\tRecipient: [SMTP:{address}]\n"
        f"\tReason: The message could not be delivered because the domain name ({domain}) does not appear to be "
        "registered.\n\tReason Code: Invalid Domain Name\n\tError Number: 9003\n\n"
        f"Message contents follow:\n\nReceived: from laptop ([198.51.100.7]) by {host} with MailEnable ESMTP; {DATE}\n"
        f"From: Sam Seller <{SELLER}>\nTo: <{address}>\nSubject: Quick question about your Q4 logistics\n"
        f"Date: {DATE}\nMessage-ID: <{rid}-orig@example.com>\n\nHi,\n\nDo you have 15 minutes this week?\n"
    ).encode()
SM_SENDER = ("Sendmail cf/m4/proto.m4 check_mail: '451 4.1.8 Domain of sender address %s does not resolve' (a "
             "temporary DNS failure of the SENDER's domain) beside '553 5.1.8 ... does not exist'")
SM_SMART = ("Sendmail deliver.c / err.c with define(`SMART_HOST') naming a host that does not resolve: the smart host's "
            "name in 'Host unknown (Name server: %s: host not found)' (5.1.2) or 'Deferred: Name server: %s.: host name "
            "lookup failure' (4.4.3) - our route, not the recipient's domain")
QMAIL_ROUTE = ("notqmail qmail-remote.c perm_dns 'Sorry, I couldn't find any host named %s. (#5.1.2)' names the host "
               "it looked up: with control/smtproutes ':smtp-relay.example.com' that is our relay, not the recipient's "
               "domain")
PF_LOOP = ("Postfix src/smtp/smtp_connect.c / smtp_addr.c 'mail for %s loops back to myself' (5.4.6): the domain's MX "
           "names this host; the domain exists (a misconfiguration, systemerror)")
PF_SENDER = ("Postfix src/smtpd/smtpd_check.c reject_unverified_sender ('%d %s <%s>: Sender address rejected: "
             "undeliverable address: %s', the probe's bounce text; 550 5.1.7 with unverified_sender_reject_code) and "
             "reject_unknown_sender_domain on a null MX ('Sender address rejected: Domain %s does not accept mail "
             "(nullMX)', 556 5.7.27)")
RBL_521 = ("RFC 7504 section 3 (521 also for a host that refuses this client) with Postfix reject_rbl_client's words "
           "('Service unavailable; Client host [%s] blocked using %s')")
PF_TEMP_LOOKUP = ("Postfix src/smtpd/smtpd_check.c: a table or DNS lookup that fails for now '451 4.3.0 <%s>: Temporary "
                  "lookup failure' (the receiver's own trouble)")
HARAKA_SPF = ("Haraka plugins/spf.js return_results: DENYSOFT 'sender ' + sender + ' SPF Temporary Error' (our domain's "
              "SPF lookup failing at the receiver), at MAIL FROM")
PF_TEMPLATE = ("Postfix bounce(5) bounce_template_file: a site's own template text (here German, weak: a site's "
               "translation), the per-recipient line and the DSN part unchanged (bounce_notify_util.c)")
ORIGINAL_WORDS = ("the returned original (message/rfc822 or its headers) is our own sales mail: its Subject may say "
                  "anything, DNS words included; only the notice's own words speak")
PROVIDER_RELAYS = ("third-party smarthosts by their documented SMTP host names: SendGrid 'smtp.sendgrid.net' (Twilio "
                   "SendGrid 'Integrating with the SMTP API'), Mailgun 'smtp.mailgun.org' (Mailgun 'Sending via SMTP'), "
                   "Amazon SES 'email-smtp.<region>.amazonaws.com' (SES 'Obtaining Amazon SES SMTP credentials'): a "
                   "relayhost / SMART_HOST / smtproutes entry under the provider's domain, not ours")
