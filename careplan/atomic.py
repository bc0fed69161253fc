"""Writing a file so that it is either wholly there or not changed at all.

The bytes go to a temporary file in the same folder, are flushed to disk, and
only then replace the target in one step. On any failure the temporary file is
removed and an existing file of that name is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import CarePlanError
from .i18n import _
from .private_files import announced


class FileWriteError(CarePlanError):
    """The file could not be written; nothing at the target path was changed."""


def write_atomically(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; return the path written.

    The file is readable by its owner only (it may hold a person's plan), also
    when it replaces a file that others could read; a replaced file that was
    narrower than that keeps its narrower permissions.
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise FileWriteError(_("{path} is a folder; give a file name.").format(path=target))
    if not folder.is_dir():
        raise FileWriteError(_("The folder {folder} does not exist.").format(folder=folder))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise FileWriteError(
            _("Cannot write in {folder}: {reason}").format(folder=folder, reason=exc.strerror)
        ) from exc
    temp = Path(temp_name)  # mkstemp made it 0600
    with announced(temp):
        _fill_and_rename(fd, temp, target, data)
    _sync_folder(folder)
    return target


def _fill_and_rename(fd: int, temp: Path, target: Path, data: bytes) -> None:
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temp, target.stat().st_mode & 0o600)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise FileWriteError(
                _("Cannot write {path}: {reason}").format(
                    path=target, reason=exc.strerror or exc.__class__.__name__
                )
            ) from exc
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    if os.name != "posix":  # pragma: no cover - Windows has no directory fsync
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)
