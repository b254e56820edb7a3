"""The thirty-eighth review's whole notices, part 3 (part 1, review_notices38.py, says what the
review is): read receipts in the new languages, as guards. Roundcube's own translations
(roundcube/roundcubemail program/localization/<lang>/labels.inc and messages.inc, read from
Debian 12's roundcube-core 1.6.5: 'receiptread', 'yourmessage', 'to', 'subject', 'date',
'receiptnote') of the receipt its sendmdn.php sends: "This is a return receipt for your
message ... Note: This receipt only acknowledges that the message was displayed on the
recipient's computer. There is no guarantee that the recipient has read or understood the
message contents." Words that in several languages set "recipient" beside "no" or "not"
(Romanian "Nu există nici o garanţie că destinatarul...", literally "there does not exist any
guarantee that the recipient..."; Czech "negarantuje", Bulgarian "Няма никаква гаранция"): a
receipt is never a bounce, and above all never a missing recipient.

Each language twice: Roundcube's own MDN (multipart/report, disposition-notification, UTF-8
quoted-printable; review_notices38_layouts.roundcube_mdn), and the receipt's words alone as a
plain message in the charset an older client of that language writes (ISO-8859-1/-2/-13,
Windows-1250/-1251/-1255/-1256/-1257, KOI8-U, TIS-620, Big5, UTF-8; quoted-printable, base64,
8bit). Hindi is left out: Roundcube's hi_IN has no receipt strings (it falls back to English).
Expectation, before the classifier ran: no bounce ([]). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices38_layouts import roundcube_mdn

_SRC = ("Roundcube 1.6.5 program/localization/{}/labels.inc 'receiptread' {!r}, messages.inc 'yourmessage', "
        "labels.inc 'receiptnote' (sendmdn.php's receipt: not a bounce)")
# (language, an older client's charset, receiptread, yourmessage, (to, subject, date), receiptnote)
_RECEIPTS = (
    ('da_DK', 'iso-8859-1', 'Send kvittering for læsning', 'Dette er en kvittering for at din besked er blevet vist',
     ('Modtager', 'Emne', 'Dato'),
     'Bemærk: Denne kvittering bekræfter udelukkende at beskeden blev vist på modtagerens '
     'computer. Der er ingen garanti for at modtageren har læst eller forstået beskedens '
     'indhold.'),
    ('nb_NO', 'iso-8859-1', 'Kvittering (lest)', 'Dette er en kvittering for at din e-post er mottatt',
     ('Mottaker', 'Emne', 'Dato'),
     'Merknad: Denne kvitteringen bekrefter bare at e-posten ble vist hos mottakeren. Det er '
     'ingen garanti for at mottakeren har lest eller forstått innholdet i e-posten.'),
    ('cs_CZ', 'windows-1250', 'Potvrzení o přijetí zprávy', 'Toto je potvrzení o přijetí Vaší zprávy',
     ('Adresát', 'Předmět', 'Datum'),
     'Poznámka: Toto potvrzení negarantuje, že zpráva byla příjemce přečtena a že porozuměl '
     'jejímu obsahu.'),
    ('hu_HU', 'iso-8859-2', 'Olvasási visszaigazolás (olvasott)', 'Ez az üzenete olvasási visszaigazolása',
     ('Címzett', 'Tárgy', 'Dátum'),
     'Megjegyzés: Ez az olvasási visszaigazolás csak azt igazolja, hogy az üzenet megjelenítésre'
     ' került a címzett számítógépén. Nincs rá garancia, hogy a címzett elolvasta volna az '
     'üzenetet illetve megértette volna annak tartalmát.'),
    ('ro_RO', 'iso-8859-2', 'Returnează confirmare (citit)', 'Aceasta este o confirmare de primire a mesajului dumneavoastră.',
     ('Destinatar', 'Subiect', 'Data'),
     'Notă: Această confirmare doar vă informează că mesajul a fost afişat pe calculatorul '
     'destinatarului. Nu există nici o garanţie că destinatarul a citit sau a inţeles conţinutul'
     ' mesajului.'),
    ('bg_BG', 'windows-1251', 'Обратна разписка (прочетено)', 'Това е обратна разписка относно писмото Ви',
     ('До', 'Заглавие', 'Дата'),
     'Забележка: Тази разписка потвърждава само, че писмото е било визуализирано на екрана на '
     'получателят. Няма никаква гаранция, че той е разбрал и/или дори прочел неговото '
     'съдържание.'),
    ('hr_HR', 'windows-1250', 'Potvrda o primitku (pročitano)', 'Ovo je potvrda o primitku vaše poruke',
     ('Za', 'Naslov', 'Datum'),
     'Info: Ova poruka o primitku samo potvrđuje da se poruka prikazala na računalu primatelja. '
     'Nema garancije da je primatelj pročitao ili razumio sadržaj poruke.'),
    ('sl_SI', 'iso-8859-2', 'Potrdilo o branju', 'To je potrdilo o branju.',
     ('Za', 'Zadeva', 'Datum'),
     'Pozor: to je samo potrdilo, da je bilo vaše sporočilo prikazano na prejemnikovem '
     'računalniku. To še ne pomeni, da je prejemnik prebral ali razumel vsebino vašega '
     'sporočila.'),
    ('uk_UA', 'koi8-u', 'Повідомлення про прочитання', 'Повідомлення про прочитання Вашого листа',
     ('Кому', 'Тема', 'Дата'),
     'Зауваження: Це повідомлення означає лише, що листа було відкрито одержувачем, і не '
     'гарантує того, що його було прочитано.'),
    ('lt_LT', 'windows-1257', 'Patvirtinimas (laiškas perskaitytas)', 'Tai – pažyma, patvirtinanti, jog buvo perskaitytas Jūsų laiškas',
     ('Gavėjas', 'Tema', 'Data'),
     'Pastaba: šia pažyma patvirtinamas tik faktas, jog laiškas buvo parodytas gavėjui. Ja '
     'negarantuojama, jog gavėjas perskaitė ir suprato laiško turinį.'),
    ('lv_LV', 'iso-8859-13', 'Saņemšanas apstiprinājums', 'Šis ir Jūsu nosūtītās vēstules saņemšanas apstiprinājums',
     ('Kam', 'Temats', 'Datums'),
     'Piezīme: Šis apsiprinājums nozīmē tikai to, ka vēstule tika parādīta uz saņēmāja datora. '
     'Tas nenozīmē, ka saņēmējs ir izlasījis vai sapratis vēstules saturu.'),
    ('he_IL', 'windows-1255', 'אישור קבלה (נקרא)', 'אישור קבלה להודעתך',
     ('אל', 'נושא', 'תאריך'),
     'הערה: האישור אינו מבטיח שהנמען קרא או הבין את תוכן ההודעה.'),
    ('ar_SA', 'windows-1256', 'إيصال الاستلام )بالقراءة)', 'هذا إيصال بقراءة رسالتك',
     ('المستقبل', 'الموضوع', 'التاريخ'),
     'ملاحظة: يُعلمك هذا الإيصال بأن رسالتك قد ظهرت على جهاز المستقبِل. ليست هناك أية ضمانات أن '
     'المستقبل قد قرأ أو فهم محتويات الرسالة.'),
    ('fa_IR', 'utf-8', 'رسید دریافت (خواندن)', 'این یک رسید دریافت برای پیام شماست',
     ('به', 'موضوع', 'تاریخ'),
     'تذکر: این رسید فقط تصدیق می\u200cکند که پیام، روی رایانه گیرنده نمایش داده شده است. هیچ تضمینی '
     'نیست که گیرنده، محتوای پیام را خوانده یا فهمیده باشد.'),
    ('th_TH', 'tis-620', 'ยืนยันการอ่าน', 'นี่คือการตอบรับการอ่าน สำหรับข้อความของคุณ',
     ('ผู้รับ', 'หัวจดหมาย', 'วันที่'),
     'หมายเหตุ: ข้อความของคุณถูกเปิดอ่าน '
     'ไม่มีการรับประกันว่าผู้รับได้อ่านหรือเข้าใจเนื้อหาของข้อความแล้ว'),
    ('ms_MY', 'iso-8859-1', 'Balas Resip (dibaca)', 'Ini adalah Resip Balasan untuk mesej anda',
     ('Kepada', 'Subjek', 'Tarikh'),
     'Perhatian: Resip ini hanya untuk memberitahu yang mesej ini telah dipaparkan di komputer '
     'penerima. Tidak ada jaminan yang penerima telah membaca atau memahami kandungan mesej.'),
    ('ca_ES', 'iso-8859-1', 'Confirmació de recepció (llegit)', 'Això és una confirmació de recepció per al vostre missatge',
     ('Destinatari', 'Assumpte', 'Data'),
     "Nota: Aquesta confirmació només indica que el missatge ha estat mostrat a l'ordinador del "
     'destinatari. No hi ha garantia que el destinatari hagi llegit o entès el contingut del '
     'missatge.'),
    ('pt_BR', 'iso-8859-1', 'Confirmação de Leitura (exibida)', 'Esta é uma confirmação de leitura da sua mensagem',
     ('Para', 'Assunto', 'Data'),
     'Nota: Esta confirmação de leitura somente informa que a mensagem foi aberta no computador '
     'do destinatário. Não há garantia que o destinatário tenha lido ou compreendido o conteúdo '
     'da mensagem.'),
    ('zh_TW', 'big5', '郵件回條（已閱讀）', '這是你郵件的郵件回條',
     ('收件者', '主旨', '日期'),
     '注意：此回條只能確認收件者的電腦顯示了郵件，並不能保證收件者已閱讀或了解郵件的內容。'),
)
_CTE = {"utf-8": "base64", "koi8-u": "8bit", "tis-620": "base64", "big5": "base64", "windows-1256": "8bit",
        "windows-1255": "8bit", "windows-1251": "quoted-printable"}
ROWS: list[tuple] = []
for _lang, _cs, _read, _intro, _labels, _note in _RECEIPTS:
    _reader = f"lead@example.{_lang[-2:].lower()}"
    ROWS.append((f"{_lang}-roundcube-mdn", _SRC.format(_lang, _read),
                 roundcube_mdn(f"{_lang}-mdn", reader=_reader, subject_label=_read, intro=_intro, labels=_labels,
                               note=_note), []))
    ROWS.append((f"{_lang}-roundcube-receipt-words-{_cs}", _SRC.format(_lang, _read) + " (its words alone, no report part)",
                 roundcube_mdn(f"{_lang}-w", reader=_reader, subject_label=_read, intro=_intro, labels=_labels,
                               note=_note, report=False, charset=_cs, cte=_CTE.get(_cs, "quoted-printable")), []))
