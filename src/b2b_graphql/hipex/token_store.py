"""Keeping a Hipex token between runs: `FileTokenStore`, or any object with `load`/`save`.

A stored token is a live session: whoever can read the file can act as the user, and whoever
can plant one can make the client use their session (session fixation). So the file store
checks what it touches the way `ssh` checks `~/.ssh`, and says so once (a WARNING on the
`b2b_graphql.hipex` logger per problem and path) instead of failing every request:

- the directory is created 0700; an existing one of ours that others may read (0755) is
  tightened to 0700; one that others may write, or that belongs to another user, is refused
  (nothing is loaded from it or saved to it);
- a token file is opened without following symlinks (a planted link is refused), must be a
  regular file of ours, and is refused if others may read it (the next save replaces it with
  a 0600 file);
- files are created 0600 through `os.open` (never readable by others, not even briefly) and
  replaced atomically.

A store path that exists and is not a directory is refused at construction
(`InputValidationError`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import stat
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from .._errors import InputValidationError
from .._secrets import Secret

__all__ = ["FileTokenStore", "StoredToken", "TokenStore", "as_token_store"]

logger = logging.getLogger("b2b_graphql.hipex")

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


@dataclass(frozen=True)
class StoredToken:
    """A saved token and the account it belongs to (None when unknown)."""

    token: Secret
    username: str | None = field(default=None)


@runtime_checkable
class TokenStore(Protocol):
    """Somewhere to keep one token per endpoint URL (`FileTokenStore`, or your own)."""

    def load(self, url: str) -> StoredToken | None: ...

    def save(self, url: str, token: StoredToken) -> None: ...


class FileTokenStore:
    """One file per endpoint URL in `directory`, named after the SHA-256 of the URL, holding
    JSON `{"url", "username", "token"}`; checked as the module describes."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        if not isinstance(directory, str | os.PathLike):
            raise InputValidationError("token_store", "must be a directory path or a TokenStore")
        self.directory = Path(directory).expanduser()
        if self.directory.exists() and not self.directory.is_dir():
            raise InputValidationError(
                "token_store", f"{self.directory} exists and is not a directory"
            )
        self._warned: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def path_for(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.directory / f"hipex-{digest[:32]}.token"

    def load(self, url: str) -> StoredToken | None:
        if not self._directory_ok(create=False):
            return None
        path = self.path_for(url)
        try:
            descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW)
        except FileNotFoundError:
            return None
        except OSError as exc:  # ELOOP: a symlink where the token file should be
            self._warn(path, f"not reading the token file ({exc.strerror}; a symlink?)")
            return None
        with os.fdopen(descriptor, "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode) or not _ours(info):
                self._warn(path, "not reading the token file: not a regular file of this user")
                return None
            if info.st_mode & 0o077:
                self._warn(
                    path,
                    f"not reading the token file: others may read it (mode "
                    f"{stat.S_IMODE(info.st_mode):04o}); it is replaced by a 0600 file on the "
                    "next save",
                )
                return None
            try:
                data = json.loads(file.read(1 << 16).decode("utf-8"))
            except (OSError, ValueError):
                return None
        if not isinstance(data, dict) or data.get("url") != url:
            return None
        token, username = data.get("token"), data.get("username")
        if not isinstance(token, str) or not token:
            return None
        return StoredToken(Secret(token), username if isinstance(username, str) else None)

    def save(self, url: str, token: StoredToken) -> None:
        if not self._directory_ok(create=True):
            return
        target = self.path_for(url)
        payload = {"url": url, "username": token.username, "token": token.token.reveal()}
        temporary = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW
        try:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            descriptor = os.open(temporary, flags, 0o600)
            try:
                with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                    json.dump(payload, file)
                os.replace(temporary, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    temporary.unlink()
                raise
        except OSError as exc:
            self._warn(target, f"could not save the token ({exc.strerror or type(exc).__name__})")

    def _directory_ok(self, *, create: bool) -> bool:
        """Whether the directory may be used (created 0700 or tightened first when it can)."""
        try:
            info = os.stat(self.directory)
        except FileNotFoundError:
            if not create:
                return False
            try:
                self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
                info = os.stat(self.directory)
            except OSError as exc:
                self._warn(self.directory, f"cannot create the token directory ({exc.strerror})")
                return False
        except OSError as exc:
            self._warn(self.directory, f"cannot use the token directory ({exc.strerror})")
            return False
        if not stat.S_ISDIR(info.st_mode):
            self._warn(self.directory, "the token store is not a directory")
            return False
        if not _ours(info):
            self._warn(self.directory, "refusing a token directory owned by another user")
            return False
        if info.st_mode & 0o022:
            self._warn(
                self.directory,
                f"refusing a token directory others may write to (mode "
                f"{stat.S_IMODE(info.st_mode):04o}): a planted token would be used",
            )
            return False
        if info.st_mode & 0o077:
            try:
                os.chmod(self.directory, 0o700)
            except OSError as exc:
                self._warn(self.directory, f"cannot make the token directory 0700 ({exc})")
                return False
        return True

    def _warn(self, path: Path, message: str) -> None:
        with self._lock:
            key = (str(path), message.split(" (")[0])
            if key in self._warned:
                return
            self._warned.add(key)
        logger.warning("%s: %s", path, message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.directory)!r})"


def as_token_store(store: TokenStore | str | os.PathLike[str] | None) -> TokenStore | None:
    """A directory path becomes a `FileTokenStore`; objects with load/save pass through."""
    if store is None or isinstance(store, TokenStore):
        return store
    return FileTokenStore(store)


def _ours(info: os.stat_result) -> bool:
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()
