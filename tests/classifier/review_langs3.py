"""The third language review's whole notices (review `langs3`): Vietnamese, Indonesian, Greek,
Serbian, Slovak, Estonian and Finnish, the languages of the list the first two reviews
(review_langs.py, review_langs2.py) had no source for and this one found one for. Each row is a
notice written the way its server or provider words it, in a charset and transfer encoding such
servers use (ISO-8859-2/-7/-15, Windows-1250/-1253/-1257, UTF-8; quoted-printable, base64,
8bit), most of them prose only with no status code anywhere. The expectation was decided from the
source's words and shared/classifier/taxonomy.md BEFORE the classifier was run;
test_review_langs3.py runs them.

Every notice is HAND-MADE (`X-Hand-Made` says so, via review_langs.notice). The reason words of
each row are quoted from the source its row names (a fragment of the source's sentence where the
sentence hedges, e.g. "probably ... no longer exists" is quoted as "... no longer exists"); the
framing around them (headers, a greeting, the layout) is ours. Weak sources say so: most pages
found for these languages are a provider's translated help page (GoDaddy's, Google's, Microsoft's:
their notices may in fact be sent in English) or a host's gloss. The guard rows (a SENDER named
as unknown) put the source's own words for the sender into the source's sentence, as
review_langs2's Dutch guard does. Never from another project's sample bounces or a classifier's
rule table.

No usable source was found for Danish, Hungarian, Romanian, Ukrainian, Bulgarian, Croatian,
Slovenian, Lithuanian, Latvian, Thai, Hebrew, Arabic, Persian or Hindi notices (Plesk's stored
locales are it/fr/ru/es only; Google's and GoDaddy's stored help pages in these languages are not
the bounce pages, or hold only instructions; Microsoft's learn.microsoft.com pages in these
locales are stored in English): none here.

A row: (name, lang, source, raw message, expected) as in review_langs.py."""

from __future__ import annotations

from tests.classifier.review_langs import notice, postfix

UU = ("userunknown",)
HU = ("hostunknown",)
FULL = ("mailboxfull",)
OFF = ("suspend",)
EXPIRED = ("expired",)
BIG = ("mesgtoobig", "exceedlimit")

# ----------------------------------------------------------------------------- sources
_GODADDY_VI = ("GoDaddy Trợ giúp 'Email của tôi trả lại có ý nghĩa gì?' (vn.godaddy.com/help/email-ca-toi-tr-li-co-y-"
               "ngha-gi-3568): its Vietnamese bounce table, 'Giới hạn dung lượng tài khoản' (Tài khoản người nhận đã "
               "đạt đến giới hạn dung lượng tài khoản và không thể nhận email vào lúc này), 'Tài khoản không tồn tại' "
               "(Email mà người gửi đã gửi đến không tồn tại), 'Tài khoản bị vô hiệu hóa', 'Lỗi 421: Máy chủ tạm thời "
               "không sẵn sàng. Vui lòng thử lại sau.' (weak: a translated help page; GoDaddy's notices may be sent "
               "in English)")
_ZING = ("Zing Mail help 'Làm thế nào để xác định nguyên nhân thư bị trả về?' (mail.zing.vn/en_US/help/190.html: "
         "the provider's own table of the keywords in its returned-mail notices): 'Không tìm thấy Host' (Tên miền "
         "của người nhận không tồn tại), 'Dung lượng thư \"vượt giới hạn dung lương cho phép\"' (Thư bạn gửi đã "
         "vượt giới hạn thư của người dùng)")
_HAINHAN = ("hainhan.com 'Các thông báo email thường gặp' (a Vietnamese host's glosses: weak): 'Inbox is full' means "
            "'hộp thư của người nhận bị đầy'")
_GODADDY_ID = ("GoDaddy Bantuan 'Perbaiki email yang ditolak dengan kesalahan pentalan' (godaddy.com/id-id/help/"
               "perbaiki-email-yang-ditolak-dengan-kesalahan-pentalan-40685): its Indonesian bounce table, 'Batasan "
               "penyimpanan akun' (Akun penerima telah mencapai batas penyimpanannya dan tidak dapat menerima email "
               "sekarang), 'Akun tidak ada' (Alamat email yang Anda kirim tidak ada.), 'Akun dinonaktifkan', 'Waktu "
               "pengiriman habis', '5.4.1 Alamat penerima ditolak: Akses ditolak' (the recipient's server blocked "
               "the mail, the address being invalid or yours untrusted) (weak: a translated help page)")
_GMAIL_EL = ("Gmail Help answer 22839 (hl=el) 'Όρια για την αποστολή και τη λήψη μηνυμάτων': Gmail's Greek for its "
             "sending-limit notice, '\"Συμπληρώθηκε το όριο αποστολής αλληλογραφίας\"' (the sender's own limit: "
             "taxonomy §7)")
_SIGMAWEB = ("sigmaweb.gr 'Σφάλματα Email: Τα συνηθέστερα' (a Greek host's glosses: weak): 'Mailbox is full (Το "
             "γραμματοκιβώτιο είναι πλήρες)'")
_IPGR = ("ip.gr 'Τι σημαίνουν τα μηνύματα σφάλματος SMTP' (a Greek host's page: weak): 550 'δείχνει πως το "
         "γραμματοκιβώτιο του χρήστη δεν βρέθηκε'")
_IPHOST = ("support.iphost.net 'Συνήθη σφάλματα που προκαλούν bounce-back emails' (a Greek host's glosses: weak): "
           "'Mailbox not found' means 'η διεύθυνση email δεν υπάρχει πλέον', 'Mailbox full' means 'το mailbox του "
           "παραλήπτη είναι γεμάτο'; the bounce goes back 'στον αποστολέα του' (to its sender)")
_SUPERHOSTING = ("help.superhosting.rs 'Najčešći SMTP statusni kodovi i saopštenja' (a Serbian host's headings for "
                 "the replies it lists: weak): 'Imejl adresa nije pravilno napisana ili ne postoji', 'Poštansko "
                 "sanduče primaoca je prepunjeno'; the notice is sent 'pošiljaocu' (to the sender)")
_GMAIL_SK = ("Gmail Help answer 6596 (hl=sk) 'Riešenie problémov s vrátenými a odmietnutými správami': 'adresa príjemcu "
             "pravdepodobne nefunguje alebo už neexistuje' (its gloss of Gmail's no-such-account bounce), the error "
             "'Server príjemcu neprijal naše požiadavky' (Gmail could not connect; usually resolves itself), 'Správa "
             "bola dočasne odmietnutá' (weak as a notice's words: the help page's headings and glosses)")
_MS_ET = ("Microsoft Office support (et-ee) 'Meiliedastusprobleemide (tõrkekood 550 5.1.10) lahendamine': 'Meiliaadressi, "
          "millele sõnumi saatsite, pole olemas või ei suudetud seda leida.' (weak: Microsoft's gloss of the NDR)")
_SMAILY = ("help.smaily.com/et 'Levinumad veateated' (an Estonian sending platform's glosses: weak): '422 Postkast on "
           "täis või kiri on mahult liiga suur.', '512 ... võimalik, et emaili aadress on vigane või ei eksisteeri.'")
_MS_FI = ("Microsoft Office support (fi-fi) 'Sähköpostin toimitusongelmaraportit Office 365:ssä': '4.4.316 Yhteys evätty "
          "[viesti=vastakevirhe koodi 10061]' (the remote server refused the connection) (weak: a machine translation)")

_ROWS: list[tuple] = []


def _add(name: str, lang: str, source: str, raw: bytes, expected: list[tuple]) -> None:
    _ROWS.append((name, lang, source, raw, expected))


def _prose(name: str, rcpt: str, text: str, *, charset: str, cte: str, subject: str, head: str,
           sender: str = "Mail Delivery System <MAILER-DAEMON@mx.example.net>") -> bytes:
    """A plain-text notice, no status code anywhere: the recipient, then the reason's words."""
    body = f"{head}\n\n<{rcpt}>:\n    {text}\n"
    return notice(name, body=body, charset=charset, cte=cte, subject=subject, rcpt=rcpt, sender=sender,
                  generator="plain notice")


def _hard(rcpt: str, reasons=UU) -> list[tuple]:
    return [(rcpt, True, reasons, None, False)]


def _soft(rcpt: str, reasons=None, scope=None) -> list[tuple]:
    return [(rcpt, False, reasons, scope, False)]


_GMAIL = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"

# ---------------------------------------------------------------- vi
_VI = "khachhang@congty.example.vn"
_VI_HEAD = "Thư của bạn không thể gửi đến người nhận sau."
_VI_SUBJ = "Thư không gửi được"
for _n, _cte in enumerate(("base64", "quoted-printable")):
    _add(f"godaddy-vi-tai-khoan-khong-ton-tai-{_cte}", "vi", _GODADDY_VI,
         _prose(f"gvi{_n}", _VI, "Tài khoản không tồn tại", charset="utf-8", cte=_cte, subject=_VI_SUBJ, head=_VI_HEAD),
         _hard(_VI))
_add("godaddy-vi-nguoi-gui-da-gui-den-khong-ton-tai", "vi", _GODADDY_VI + " (the sentence names the sender, but what "
     "does not exist is the address it sent to)",
     _prose("gvi2", _VI, "Email mà người gửi đã gửi đến không tồn tại.", charset="utf-8", cte="base64",
            subject=_VI_SUBJ, head=_VI_HEAD),
     _hard(_VI))
_add("godaddy-vi-sender-account-guard", "vi", _GODADDY_VI + " (its words with the SENDER's account named as the one "
     "that does not exist: a guard row, no hard bounce)",
     _prose("gvi3", _VI, "Tài khoản của người gửi không tồn tại.", charset="utf-8", cte="base64", subject=_VI_SUBJ,
            head=_VI_HEAD),
     _soft(_VI))
_add("godaddy-vi-gioi-han-dung-luong", "vi", _GODADDY_VI,
     _prose("gvi4", _VI, "Giới hạn dung lượng tài khoản", charset="utf-8", cte="quoted-printable", subject=_VI_SUBJ,
            head=_VI_HEAD),
     _soft(_VI, FULL))
_add("godaddy-vi-da-dat-gioi-han-dung-luong", "vi", _GODADDY_VI,
     _prose("gvi5", _VI, "Tài khoản người nhận đã đạt đến giới hạn dung lượng tài khoản và không thể nhận email vào lúc "
            "này.", charset="utf-8", cte="base64", subject=_VI_SUBJ, head=_VI_HEAD),
     _soft(_VI, FULL))
_add("godaddy-vi-bi-vo-hieu-hoa", "vi", _GODADDY_VI,
     _prose("gvi6", _VI, "Tài khoản bị vô hiệu hóa", charset="utf-8", cte="base64", subject=_VI_SUBJ, head=_VI_HEAD),
     _soft(_VI, OFF))
_add("godaddy-vi-421-delay", "vi", _GODADDY_VI + " (the reply with its code, a delay)",
     postfix("gvi7", _VI, "mx.congty.example.vn", "421 Máy chủ tạm thời không sẵn sàng. Vui lòng thử lại sau.",
             status="4.0.0", action="delayed"),
     [(_VI, False, None, None, True)])
_add("zing-khong-tim-thay-host", "vi", _ZING,
     _prose("zvi1", _VI, "Không tìm thấy Host", charset="utf-8", cte="base64", subject=_VI_SUBJ, head=_VI_HEAD),
     _hard(_VI, HU))
_add("zing-ten-mien-khong-ton-tai", "vi", _ZING + " (its gloss as the notice's sentence)",
     _prose("zvi2", _VI, "Tên miền của người nhận không tồn tại.", charset="utf-8", cte="quoted-printable",
            subject=_VI_SUBJ, head=_VI_HEAD),
     _hard(_VI, HU))
_add("zing-vuot-gioi-han-dung-luong", "vi", _ZING,
     _prose("zvi3", _VI, "Dung lượng thư vượt giới hạn dung lương cho phép", charset="utf-8", cte="base64",
            subject=_VI_SUBJ, head=_VI_HEAD),
     _soft(_VI, BIG))
_add("hainhan-hop-thu-bi-day", "vi", _HAINHAN,
     _prose("hvi1", _VI, "Hộp thư của người nhận bị đầy.", charset="utf-8", cte="base64", subject=_VI_SUBJ,
            head=_VI_HEAD),
     _soft(_VI, FULL))

# ---------------------------------------------------------------- id
_ID = "pelanggan@perusahaan.example.co.id"
_ID_HEAD = "Pesan Anda tidak dapat dikirim ke penerima berikut."
_ID_SUBJ = "Pesan tidak terkirim"
for _n, (_words, _cs) in enumerate((("Akun tidak ada", "us-ascii"),
                                    ("Alamat email yang Anda kirim tidak ada.", "iso-8859-1"))):
    _add(f"godaddy-id-tidak-ada-{_n}", "id", _GODADDY_ID,
         _prose(f"gid{_n}", _ID, _words, charset=_cs, cte="7bit", subject=_ID_SUBJ, head=_ID_HEAD),
         _hard(_ID))
_add("godaddy-id-sender-before-guard", "id", _GODADDY_ID + " (its 'Akun tidak ada' with the SENDER named first, "
     "'Pengirim: akun tidak ada': a guard row, no hard bounce)",
     _prose("gid9", _ID, "Pengirim: akun tidak ada.", charset="us-ascii", cte="7bit", subject=_ID_SUBJ, head=_ID_HEAD),
     _soft(_ID))
_add("godaddy-id-batasan-penyimpanan", "id", _GODADDY_ID,
     _prose("gid2", _ID, "Batasan penyimpanan akun", charset="us-ascii", cte="7bit", subject=_ID_SUBJ, head=_ID_HEAD),
     _soft(_ID, FULL))
_add("godaddy-id-mencapai-batas-penyimpanan", "id", _GODADDY_ID,
     _prose("gid3", _ID, "Akun penerima telah mencapai batas penyimpanannya dan tidak dapat menerima email sekarang.",
            charset="utf-8", cte="quoted-printable", subject=_ID_SUBJ, head=_ID_HEAD),
     _soft(_ID, FULL))
_add("godaddy-id-dinonaktifkan", "id", _GODADDY_ID,
     _prose("gid4", _ID, "Akun dinonaktifkan", charset="us-ascii", cte="7bit", subject=_ID_SUBJ, head=_ID_HEAD),
     _soft(_ID, OFF))
_add("godaddy-id-waktu-pengiriman-habis", "id", _GODADDY_ID,
     _prose("gid5", _ID, "Waktu pengiriman habis", charset="us-ascii", cte="7bit", subject=_ID_SUBJ, head=_ID_HEAD),
     _soft(_ID, EXPIRED))
_add("godaddy-id-akses-ditolak-541", "id", _GODADDY_ID + " (the reply with its code: refused, not said missing)",
     postfix("gid6", _ID, "mx.perusahaan.example.co.id", "550 5.4.1 Alamat penerima ditolak: Akses ditolak",
             status="5.4.1"),
     _soft(_ID))

# ---------------------------------------------------------------- el
_EL = "pelatis@etaireia.example.gr"
_EL_HEAD = "Το μήνυμά σας δεν ήταν δυνατό να παραδοθεί στους παρακάτω παραλήπτες."
_EL_SUBJ = "Ανεπίδοτο μήνυμα"
_add("gmail-el-orio-apostolis-sender", "el", _GMAIL_EL,
     _prose("gel1", _EL, "Συμπληρώθηκε το όριο αποστολής αλληλογραφίας", charset="utf-8", cte="base64",
            subject="Delivery Status Notification (Failure)", head="Το μήνυμά σας δεν παραδόθηκε.", sender=_GMAIL),
     _soft(_EL, None, "sender"))
for _n, (_cs, _cte) in enumerate((("iso-8859-7", "quoted-printable"), ("windows-1253", "8bit"))):
    _add(f"sigmaweb-el-pliris-{_cs}", "el", _SIGMAWEB,
         _prose(f"sel{_n}", _EL, "Το γραμματοκιβώτιο είναι πλήρες", charset=_cs, cte=_cte, subject=_EL_SUBJ,
                head=_EL_HEAD),
         _soft(_EL, FULL))
_add("iphost-el-gemato", "el", _IPHOST,
     _prose("iel1", _EL, "Το mailbox του παραλήπτη είναι γεμάτο.", charset="iso-8859-7", cte="quoted-printable",
            subject=_EL_SUBJ, head=_EL_HEAD),
     _soft(_EL, FULL))
_add("iphost-el-den-yparxei-pleon", "el", _IPHOST,
     _prose("iel2", _EL, "Η διεύθυνση email δεν υπάρχει πλέον.", charset="iso-8859-7", cte="8bit", subject=_EL_SUBJ,
            head=_EL_HEAD),
     _hard(_EL))
_add("ipgr-el-den-vrethike", "el", _IPGR,
     _prose("pel1", _EL, "Το γραμματοκιβώτιο του χρήστη δεν βρέθηκε.", charset="utf-8", cte="base64",
            subject=_EL_SUBJ, head=_EL_HEAD),
     _hard(_EL))
_add("iphost-el-sender-guard", "el", _IPHOST + " (its words with the SENDER's address named as the one that does "
     "not exist: a guard row, no hard bounce)",
     _prose("iel3", _EL, "Η διεύθυνση email του αποστολέα δεν υπάρχει.", charset="iso-8859-7", cte="quoted-printable",
            subject=_EL_SUBJ, head=_EL_HEAD),
     _soft(_EL))

# ---------------------------------------------------------------- sr (Latin)
_SR = "kupac@firma.example.rs"
_SR_HEAD = "Vaša poruka nije mogla biti isporučena sledećim primaocima."
_SR_SUBJ = "Neisporučena poruka"
for _n, (_cs, _cte) in enumerate((("iso-8859-2", "quoted-printable"), ("windows-1250", "8bit"))):
    _add(f"superhosting-sr-ne-postoji-{_cs}", "sr", _SUPERHOSTING,
         _prose(f"ssr{_n}", _SR, "Imejl adresa nije pravilno napisana ili ne postoji.", charset=_cs, cte=_cte,
                subject=_SR_SUBJ, head=_SR_HEAD),
         _hard(_SR))
_add("superhosting-sr-prepunjeno", "sr", _SUPERHOSTING,
     _prose("ssr2", _SR, "Poštansko sanduče primaoca je prepunjeno.", charset="iso-8859-2", cte="quoted-printable",
            subject=_SR_SUBJ, head=_SR_HEAD),
     _soft(_SR, FULL))
_add("superhosting-sr-sender-guard", "sr", _SUPERHOSTING + " (its words with the SENDER's address named as the one "
     "that does not exist: a guard row, no hard bounce)",
     _prose("ssr3", _SR, "Imejl adresa pošiljaoca ne postoji.", charset="windows-1250", cte="8bit", subject=_SR_SUBJ,
            head=_SR_HEAD),
     _soft(_SR))

_add("superhosting-sr-sender-before-guard", "sr", _SUPERHOSTING + " (its 'ne postoji' with the SENDER's address "
     "named first, 'pošiljaočeva adresa': a guard row, no hard bounce)",
     _prose("ssr4", _SR, "Pošiljaočeva adresa ne postoji.", charset="windows-1250", cte="8bit", subject=_SR_SUBJ,
            head=_SR_HEAD),
     _soft(_SR))

# ---------------------------------------------------------------- sk
_SK = "zakaznik@firma.example.sk"
_add("gmail-sk-uz-neexistuje", "sk", _GMAIL_SK,
     _prose("gsk1", _SK, "Adresa príjemcu už neexistuje.", charset="iso-8859-2", cte="quoted-printable",
            subject="Delivery Status Notification (Failure)", head="Správa nebola doručená.", sender=_GMAIL),
     _hard(_SK))
_add("gmail-sk-server-neprijal", "sk", _GMAIL_SK + " (a connection failure: not the address's fault)",
     _prose("gsk2", _SK, "Server príjemcu neprijal naše požiadavky.", charset="utf-8", cte="base64",
            subject="Delivery Status Notification (Failure)", head="Správa nebola doručená.", sender=_GMAIL),
     _soft(_SK))
_add("gmail-sk-docasne-odmietnuta", "sk", _GMAIL_SK,
     _prose("gsk3", _SK, "Správa bola dočasne odmietnutá.", charset="iso-8859-2", cte="8bit",
            subject="Delivery Status Notification (Failure)", head="Správa nebola doručená.", sender=_GMAIL),
     _soft(_SK))

# ---------------------------------------------------------------- et
_ET = "klient@ettevote.example.ee"
_ET_HEAD = "Teie kirja ei õnnestunud järgmistele adressaatidele kätte toimetada."
_ET_SUBJ = "Kättetoimetamatu kiri"
_add("ms-et-pole-olemas", "et", _MS_ET,
     _prose("met1", _ET, "Meiliaadressi, millele sõnumi saatsite, pole olemas või ei suudetud seda leida.",
            charset="iso-8859-15", cte="quoted-printable", subject=_ET_SUBJ, head=_ET_HEAD),
     _hard(_ET))
_add("smaily-et-ei-eksisteeri", "et", _SMAILY + " (the clause without its 'võimalik, et' hedge)",
     _prose("set1", _ET, "Emaili aadress on vigane või ei eksisteeri.", charset="windows-1257", cte="8bit",
            subject=_ET_SUBJ, head=_ET_HEAD),
     _hard(_ET))
# The audit's finds (tests/classifier/review_audit16.py): Estonian, Serbian and Indonesian put the
# sender's word BEFORE the noun ("saatja aadress", "pošiljaočeva adresa", "pengirim: akun"), where
# the patterns' own look-ahead does not reach: guard rows as above, the source's sentence with the
# sender's word in front.
_add("ms-et-sender-before-guard", "et", _MS_ET + " (its 'pole olemas' with the SENDER's address named first, "
     "'saatja aadressi': a guard row, no hard bounce)",
     _prose("met2", _ET, "Saatja aadressi pole olemas.", charset="iso-8859-15", cte="quoted-printable",
            subject=_ET_SUBJ, head=_ET_HEAD),
     _soft(_ET))
_add("smaily-et-postkast-on-tais", "et", _SMAILY,
     _prose("set2", _ET, "Postkast on täis.", charset="iso-8859-15", cte="quoted-printable", subject=_ET_SUBJ,
            head=_ET_HEAD),
     _soft(_ET, FULL))

# ---------------------------------------------------------------- fi
_FI = "asiakas@yritys.example.fi"
_add("ms-fi-yhteys-evatty", "fi", _MS_FI + " (a refused connection: not the address's fault)",
     _prose("mfi1", _FI, "Yhteys evätty [viesti=vastakevirhe koodi 10061]", charset="iso-8859-1", cte="quoted-printable",
            subject="Toimitus epäonnistui", head="Viestiä ei voitu toimittaa seuraaville vastaanottajille."),
     _soft(_FI))

ROWS = tuple(_ROWS)
