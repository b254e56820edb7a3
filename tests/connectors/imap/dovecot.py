"""A real Dovecot IMAP server for the tests, on 127.0.0.1, with a private config.

`Dovecot.start(root)` writes a config under `root` (no system config is read), a CA and a
server certificate for 127.0.0.1 made with the openssl CLI, a passwd-file of test users, and
runs `dovecot -F -c CONF` as a child process: plain IMAP (STARTTLS offered) on one free port,
implicit TLS on another; mail in Maildirs under `root`. Run as root, the server runs as the
unprivileged `dovecot` user the Debian package creates (Dovecot refuses mail access as root);
otherwise as the current user. `users()` hands out a fresh account per test, so one server
serves a whole test module. `admin(user)` is a plain imaplib session for setting up mail
(APPEND with a pinned internal date) and looking at flags.

Dovecot comes from Debian's `dovecot-imapd` (`.ci/run` installs it); without it, the tests
that need it are skipped with the reason.
"""

from __future__ import annotations

import imaplib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

__all__ = ["Dovecot", "DOVECOT", "PASSWORD", "missing_reason"]

DOVECOT = shutil.which("dovecot") or next(
    (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.path.exists(p)), None)
PASSWORD = "imap-test-Passw0rd"
_USERS = 400  # accounts in the passwd-file: a fresh one per test


def missing_reason() -> str | None:
    if DOVECOT is None:
        return "Dovecot is not installed (apt-get install dovecot-imapd; .ci/run does it)"
    if shutil.which("openssl") is None:
        return "the openssl CLI is needed to make the test certificate"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> tuple[str, int, int] | None:
    """Who the server runs as: None (this user) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("dovecot", "nobody"):
        try:
            pw = pwd.getpwnam(name)
            return name, pw.pw_uid, pw.pw_gid
        except KeyError:
            continue
    raise RuntimeError("running as root and no unprivileged user for Dovecot")


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_certificates(where: Path) -> None:
    """ca.crt (a throwaway CA) and server.crt/server.key for 127.0.0.1 and localhost."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "3",
             "-subj", "/CN=bounce-sync test CA", cwd=where)
    _openssl("req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost", cwd=where)
    (where / "server.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                                      "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", "server.crt", "-days", "3", "-extfile", "server.ext", cwd=where)


_CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/server.crt
ssl_key = <{root}/server.key
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
{users}
mail_location = maildir:{root}/mail/%u
first_valid_uid = 1
first_valid_gid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {plain}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  # no growing delay after the failed logins the tests make on purpose
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


@dataclass
class Dovecot:
    root: Path
    plain_port: int
    tls_port: int
    process: subprocess.Popen | None = None
    _stderr: str = ""
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def ca_file(self) -> Path:
        return self.root / "ca.crt"

    @classmethod
    def start(cls, root: Path) -> Dovecot:
        root.mkdir(parents=True, exist_ok=True)
        make_certificates(root)
        (root / "passwd").write_text("".join(f"user{n}:{{PLAIN}}{PASSWORD}::::::\n" for n in range(1, _USERS + 1)))
        for sub in ("run", "state", "mail"):
            (root / sub).mkdir(exist_ok=True)
        who = _run_as()
        users = "" if who is None else (f"default_login_user = {who[0]}\ndefault_internal_user = {who[0]}\n"
                                        f"default_internal_group = {who[0]}")
        uid, gid = (who[1], who[2]) if who else (os.getuid(), os.getgid())
        server = cls(root=root, plain_port=_free_port(), tls_port=_free_port())
        conf = root / "dovecot.conf"
        conf.write_text(_CONFIG.format(root=root, users=users, uid=uid, gid=gid,
                                       plain=server.plain_port, tls=server.tls_port))
        if who is not None:
            os.chmod(root, 0o755)
            for path in [root, *root.rglob("*")]:
                os.chown(path, uid, gid)
        server._launch(who)
        return server

    def _launch(self, who: tuple[str, int, int] | None) -> None:
        kwargs = {} if who is None else {"user": who[1], "group": who[2], "extra_groups": []}
        self.process = subprocess.Popen([DOVECOT, "-F", "-c", str(self.root / "dovecot.conf")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
        self._who = who
        deadline = time.monotonic() + 30
        while True:  # ready when a login works (the auth process starts on first use)
            try:
                c = imaplib.IMAP4("127.0.0.1", self.plain_port, timeout=5)
                c.login("user1", PASSWORD)
                c.logout()
                return
            except (OSError, imaplib.IMAP4.error):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    err = self.process_error
                    raise RuntimeError(f"Dovecot did not start: {err}{self.log()[-2000:]}") from None
                time.sleep(0.05)

    def log(self) -> str:
        try:
            return (self.root / "dovecot.log").read_text(errors="replace")
        except OSError:
            return ""

    @property
    def process_error(self) -> str:
        return self._stderr

    def stop(self) -> None:
        if self.process is not None and self.process.stderr is not None:
            if self.process.poll() is not None:
                self._stderr = self.process.stderr.read().decode(errors="replace")
            self.process.stderr.close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def restart(self) -> None:
        self.stop()
        self._launch(self._who)

    def new_user(self) -> str:
        n = next(self._ids) + 1  # user1 is the readiness probe's
        if n > _USERS:
            raise RuntimeError("out of test users: raise _USERS")
        return f"user{n}"

    def admin(self, user: str) -> Admin:
        c = imaplib.IMAP4("127.0.0.1", self.plain_port, timeout=10)
        c.login(user, PASSWORD)
        return Admin(c)


class Admin:
    """A plain imaplib session for test setup: folders, APPEND, flags."""

    def __init__(self, client: imaplib.IMAP4) -> None:
        self.c = client

    def create(self, folder: str) -> None:
        typ, data = self.c.create(f'"{folder}"')
        assert typ == "OK", data

    def delete(self, folder: str) -> None:
        typ, data = self.c.delete(f'"{folder}"')
        assert typ == "OK", data

    def append(self, folder: str, raw: bytes, when: datetime, flags: str = "") -> None:
        typ, data = self.c.append(f'"{folder}"', f"({flags})" if flags else None,
                                  imaplib.Time2Internaldate(when), raw)
        assert typ == "OK", data

    def flags(self, folder: str) -> dict[int, str]:
        self.c.select(f'"{folder}"', readonly=True)
        typ, data = self.c.uid("FETCH", "1:*", "(UID FLAGS)")
        out = {}
        for line in data:
            if isinstance(line, bytes) and b"UID" in line:
                parts = line.decode().replace("(", " ").replace(")", " ").split()
                out[int(parts[parts.index("UID") + 1])] = " ".join(parts[parts.index("FLAGS") + 1:])
        return out

    def close(self) -> None:
        try:
            self.c.logout()
        except (OSError, imaplib.IMAP4.error):
            pass
