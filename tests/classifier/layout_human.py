"""The human-readable part of an RFC 3464 report written as other generators write it
(tests/classifier/test_layout_invariance.py; the delivery-status transforms are in layout.py).

Postfix copies each remote reply into its text ("<addr>: host mx said: 550 ... (in reply to
RCPT TO command)", wrapped at 78 columns); Exchange writes a generic sentence and the
addresses. The classifier reads the SMTP stage from the text where the Diagnostic-Code does
not name it (formats/dsn.py), and the stage legitimately changes a reason (Postfix's unnamed
stage, tests/classifier/test_reporters.py): each transform keeps the stage the classifier read
from the original, or does not apply. Applied only where every recipient has a Diagnostic-Code
the classifier reads alone (else it borrows the text's words, which these transforms replace).
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import Message

from tests.classifier.layout import _REPLY, Block, _edit, diagnostic, get, is_recipient, split_blocks, \
    status_parts, substantial, value
from tests.classifier.transport import Transform, _status_text

_POSTFIX_HEAD = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
"""
_EXCHANGE_HEAD = "Delivery has failed to these recipients or groups:\n"
# Postfix's names of the commands (smtp_proto.c: "in reply to %s command").
_POSTFIX_COMMANDS = {"RCPT": "RCPT TO", "MAIL": "MAIL FROM", "DATA": "end of DATA", "HELO": "HELO", "EHLO": "EHLO"}


def _stages(raw: bytes, blocks: list[Block]) -> list[tuple[str, str, str | None, str | None]] | None:
    """Per recipient: (address, reply, the stage its Diagnostic-Code names, the stage the
    classifier reads with the notice's text too), mirroring formats/dsn.facts_from_blocks; None
    where a recipient's Diagnostic-Code is not what the classifier reads alone."""
    from classifier.formats import smtp_command, transcript_command
    from classifier.formats.dsn import lines_about
    from classifier.parse import ADDRESS, Mail

    notice = Mail(raw).notice
    out = []
    for block in filter(is_recipient, blocks):
        f = get(block, "final-recipient") or get(block, "original-recipient")
        m = ADDRESS.search(value(f)) if f else None
        if not m or not substantial(block):
            return None
        reply = diagnostic(block)[1]
        own = smtp_command(reply)
        out.append((m.group(0), reply, own,
                    own or smtp_command(lines_about(notice, m.group(0), 12)) or transcript_command(notice, m.group(0))))
    return out or None


Stages = list[tuple[str, str, "str | None", "str | None"]]


def _human(raw: bytes, write_text: Callable[[str, Stages, bool], str | None], wrap: bool = False) -> bytes:
    """The report's first part (its human-readable text) replaced by one text/plain part."""
    def tree(msg: Message) -> bool:
        if msg.get_content_type() != "multipart/report" or len(msg.get_payload()) < 2:
            return False
        first = msg.get_payload(0)
        if first.get_content_type() not in ("text/plain", "text/html", "multipart/alternative"):
            return False
        status = status_parts(msg)
        if len(status) != 1 or status[0] is first:
            return False
        blocks = split_blocks(_status_text(status[0]))
        stages = _stages(raw, blocks)
        # The host that answered (Postfix: "host mx[ip] said"): Remote-MTA, else the reporter.
        mta = next((get(b, "remote-mta") for b in blocks if get(b, "remote-mta")), None) \
            or get(blocks[0], "reporting-mta")
        host = value(mta).partition(";")[2].strip() if mta else "mx.example.net"
        text = write_text(host or "mx.example.net", stages, wrap) if stages else None
        if text is None:
            return False
        part = Message()
        part["Content-Type"] = 'text/plain; charset="utf-8"'
        part["Content-Transfer-Encoding"] = "8bit"
        part.set_payload(text.encode("utf-8", "surrogateescape").decode("ascii", "surrogateescape"))
        msg.get_payload()[0] = part
        return True
    return _edit(raw, tree)


def _postfix_text(host: str, stages: list[tuple[str, str, str | None, str | None]], wrap: bool) -> str | None:
    """Postfix's bounce text, the remote reply copied with the stage the classifier read."""
    lines = []
    for address, reply, _, stage in stages:
        if stage is not None and stage not in _POSTFIX_COMMANDS or not _REPLY.match(reply):
            return None  # a stage Postfix names otherwise ("refused to talk to me"), or no SMTP reply
        said = f"<{address}>: host {host} said: {reply}"
        said = f"{said} (in reply to {_POSTFIX_COMMANDS[stage]} command)" if stage else said
        lines.append(_wrapped(said) if wrap else said)
    return _POSTFIX_HEAD.format(host=host) + "\n" + "\n\n".join(lines) + "\n"


def _wrapped(text: str) -> str:
    """Postfix's line_wrap of a recipient's paragraph: 78 columns, later lines indented 4."""
    lines, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > 78:
            lines.append(line)
            line = "    " + w
        else:
            line = f"{line} {w}" if line else w
    return "\n".join([*lines, line])


def _generic_text(host: str, stages: list[tuple[str, str, str | None, str | None]], wrap: bool) -> str | None:
    """Exchange's generic sentence and the addresses alone, where the notice's text gave no
    stage beyond the Diagnostic-Code's (else the stage changes legitimately)."""
    if any(own != full for _, _, own, full in stages):
        return None
    return _EXCHANGE_HEAD + "\n" + "\n".join(a for a, *_ in stages) + "\n"


TRANSFORMS: dict[str, Transform] = {
    "human_postfix": lambda raw: _human(raw, _postfix_text, wrap=True),
    "human_postfix_unwrapped": lambda raw: _human(raw, _postfix_text),
    "human_generic": lambda raw: _human(raw, _generic_text),
}
