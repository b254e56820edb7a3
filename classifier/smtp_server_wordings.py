"""nodemailer's smtp-server's own reply texts (the nineteenth round of real servers, tests/classifier/
real_cases_round19.py): what the npm package smtp-server 3.21 (dist/cjs/smtp-connection.js), the SMTP server of
many Node mail services, answers by itself as a receiving server, quoted by the sending MTA in its notice
("421 <name> Too many connected clients, try again in a moment"). Its "501 Error: Bad recipient address syntax"
needs no entry: mta_wordings' "bad recipient address" pattern reads it, once the stage is known. Data merged into
`classifier.phrases` beside the other tables; matched like them, lowercase substrings of the
whitespace-collapsed diagnostic."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

# connectionReady's greeting when maxClients is reached, "421 <name> Too many connected clients, try again in a
# moment": the server's limit on concurrent clients, counted over every client it serves (real round 19,
# smtp-server-too-many-clients-*): the receiver's load, not our client's connections (`severity.scope_of`).
ALL_CLIENTS = "too many connected clients"

PHRASES: Mapping[Reason, tuple[str, ...]] = {R.TOOMANYCONN: (ALL_CLIENTS,)}
