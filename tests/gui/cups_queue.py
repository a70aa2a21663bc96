"""A real CUPS print queue for the printing tests: a private ``cupsd`` and a ``cups-pdf`` printer.

``cupsd`` runs from a temporary configuration (``-c cupsd.conf -s cups-files.conf``), listening
only on a socket in its temporary folder; this process talks to it through ``CUPS_SERVER`` (and
``cupsSetServer``, since libcups keeps the server it first used). The ``cups-pdf`` backend reads
its settings from ``/etc/cups/cups-pdf-<instance>.conf`` for a ``cups-pdf:/<instance>`` printer:
a file of this test's own name is written there (output into the temporary folder) and removed
afterwards. What reaches the printer is the PDF that ghostscript writes from the job, as a
physical printer would receive it after the same CUPS filters.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_DRIVER = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"  # as ``lpinfo -m`` lists it on Debian
ETC_CUPS = Path("/etc/cups")
PRINTER = "RelaisTest"
TIMEOUT = 30
SEP = "|"  # between the page log's fields: printer, job, time, job name, copies, paper


def missing() -> str | None:
    """Why a private CUPS queue cannot be started here, or None."""
    if not Path(CUPSD).exists() or shutil.which("lpadmin") is None:
        return "cupsd/lpadmin absent (Debian package cups not installed)"
    if not CUPS_PDF_BACKEND.exists():
        return "the cups-pdf backend is absent (Debian printer-driver-cups-pdf not installed)"
    if shutil.which("pdftoppm") is None or shutil.which("pdfinfo") is None:
        return "pdftoppm/pdfinfo absent (Debian poppler-utils not installed)"
    if os.geteuid() != 0 or not os.access(ETC_CUPS, os.W_OK):
        return "needs root: cups-pdf reads its per-printer settings only from /etc/cups"
    if ctypes.util.find_library("cups") is None:
        return "libcups2 absent: Qt's print support cannot reach CUPS"
    return None


@dataclass
class Queue:
    """The running queue: its printer name, its cups-pdf output folder, its logs."""

    name: str
    root: Path
    server: str
    seen: int = 0  # page-log lines of the jobs before ``forget_jobs``

    @property
    def out(self) -> Path:
        """Where cups-pdf writes each printed job as a PDF."""
        return self.root / "out"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """A CUPS command (``lpstat``, ``lp``…) against this queue's server."""
        return subprocess.run(list(args), env={**os.environ, "CUPS_SERVER": self.server},
                              capture_output=True, text=True, timeout=TIMEOUT, check=False)

    def page_log(self) -> list[list[str]]:
        """CUPS' page log since ``forget_jobs``, one list of fields per job (PageLogFormat)."""
        path = self.root / "log" / "page_log"
        if not path.exists():
            return []
        lines = [line for line in path.read_text().splitlines() if line.strip()]
        return [line.split(SEP) for line in lines[self.seen:]]

    def forget_jobs(self) -> None:
        """Start afresh once the queue is idle: no printed PDF left in the output folder, the
        page log read from here."""
        deadline = time.monotonic() + TIMEOUT
        while self.run("lpstat", "-o").stdout.strip() and time.monotonic() < deadline:
            time.sleep(0.2)  # a job still being printed
        for old in self.out.glob("*.pdf"):
            old.unlink()
        self.seen += len(self.page_log())

    def wait_for_jobs(self, count: int) -> list[Path]:
        """Wait until ``count`` jobs were printed (logged and written); their PDFs, in order."""
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            pdfs = sorted(self.out.glob("*.pdf"), key=lambda p: p.stat().st_mtime_ns)
            if len(pdfs) >= count and len(self.page_log()) >= count:
                return pdfs
            time.sleep(0.2)
        errors = (self.root / "log" / "error_log").read_text(errors="replace")[-3000:]
        raise AssertionError(f"{count} job(s) expected in {self.out}; error_log:\n{errors}")


def _write_config(root: Path) -> None:
    etc = root / "etc"
    for name in ("etc/ppd", "spool", "cache", "state", "log", "out", "cups-pdf-spool"):
        (root / name).mkdir(parents=True)
    temp = root / "tmp"
    temp.mkdir()
    shutil.chown(temp, group="lp")  # filters run as lp and write their temporary files here
    temp.chmod(0o1770)
    (etc / "cupsd.conf").write_text(
        f"Listen {root}/cups.sock\n"
        "LogLevel info\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
        f"PageLogFormat %p{SEP}%j{SEP}%T{SEP}%{{job-name}}{SEP}%C{SEP}%{{media}}\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    (etc / "cups-files.conf").write_text(
        f"ServerRoot {etc}\nRequestRoot {root}/spool\nTempDir {temp}\nCacheDir {root}/cache\n"
        f"StateDir {root}/state\nErrorLog {root}/log/error_log\n"
        f"AccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
        f"Printcap {root}/printcap\n"
        "User lp\nGroup lp\nSystemGroup root\n"
    )


def _set_libcups_server(server: str | None) -> None:
    """Point this process's libcups (the one Qt's print plugin uses) at ``server``."""
    library = ctypes.CDLL(ctypes.util.find_library("cups") or "libcups.so.2")
    library.cupsSetServer.argtypes = [ctypes.c_char_p]
    library.cupsSetServer(server.encode() if server else None)


@contextmanager
def running_queue() -> Iterator[Queue]:
    """Start cupsd with a cups-pdf printer ``RelaisTest``; stop and remove everything after."""
    root = Path(tempfile.mkdtemp(prefix="relais-cups-"))  # not pytest's 0700 tmp: lp reads it
    root.chmod(0o755)
    instance = f"relais-test-{os.getpid()}"
    settings = ETC_CUPS / f"cups-pdf-{instance}.conf"
    server = str(root / "cups.sock")
    previous = os.environ.get("CUPS_SERVER")
    process: subprocess.Popen[bytes] | None = None
    try:
        _write_config(root)
        settings.write_text(
            f"Out {root}/out\nAnonDirName {root}/out\nSpool {root}/cups-pdf-spool\n"
            f"Grp root\nLog {root}/log\nLogType 1\n"
        )
        process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(root / "etc" / "cupsd.conf"),
             "-s", str(root / "etc" / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        queue = Queue(PRINTER, root, server)
        deadline = time.monotonic() + TIMEOUT
        while True:  # cupsd answers, then may reopen its socket once while it finishes loading
            added = queue.run("lpadmin", "-p", PRINTER, "-E", "-v", f"cups-pdf:/{instance}",
                              "-m", CUPS_PDF_DRIVER, "-o", "PageSize=A4")
            if added.returncode == 0 or "connect" not in added.stderr:
                break
            assert process.poll() is None and time.monotonic() < deadline, "cupsd did not start"
            time.sleep(0.2)
        assert added.returncode == 0, added.stderr
        os.environ["CUPS_SERVER"] = server
        _set_libcups_server(server)
        yield queue
    finally:
        if previous is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = previous
        _set_libcups_server(previous)
        if process is not None:
            process.terminate()
            process.wait(TIMEOUT)
        settings.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
