"""Notice layouts for the seventeenth review (review_notices17.py) that the shared helpers do not
offer: masqmail's warning and failure templates (ossilator/masqmail tpl/warnmsg.tpl, .de, .fr, .it
and tpl/failmsg.tpl, filled as src/fail_msg.c fills them). All HAND-MADE after those files."""

from __future__ import annotations

_ORIG_HEADERS = ("From: Seller <seller@example.com>\nTo: {to}\nSubject: Quick question\n"
                 "Message-ID: <review17-{name}@example.com>\nDate: Thu, 3 Dec 2026 09:00:00 +0000\n")

MASQ_WARN = {
    "en": ("Warning: could not yet send message",
           "This message was sent to you by the mailer daemon (masqmail 0.3.6)\nat mail.example.com.\n\n"
           "Sorry, but your mail could not yet be delivered to all recipients.\n"
           "Delivery to the following recipients has been defered:\n\n{rcpts}\n"
           "Delivery will be tried again, until it is either successful or a\n"
           "timeout has been reached. If the latter happens, you will get a\ndelivery failure notice.\n\n\n"
           "This error message may give you a hint about what caused the\ndelay:\n\n{err}\n\n"
           "If you need help, write to <postmaster@mail.example.com>.\n\nThe headers of your message follow attached:\n"),
    "de": ("Warning: could not yet send message",
           "Diese Nachricht wurde Ihnen von dem Mail Agenten\n(masqmail 0.3.6) auf mail.example.com geschickt.\n"
           "(This message was sent to you by the mailer daemon (masqmail 0.3.6)\nat mail.example.com.)\n\n"
           "Bedauerlicherweise konnte Ihre Mail noch nicht an alle Empfänger\nzugestellt werden.\n"
           "(Sorry, but your mail could not yet be delivered to all recipients.)\n\n"
           "Die Mail konnte bis jetzt zu folgenden Empfängern nicht zugestellt werden:\n"
           "(Delivery to the following recipients has been defered:)\n\n{rcpts}\n"
           "Die Zustellung wird weiterhin versucht, bis sie entweder erfolgreich\nist oder ein Zeitlimit eingetreten "
           "ist. In letzterem Fall wird\nIhnen eine Fehlermeldung zugestellt.\n"
           "(Delivery will be tried again, until it is either successfull or a\ntimeout has been reached. If the latter "
           "happens, you will get a\ndelivery failure notice.)\n\n"
           "Diese Fehlermeldung könnte einen Hinweis über die Ursache geben:\n"
           "(This error message may give you a hint about what caused the\ndelay:)\n\n{err}\n\n"
           "Für weitere Hilfe, schreiben Sie an <postmaster@mail.example.com>.\n"
           "(If you need help, write to <postmaster@mail.example.com>.)\n\n"
           "Die header Ihrer Mail folgen im Anhang:\n(The headers of your message follow attached:)\n"),
    "fr": ("Attention: impossible d'envoyer un message",
           "[ENGLISH BELOW]\n\n------------------------------[ FRANCAIS ]------------------------------\n\n"
           "Ce message vous a été envoyé par le serveur de messagerie\n(masqmail 0.3.6) sur mail.example.com.\n\n"
           "J'ai le regret de vous informer que votre courrier n'a pas pu être transmis\nà tous ses destinataires. "
           "L'expédition vers les destinataires suivants a été\ndifférée:\n\n{rcpts}\n"
           "D'autres tentatives d'envoi vont être effectuées, jusqu'à ce que cela\nréussisse ou dépasse une certaine "
           "limite dans le temps. Dans ce cas, vous\nrecevrez une notification d'échec d'expédition.\n\n\n"
           "Ce message d'erreur peut peut-être vous aider à déterminer l'origine du\ndélai:\n\n{err}\n\n"
           "Si vous avez besoin d'aide, écrivez à <postmaster@mail.example.com>.\n\n"
           "Les entêtes de votre message sont inclus en pièce jointe.\n\n\n"
           "------------------------------[ ENGLISH ]------------------------------\n\n"
           "This message was sent to you by the mailer daemon (masqmail 0.3.6)\nat mail.example.com.\n\n"
           "Sorry, but your mail could not yet be delivered to all recipients.\n"
           "Delivery to the following recipients has been defered:\n\n{rcpts}\n"
           "Delivery will be tried again, until it is either successfull or a\n"
           "timeout has been reached. If the latter happens, you will get a\ndelivery failure notice.\n\n\n"
           "This error message may give you a hint about what caused the\ndelay:\n\n{err}\n\n"
           "If you need help, write to <postmaster@mail.example.com>.\n\nThe headers of your message follow attached:\n"),
    "it": ("Warning: could not yet send message",
           "Questo messaggio ti e' stato spedito dal servente: \nmasqmail 0.3.6) a mail.example.com.\n"
           "(This message was sent to you by the mailer daemon:\nmasqmail 0.3.6) at mail.example.com.)\n\n"
           "Spiacente ma non e' stato possibile spedire il tuo msg a tutti\ni destinatari. L'invio ai seguenti "
           "destinatari e' stato ritardato:\n(Sorry, but your mail could not yet be delivered to all recipients.\n"
           "Delivery to the following recipients has been defered:)\n\n{rcpts}\n"
           "La spedizione verra' ritentata, finche' ha successo o scade il \ntempo disponibile impostato. In "
           "quest'ultimo caso riceverai una\nnotifica di spedizione fallita definitiva.\n"
           "(Delivery will be tried again, until it is either successful or a\ntimeout has been reached. If the latter "
           "happens, you will get a\ndelivery failure notice.)\n\n\n"
           "Il seguente msg d'errore potrebbe aiutarti a capire la causa \ndell'errore:\n"
           "(This error message may give you a hint about what caused the\ndelay:)\n\n{err}\n\n"
           "In caso ti serva aiuto scrivi a:\n(If you need help, write to:)\n  <postmaster@mail.example.com>.\n\n"
           "The headers of your message follow attached:\n"),
}
MASQ_FAIL = ("Mail Delivery Failure Notice",
              "This message was sent to you by the mailer daemon (masqmail 0.3.6)\nat mail.example.com.\n\n"
              "Sorry, but your mail could not be delivered to all recipients.\n"
              "Delivery to the following recipients failed permanently and has been given\nup:\n\n{rcpts}\n"
              "This error message may give you a hint about what caused the\nfailure:\n\n{err}\n\n"
              "If you need help, write to <postmaster@mail.example.com>.\n\n"
              "Your message follows attached, including all headers:\n")


def masqmail(name: str, template: tuple[str, str], addresses: list[str], err: str) -> bytes:
    """masqmail's notice from its template (tpl/warnmsg.tpl*, tpl/failmsg.tpl): multipart/mixed,
    the notification, then the message (headers only on a warning) as message/rfc822."""
    subject, text = template
    rcpts = "".join(f"\t<{a}>\n" for a in addresses)
    bound = f"1vM17-{name}/mail.example.com"
    return (f"Subject: {subject}\nFrom: MAILER-DAEMON@mail.example.com\nTo: <seller@example.com>\nMIME-Version: 1.0\n"
            f"Message-ID: <m17-{name}@mail.example.com>\nX-Hand-Made: yes (masqmail template)\n"
            f'Content-Type: multipart/mixed;\n        boundary="{bound}"\n\nThis is a MIME-encapsulated message.\n\n'
            f"--{bound}\nContent-Description: Notification\nContent-Type: text/plain;\n  charset=utf-8\n\n"
            + text.format(rcpts=rcpts, err=err) +
            f"\n--{bound}\nContent-Description: Undelivered Message Headers\nContent-Type: message/rfc822\n\n"
            + _ORIG_HEADERS.format(to=", ".join(addresses), name=name) + f"\n--{bound}--\n").encode()
