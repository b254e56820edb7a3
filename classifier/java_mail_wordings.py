"""Java's network exceptions as Java mail servers print them in their notices (review old37): Apache James 3.x's
RemoteDelivery bounce (server/mailet/mailets/.../remote/delivery/Bouncer.java explanationText: "Socket exception: "
+ a SocketException's message, a ConnectException's or other exception's own text) with the JDK's and Jakarta
Mail's messages. Data merged into `classifier.phrases`; matched like the other tables, lowercase substrings of the
whitespace-collapsed diagnostic."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.NETWORKERROR: (
        # Bouncer's "Socket exception: " prefix (java.net.SocketException: "Connection reset", "Broken pipe").
        "socket exception: connection reset", "socket exception: broken pipe",
        # java.net.ConnectException's text since Java 8 repeats the cause in brackets.
        "connection refused (connection refused)",
        # java.net.SocketTimeoutException's "Read timed out" (no prefix in Bouncer: no SocketException).
        "read timed out",
        # Jakarta Mail's MailConnectException: "Couldn't connect to host, port: %s, %d; timeout %d".
        "couldn't connect to host, port:",
    ),
}
