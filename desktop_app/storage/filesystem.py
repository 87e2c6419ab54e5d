r"""Telling whether a workspace lives on a network file system.

SQLite's WAL mode keeps its shared-memory index per host, so two workstations writing one
database on a share would corrupt it; on a network path the database uses a rollback journal
instead. When in doubt a file system counts as network: mistaking a local disk for a share
only costs WAL's concurrency, while the opposite mistake risks the data.

The mount-table parsing is separate from reading the table so it can be checked against
recorded tables of machines the tests do not run on (a macOS Mac, an NFS client, Windows).
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

log = logging.getLogger(__name__)

NETWORK_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "ncp", "afs",
        "9p", "ceph", "glusterfs", "lustre", "gpfs", "beegfs", "ocfs2", "gfs2", "davfs",
        "webdav", "afpfs", "ftp", "vboxsf", "osxfuse", "macfuse", "fusefs",
    }
)  # fmt: skip
# FUSE file systems that serve local data; every other FUSE type may be remote (sshfs,
# rclone, gvfs's smb shares), so it counts as network.
LOCAL_FUSE_TYPES = frozenset(
    {
        "fuseblk", "fusectl", "fuse.lxcfs", "fuse.portal", "fuse.snapfuse",
        "fuse.squashfuse", "fuse.appimagefuse", "fuse.ntfs-3g", "fuse.lowntfs-3g",
        "fuse.bindfs", "fuse.mergerfs", "fuse.encfs", "fuse.gocryptfs", "fuse.cryfs",
        "fuse.jmtpfs", "fuse.vmware-vmblock",
    }
)  # fmt: skip
_DRIVE_REMOTE = 4
_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")
_BSD_LINE = re.compile(r"^(?P<source>.+?) on (?P<point>.+) \((?P<type>[^,()]+)[^()]*\)$")


@dataclass(frozen=True)
class Mount:
    mount_point: str
    fstype: str
    source: str


def is_network_type(fstype: str) -> bool:
    kind = fstype.strip().lower()
    if kind in LOCAL_FUSE_TYPES:
        return False
    return kind in NETWORK_TYPES or kind == "fuse" or kind.startswith(("fuse.", "fuse3."))


def _unescape(field: str) -> str:
    return _OCTAL_ESCAPE.sub(lambda match: chr(int(match.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """Parse Linux ``/proc/self/mountinfo``: fields before `` - `` vary in number."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        before, separator, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if not separator or len(fields) < 5 or len(tail) < 2:
            continue
        mounts.append(Mount(_unescape(fields[4]), _unescape(tail[0]), _unescape(tail[1])))
    return mounts


def parse_bsd_mount(text: str) -> list[Mount]:
    """Parse the output of macOS/BSD ``mount``: ``source on /point (type, options)``."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        match = _BSD_LINE.match(line.strip())
        if match:
            mounts.append(Mount(match["point"], match["type"].strip(), match["source"]))
    return mounts


def filesystem_of(path: PurePath | str, mounts: list[Mount]) -> Mount | None:
    """The mount holding ``path``: the longest mount point above it, the latest if stacked."""
    target = PurePosixPath(path)
    best: Mount | None = None
    best_depth = -1
    for mount in mounts:
        point = PurePosixPath(mount.mount_point)
        if target != point and point not in target.parents:
            continue
        if len(point.parts) >= best_depth:
            best, best_depth = mount, len(point.parts)
    return best


def is_unc_path(text: str) -> bool:
    r"""``\\server\share``, ``//server/share`` or ``\\?\UNC\server\share``, not ``\\?\C:\``."""
    drive = PureWindowsPath(text).drive.replace("/", "\\").upper()
    if drive.startswith(("\\\\?\\UNC\\", "\\\\.\\UNC\\")):
        return True
    return drive.startswith("\\\\") and not drive.startswith(("\\\\?\\", "\\\\.\\"))


def _existing(path: Path) -> Path:
    path = path.expanduser().absolute()
    for candidate in (path, *path.parents):
        try:
            if candidate.exists():
                return candidate.resolve()
        except OSError:
            continue
    return path


def windows_network_filesystem(text: str, _depth: int = 0) -> str | None:
    """Return "unc" or "remote drive" for a Windows path on a share; drive letters ask Windows."""
    if is_unc_path(text):
        return "unc"
    drive = PureWindowsPath(text).drive
    if sys.platform != "win32" or len(drive) != 2 or _depth > 4:
        return None
    import ctypes

    kernel32 = ctypes.windll.kernel32
    buffer = ctypes.create_unicode_buffer(1024)
    if kernel32.QueryDosDeviceW(drive, buffer, len(buffer)):
        target = buffer.value
        if target.startswith("\\??\\"):  # a subst drive: judge the folder it points to
            inner = target[4:]
            inner = "\\\\" + inner[4:] if inner.upper().startswith("UNC\\") else inner
            return windows_network_filesystem(inner, _depth + 1)
    if kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE:
        return "remote drive"
    return None


def _mount_table() -> list[Mount]:
    if sys.platform.startswith("linux"):
        return parse_mountinfo(Path("/proc/self/mountinfo").read_text(encoding="utf-8"))
    run = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=10, check=True)
    return parse_bsd_mount(run.stdout)


def network_filesystem(path: Path) -> str | None:
    """The network file system type under ``path`` (or its nearest existing parent), or None."""
    if sys.platform == "win32":
        return windows_network_filesystem(str(_existing(path)))
    try:
        mounts = _mount_table()
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("mount table unreadable, %s counted as local: %s", path, error)
        return None
    mount = filesystem_of(_existing(path), mounts)
    if mount is None or not is_network_type(mount.fstype):
        return None
    return mount.fstype
