"""``python -m desktop ARGS`` as a real process, forked from one that already imported Relais.

Every call is a new process: its own pid, file descriptors, environment, working folder, file
locks and exit status, its standard input a file holding what the test typed and its output
read back as ``subprocess.run(capture_output=True)`` gives it. The process is forked from a
server (one per test process, started at the first call) that has imported ``desktop.cli``, the
core and the hub once, then runs ``desktop/__main__.py`` exactly as ``python -m desktop`` does
(``runpy``, the same ``sys.argv``); an uncaught exception prints its traceback and exits 1, and
the process ends as the interpreter ends any program (threads joined, ``atexit`` handlers run,
streams flushed), only without unloading every module one by one.
A command then costs its own work, not a second of imports. Argon2 runs for real once per
distinct input (password, salt, cost) in the commands of a test process, as it does in the test
process itself (``tests/conftest.py``): it is a pure function, so remembering its result changes
no byte a command reads or writes; a wrong password, a new salt or a raised cost is a new input.

What a fork cannot stand for runs a fresh interpreter instead (``subprocess.run``): a call whose
environment changes how Python itself starts (``PYTHON*`` variables, the locale), and any call
on a platform without ``fork``. Tests of start-up itself (what a command imports, how long the
first login takes) call ``subprocess`` directly.
"""

from __future__ import annotations

import atexit
import json
import locale
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_STARTUP_VARIABLES = ("LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE")


def _same_start(env: Mapping[str, str]) -> bool:
    """Whether a fresh interpreter started with ``env`` would start as the server did."""
    here = os.environ
    for name in {*env, *here}:
        if not (name.startswith("PYTHON") or name in _STARTUP_VARIABLES):
            continue
        if name == "PYTHONPATH" and {env.get(name), here.get(name)} <= {None, "", str(ROOT)}:
            continue  # the server imports Relais from ROOT already
        if env.get(name) != here.get(name):
            return False
    return True


class _Server:
    """The forking server of this test process."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="relais-cli-"))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.cli_process", str(self.folder / "argon2")],
            cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=dict(os.environ, PYTHONPATH=str(ROOT)))
        self.lock = threading.Lock()
        self.calls = 0
        if self._line() != "ready":
            raise RuntimeError("the command-line server did not start")

    def _line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().decode().strip()

    def run(self, args: Sequence[str], stdin: bytes, env: Mapping[str, str], cwd: str,
            timeout: float | None) -> tuple[int, bytes, bytes]:
        with self.lock:
            self.calls += 1
            files = [self.folder / f"{self.calls}.{name}" for name in ("in", "out", "err")]
            files[0].write_bytes(stdin)
            request = {"args": list(args), "env": dict(env), "cwd": cwd,
                       "files": [str(f) for f in files]}
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps(request).encode() + b"\n")
            self.proc.stdin.flush()
            pid = int(self._line().split()[1])
            killed = threading.Event()

            def kill() -> None:
                killed.set()
                os.kill(pid, signal.SIGKILL)

            timer = threading.Timer(timeout, kill) if timeout else None
            if timer is not None:
                timer.start()
            try:
                code = int(self._line().split()[1])
            finally:
                if timer is not None:
                    timer.cancel()
            out, err = files[1].read_bytes(), files[2].read_bytes()
            for f in files:
                f.unlink()
            if killed.is_set():
                raise subprocess.TimeoutExpired(["relais", *args], timeout or 0, out, err)
            return code, out, err

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


_server: _Server | None = None


def _the_server() -> _Server:
    global _server
    if _server is None or _server.proc.poll() is not None:
        _server = _Server()
        atexit.register(_server.close)
    return _server


def _text(data: bytes) -> str:
    """What ``subprocess.run(text=True)`` decodes: the locale's encoding, universal newlines."""
    text = data.decode(locale.getpreferredencoding(False))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def run_relais(args: Sequence[str], *, input: str | bytes = "",
               env: Mapping[str, str] | None = None, cwd: str | Path | None = None,
               timeout: float | None = 120, text: bool = True) -> subprocess.CompletedProcess:
    """``subprocess.run([python, "-m", "desktop", *args], input=…, capture_output=True, …)``:
    the same result, from a forked process (or a fresh interpreter where a fork would differ)."""
    env = dict(os.environ if env is None else env)
    data = input.encode(locale.getpreferredencoding(False)) if isinstance(input, str) else input
    if not hasattr(os, "fork") or not _same_start(env):
        done = subprocess.run([sys.executable, "-m", "desktop", *args], input=data, env=env,
                              cwd=cwd, capture_output=True, timeout=timeout)
        code, out, err = done.returncode, done.stdout, done.stderr
    else:
        code, out, err = _the_server().run(args, data, env, str(cwd or os.getcwd()), timeout)
    if text:
        return subprocess.CompletedProcess(["relais", *args], code, _text(out), _text(err))
    return subprocess.CompletedProcess(["relais", *args], code, out, err)


# --- the server side -------------------------------------------------------------------------

def _import_everything() -> None:
    """Import the command line, the core and the hub (never the GUI) before any fork."""
    import importlib
    import pkgutil

    import desktop

    for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if not info.name.startswith(("desktop.gui", "desktop.__main__")):
            importlib.import_module(info.name)


def _read_request(buffer: bytearray) -> dict[str, object] | None:
    while b"\n" not in buffer:
        chunk = os.read(0, 65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    request: dict[str, object] = json.loads(line)
    return request


def _become(request: dict[str, object]) -> None:
    """In the forked child: take the request's folder, environment and standard streams."""
    os.chdir(str(request["cwd"]))
    os.environ.clear()
    os.environ.update(request["env"])  # type: ignore[call-overload]
    for fd, path, flags in zip((0, 1, 2), request["files"],  # type: ignore[call-overload]
                               (os.O_RDONLY, os.O_WRONLY | os.O_TRUNC | os.O_CREAT,
                                os.O_WRONLY | os.O_TRUNC | os.O_CREAT), strict=True):
        opened = os.open(path, flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)


def _exit_status(code: object) -> int:
    """The status Python gives ``SystemExit(code)``: None is 0, a number itself, else 1
    after printing it."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def _end(status: int) -> None:
    """End the child as the interpreter ends a program (non-daemon threads joined, ``atexit``
    handlers run, standard streams flushed), without tearing down the thousand modules the
    server imported: that teardown is 0.8 s that no command's output depends on."""
    import contextlib

    threading._shutdown()  # type: ignore[attr-defined]
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(status)


def _remember_argon2(folder: Path) -> None:
    """In the child: Argon2's result for an input already derived by an earlier command of this
    test process is read back from ``folder`` (private to the tests); a new input runs the real
    Argon2 and is kept there."""
    import hashlib

    from desktop.core.store import keyslots

    real = keyslots.derive_key

    def derive(secret: str, salt: bytes, params: keyslots.KdfParams) -> bytes:
        name = hashlib.sha256(repr((secret, salt, params.as_dict())).encode()).hexdigest()
        path = folder / name
        try:
            return path.read_bytes()
        except FileNotFoundError:
            pass
        key = real(secret, salt, params)
        partial = folder / f"{name}.{os.getpid()}"
        partial.write_bytes(key)
        os.replace(partial, path)
        return key

    keyslots.derive_key = derive  # type: ignore[assignment]


def _child(request: dict[str, object]) -> None:
    """Run ``desktop/__main__.py`` as ``python -m desktop ARGS`` does, then end the process."""
    import runpy
    import traceback

    _remember_argon2(Path(sys.argv[1]))
    _become(request)
    sys.argv = [str(ROOT / "desktop" / "__main__.py"), *request["args"]]  # type: ignore[misc]
    status = 0
    try:
        runpy.run_module("desktop", run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        status = _exit_status(exc.code)
    except BaseException:  # what the interpreter prints for an uncaught exception
        traceback.print_exc()
        status = 1
    _end(status)


def serve() -> None:
    """Answer requests on standard input until it closes: fork, report the pid, then the exit
    status. The child runs the command and ends; it never comes back into this loop."""
    import gc

    _import_everything()
    Path(sys.argv[1]).mkdir(mode=0o700, exist_ok=True)
    gc.freeze()  # what was imported stays shared with the children, never scanned again
    os.write(1, b"ready\n")
    buffer = bytearray()
    while (request := _read_request(buffer)) is not None:
        pid = os.fork()
        if pid == 0:
            _child(request)
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"exit {os.waitstatus_to_exitcode(status)}\n".encode())


if __name__ == "__main__":
    serve()
