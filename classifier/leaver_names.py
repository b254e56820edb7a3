"""Who "<Name> left <Company>" names, in the reply's own case (`departures.named_left` / `leavers`): a name's shape
in any Latin script, and the capitalised words that are no person, no company, or a thing left for someone; and
`SENTENCE_END`, where a sentence ends around such names (never at an initial's or a title's full stop). Data
only, kept apart from departures.py's readers (reviews 69, 72, 91, 94 wrote them)."""

from __future__ import annotations

import re

# "Lena Lead left Example Ltd" (no "has", review 69): "left" alone is any past tense ("left a voicemail",
# "left the queue"), so only in the reply's own case, between a name of two or three capitalised words
# (or a title and a name) and a capitalised object, the company; never a determiner ("left The ...").
# Postfix relocated(5)'s own example, "Doesn't work here anymore", said of a name the same way (a mail
# client, a link, SMTPUTF8 "doesn't work here anymore" too).
# A name's word in any Latin script (review 91: "José Núñez", "Zoë Lee", "O'Brien", "McDonald" were no names): a
# capital, then lowercase letters (a capital again only after some: "McDonald", or after an apostrophe or a hyphen);
# never all capitals. A middle initial ("Mary J. Smith") may stand after the first name.
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LO = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
# (Each further part opens with its apostrophe, hyphen or capital: a part of lowercase letters alone could split a run
# of them in every way, "Maaa..." with no name after it doubled with each letter (a forged DSN's "Maaa…a left", 22
# letters took 1.4 s in classify, benchmarks/redos_scan.py's prober). The run is the letters before it, read whole.)
_WORD = rf"[{_UP}](?:[{_LO}]+|['’-]?[{_UP}][{_LO}]+)(?:['’-][{_UP}]?[{_LO}]+|[{_UP}][{_LO}]+)*"
NAMED_LEFT = re.compile(
    # A title before one surname is a person too ("Dr. Brown left Partner Corp in March"; review 91).
    rf"(?<![\w.'-])(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Herr|Frau)\.? {_WORD}(?: [{_UP}]\.)?(?: {_WORD}){{0,2}}"
    rf"|{_WORD}(?: [{_UP}]\.)?(?: {_WORD}){{1,2}}) "
    r"(?:left (?!(?:The|A|An|Our|Your|My|This|That|Its|His|Her|Their|No|It|Them|Us|Me|Him|You|We|Nothing)\b)"
    rf"[{_UP}]"  # a letter, not a count ("left 3 messages")
    r"|does(?:n't|n’t| not) work (?:here|for us) any ?more\b)")
# Capitalised words that are no person's name: a thing, a role, a determiner ("Your Message left
# Exchange Online Protection", "Delivery Agent left Quarantine Review", "Mail From Example left ...").
NOT_A_NAME = frozenset((
    "your our the this that my a an it we you they he she message mail email e-mail delivery agent from to "
    "sender recipient user connection session server relay gateway host queue job process system service "
    "transport rule policy filter scanner "
    # Review 72: Title Case policy texts ("Subject Line left Empty", "Required Field left Blank"), a product or a
    # team ("Dr Web Antivirus left ...", "Helpdesk Support Team left Instructions"), German determiners and nouns
    # ("Die Nachricht left Exchange Online Protection").
    "subject header body attachment antivirus anti-virus virus spam quarantine content security "
    "protection defender team support helpdesk desk department engine appliance address account mailbox inbox "
    "domain list group reply notification alert warning error request ticket form value password folder item "
    "file client app software program daemon mailer postmaster administrator admin bot required "
    "die der das ihre ihr unsere nachricht mitteilung microsoft outlook exchange google gmail").split())
# First words of an object that is no company: a state or a thing left ("left Attachment Unscanned",
# "left Infected Part in Quarantine", "left You a Message"; review 72).
NOT_AN_OBJECT = frozenset((
    "empty blank unscanned unread unchanged untouched intact pending unattended undelivered unanswered "
    "unsigned unencrypted unprocessed unverified infected attachment attachments message messages mail email part "
    "parts file files item items folder queue quarantine instructions instruction comment comments note notes "
    "feedback voicemail you we us draft").split())
OBJECT = re.compile(rf"[{_UP}][\w&.'-]*(?: [{_UP}][\w&.'-]*){{0,3}}")
# "Jane Doe left Example Ltd a voicemail": the company is the one a message was left for (review 72).
# And a sign the sentence is about a job, within the next 160 characters: a company's legal form, a date, or
# the sender sent elsewhere ("Lena Lead left Example Ltd on 30 November; please write to ..."). Without one,
# Title Case words are open-ended (product, field and team names: "Subject Line left Empty", ten false hards in
# review 72 alone), and a false hard unenrolls a real prospect.
JOB_SIGN = re.compile(
    r"\b(?:Ltd|Limited|Inc|LLC|LLP|GmbH|AG|KG|SE|SA|SAS|SARL|SpA|S\.p\.A|Srl|BV|B\.V|NV|AB|AS|A/S|ApS|Oy|plc|PLC"
    r"|Corp|Corporation|Company|KK|Pty)\b"
    r"|\b(?:on|in|since|as of|effective|at the end of) (?:\d|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)"
    r"|(?i:\b(?:please|kindly) (?:contact|write|send|e-?mail|reach|direct|forward|address|use)\b|\binstead\b"
    r"|\bwrite to\b)")
LEFT_FOR = re.compile(r" (?:a|an|the|some|several|\d+)(?: [\w-]+){0,2}? (?:messages?|voicemails?|notes?|comments?"
                       r"|calls?|memos?|repl(?:y|ies)|feedback|instructions?|word)\b")

# Not a middle initial's full stop (review 94: "Messages from Zoë K. Núñez are refused: Zoë K. Núñez left" lost its
# "messages from" and read the prospect gone, a false hard). Nor a title's ("Si el Sr. Ruiz ya no trabaja en la empresa,
# el administrador le avisará", "If Mr. Lee has left ...": the condition before the title was cut off and the departure
# read asserted, a false hard in audit 38). Spanish "Lic.", Portuguese "Dra.", Italian "Avv.", Czech / Polish "Mgr."
# too ("Si el Lic. Pérez ya no trabaja ...", "Se a Dra. Silva não trabalha mais ...": audit 40's false hards).
_TITLES = ("mr", "mrs", "ms", "dr", "sr", "sra", "srta", "mme", "mlle", "hr", "fr", "sig", "dott", "prof", "ing", "mag",
           "lic", "dra", "avv", "mgr", "mx")
# A title's full stop still ends a sentence before a condition or a request opens the next ("Lena Lead no longer works
# for Partner as Sales Mgr. If you have questions ...": the condition joined the departure, audit 41b's false soft).
_NEXT_OPENS = r"\.(?=\s+(?i:if|unless|should|please|wenn|falls|bitte|si|jeśli|если)\b)"
SENTENCE_END = re.compile(r"(?:(?<!\s\w)" + "".join(rf"(?<!\b{t})" for t in _TITLES) + r"\.|" + _NEXT_OPENS
                          + r"|[;!?|])(?:\s|$)")
