"""Audit 65: an ADVERSARIAL audit of the mends merged on the day of reviews quota65 and ms65 (a62a9452..06868c7f):
classifier/mailbox_states.py's new full-mailbox words (Polish 'zapełniona', Czech 'zaplněná', Swedish 'överskridits',
Turkish 'aşıldı', Dutch 'volle <box>'; 容量 no quota after サーバー / ディスク / 磁盘 / 服务器), formats/exchange_admin.py
(Exchange 2007/2010's '#<reply> ##' line under an address, read where a report block has no Diagnostic-Code) and
classifier/remote/microsoft.py's BadPrimary / InvalidInSmtp / 'Cannot get ID from name', 5.1.20 and 5.7.12 rules.

The harms aimed at, costliest first: a FALSE HARD (one recipient's '#550 5.1.1' line read for another recipient: the
first without its own line, an address that is a prefix of another's, a line cut before its '##'); a LOST HARD (a real
missing user whose words now read full: Dutch / German 'volle' meaning complete before a compound of the box's noun,
'volle mailboxadres', 'volle Postfachadresse'); the new words in notices that are no full mailbox (Turkish 'süresi
aşıldı' / 'sınırı aşıldı' for time-outs, recipient counts, sizes and OUR sending limit beside 'posta kutusu'; Swedish
'har överskridits' for a time limit, a size, our limit; Polish / Czech 'zapełniony' / 'zaplněn' for the SERVER's disk;
a Czech quota WARNING to our own mailbox, no bounce); and the reverse of the 容量 mend (a user's own 'ディスク容量').

Expected rows (address, hard, reasons, scope, delay; review_check) written from the sources' words and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). Names "a65-<frame>-<what>".
Layouts: holdout 50's Postfix (pf_remote), review ms65's Exchange 2010 (ex2010, ex2010_local_many) and, where a row
needs an admin section those builders do not draw, ex10_custom below (the same layout, its sections given whole)."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, S, hard, pf_remote, soft
from tests.classifier.review_holdout50_layouts import DATE, POSTFIX_SRC, REP, SELLER
from tests.classifier.review_holds58_layouts import plain
from tests.classifier.review_ms65_layouts import EX2010_SRC, ex2010, ex2010_local_many

FULL = ("mailboxfull",)
BIG = ("mesgtoobig", "exceedlimit")
SYSF = ("systemfull", "systemerror")
LATE = ("expired", "networkerror", "systemerror")
MANY = ("toomanyconn", "speeding", "exceedlimit", "expired")
SENDQ = ("speeding", "toomanyconn", "blocked", "policyviolation", "rejected", "securityerror")
NOT_FOUND = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"

MEND = "the mend's own source (8c0078e6, classifier/mailbox_states.py: {})"
TR = ("hand-made Turkish in the words Turkish hosts' SMTP code tables use ('süre' time, 'sınır' limit, 'boyut' size, "
      "'gönderim limiti' sending limit; destek.sh.com.tr 'SMTP Hata Kodları', hataverdi.com 'E-Mail SMTP Hata "
      "Kodlarının Anlamları'), with the mend's 'aşıldı' (exceeded) beside 'posta kutusu'; " + MEND.format(
          "'aşıldı' added to _EXCEEDED, which pairs with any box noun within 40 characters"))
SV = ("hand-made Swedish with 'har överskridits' (has been exceeded) as Swedish hosts word limits (support.crossnet.se "
      "'Felmeddelande om quota': 'storleken på e-postlådan kommer att överskridas'); " + MEND.format(
          "'överskridits' added to _EXCEEDED"))
DISK = ("RFC 5321 s4.2.2 452 'insufficient system storage' with RFC 3463 4.3.1 'Mail system full' (the server's own "
        "disk, taxonomy systemfull), given up by Postfix (Action: failed); hand-made in the server's language, as "
        "review quota65's Japanese and Chinese server-disk rows; " + MEND.format("{}"))
VOLLE = ("hand-made after the mend's adjective-first shape '(?:...|volle) (?:<box>)' (8c0078e6), which ends at the box's "
         "noun, so a compound ('mailboxadres', 'Postfachadresse') passes; 'vol(le)' also means 'complete' (Van Dale: "
         "'vol' = 'volledig'; Duden 'voll' 2: 'vollständig'), the mend's own control being 'volledige mailboxadres'")
SMARTHOST = ("our smarthost refusing at MAIL FROM for OUR account's sending limit (taxonomy s7: the sender's scope); "
             "hand-made in the language of a provider of that country")
EX10_TWO = (f"{EX2010_SRC}; review ms65's ex2010_local_many (several recipients, each with its own '#<reply> ##' "
            "line in the administrators' section)")
SV_ADMIN = ("Exchange 2010's administrators' section in Swedish as a pastebin of one quotes it (pastebin.com/YbK982xS: "
            "'Diagnostisk information för administratörer:', 'Genererande server:', the address, then '<server> #550 "
            "5.7.1 Unable to relay ##': the host before the '#')")
EX03 = ("Exchange's relayed-reply line '#< #5.1.1 smtp;550 5.1.1 ...> #SMTP#' (review ms65_layouts' '<remote> #<<remote> "
        "#<status> smtp;<reply>> #SMTP#' without the host), the layout the audit brief names as a different '#' line")
BADPRIMARY = "550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid"
BADPRIMARY_SRC = ("learn.microsoft.com 'Remote Server returned 550 5.2.0 RESOLVER.ADR.BadPrimary in Microsoft 365' "
                  "(MicrosoftDocs/SupportArticles-docs .../ndr/badprimary-ndr.md)")
EXREC_SRC = ("learn.microsoft.com 'NDR error 550 5.1.1 RESOLVER.ADR.ExRecipNotFound' and Sisimai's "
             "lib/Sisimai/Lhost/Exchange2007.pm table (RESOLVER.ADR.RecipNotFound -> userunknown)")
FULL_USER = ("The recipient's mailbox is full and can't accept messages now. Please try resending this message later "
             "or contact the recipient directly.")
NOUSER_USER = ("The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try "
               "to resend the message. If the problem continues, please contact your helpdesk.")

TR_MX, SV_MX, PL_MX, CZ_MX = ("mail.karadeniz-tekstil.com.tr", "mx.vasterby-bygg.se", "mx.mazowsze-meble.pl",
                              "mx.ostrava-hutni.cz")
NL_MX, DE_MX, JA_MX = "mx.zeeland-havens.nl", "mx.rheintal-maschinen.de", "mx.hokuriku-denki.co.jp"
ORG = "corp.vantor-freight.com"


def ex10_custom(rid: str, user: str, admin: str, blocks: list[tuple[str, str]], *, html: bool = False,
                heads: tuple[str, str, str] = ("Delivery has failed to these recipients or groups:",
                                               "Diagnostic information for administrators:", "Generating server:"),
                server: str = f"EXCH01.{ORG}") -> bytes:
    """Exchange 2010's NDR with its user and administrators' sections given whole (review_ms65_layouts.ex2010's
    frame); `blocks`: each recipient's (Final-Recipient address, Status), no Diagnostic-Code; `html`: the text part
    as the HTML Exchange writes (each section's lines joined by <br>), alone."""
    lead, diag_head, gen = heads
    if html:
        def para(s: str) -> str:
            return "<p><font size=\"2\" face=\"Tahoma\">" + s.replace("\n", "<br>\n") + "</font></p>\n"
        body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>\n"
                f"<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">{lead}</font></b></p>\n{para(user)}"
                f"<br><br><p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">{diag_head}</font></p>\n"
                f"{para(gen + ' ' + server)}{para(admin)}</body></html>\n")
        part = f"Content-Type: text/html; charset=\"us-ascii\"\n\n{body}"
    else:
        part = (f"Content-Type: text/plain; charset=\"utf-8\"\n\n{lead}\n\n{user}\n\n\n\n\n\n\n{diag_head}\n\n"
                f"{gen} {server}\n\n{admin}\n\nOriginal message headers:\n\nFrom: Sam Seller <{REP}>\n"
                f"Subject: Quick question about your Q4 logistics\nMessage-ID: <{rid}@{ORG}>\n")
    fields = "\n".join(f"Final-Recipient: rfc822;{a}\nAction: failed\nStatus: {st}\nX-Display-Name: {a.split('@')[0]}\n"
                       for a, st in blocks)
    to = ", ".join(f"<{a}>" for a, _ in blocks)
    return (
        f"From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{ORG}>\nTo: <{REP}>\n"
        f"Date: {DATE}\nSubject: Undeliverable: Quick question about your Q4 logistics\nMessage-ID: <{rid}-ndr@{server}>\n"
        "Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr:\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"_a65_\"\n\n"
        f"--_a65_\n{part}\n--_a65_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{server}\n"
        f"Arrival-Date: {DATE}\n\n{fields}\n--_a65_\nContent-Type: text/rfc822-headers\n\n"
        f"From: Sam Seller <{REP}>\nTo: {to}\nSubject: Quick question about your Q4 logistics\n"
        f"Message-ID: <{rid}@{ORG}>\n\n--_a65_--\n"
    ).encode()


# The new words where no mailbox is full (soft either way: the reason, or OUR limit's scope, is what is at stake).
WORD_ROWS = [
    ("a65-pf-tr-baglanti-suresi-asildi", f"{POSTFIX_SRC}; {TR} (a gateway's backend time-out, given up)",
     pf_remote("t1", "satinalma@karadeniz-tekstil.com.tr", "451 4.4.2 Posta kutusu sunucusuna bağlantı süresi aşıldı",
               "4.4.2", TR_MX), soft("satinalma@karadeniz-tekstil.com.tr", LATE, ANY)),
    ("a65-pf-tr-teslim-suresi-asildi", f"{POSTFIX_SRC}; {TR} (delivery time to the mailbox server ran out)",
     pf_remote("t2", "lojistik@karadeniz-tekstil.com.tr", "451 4.4.7 Alıcının posta kutusu sunucusuna teslim süresi "
               "aşıldı", "4.4.7", TR_MX), soft("lojistik@karadeniz-tekstil.com.tr", LATE, ANY)),
    ("a65-pf-tr-alici-sayisi-siniri-asildi", f"{POSTFIX_SRC}; {TR} (RFC 3463 x.5.3 too many recipients, given up)",
     pf_remote("t3", "ihracat@karadeniz-tekstil.com.tr", "452 4.5.3 Bu posta kutusu için alıcı sayısı sınırı aşıldı",
               "4.5.3", TR_MX), soft("ihracat@karadeniz-tekstil.com.tr", MANY, ANY)),
    ("a65-pf-tr-our-sending-limit-posta-kutusu", f"{POSTFIX_SRC}; {SMARTHOST}; {TR}",
     pf_remote("t4", "muhasebe@karadeniz-tekstil.com.tr", "550 5.4.5 Gönderen posta kutusu için günlük gönderim limiti "
               "aşıldı", "5.4.5", "smtp.ornek-hosting.com.tr", command="MAIL FROM"),
     soft("muhasebe@karadeniz-tekstil.com.tr", SENDQ, S)),
    ("a65-pf-tr-ileti-boyutu-asildi", f"{POSTFIX_SRC}; {TR} (RFC 3463 5.3.4 message too big)",
     pf_remote("t5", "kalite@karadeniz-tekstil.com.tr", "552 5.3.4 Posta kutusu için izin verilen ileti boyutu aşıldı",
               "5.3.4", TR_MX), soft("kalite@karadeniz-tekstil.com.tr", BIG, ANY)),
    ("a65-pf-sv-tidsgransen-har-overskridits", f"{POSTFIX_SRC}; {SV} (a delivery time limit, given up)",
     pf_remote("s1", "inkop@vasterby-bygg.se", "451 4.4.7 Tidsgränsen för leverans till mottagarens brevlåda har "
               "överskridits", "4.4.7", SV_MX), soft("inkop@vasterby-bygg.se", LATE, ANY)),
    ("a65-pf-sv-meddelandestorlek-har-overskridits", f"{POSTFIX_SRC}; {SV} (RFC 3463 5.3.4 message too big)",
     pf_remote("s2", "ritning@vasterby-bygg.se", "552 5.3.4 Maximal meddelandestorlek för brevlådan har överskridits",
               "5.3.4", SV_MX), soft("ritning@vasterby-bygg.se", BIG, ANY)),
    ("a65-pf-sv-our-sending-limit-brevlada", f"{POSTFIX_SRC}; {SMARTHOST}; {SV}",
     pf_remote("s3", "ekonomi@vasterby-bygg.se", "550 5.7.1 Sändningsgränsen för din brevlåda har överskridits",
               "5.7.1", "smtp.webbhotell-exempel.se", command="MAIL FROM"), soft("ekonomi@vasterby-bygg.se", SENDQ, S)),
    ("a65-pf-pl-server-disk-zapelniony", f"{POSTFIX_SRC}; " + DISK.format("'zapełnion' added to _FULL") + " (pl)",
     pf_remote("p1", "zakupy@mazowsze-meble.pl", "452 4.3.1 Nie można dostarczyć do skrzynki: dysk serwera jest "
               "zapełniony", "4.3.1", PL_MX), soft("zakupy@mazowsze-meble.pl", SYSF, ANY)),
    ("a65-pf-cs-server-disk-zaplnen", f"{POSTFIX_SRC}; " + DISK.format("'zaplněn' added to _FULL") + " (cs)",
     pf_remote("c1", "nakup@ostrava-hutni.cz", "452 4.3.1 Zprávu nelze doručit do schránky, disk serveru je zaplněn",
               "4.3.1", CZ_MX), soft("nakup@ostrava-hutni.cz", SYSF, ANY)),
    ("a65-plain-cs-quota-warning-to-us", "hand-made Czech quota WARNING from our own host to our mailbox, titled as "
     "czechia.com / slovaknet help name it ('Upozornění na zaplnění prostoru e-mailové schránky'; review quota65's "
     "source); " + MEND.format("'zaplněn' added to _FULL") + ": a notice about our own box, no bounce",
     plain("c2", "Správce pošty <postmaster@hosting-priklad.cz>", "Upozornění na zaplnění prostoru e-mailové schránky",
           f"Dobrý den,\n\nVaše e-mailová schránka {SELLER} je zaplněna z 90 %.\nPo úplném zaplnění schránky nebude "
           "možné přijímat nové zprávy. Smažte prosím nepotřebné zprávy.\n\nS pozdravem\nHosting Příklad\n"), []),
]

# The reverse: a real missing user whose words now read full (LOST HARD), with the mend's own cases as controls.
REVERSE_ROWS = [
    ("a65-pf-nl-volle-mailboxadres-unknown", f"{POSTFIX_SRC}; {VOLLE} (nl, under 5.1.1)",
     pf_remote("d1", "planning@zeeland-havens.nl", "550 5.1.1 Onbekende ontvanger: controleer het volle mailboxadres",
               "5.1.1", NL_MX), hard("planning@zeeland-havens.nl")),
    ("a65-pf-de-volle-postfachadresse-unknown", f"{POSTFIX_SRC}; {VOLLE} (de, under 5.1.1)",
     pf_remote("d2", "einkauf@rheintal-maschinen.de", "550 5.1.1 Empfänger unbekannt: bitte die volle "
               "Postfachadresse angeben", "5.1.1", DE_MX), hard("einkauf@rheintal-maschinen.de")),
    ("a65-pf-nl-control-volle-naam-unknown", f"{POSTFIX_SRC}; {VOLLE} (control: 'volle naam', no box noun after it)",
     pf_remote("d3", "douane@zeeland-havens.nl", "550 5.1.1 Mailbox onbekend, gebruik de volle naam van de ontvanger",
               "5.1.1", NL_MX), hard("douane@zeeland-havens.nl")),
    ("a65-pf-nl-control-volle-postbus", f"{POSTFIX_SRC}; the mend's own case (domein-registreren.nl's 'wegens een "
     "volle mailbox', here with 'postbus'), no enhanced code",
     pf_remote("d4", "vracht@zeeland-havens.nl", "550 Bericht niet afgeleverd wegens een volle postbus", "5.0.0", NL_MX),
     soft("vracht@zeeland-havens.nl", FULL, ANY)),
    ("a65-pf-de-control-volle-mailbox", f"{POSTFIX_SRC}; control: German 'volle Mailbox' (full, Duden 'voll' 1) before "
     "the noun alone, no enhanced code",
     pf_remote("d5", "service@rheintal-maschinen.de", "550 Die volle Mailbox des Empfängers nimmt keine Nachrichten an",
               "5.0.0", DE_MX), soft("service@rheintal-maschinen.de", FULL, ANY)),
    ("a65-pf-ja-user-disk-yoryo", f"{POSTFIX_SRC}; hand-made Japanese ISP reply: a USER's disk quota ('ユーザーのディスク"
     "容量', the mailbox's allotment as Japanese ISPs' help words it), no enhanced code; " + MEND.format(
         "'(?<!ディスク)容量': never a quota after ディスク"),
     pf_remote("j1", "soumu@hokuriku-denki.co.jp", "550 ユーザーのディスク容量を超えたため配信できません", "5.0.0", JA_MX),
     soft("soumu@hokuriku-denki.co.jp", FULL, ANY)),
]

_EXT = "partner@karlsson-spedition.se"
_ONE, _TWO = f"a.moreau@{ORG}", f"a.moreau@{ORG}.au"
# Exchange's '#<reply> ##' reader (formats/exchange_admin.py) where another recipient's line, a cut or a different
# layout could give a recipient the wrong reply; Microsoft's new rules beside a real missing user.
EXCHANGE_ROWS = [
    ("a65-ex10-relay-line-first-then-local-unknown", f"{EX10_TWO}; {SV_ADMIN} (the first recipient's line with its "
     "host before the '#', the second's Exchange's own)",
     ex10_custom("e1", f"{_EXT}\nYour message wasn't delivered because the recipient's e-mail provider rejected it.\n\n"
                 f"l.berg@{ORG}\n{NOUSER_USER}",
                 f"{_EXT}\nEXCH01.{ORG} #550 5.7.1 Unable to relay ##\n\nl.berg@{ORG}\n#{NOT_FOUND} ##",
                 [(_EXT, "5.7.1"), (f"l.berg@{ORG}", "5.1.1")]),
     soft(_EXT, ("norelaying",), ANY) + hard(f"l.berg@{ORG}")),
    ("a65-ex10-prefix-address-listed-second", f"{EX10_TWO}; {EXREC_SRC}; the full-mailbox user line of "
     "review ms65's MEPF row; an address that is the start of another's ('.au'), the longer one listed first",
     ex10_custom("e2", f"{_TWO}\n{NOUSER_USER}\n\n{_ONE}\n{FULL_USER}",
                 f"{_TWO}\n#{NOT_FOUND} ##", [(_TWO, "5.1.1"), (_ONE, "5.0.0")]),
     hard(_TWO) + soft(_ONE, FULL, ANY)),
    ("a65-ex10-first-without-line", f"{EX10_TWO}; {EXREC_SRC} (the first recipient has no line in the administrators' "
     "section and no user line, under a generic Status 5.0.0)",
     ex10_custom("e3", f"k.ito@{ORG}\n\n\nm.sato@{ORG}\n{NOUSER_USER}", f"m.sato@{ORG}\n#{NOT_FOUND} ##",
                 [(f"k.ito@{ORG}", "5.0.0"), (f"m.sato@{ORG}", "5.1.1")]),
     soft(f"k.ito@{ORG}", (), ANY) + hard(f"m.sato@{ORG}")),
    ("a65-ex10-first-line-cut-before-hashes", f"{EX10_TWO}; review lists63's RESOLVER.RST.NotAuthorized reply (a group "
     "refusing our sender) with its closing '##' lost (a gateway's cut), the next recipient's line whole",
     ex10_custom("e4", f"board@{ORG}\n\n\nr.diaz@{ORG}\n{NOUSER_USER}",
                 f"board@{ORG}\n#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized\n\nr.diaz@{ORG}\n#{NOT_FOUND} ##",
                 [(f"board@{ORG}", "5.0.0"), (f"r.diaz@{ORG}", "5.1.1")]),
     soft(f"board@{ORG}", (), ANY) + hard(f"r.diaz@{ORG}")),
    ("a65-ex10-crlf-wrapped-hashes-own-line", f"{EX2010_SRC}; {EXREC_SRC} (CRLF line ends, the reply wrapped and its "
     "'##' on a line of its own, a generic Status 5.0.0)",
     ex2010("e5", f"t.nagy@{ORG}", explain="", reply="550 5.1.1 RESOLVER.ADR.RecipNotFound;\nnot found\n", status="5.0.0",
            org=ORG).replace(b"\n", b"\r\n"), hard(f"t.nagy@{ORG}")),
    ("a65-ex10-html-only-recipnotfound", f"{EX2010_SRC}; {EXREC_SRC} (the HTML body alone, lines joined by <br> as "
     "Exchange's HTML NDR writes them, a generic Status 5.0.0)",
     ex10_custom("e6", f"h.weber@{ORG}\n{NOUSER_USER}", f"h.weber@{ORG}\n#{NOT_FOUND} ##", [(f"h.weber@{ORG}", "5.0.0")],
                 html=True), hard(f"h.weber@{ORG}")),
    ("a65-ex10-address-case-differs", f"{EX2010_SRC}; {EXREC_SRC} (the report's Final-Recipient in the directory's "
     "capitals, the text lowercase, a generic Status 5.0.0)",
     ex10_custom("e7", f"p.novak@{ORG}\n", f"p.novak@{ORG}\n#{NOT_FOUND} ##", [(f"P.Novak@{ORG}", "5.0.0")]),
     hard(f"p.novak@{ORG}")),
    ("a65-ex10-sv-relay-host-line", f"{SV_ADMIN}; {EX2010_SRC} (one recipient, no Diagnostic-Code)",
     ex10_custom("e8", f"{_EXT}\n", f"{_EXT}\nEXCH01.{ORG} #550 5.7.1 Unable to relay ##", [(_EXT, "5.7.1")],
                 heads=("Leveransen misslyckades till följande mottagare eller grupper:",
                        "Diagnostisk information för administratörer:", "Genererande server:")),
     soft(_EXT, ("norelaying",), ANY)),
    ("a65-ex10-smtp-hash-line-user-unknown", f"{EX03}; Status 5.1.1, no Diagnostic-Code",
     ex10_custom("e9", f"j.cole@{ORG}\n", f"j.cole@{ORG}\n#< #5.1.1 smtp;550 5.1.1 User unknown> #SMTP#",
                 [(f"j.cole@{ORG}", "5.1.1")]), hard(f"j.cole@{ORG}")),
    ("a65-ex10-smtp-hash-line-mailbox-full", f"{EX03}; RFC 3463 5.2.2 'mailbox full' in the relayed reply, a generic "
     "Status 5.0.0, no Diagnostic-Code",
     ex10_custom("e10", f"f.ruiz@{ORG}\n", f"f.ruiz@{ORG}\n#< #5.2.2 smtp;552 5.2.2 Mailbox full> #SMTP#",
                 [(f"f.ruiz@{ORG}", "5.0.0")]), soft(f"f.ruiz@{ORG}", FULL, ANY)),
    ("a65-ex10-badprimary-beside-recipnotfound", f"{EX10_TWO}; {BADPRIMARY_SRC}; {EXREC_SRC}",
     ex2010_local_many("e11", [(f"o.lind@{ORG}", BADPRIMARY, "5.2.0"), (f"u.hahn@{ORG}", NOT_FOUND, "5.1.1")],
                       explain="", org=ORG),
     soft(f"o.lind@{ORG}", ("systemerror", "filtered"), ANY) + hard(f"u.hahn@{ORG}")),
    ("a65-pf-control-recipnotfound-relayed", f"{POSTFIX_SRC}; {EXREC_SRC} (Exchange's reply relayed by our Postfix)",
     pf_remote("e12", f"w.park@{ORG}", NOT_FOUND, "5.1.1", f"mail.{ORG}"), hard(f"w.park@{ORG}")),
]

ROWS = WORD_ROWS + REVERSE_ROWS + EXCHANGE_ROWS

# Written with the mends (after the first run): controls that the narrowed words still read a full mailbox, and a
# recipient whose address ends another's (the whole-address find of dsn.lines_about).
_LEFT, _LONG = f"moreau@{ORG}", f"a.moreau@{ORG}"
MEND_ROWS = [
    ("a65m-pf-tr-kapasitesi-asildi", f"{POSTFIX_SRC}; {TR} (control: the capacity's 'kapasitesi aşıldı')",
     pf_remote("m1", "depo@karadeniz-tekstil.com.tr", "550 Alıcının posta kutusu kapasitesi aşıldı", "5.0.0", TR_MX),
     soft("depo@karadeniz-tekstil.com.tr", FULL, ANY)),
    ("a65m-pf-sv-lagringskvot-har-overskridits", f"{POSTFIX_SRC}; {SV} (control: a quota's compound, 'lagringskvot')",
     pf_remote("m2", "lager@vasterby-bygg.se", "550 Brevlådans lagringskvot har överskridits", "5.0.0", SV_MX),
     soft("lager@vasterby-bygg.se", FULL, ANY)),
    ("a65m-pf-pl-zapelniona-w-100", f"{POSTFIX_SRC}; review quota65's Polish 'zapełniona' (control: the feminine form)",
     pf_remote("m3", "biuro@mazowsze-meble.pl", "550 Skrzynka odbiorcy jest zapełniona w 100%", "5.0.0", PL_MX),
     soft("biuro@mazowsze-meble.pl", FULL, ANY)),
    ("a65m-pf-cs-zaplnena", f"{POSTFIX_SRC}; review quota65's Czech 'zaplněná' (control: the short form 'zaplněna')",
     pf_remote("m4", "sklad@ostrava-hutni.cz", "550 Schránka příjemce je zaplněna", "5.0.0", CZ_MX),
     soft("sklad@ostrava-hutni.cz", FULL, ANY)),
    ("a65m-ex10-address-ends-another", f"{EX10_TWO}; {EXREC_SRC}; the full-mailbox user line of review ms65's MEPF "
     "row; an address that is the end of another's ('a.' before it), the longer one listed first",
     ex10_custom("m5", f"{_LONG}\n{NOUSER_USER}\n\n{_LEFT}\n{FULL_USER}", f"{_LONG}\n#{NOT_FOUND} ##",
                 [(_LONG, "5.1.1"), (_LEFT, "5.0.0")]), hard(_LONG) + soft(_LEFT, FULL, ANY)),
]
