"""The twenty-fourth review's phrase table, part three: Sisimai::Reason::SecurityError,
::MesgTooBig, ::ExceedLimit, ::NoRelaying, ::NetworkError, ::TooManyConn, ::VirusDetected,
::ContentError, ::SyntaxError (its reply-code rule: 50x), ::SystemFull, ::SystemError,
::Expired, ::MailerError and ::OnHold (libsisimai-perl 4.25; OnHold lists nothing) as an outside
opinion (layout and caveats as in review_notices24_blocked.py). A row whose stage is None is our
own relay's failure (no remote reply), not a remote server's answer. All replies HAND-MADE."""

from __future__ import annotations

S = "sender"
IP = "192.0.2.1"
SE = ("securityerror",)
SECURITY = [
 ("account not subscribed to ses", "554 Account not subscribed to SES", None, "MAIL", SE, S),
 ("authentication credentials invalid", "535 5.7.8 Authentication credentials invalid", "5.7.8", "MAIL", SE, S),
 ("authentication failure", "535 5.7.8 Authentication failure", "5.7.8", "MAIL", SE, S),
 ("authentication failed; server x said:", "SASL authentication failed; server smtp.example.net[198.51.100.2] said: 535 5.7.8 Error: authentication failed", "5.7.8", None, SE, S),
 ("authentication required", "530 5.7.0 Authentication required", "5.7.0", "MAIL", SE + ("norelaying",), S),
 ("authentication turned on in your email client", "530 5.7.0 Must issue a STARTTLS command first. Please check that authentication is turned on in your email client", "5.7.0", "MAIL", SE, S),
 ("authentification requise x402", "530 5.7.0 Authentification requise. LPN105_402", "5.7.0", "MAIL", SE, S),
 ("code d'authentification invalide x305", "535 5.7.8 Code d'authentification invalide. LPN105_305", "5.7.8", "MAIL", SE, S),
 ("domain x is a dead domain", "550 5.7.1 Domain example.com is a dead domain", "5.7.1", "MAIL", SE + ("rejected",), None),
 ("executable files are not allowed in compressed files", "552 5.7.0 Executable files are not allowed in compressed files.", "5.7.0", "DATA", SE + ("policyviolation", "virusdetected"), None),
 ("insecure mail relay", "550 5.7.1 Insecure mail relay", "5.7.1", "RCPT", SE + ("norelaying",), None),
 ("recipient address rejected: access denied", "550 5.7.1 <lead@example.org>: Recipient address rejected: Access denied", "5.7.1", "RCPT", ("securityerror", "filtered", "blocked", "rejected", "policyviolation"), None),
 ("sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts", "553 sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts (#5.7.1)", "5.7.1", "RCPT", ("norelaying", "securityerror"), None),
 ("tls required but not supported (sendgrid)", "TLS required but not supported", None, None, SE + ("systemerror",), None),
 ("unauthenticated senders not allowed", "530 5.7.1 Client was not authenticated: Unauthenticated senders not allowed", "5.7.1", "MAIL", SE + ("norelaying",), S),
 ("user x is not authorized to perform ses:sendrawemail", "554 User arn:aws:iam::123456789012:user/mailer is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:us-east-1:123456789012:identity/example.com", None, "DATA", SE, S),
 ("you are not authorized to send mail, authentication is required", "530 5.7.1 You are not authorized to send mail, authentication is required", "5.7.1", "MAIL", SE + ("norelaying",), S),
 ("verification failure", "550 5.7.1 Sender verification failure", "5.7.1", "MAIL", SE + ("rejected",), S),
]
MB = ("mesgtoobig",)
MESGTOOBIG = [
 ("exceeded maximum inbound message size", "552 5.3.4 Message size exceeded maximum inbound message size", "5.3.4", "DATA", MB, None),
 ("line limit exceeded", "552 5.3.4 Line limit exceeded", "5.3.4", "DATA", MB + ("contenterror",), None),
 ("max message size exceeded", "552 5.3.4 Max message size exceeded", "5.3.4", "DATA", MB, None),
 ("message file too big", "552 Message file too big", None, "DATA", MB, None),
 ("message length exceeds administrative limit", "552 5.2.3 Message length exceeds administrative limit", "5.2.3", "DATA", MB + ("exceedlimit",), None),
 ("message size exceeds fixed limit", "552 5.3.4 Error: message file too big; message size exceeds fixed limit", "5.3.4", "DATA", MB, None),
 ("message size exceeds fixed maximum message size", "552 5.3.4 Message size exceeds fixed maximum message size (10485760)", "5.3.4", "MAIL", MB, None),
 ("message size exceeds maximum value", "552 5.3.4 Message size exceeds maximum value", "5.3.4", "DATA", MB, None),
 ("message too big", "552 5.3.4 Message too big", "5.3.4", "DATA", MB, None),
 ("message too large for this", "552 5.3.4 Message too large for this system", "5.3.4", "DATA", MB, None),
 ("size limit", "552 5.3.4 Message exceeds size limit", "5.3.4", "DATA", MB, None),
 ("taille limite du message atteinte", "552 5.3.4 Taille limite du message atteinte", "5.3.4", "DATA", MB, None),
 ("message size exceeds fixed maximum (no status)", "552 Message size exceeds fixed maximum message size", None, "MAIL", MB, None),
 ("message too big (no status)", "552 Message too big", None, "DATA", MB, None),
]
EXCEEDLIMIT = [
 ("message header size exceeds limit", "552 5.3.4 Message header size exceeds limit", "5.3.4", "DATA", ("exceedlimit", "mesgtoobig", "contenterror"), None),
 ("message too large", "552 5.3.4 Message too large", "5.3.4", "DATA", ("mesgtoobig", "exceedlimit"), None),
 ("message too large (no status)", "552 Message too large", None, "DATA", ("mesgtoobig", "exceedlimit"), None),
]
NR = ("norelaying",)
NORELAYING = [
 ("as a relay", "550 5.7.1 Unable to relay: this server is not configured to be used as a relay", "5.7.1", "RCPT", NR, None),
 ("insecure mail relay (norelaying)", "554 5.7.1 Insecure mail relay", "5.7.1", "RCPT", NR + ("securityerror",), None),
 ("is not permitted to relay through this server without authentication", "550 5.7.1 seller@example.com is not permitted to relay through this server without authentication", "5.7.1", "RCPT", NR, None),
 ("mail server requires authentication when attempting to send to a non-local e-mail address (mailenable)", "530 5.7.0 This mail server requires authentication when attempting to send to a non-local e-mail address. Please check your mail client settings or contact your administrator to verify that the domain or address is defined for this server.", "5.7.0", "RCPT", NR + ("securityerror",), None),
 ("not a gateway", "550 5.7.1 Not a gateway", "5.7.1", "RCPT", NR, None),
 ("not allowed to relay through this machine", "550 5.7.1 Not allowed to relay through this machine", "5.7.1", "RCPT", NR, None),
 ("not an open relay, so get lost", "550 5.7.1 This is not an open relay, so get lost", "5.7.1", "RCPT", NR, None),
 ("not local host", "550 5.7.1 example.org not local host, not a gateway", "5.7.1", "RCPT", NR, None),
 ("relay access denied", "554 5.7.1 <lead@example.org>: Relay access denied", "5.7.1", "RCPT", NR, None),
 ("relay denied", "550 5.7.1 Relay denied", "5.7.1", "RCPT", NR, None),
 ("relaying mail to", "550 5.7.1 Relaying mail to example.org is not allowed", "5.7.1", "RCPT", NR, None),
 ("relay not permitted", "550 5.7.1 Relay not permitted", "5.7.1", "RCPT", NR, None),
 ("relaying denied (sendmail)", "550 5.7.1 <lead@example.org>... Relaying denied", "5.7.1", "RCPT", NR, None),
 ("relaying denied. ip name lookup failed (sendmail)", f"550 5.7.1 <lead@example.org>... Relaying denied. IP name lookup failed [{IP}]", "5.7.1", "RCPT", NR + ("requireptr", "blocked"), None),
 ("that domain isn't in my list of allowed rcpthost", "553 sorry, that domain isn't in my list of allowed rcpthosts; no valid cert for gatewaying (#5.7.1)", "5.7.1", "RCPT", NR, None),
 ("this system is not configured to relay mail", "550 5.7.1 This system is not configured to relay mail from <seller@example.com> to <lead@example.org> for 192.0.2.1", "5.7.1", "RCPT", NR, None),
 ("unable to relay for", "550 5.7.1 Unable to relay for lead@example.org", "5.7.1", "RCPT", NR, None),
 ("we don't handle mail for", "550 5.7.1 We don't handle mail for example.org", "5.7.1", "RCPT", NR + ("hostunknown",), None),
 ("relay access denied (no status)", "554 Relay access denied", None, "RCPT", NR, None),
 ("relaying denied (5.1.1-like Exchange 550 5.7.54)", "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "5.7.54", "RCPT", NR, None),
]
NE = ("networkerror",)
NETWORK = [
 ("could not connect and send the mail to", "Could not connect and send the mail to mx.example.org", None, None, NE + ("expired",), None),
 ("dns records for the destination computer could not be found", "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain; DNS records for the destination computer could not be found", "5.4.4", None, ("hostunknown", "networkerror"), None),
 ("hop count exceeded - possible mail loop", "554 5.4.6 Hop count exceeded - possible mail loop", "5.4.6", "DATA", NE + ("systemerror",), None),
 ("host is unreachable", "connect to mx.example.org[192.0.2.7]:25: Host is unreachable", "4.4.1", None, NE, None),
 ("host name lookup failure (sendmail err.c)", "Name server: mx.example.org.: host name lookup failure", "4.4.3", None, NE, None),
 ("host not found, try again", "Host or domain name not found. Name service error for name=example.org type=A: Host not found, try again", "4.4.3", None, NE, None),
 ("mail forwarding loop for", "mail forwarding loop for lead@example.org", "5.4.6", None, NE + ("systemerror",), None),
 ("malformed name server reply", "Name service error for name=example.org type=MX: Malformed name server reply", "5.4.3", None, NE + ("systemerror",), None),
 ("malformed or unexpected name server reply", "Name service error for name=example.org type=MX: Malformed or unexpected name server reply", "5.4.3", None, NE + ("systemerror",), None),
 ("maximum forwarding loop count exceeded", "554 5.4.6 Maximum forwarding loop count exceeded", "5.4.6", "DATA", NE + ("systemerror",), None),
 ("message looping", "554 5.4.6 Message looping", "5.4.6", "DATA", NE + ("systemerror",), None),
 ("message probably in a routing loop", "554 5.4.6 Message probably in a routing loop", "5.4.6", "DATA", NE + ("systemerror",), None),
 ("no route to host", "connect to mx.example.org[192.0.2.7]:25: No route to host", "4.4.1", None, NE, None),
 ("too many hops", "554 5.4.6 Too many hops", "5.4.6", "DATA", NE + ("systemerror",), None),
 ("unable to resolve route", "550 5.4.4 Unable to resolve route example.org", "5.4.4", "RCPT", NE + ("hostunknown",), None),
 ("unrouteable mail domain", "550 Unrouteable mail domain example.org", None, "RCPT", NE + ("hostunknown",), None),
]
TM = ("toomanyconn", "speeding")
TOOMANYCONN = [
 ("all available ips are at maximum connection limit (sendgrid)", "421 All available IPs are at maximum connection limit", "4.0.0", "CONN", TM, S),
 ("connection rate limit exceeded", "421 4.7.0 Connection rate limit exceeded", "4.7.0", "CONN", TM, S),
 ("exceeds per-domain connection limit for", "421 4.7.0 Exceeds per-domain connection limit for example.org", "4.7.0", "CONN", TM, S),
 ("has exceeded the max emails per hour", "550 5.7.1 Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.", "5.7.1", "DATA", TM, S),
 ("throttling failure: daily message quota exceeded", "454 Throttling failure: Daily message quota exceeded.", "4.7.0", "MAIL", TM, S),
 ("throttling failure: maximum sending rate exceeded", "454 Throttling failure: Maximum sending rate exceeded.", "4.7.0", "MAIL", TM, S),
 ("too many connections", "421 4.7.0 Too many connections", "4.7.0", "CONN", TM, S),
 ("too many connections from your host. (microsoft)", "421 4.3.2 Too many connections from your host.", "4.3.2", "CONN", TM, S),
 ("too many concurrent smtp connections (microsoft)", "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later.", "4.7.0", "CONN", TM, S),
 ("too many errors from your ip (free.fr)", f"421 4.7.0 Too many errors from your IP ({IP}), please visit http://postmaster.free.fr/", "4.7.0", "CONN", TM + ("blocked",), S),
 ("too many recipients (docomo)", "452 4.5.3 Too many recipients", "4.5.3", "RCPT", TM, None),
 ("too many smtp sessions for this host (sendmail)", "421 4.7.0 mx.example.org Too many SMTP sessions for this host", "4.7.0", "CONN", TM, S),
 ("trop de connexions,", "421 4.7.0 Trop de connexions, veuillez reessayer plus tard", "4.7.0", "CONN", TM, S),
 ("we have already made numerous attempts to deliver this message", "We have already made numerous attempts to deliver this message, and have been unable to do so", "4.4.7", None, TM + ("expired",), None),
 ("too many recipients 5.5.3 final", "552 5.5.3 Too many recipients", "5.5.3", "RCPT", TM, None),
 ("daily message quota exceeded final", "554 Throttling failure: Daily message quota exceeded.", None, "MAIL", TM, S),
]
V = ("virusdetected",)
VIRUS = [
 ("it has a potentially executable attachment", "552 5.7.0 This message was blocked because it has a potentially executable attachment", "5.7.0", "DATA", V + ("policyviolation", "securityerror"), None),
 ("the message was rejected because it contains prohibited virus or spam content", "554 5.7.1 The message was rejected because it contains prohibited virus or spam content", "5.7.1", "DATA", V + ("spamdetected",), None),
 ("this form of attachment has been used by recent viruses or other malware", "552-5.7.0 This message was blocked because its content presents a potential security issue. This form of attachment has been used by recent viruses or other malware.", "5.7.0", "DATA", V + ("policyviolation", "securityerror"), None),
 ("virus detected", "554 5.7.1 Virus detected", "5.7.1", "DATA", V, None),
 ("your message was infected with a virus", "550 5.7.1 Your message was infected with a virus", "5.7.1", "DATA", V, None),
]
C = ("contenterror",)
CONTENT = [
 ("header size exceeds maximum permitted", "552 5.6.0 Header size exceeds maximum permitted", "5.6.0", "DATA", C + ("mesgtoobig", "exceedlimit"), None),
 ("improper use of 8-bit data in message header", "554 5.6.0 Improper use of 8-bit data in message header", "5.6.0", "DATA", C, None),
 ("message header size, or recipient list, exceeds policy limit", "552 5.3.4 Message header size, or recipient list, exceeds policy limit", "5.3.4", "DATA", C + ("mesgtoobig", "exceedlimit"), None),
 ("message mime complexity exceeds the policy maximum", "552 5.6.0 Message MIME complexity exceeds the policy maximum", "5.6.0", "DATA", C, None),
 ("routing loop detected -- too many received: headers", "554 5.4.6 Routing loop detected -- too many Received: headers", "5.4.6", "DATA", C + ("networkerror", "systemerror"), None),
 ("this message contain invalid mime headers", "554 5.6.0 This message contain invalid MIME headers", "5.6.0", "DATA", C, None),
 ("this message contain improperly-formatted binary content", "554 5.6.0 This message contain improperly-formatted binary content", "5.6.0", "DATA", C, None),
 ("this message contain text that uses unnecessary base64 encoding", "554 5.6.0 This message contain text that uses unnecessary base64 encoding", "5.6.0", "DATA", C, None),
]
SYNTAX = [
 ("reply code 500", "500 5.5.2 Syntax error, command unrecognized", "5.5.2", "MAIL", ("syntaxerror",), None),
 ("reply code 501", "501 5.5.4 Syntax error in parameters or arguments", "5.5.4", "MAIL", ("syntaxerror", "rejected"), None),
 ("reply code 502", "502 5.5.1 Command not implemented", "5.5.1", "MAIL", ("syntaxerror",), None),
 ("reply code 503", "503 5.5.1 Bad sequence of commands", "5.5.1", "RCPT", ("syntaxerror",), None),
 ("reply code 504", "504 5.5.4 Command parameter not implemented", "5.5.4", "MAIL", ("syntaxerror",), None),
]
SF = ("systemfull",)
SYSTEMFULL = [
 ("mail system full", "452 4.3.1 Mail system full", "4.3.1", "RCPT", SF, None),
 ("requested mail action aborted: exceeded storage allocation (ms exchange)", "552 5.3.1 Requested mail action aborted: exceeded storage allocation", "5.3.1", "DATA", SF + ("mailboxfull",), None),
 ("insufficient system storage (4.3.1)", "452 4.3.1 Insufficient system storage", "4.3.1", "MAIL", SF, None),
]
SY = ("systemerror",)
SYSTEMERROR = [
 ("aliasing/forwarding loop broken", "554 5.4.6 Aliasing/forwarding loop broken", "5.4.6", "DATA", SY + ("networkerror",), None),
 ("can't create user output file", "550 5.3.0 Can't create user output file", "5.3.0", "DATA", SY + ("mailererror",), None),
 ("could not load drd for domain", "451 4.3.0 Could not load DRD for domain example.org", "4.3.0", "RCPT", SY, None),
 ("internal error reading data (microsoft)", "451 4.3.0 Internal error reading data", "4.3.0", "DATA", SY, None),
 ("internal server error: operation now in progress (microsoft)", "451 4.3.0 Internal server error: Operation now in progress", "4.3.0", "DATA", SY, None),
 ("interrupted system call", "451 4.3.0 Interrupted system call", "4.3.0", "DATA", SY, None),
 ("it encountered an error while being processed", "554 5.3.0 The message could not be delivered because it encountered an error while being processed", "5.3.0", "DATA", SY, None),
 ("it would create a mail loop", "554 5.4.6 Not delivering: it would create a mail loop", "5.4.6", "DATA", SY + ("networkerror",), None),
 ("local configuration error", "451 4.3.0 Local configuration error", "4.3.0", "RCPT", SY, None),
 ("local error in processing", "451 4.3.0 Requested action aborted: local error in processing", "4.3.0", "DATA", SY, None),
 ("loop was found in the mail exchanger", "554 5.4.6 A loop was found in the mail exchanger", "5.4.6", None, SY + ("networkerror",), None),
 ("loops back to myself", "mail for example.org loops back to myself", "5.4.6", None, SY + ("networkerror",), None),
 ("queue file write error", "452 4.3.0 Error: queue file write error", "4.3.0", "DATA", SY + ("systemfull",), None),
 ("mail system configuration error", "451 4.3.5 Mail system configuration error", "4.3.5", "RCPT", SY, None),
 ("remote server is misconfigured", "550 5.3.5 Remote server is misconfigured", "5.3.5", "RCPT", SY, None),
 ("server configuration error", "451 4.3.5 Server configuration error", "4.3.5", "RCPT", SY, None),
 ("service currently unavailable", "451 4.3.2 Service currently unavailable", "4.3.2", "RCPT", SY + ("toomanyconn",), None),
 ("system config error", "451 4.3.5 System config error", "4.3.5", "RCPT", SY, None),
 ("temporary local problem", "451 4.3.0 Temporary local problem - please try later", "4.3.0", "RCPT", SY, None),
 ("timeout waiting for input", "451 4.4.2 Timeout waiting for input", "4.4.2", "DATA", SY + ("networkerror",), None),
 ("transaction failed", "554 5.3.0 Transaction failed", "5.3.0", "DATA", SY, None),
 ("local configuration error final", "550 5.3.5 Local configuration error", "5.3.5", "RCPT", SY, None),
]
E = ("expired",)
EXPIRED = [
 ("connection timed out", "connect to mx.example.org[192.0.2.7]:25: Connection timed out", "4.4.1", None, E + ("networkerror",), None),
 ("could not find a gateway for", "Could not find a gateway for lead@example.org", "4.4.7", None, E + ("networkerror",), None),
 ("delivery attempts will continue to be made for", "Delivery attempts will continue to be made for 2 days", "4.4.7", None, E, None),
 ("delivery time expired", "Delivery time expired", "4.4.7", None, E, None),
 ("failed to deliver to domain", "Failed to deliver to domain example.org within 3 days", "4.4.7", None, E, None),
 ("giving up on", "Giving up on 192.0.2.7", "4.4.7", None, E, None),
 ("have been failing for a long time", "all hosts for 'example.org' have been failing for a long time (and retry time not reached)", "4.4.7", None, E, None),
 ("has been delayed", "Message delivery has been delayed", "4.4.7", None, E, None),
 ("it has not been collected after", "This message was not delivered because it has not been collected after 7 days", "4.4.7", None, E, None),
 ("message expired after sitting in queue for", "Message expired after sitting in queue for 5 days", "4.4.7", None, E, None),
 ("message expired, connection refulsed", "Message expired, connection refulsed", "4.4.7", None, E, None),
 ("message timed out", "Message timed out", "4.4.7", None, E, None),
 ("retry time not reached for any host after a long failure period", "retry time not reached for any host after a long failure period", "4.4.7", None, E, None),
 ("server did not respond", "The destination server did not respond", "4.4.7", None, E + ("networkerror",), None),
 ("this message has been in the queue too long", "This message has been in the queue too long", "4.4.7", None, E, None),
 ("unable to deliver message after multiple retries", "Unable to deliver message after multiple retries", "4.4.7", None, E, None),
 ("was not reachable within the allowed queue period", "The recipient server was not reachable within the allowed queue period", "4.4.7", None, E, None),
 ("your message could not be delivered for more than", "Your message could not be delivered for more than 5 days", "4.4.7", None, E, None),
]
ME = ("mailererror",)
MAILER = [
 ("procmail:", "procmail: Quota exceeded while writing \"/var/mail/lead\"", "5.3.0", None, ME + ("mailboxfull",), None),
 ("bin/procmail", "Command died with status 1: \"/usr/bin/procmail\"", "5.3.0", None, ME, None),
 ("bin/maildrop", "Command died with status 75: \"/usr/bin/maildrop -d ${USER}\"", "5.3.0", None, ME, None),
 ("command failed:", "Command failed: /usr/local/bin/deliver (exit 1)", "5.3.0", None, ME, None),
 ("command died with status n", "Command died with status 127: \"/usr/local/bin/filter\"", "5.3.0", None, ME, None),
 ("command output:", "Command died with status 1: \"/usr/local/bin/filter\". Command output: filter: cannot open config", "5.3.0", None, ME, None),
 ("exit n", "local delivery failed: exit 1", "5.3.0", None, ME, None),
 ("mailer error", "554 5.3.0 unknown mailer error 1", "5.3.0", None, ME, None),
 ("pipe to |/x", "pipe to |/usr/local/bin/filter\n    generated by lead@example.org\n    local delivery failed", "5.3.0", None, ME, None),
 ("x-unix; 127", "X-Unix; 127", "5.3.0", None, ME, None),
]
ONHOLD = [
 ("nothing decides (Sisimai OnHold)", "550 Delivery failed", None, "DATA", ("onhold", "undefined", "filtered", "systemerror", "rejected"), None),
]
