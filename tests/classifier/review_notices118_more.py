"""Review 118's rows for Czech, Polish, Italian, Japanese, Korean and Turkish (the sources and the count are in
review_notices118.py; the layouts in review_notices118_layouts.py). Expectations written from the words, the status
and shared/classifier/taxonomy.md BEFORE the classifier ran. HAND-MADE notices."""

from __future__ import annotations

from tests.classifier.review_langs import notice
from tests.classifier.review_notices118_layouts import (FULL, HU, R, S, SUSP, UU, address, both_words, mixed, replies,
                                                       report, row)

# ---- sources (cited in each row) -------------------------------------------------------------------------------------
MS_CS = ("Microsoft Learn (cs-cz) 'Email oznámení o nedoručení a chyby PROTOKOLU SMTP v Exchange Online' (learn."
         "microsoft.com/cs-cz/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online): '4.4.7 "
         "Message expired Platnost zprávy ve frontě vypršela. Odesílající server se pokusil zprávu předat nebo "
         "doručit, ale akce nebyla dokončena před vypršením platnosti zprávy.', '432 4.3.2 STOREDRV.Deliver; "
         "recipient thread limit exceeded Schopnost poštovní schránky příjemce přijímat zprávy je omezena, protože "
         "přijímá příliš mnoho zpráv příliš rychle.'")
MS_CS_BUSY = ("Microsoft Learn (cs-cz) '\"554 4.3.2 mailbox busy\" při odesílání e-mailů do poštovní schránky v "
              "Exchange Online' (KB 4024024, .../ndr/remote-server-returned-mailbox-busy): Exchange's Czech NDR line "
              "'Vzdálený server vrátil '554 4.3.2 poštovní schránka zaneprázdněna; STOREDRV. Deliver.Exception:"
              "StoragePermanentException.MapiExceptionMaxObjsExceeded; Zpracování zprávy se nezdařilo kvůli trvalé "
              "výjimce se zprávou Nelze dokončit zpracování v době doručení.' (a folder at its item limit)")
EABM = ("blog.eabm.cz 'Nejčastější chyby při doručování emailů' (a Czech host's glosses: weak): 'Tato chyba značí, že "
        "jste poslali email na neexistující adresu.', 'Příjemce má plnou schránku. Z tohoto důvodu email nelze "
        "doručit.', 'Email byl zaslán na neexistující doménu.', 'Email byl zablokován některým blacklistem.'")
GRH = ("support.grhosting.cz KB a290 'Email se vrátil odesílateli jako nedoručitelný' and wiki.aspone.cz 'Omezení pro "
       "emaily' (Czech hosts quoting their servers' replies with glosses: weak glosses, real replies): '552 5.1.1 "
       "5.2.2 sorry, final recipient mailbox is full (chkuser)' - 'schránka příjemce je přeplněná'; '550 5.1.1 <xxx> "
       "sender is blacklisted' - 'odesílatel zprávy je na blacklistu' (the recipient's own block list names the "
       "sender's address); '552 5.2.0 ... spam detected' - 'zpráva byla odmítnuta jako spam'; '550 5.1.0 ... blocked "
       "by SPF' - 'zpráva byla odmítnuta z důvodu SPF'")
MYDREAMS = ("mydreams.cz wiki 9924 'Seznam chybových hlášek z nedodaných emailů' (a Czech host: weak): '550 5.7.1 "
            "Unable to relay (Nelze přeposlat) Chybová zpráva značí, že odesílatelův server nemá povolení posílat "
            "emaily na server příjemce.'")
SARE = ("sare.pl 'Analiza zwrotów' (a Polish e-mail platform's bounce classes, 2017: weak): '511 – Nieprawidłowa "
        "nazwa użytkownika – użytkownik o podanym adresie nie istnieje. Konto takiego użytkownika prawdopodobnie "
        "zostało usunięte', '512 – Nie ma takiej domeny – ... adres e-mail zawiera nazwę domeny, która albo nie "
        "istnieje, albo nie można dla niej określić serwera poczty', '517 – Niewłaściwy adres nadawcy – adres nadawcy "
        "jest niepoprawny', '521 – Nieaktywna skrzynka pocztowa – skrzynka istnieje, ale jest wyłączona i nie "
        "przyjmuje wiadomości', '523 – Wiadomość zbyt długa'")
INTERIA = ("Interia Poczta help 'Dlaczego wiadomość nie została dostarczona?' (pomoc.poczta.interia.pl, nId 6589600): "
           "'550 5.2.1 Mailbox not available' - 'Możliwe, że adres odbiorcy został źle wpisany, odbiorca ma "
           "przepełnioną skrzynkę lub konto zostało zawieszone.'; '550 5.7.1 Recipient doesn't want your mail' - "
           "'Konto do którego próbujesz wysłać wiadomość email prawdopodobnie dodało Cię do listy zablokowanych.'; "
           "'550 5.7.0 [SPF] ...' - 'Prawdopodobnie IP, z którego próbujesz wysłać wiadomość jest zablokowane.'")
LIBERO = ("Libero Aiuto 'Messaggi di errore più frequenti dopo invio email' (aiuto.libero.it/articolo/mail/messaggi-di-"
          "errore-piu-frequenti-dopo-invio-email; the same on aiuto.virgilio.it): 'MAILBOX FULL (User quota exceeded)' "
          "- 'La casella alla quale stai scrivendo ha raggiunto il limite massimo di capienza consentito e non può "
          "ricevere altri messaggi finché non verrà almeno parzialmente svuotata.'; 'USER UNKNOWN' - 'L'indirizzo di "
          "posta al quale stai scrivendo non esiste.'; 'ROUTING SERVER FAILURE' - '... il dominio ... non esiste o è "
          "stato digitato in maniera non corretta'; 'RELAYING NOT ALLOWED (550 Relay Disabled)' - '... il parametro "
          "SMTP (server di Posta in uscita) non è configurato correttamente: devi usare l'SMTP previsto dal tuo "
          "provider.'; '... un temporaneo problema remoto sulla rete o sul sistema di posta'; 'ACTION: DELIVERED' - "
          "'Il messaggio inviato è stato recapitato a destinazione.'; 'ACTION: RELAYED' - 'Il messaggio è stato "
          "trasmesso.'")
GMAIL_JA = ("urashita.com/?p=36286 (a Japanese blog quoting two Gmail notices whole, from Mail Delivery Subsystem): "
            "'配信未完了' / '... へのメールの配信中に一時的な問題が発生しました。Gmail は 47 時間再試行し、配信できなかった"
            "場合はお知らせします。' and '宛先の受信トレイの空き容量不足' / '... にメールを配信できませんでした。宛先の受信トレイ"
            "がいっぱいか、宛先で現在多数のメールを受信しています。', each with '応答: 452 4.2.2 The email account that you "
            "tried to reach is over quota.'")
JINBO = ("blog.jinbo.net/007 (a Korean page of return-mail replies with Korean glosses, 2005: weak): '451 4.4.0 DNS "
         "resolving error ; 수신측 서버의 도메인을 못찾아 리턴된 메시지.', '441 4.4.1 No answer from host ; 수신측 서버의 "
         "응답이 없어서 리턴된 메시지.', '451 Relay Server Not Ready. ; 수신측 서버에서 릴레이 기능이 안돼어 리턴된 메시지.'")
GODADDY_TR = ("GoDaddy Yardım 'E-postamın geri dönmesi ne anlama geliyor?' (tr.godaddy.com/help/...-3568): 'Geçersiz "
              "veya var olmayan e-posta adresi', 'Dolu posta kutusu: Alıcınızın posta kutusu doluysa e-postanız "
              "alıcının gelen kutusuna teslim edilmez.'")
BACKLINK_TR = ("backlink.name 'SMTP 550 Hata Kodu Ayrıntıları' (a Turkish gloss of 550 replies, as review_langs2 cites "
               "it: weak): '550 relaying denied – röle reddedildi'")

# ---- cs: Microsoft's Czech Exchange pages, Czech hosts ---------------------------------------------------------------
CS_EXPIRED = ("Platnost zprávy ve frontě vypršela. Odesílající server se pokusil zprávu předat nebo doručit, ale akce "
              "nebyla dokončena před vypršením platnosti zprávy.")
CS_THREADS = "Schopnost poštovní schránky příjemce přijímat zprávy je omezena, protože přijímá příliš mnoho zpráv příliš rychle."
CS_BUSY = ("Vzdálený server vrátil '554 4.3.2 poštovní schránka zaneprázdněna; STOREDRV.Deliver.Exception:"
           "StoragePermanentException.MapiExceptionMaxObjsExceeded; Zpracování zprávy se nezdařilo kvůli trvalé výjimce "
           "se zprávou Nelze dokončit zpracování v době doručení.'")
CS = [
    *both_words("447-expired", MS_CS, "cs", CS_EXPIRED, False, ("expired",)),
    *replies("447-expired", MS_CS, "cs", "550 4.4.7 Message expired", "4.4.7", False, ("expired",), human=CS_EXPIRED),
    *both_words("432-thread-limit", MS_CS, "cs", CS_THREADS, False),
    *replies("432-thread-limit", MS_CS, "cs", "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded", "4.3.2",
             False, human=CS_THREADS, action="delayed"),
    # A permanent exception on a folder at its item limit: the mailbox is there; never hard.
    *both_words("554-432-busy", MS_CS_BUSY, "cs", CS_BUSY, False),
    *replies("554-432-busy", MS_CS_BUSY, "cs", "554 4.3.2 poštovní schránka zaneprázdněna; STOREDRV.Deliver.Exception:"
             "StoragePermanentException.MapiExceptionMaxObjsExceeded", "4.3.2", False, human=CS_BUSY),
    *both_words("eabm-unknown", EABM, "cs", "Tato chyba značí, že jste poslali email na neexistující adresu.", True,
                UU, R),
    *both_words("eabm-full", EABM, "cs", "Příjemce má plnou schránku. Z tohoto důvodu email nelze doručit.", False,
                FULL, R),
    *replies("eabm-full", EABM, "cs", "552 5.2.2 Příjemce má plnou schránku.", "5.2.2", False, FULL, R),
    *both_words("eabm-no-domain", EABM, "cs", "Email byl zaslán na neexistující doménu.", True, HU, R),
    *replies("eabm-no-domain", EABM, "cs", "550 5.1.2 Email byl zaslán na neexistující doménu.", "5.1.2", True, HU, R),
    *both_words("eabm-blacklist", EABM, "cs", "Email byl zablokován některým blacklistem.", False, ("blocked",), S),
    *both_words("grh-full", GRH, "cs", "Schránka příjemce je přeplněná.", False, FULL, R),
    *replies("grh-full-chkuser", GRH, "cs", "552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)", "5.2.2",
             False, FULL, R, human="Schránka příjemce je přeplněná."),
    # The recipient's own block list names OUR address, under a careless 5.1.1: the lead exists (soft).
    *replies("grh-sender-blacklisted", GRH, "cs", "550 5.1.1 <seller@example.com> sender is blacklisted", "5.1.1",
             False, human="Odesílatel zprávy je na blacklistu."),
    *both_words("grh-sender-blacklisted", GRH, "cs", "Odesílatel zprávy je na blacklistu.", False),
    *replies("grh-spam", GRH, "cs", "552 5.2.0 spam detected", "5.2.0", False, ("spamdetected",),
             human="Zpráva byla odmítnuta jako spam."),
    # SPF under 5.1.0: our domain's authentication, never the lead's address.
    *replies("grh-spf", GRH, "cs", "550 5.1.0 blocked by SPF", "5.1.0", False, ("authfailure",), S,
             human="Zpráva byla odmítnuta z důvodu SPF."),
    *both_words("mydreams-relay", MYDREAMS, "cs", "Nelze přeposlat: odesílatelův server nemá povolení posílat emaily "
                "na server příjemce.", False, (), S),
    *replies("mydreams-relay", MYDREAMS, "cs", "550 5.7.1 Unable to relay (Nelze přeposlat)", "5.7.1", False,
             ("norelaying",), S),
]

# ---- pl: sare.pl's classes, Interia's help ---------------------------------------------------------------------------
PL = [
    *both_words("sare-511", SARE, "pl", "Nieprawidłowa nazwa użytkownika – użytkownik o podanym adresie nie istnieje. "
                "Konto takiego użytkownika prawdopodobnie zostało usunięte.", True, UU, R),
    *replies("sare-511", SARE, "pl", "550 5.1.1 Użytkownik o podanym adresie nie istnieje.", "5.1.1", True, UU, R),
    *both_words("sare-512", SARE, "pl", "Nie ma takiej domeny – adres e-mail zawiera nazwę domeny, która albo nie "
                "istnieje, albo nie można dla niej określić serwera poczty.", True, HU, R),
    *replies("sare-512", SARE, "pl", "550 5.1.2 Nie ma takiej domeny", "5.1.2", True, HU, R),
    *both_words("sare-517-ours", SARE + " (OUR sender: soft)", "pl", "Niewłaściwy adres nadawcy – adres nadawcy jest "
                "niepoprawny.", False, ("rejected",), S),
    *replies("sare-517-ours", SARE + " (OUR sender: soft)", "pl", "553 5.1.7 Niewłaściwy adres nadawcy", "5.1.7", False,
             ("rejected",), S),
    *both_words("sare-521-inactive", SARE, "pl", "Nieaktywna skrzynka pocztowa – skrzynka istnieje, ale jest wyłączona "
                "i nie przyjmuje wiadomości.", False, SUSP, R),
    *replies("sare-521-inactive", SARE, "pl", "550 5.2.1 Nieaktywna skrzynka pocztowa", "5.2.1", False, SUSP, R),
    *replies("sare-523-size", SARE, "pl", "552 5.3.4 Wiadomość zbyt długa", "5.3.4", False, ("mesgtoobig",)),
    *both_words("interia-521-either", INTERIA + " (three causes, two of them soft: never hard)", "pl",
                "Możliwe, że adres odbiorcy został źle wpisany, odbiorca ma przepełnioną skrzynkę lub konto zostało "
                "zawieszone.", False),
    *both_words("interia-full", INTERIA + " (the full-mailbox fragment alone)", "pl",
                "Odbiorca ma przepełnioną skrzynkę.", False, FULL, R),
    *both_words("interia-suspended", INTERIA + " (the suspended-account fragment alone)", "pl",
                "Konto zostało zawieszone.", False, SUSP, R),
    *both_words("interia-blocked-you", INTERIA, "pl", "Konto do którego próbujesz wysłać wiadomość email "
                "prawdopodobnie dodało Cię do listy zablokowanych.", False),
    *both_words("interia-our-ip", INTERIA + " (OUR sending IP)", "pl",
                "Prawdopodobnie IP, z którego próbujesz wysłać wiadomość jest zablokowane.", False, (), S),
]

# ---- it: Libero's help, with delivered controls -----------------------------------------------------------------------
IT_FULL = ("La casella alla quale stai scrivendo ha raggiunto il limite massimo di capienza consentito e non può "
           "ricevere altri messaggi finché non verrà almeno parzialmente svuotata.")
IT_UNKNOWN = "L'indirizzo di posta al quale stai scrivendo non esiste."
IT_DOMAIN = "Il dominio non esiste o è stato digitato in maniera non corretta."
IT_RELAY = ("Il parametro SMTP (server di Posta in uscita) non è configurato correttamente: devi usare l'SMTP "
            "previsto dal tuo provider.")
IT_DELIVERED = "Il messaggio inviato è stato recapitato a destinazione."
KIM = "kim-it@kunde.example"
IT = [
    *both_words("full", LIBERO, "it", IT_FULL, False, FULL, R),
    *replies("full", LIBERO, "it", "552 5.2.2 MAILBOX FULL (User quota exceeded)", "5.2.2", False, FULL, R,
             human=IT_FULL),
    *both_words("unknown", LIBERO, "it", IT_UNKNOWN, True, UU, R),
    *replies("unknown", LIBERO, "it", f"550 5.1.1 {IT_UNKNOWN}", "5.1.1", True, UU, R),
    *both_words("domain", LIBERO + " (the sentence's subject and verb)", "it", IT_DOMAIN, True, HU, R),
    *replies("domain", LIBERO, "it", "550 5.4.3 ROUTING SERVER FAILURE", "5.4.3", False, human=IT_DOMAIN),
    *both_words("relay", LIBERO + " (OUR outgoing server: soft)", "it", IT_RELAY, False, (), S),
    *replies("relay", LIBERO + " (OUR outgoing server: soft)", "it", "550 5.7.1 RELAYING NOT ALLOWED (550 Relay "
             "Disabled)", "5.7.1", False, ("norelaying",), S, human=IT_RELAY),
    *both_words("temporary", LIBERO, "it", "Un temporaneo problema remoto sulla rete o sul sistema di posta: ti "
                "consigliamo di riprovare l'invio del messaggio in un secondo tempo.", False),
    # Controls: the delivered words in a success report (no bounce), and beside a failed one.
    ("r118-it-c-delivered-report", LIBERO + " (control: a success report)",
     mixed("itd1", "it", f"{IT_DELIVERED}\n\n{address('it')}\n", [(address("it"), "delivered", "2.0.0", "250 2.0.0 OK")]),
     []),
    ("r118-it-c-relayed-report", LIBERO + " (control: relayed onward, no bounce)",
     mixed("itd2", "it", f"Il messaggio è stato trasmesso.\n\n{address('it')}\n",
           [(address("it"), "relayed", "2.0.0", "")]), []),
    ("r118-it-c-delivered-beside-unknown", LIBERO + " (control: only kim failed)",
     mixed("itd3", "it", f"{address('it')}: {IT_DELIVERED}\n{KIM}: {IT_UNKNOWN}\n",
           [(address("it"), "delivered", "2.0.0", "250 2.0.0 OK"), (KIM, "failed", "5.1.1", f"550 5.1.1 {IT_UNKNOWN}")]),
     [(KIM, True, UU, R, False)]),
    ("r118-it-c-full-beside-unknown", LIBERO + " (control: the soft one beside the hard one)",
     mixed("itd4", "it", f"{address('it')}: {IT_FULL}\n{KIM}: {IT_UNKNOWN}\n",
           [(address("it"), "failed", "5.2.2", "552 5.2.2 MAILBOX FULL (User quota exceeded)"),
            (KIM, "failed", "5.1.1", f"550 5.1.1 {IT_UNKNOWN}")]),
     [(address("it"), False, FULL, R, False), (KIM, True, UU, R, False)]),
]

# ---- ja: Gmail's Japanese notices ------------------------------------------------------------------------------------
_GQ = ("452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to "
       "https://support.google.com/mail/?p=OverQuotaTemp b123-20020a05.63 - gsmtp")


def _gmail_ja(tag: str, heading: str, sentence: str, *, reply: bool, action: str | None, charset: str) -> bytes:
    rcpt = address("ja")
    body = f"{heading}\n\n{rcpt} {sentence}\n" + (f"\n応答:\n\n{_GQ}\n" if reply else "")
    cte = "7bit" if charset == "iso-2022-jp" else "base64"
    return notice(f"118{tag}", body=body, charset=charset, cte=cte, subject="Delivery Status Notification (Delay)"
                  if heading == JA_DELAY_H else "Delivery Status Notification (Failure)",
                  sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", rcpt=rcpt,
                  generator="Gmail notice, Japanese (GMAIL_JA)",
                  dsn={"action": action, "status": "4.2.2", "diag": _GQ, "remote": "gmail-smtp-in.l.google.com"}
                  if action else None)


JA_FULL_H, JA_FULL = "宛先の受信トレイの空き容量不足", "にメールを配信できませんでした。宛先の受信トレイがいっぱいか、宛先で現在多数のメールを受信しています。"
JA_DELAY_H, JA_DELAY = "配信未完了", "へのメールの配信中に一時的な問題が発生しました。Gmail は 47 時間再試行し、配信できなかった場合はお知らせします。"
JA = [
    row("gmail-full-report", GMAIL_JA, _gmail_ja("jf1", JA_FULL_H, JA_FULL, reply=True, action="failed",
                                                 charset="utf-8"), "ja", False, FULL, R),
    row("gmail-full-report-iso2022", GMAIL_JA, _gmail_ja("jf2", JA_FULL_H, JA_FULL, reply=True, action="failed",
                                                         charset="iso-2022-jp"), "ja", False, FULL, R),
    row("gmail-full-prose", GMAIL_JA, _gmail_ja("jf3", JA_FULL_H, JA_FULL, reply=True, action=None, charset="utf-8"),
        "ja", False, FULL, R),
    row("gmail-full-words", GMAIL_JA + " (the body's Japanese alone, no reply)", _gmail_ja("jf4", JA_FULL_H, JA_FULL, reply=False,
                                                                          action=None, charset="iso-2022-jp"),
        "ja", False, FULL, R),
    row("gmail-delay-report", GMAIL_JA, _gmail_ja("jd1", JA_DELAY_H, JA_DELAY, reply=True, action="delayed",
                                                  charset="utf-8"), "ja", False, (), None, True),
    row("gmail-delay-words", GMAIL_JA + " (the body's Japanese alone: a delay notice)",
        _gmail_ja("jd2", JA_DELAY_H, JA_DELAY, reply=False, action=None, charset="utf-8"), "ja", False, (), None, True),
]

# ---- ko: a temporary DNS failure must stay soft ----------------------------------------------------------------------
KO = [
    *replies("dns-resolving-delayed", JINBO, "ko", "451 4.4.0 DNS resolving error", "4.4.0", False,
             human="수신측 서버의 도메인을 못찾아 리턴된 메시지.", action="delayed"),
    row("dns-resolving-final", JINBO + " (a 4.4.0 given up on: still no proof the domain is gone)",
        report("kod3", "ko", "451 4.4.0 DNS resolving error", "4.4.0", human="수신측 서버의 도메인을 못찾아 리턴된 메시지."),
        "ko", False),
    *replies("no-answer-delayed", JINBO, "ko", "441 4.4.1 No answer from host", "4.4.1", False,
             human="수신측 서버의 응답이 없어서 리턴된 메시지.", action="delayed"),
    row("relay-not-ready", JINBO, report("kor1", "ko", "451 Relay Server Not Ready.", "4.0.0",
                                         human="수신측 서버에서 릴레이 기능이 안돼어 리턴된 메시지."), "ko", False),
]

# ---- tr: GoDaddy's Turkish help, a Turkish gloss -----------------------------------------------------------------------
TR = [
    *both_words("godaddy-unknown", GODADDY_TR, "tr", "Geçersiz veya var olmayan e-posta adresi", True, UU, R),
    *both_words("godaddy-full", GODADDY_TR, "tr", "Dolu posta kutusu: Alıcınızın posta kutusu doluysa e-postanız "
                "alıcının gelen kutusuna teslim edilmez.", False, FULL, R),
    *replies("relay-denied", BACKLINK_TR, "tr", "550 relaying denied", "5.7.1", False, ("norelaying",), S,
             human="Röle reddedildi."),
    *both_words("relay-denied", BACKLINK_TR + " (the Turkish alone)", "tr", "Röle reddedildi.", False),
]


# ---- Round two: controls on the mends, written before the mends ran ---------------------------------------------------
_OURS = " (control on round two's mend: said of OUR sender, soft)"
_STAYS = " (control on round two's mend: a missing mailbox stays hard)"
ROUND2 = [
    *both_words("r2-c-sender-address-nonexistent", EABM + _OURS, "cs",
                "Email byl odeslán z neexistující adresy odesílatele.", False, (), S),
    *replies("r2-c-sender-address-nonexistent", EABM + _OURS, "cs", "553 5.1.8 Neexistující adresa odesílatele.",
             "5.1.8", False, (), S),
    *both_words("r2-c-sender-domain-nonexistent", EABM + _OURS, "cs",
                "Email byl odeslán z neexistující domény odesílatele.", False, (), S),
    *replies("r2-no-domain-delayed", EABM + " (control: a delay is never hard)", "cs", "451 4.4.3 Email byl zaslán na "
             "neexistující doménu.", "4.4.3", False, action="delayed"),
    *replies("r2-unknown-5-0-0", EABM + " (the words under a status that names no subject)", "cs",
             "550 5.0.0 Tato chyba značí, že jste poslali email na neexistující adresu.", "5.0.0", True, UU, R),
    *both_words("r2-c-box-missing", EABM + _STAYS, "cs", "Schránka příjemce neexistuje.", True, UU, R),
    *both_words("r2-c-box-missing", INTERIA + _STAYS, "pl", "Skrzynka odbiorcy nie istnieje.", True, UU, R),
    *replies("r2-c-box-missing", SARE + _STAYS, "pl", "550 5.1.1 Skrzynka nie istnieje", "5.1.1", True, UU, R),
    *both_words("r2-c-box-missing", LIBERO + _STAYS, "it", "La casella alla quale stai scrivendo non esiste.", True,
                UU, R),
    *both_words("r2-c-box-missing", GODADDY_TR + _STAYS, "tr", "Posta kutusu mevcut değil.", True, UU, R),
    *both_words("r2-c-sender-nonexistent", GODADDY_TR + _OURS, "tr", "Gönderenin var olmayan e-posta adresi", False,
                (), S),
    *both_words("r2-c-recipient-account-blocked", INTERIA + " (control: the recipient's account, not our IP)", "pl",
                "Konto do którego próbujesz wysłać wiadomość jest zablokowane.", False, SUSP, R),
    ("r118-ja-r2-c-delivered-sentence", GMAIL_JA + " (control: a delivered sentence is no failure)",
     notice("118jok", body=f"{address('ja')} にメールを配信しました。\n", charset="utf-8", cte="base64",
            subject="配信完了", sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", rcpt=address("ja"),
            generator="plain notice (ja)"), []),
]

# ---- Round three: attacks on round two's mends, written before they ran against them ---------------------------------
_ATTACK = " (attack on review 118's adjective-first mend: the nonexistent thing is no mailbox; soft)"
ROUND3 = [
    *both_words("r3-c-url-address", EABM + _ATTACK, "cs", "Zpráva obsahuje odkaz na neexistující adresu URL.", False),
    *both_words("r3-c-ip-address", EABM + _ATTACK, "cs", "Server se pokusil připojit na neexistující adresu IP serveru.",
                False),
    *both_words("r3-c-tr-ip-address", GODADDY_TR + _ATTACK, "tr", "Sunucu var olmayan bir IP adresine bağlanmaya çalıştı.",
                False),
    ("r118-ja-r3-c-our-address-named", GMAIL_JA + " (attack on the Japanese sentence: OUR address named as the sender "
     "beside the lead's failure; only the lead failed)",
     notice("118jo3", body=f"送信者: seller@example.com\n\n{address('ja')} にメールを配信できませんでした。宛先の受信トレイがいっぱいか、"
            "宛先で現在多数のメールを受信しています。\n", charset="utf-8", cte="base64",
            subject="Delivery Status Notification (Failure)", sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            rcpt=address("ja"), generator="Gmail notice, Japanese (GMAIL_JA)"),
     [(address("ja"), False, FULL, R, False)]),
]

MORE_ROWS: list[tuple] = CS + PL + IT + JA + KO + TR + ROUND2 + ROUND3
