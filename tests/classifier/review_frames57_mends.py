"""Frames 57's mend rows: variants the mends must read as the first run's rows, and controls whose reading the mends
must NOT change (each control's reading checked against main's). Expectations as in review_frames57.py."""

from __future__ import annotations

from tests.classifier.review_frames57 import G, P, E, Z, att, domino, row
from tests.classifier.review_frames57_layouts import ATT, CHINA_MTA, DOMINO, GIP, exo_fail, fastmail, g_fail, g_later, \
    zoho
from tests.classifier.review_holdout50 import ANY, S, hard, later, soft

ATT_MX = "ff-ip4-mx-vip1.prodigy.net"
V1, V2, V3, V4 = ("lhardy1958@juno.com", "n.quist@stadt-eschwege.de", "kbarnes@bellsouth.net", "wu.fang@linhai-glass.cn")
C1, C2, C3, C4, C5 = ("m.roth@roth-maschinen.de", "s.alvarez@alvarez-hermanos.es", "a.peters@peters-bau.de",
                      "d.lowe@lowe-timber.com", "tgraham@att.net")
ROWS = [
    # Domino's "<address> is not a valid user" (sendmail_lines): through Gmail for Juno's server, through Zoho's notice.
    row("mend-gmail-juno-notvalid", f"variant: {G}", DOMINO, g_fail("v1", V1, domino(V1), "5.0.0", "mx.vgs.untd.com"),
        hard(V1)),
    row("mend-zoho-domino-notvalid", f"variant: {Z}", DOMINO, zoho("v2", V2, domino(V2)), hard(V2)),
    # ...naming OUR sender: the server's check of our address, never the prospect's absence.
    row("mend-gmail-domino-ours", f"variant: {G}; our sender named", DOMINO,
        g_fail("v5", C1, domino("seller@example.com"), "5.0.0", "notes.roth-maschinen.de", unknown=False),
        soft(C1, (), S)),
    # Controls: another address named (an alias's member), a service the user may not use, the server's own status.
    row("mend-ctl-domino-other-address", f"control: {G}; another address than the recipient", DOMINO,
        g_fail("c2", C2, domino("pedidos@alvarez-hermanos.es"), "5.0.0", "mx.alvarez-hermanos.es"), soft(C2, (), ANY)),
    row("mend-ctl-domino-of-service", f"control: {G}; 'not a valid user of' a service", DOMINO,
        g_fail("c3", C3, f"550 {C3} is not a valid user of this list", "5.0.0", "notes.peters-bau.de"),
        soft(C3, (), ANY)),
    row("mend-ctl-domino-own-status", f"control: {E}; the server's own 5.2.1", DOMINO,
        exo_fail("c4", C4, f"550 5.2.1 {C4} is not a valid user", "5.2.1", "mail.lowe-timber.com"), soft(C4, (), ANY)),
    # AT&T's 5.2.1 "Addressee unknown" (remote/att.py): at a named RCPT too; not another host's, not a 4.2.1, not its
    # blocklist refusal of our host.
    row("mend-fastmail-att-addressee", f"variant: {P}", ATT, fastmail("v3", V3, att(V3, "66.111.4.25"), "5.2.1", ATT_MX),
        hard(V3)),
    row("mend-ctl-other-host-521-addressee", f"control: {G}; a sendmail host not AT&T's (sendmail_lines keeps 5.2.1)",
        ATT, g_fail("c6", C5.replace("att.net", "lowe-timber.com"), att(C5.replace("att.net", "lowe-timber.com"), GIP),
                    "5.2.1", "mail.lowe-timber.com"), soft(C5.replace("att.net", "lowe-timber.com"), (), ANY)),
    row("mend-ctl-att-421-addressee", f"control: {G} (delay); AT&T's words under a 4.2.1", ATT,
        g_later("c7", C5, f"450 4.2.1 <{C5.upper()}>... Addressee unknown, relay=[{GIP}]", "4.2.1", ATT_MX), later(C5)),
    row("mend-ctl-att-rbl", f"control: {G}; AT&T's blocklist refusal ('553 5.3.0 ... DNSBL:RBL 521< ip >_is_blocked')",
        ATT, g_fail("c8", C5, f"553 5.3.0 flph829 DNSBL:RBL 521< {GIP} >_is_blocked.For assistance forward this error "
                    "to abuse_rbl@abuse-att.net", "5.3.0", ATT_MX, unknown=False),
        soft(C5, ("blocked", "badreputation"), S)),
    # The Chinese MTA's "smtpport check error." (small_server_wordings): through Microsoft 365 too.
    row("mend-exo-cn-smtpport", f"variant: {E}", CHINA_MTA, exo_fail("v4", V4, "554 smtpport check error.", "5.0.0",
                                                                     "mx.linhai-glass.cn"),
        soft(V4, ("blocked",), S)),
]
