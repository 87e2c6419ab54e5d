"""Network file system detection on recorded mount tables, Windows paths and real mounts."""

# ruff: noqa: E501  (recorded mount tables keep their lines as the system prints them)

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage.filesystem import (
    Mount,
    filesystem_of,
    is_network_type,
    is_unc_path,
    network_filesystem,
    parse_bsd_mount,
    parse_mountinfo,
    windows_network_filesystem,
)
from desktop_app.storage.workspace_lock import WorkspaceLock

# A municipal Linux workstation: NFS home, a CIFS share whose name has a space, sshfs under
# the home, a bind mount, tmpfs, a document portal, an NTFS USB stick, a stacked mount.
WORKSTATION_MOUNTINFO = r"""
22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw,errors=remount-ro
23 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
30 22 0:45 / /home/maija rw,relatime shared:50 - nfs4 fs01.kunta.local:/export/home/maija rw,vers=4.2,rsize=1048576,sec=krb5,clientaddr=10.1.2.3
31 22 0:46 / /mnt/Kunnan\040paatokset rw,relatime shared:51 - cifs //fs01/paatokset rw,vers=3.1.1,cache=strict,username=maija,uid=1000
32 30 0:47 / /home/maija/etä rw,nosuid,nodev,relatime shared:52 - fuse.sshfs maija@etapalvelin:/srv rw,user_id=1000,group_id=1000
33 22 8:2 /srv/data /mnt/bind rw,relatime shared:1 - ext4 /dev/sda2 rw,errors=remount-ro
34 22 0:48 / /tmp rw,nosuid,nodev shared:53 - tmpfs tmpfs rw,size=8119212k,inode64
35 22 0:49 / /run/user/1000/doc rw,nosuid,nodev,relatime shared:54 - fuse.portal portal rw,user_id=1000,group_id=1000
36 22 8:17 / /media/maija/USB rw,nosuid,nodev,relatime shared:55 - fuseblk /dev/sdb1 rw,user_id=0,group_id=0,allow_other
40 22 0:60 / /mnt/pino rw,relatime shared:60 - nfs palvelin:/pino rw,vers=3
41 40 0:61 / /mnt/pino rw,relatime shared:61 - tmpfs tmpfs rw
"""

# A container whose root is an overlay.
CONTAINER_MOUNTINFO = """
1021 980 0:112 / / rw,relatime master:1 - overlay overlay rw,lowerdir=/var/lib/docker/overlay2/l/A:/var/lib/docker/overlay2/l/B,upperdir=/var/lib/docker/overlay2/x/diff,workdir=/var/lib/docker/overlay2/x/work
1022 1021 0:115 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw
1030 1021 254:1 /docker/volumes/ws/_data /data rw,relatime - ext4 /dev/vda1 rw
"""

MACOS_MOUNT = """
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
devfs on /dev (devfs, local, nobrowse)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse, protect, root data)
map auto_home on /System/Volumes/Data/home (autofs, automounted, nobrowse)
//maija@fs01.kunta.local/Paatokset on /Volumes/Paatokset (smbfs, nodev, nosuid, mounted by maija)
fs02:/export/kh on /Volumes/kh arkisto (nfs, asynchronous, nodev, nosuid, mounted by maija)
/dev/disk4s1 on /Volumes/USB (msdos, local, nodev, nosuid, noowners, mounted by maija)
"""


def type_at(path: str, mounts: list[Mount]) -> str:
    mount = filesystem_of(path, mounts)
    assert mount is not None
    return mount.fstype


def test_linux_mount_table_fields_are_unescaped() -> None:
    mounts = parse_mountinfo(WORKSTATION_MOUNTINFO)

    assert len(mounts) == 11
    assert Mount("/mnt/Kunnan paatokset", "cifs", "//fs01/paatokset") in mounts
    assert Mount("/home/maija/etä", "fuse.sshfs", "maija@etapalvelin:/srv") in mounts


@pytest.mark.parametrize(
    ("path", "fstype", "network"),
    [
        ("/home/maija/Päätökset/ws", "nfs4", True),
        ("/home/maija", "nfs4", True),
        ("/home/maijab/ws", "ext4", False),  # a name prefix is not a parent folder
        ("/mnt/Kunnan paatokset/kh/2024", "cifs", True),
        ("/mnt/Kunnan", "ext4", False),
        ("/home/maija/etä/ws", "fuse.sshfs", True),
        ("/mnt/bind/ws", "ext4", False),
        ("/tmp/ws", "tmpfs", False),
        ("/run/user/1000/doc/abc/ws", "fuse.portal", False),
        ("/media/maija/USB/ws", "fuseblk", False),
        ("/mnt/pino/ws", "tmpfs", False),  # the later mount hides the NFS one beneath
        ("/", "ext4", False),
    ],
)
def test_linux_workstation_paths(path: str, fstype: str, network: bool) -> None:
    found = type_at(path, parse_mountinfo(WORKSTATION_MOUNTINFO))
    assert found == fstype
    assert is_network_type(found) is network


def test_container_overlay_root_and_volume_are_local() -> None:
    mounts = parse_mountinfo(CONTAINER_MOUNTINFO)

    assert type_at("/app/ws", mounts) == "overlay"
    assert type_at("/data/ws", mounts) == "ext4"
    assert not is_network_type("overlay")


def test_macos_mount_output() -> None:
    mounts = parse_bsd_mount(MACOS_MOUNT)

    assert len(mounts) == 7
    assert type_at("/Volumes/Paatokset/kh", mounts) == "smbfs"
    assert type_at("/Volumes/kh arkisto/2024", mounts) == "nfs"
    assert type_at("/Users/maija/Paatospaja", mounts) == "apfs"
    assert type_at("/Volumes/USB/ws", mounts) == "msdos"
    assert [m.fstype for m in mounts if is_network_type(m.fstype)] == ["smbfs", "nfs"]


@pytest.mark.parametrize(
    "fstype",
    ["nfs", "NFS4", "cifs", "smb3", "smbfs", "9p", "ceph", "fuse.sshfs", "fuse.rclone", "fuse"],
)
def test_network_types(fstype: str) -> None:
    assert is_network_type(fstype)


@pytest.mark.parametrize(
    "fstype", ["ext4", "btrfs", "xfs", "tmpfs", "overlay", "apfs", "fuseblk", "fuse.lxcfs"]
)
def test_local_types(fstype: str) -> None:
    assert not is_network_type(fstype)


@pytest.mark.parametrize(
    ("text", "unc"),
    [
        (r"\\server\paatokset\kh", True),
        ("//server/share", True),
        (r"\\?\UNC\server\share", True),
        (r"\\?\UNC\server\share\kh\ws", True),
        (r"C:\Users\x", False),
        (r"\\?\C:\Users\x", False),
        ("C:/Users/x", False),
        ("/home/maija", False),
    ],
)
def test_unc_paths(text: str, unc: bool) -> None:
    assert is_unc_path(text) is unc
    if unc:
        assert windows_network_filesystem(text) == "unc"


@pytest.mark.skipif(sys.platform == "win32", reason="the local drive type is asked from Windows")
def test_a_drive_letter_is_not_a_share_off_windows() -> None:
    assert windows_network_filesystem(r"C:\Users\x") is None


def test_this_machines_temporary_folder_is_local(tmp_path: Path) -> None:
    assert network_filesystem(tmp_path) is None
    assert network_filesystem(tmp_path / "ei" / "ole" / "vielä") is None


def needs_root_on_linux() -> None:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting needs root on Linux")


def test_a_real_tmpfs_mount_is_found_and_local(tmp_path: Path) -> None:
    needs_root_on_linux()
    point = tmp_path / "muisti levy"
    point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(point)],
                             capture_output=True, text=True, check=False)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {mounted.stderr.strip()}")
    try:
        table = parse_mountinfo(Path("/proc/self/mountinfo").read_text(encoding="utf-8"))
        mount = filesystem_of(point.resolve() / "ws", table)
        assert mount is not None
        assert (mount.mount_point, mount.fstype) == (str(point.resolve()), "tmpfs")
        assert network_filesystem(point / "ws") is None
    finally:
        subprocess.run(["umount", str(point)], check=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def sshfs_mount(tmp_path: Path) -> Iterator[Path]:
    """A real network file system: this machine's folder over ssh, mounted with sshfs."""
    needs_root_on_linux()
    sshd = Path("/usr/sbin/sshd")
    if not (sshd.exists() and shutil.which("sshfs") and shutil.which("ssh-keygen")):
        pytest.skip("needs openssh-server, ssh-keygen and sshfs (apt-get install sshfs)")
    Path("/run/sshd").mkdir(exist_ok=True)  # sshd's privilege separation folder
    keys = tmp_path / "keys"
    keys.mkdir()
    for name in ("host", "client"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(keys / name)],
                       check=True)  # fmt: skip
    shutil.copy(keys / "client.pub", keys / "authorized_keys")
    port = free_port()
    (keys / "sshd_config").write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {keys / 'host'}\n"
        f"AuthorizedKeysFile {keys / 'authorized_keys'}\nPasswordAuthentication no\n"
        "PermitRootLogin prohibit-password\nStrictModes no\nSubsystem sftp internal-sftp\n",
        encoding="utf-8",
    )
    server = subprocess.Popen([str(sshd), "-D", "-e", "-f", str(keys / "sshd_config")],
                              stderr=subprocess.DEVNULL)  # fmt: skip
    export, point = tmp_path / "export", tmp_path / "mnt"
    export.mkdir()
    point.mkdir()
    try:
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        options = (f"IdentityFile={keys / 'client'},StrictHostKeyChecking=no,"
                   "UserKnownHostsFile=/dev/null,ConnectTimeout=10")  # fmt: skip
        mounted = subprocess.run(
            ["sshfs", "-p", str(port), "-o", options, f"root@127.0.0.1:{export}", str(point)],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        if mounted.returncode != 0:
            pytest.skip(f"sshfs cannot mount here: {mounted.stderr.strip()}")
        try:
            yield point
        finally:
            subprocess.run(["umount", str(point)], check=False)
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_real_sshfs_mount_is_a_network_file_system(sshfs_mount: Path) -> None:
    assert network_filesystem(sshfs_mount) == "fuse.sshfs"
    assert network_filesystem(sshfs_mount / "uusi työtila" / "ws") == "fuse.sshfs"
    assert network_filesystem(sshfs_mount.parent) is None


def test_the_workspace_lock_works_on_a_real_sshfs_mount(sshfs_mount: Path) -> None:
    lock, owner = WorkspaceLock.try_acquire(sshfs_mount, "window")
    assert lock is not None, owner
    assert WorkspaceLock.owner(sshfs_mount) == lock.holder
    lock.release()
    assert WorkspaceLock.owner(sshfs_mount) is None
    assert not (sshfs_mount / "paatospaja.lock.json").exists()


def test_a_workspace_on_a_real_sshfs_mount_uses_a_rollback_journal(sshfs_mount: Path) -> None:
    """SQLite's WAL index is shared memory of one host: on a network mount, no WAL."""
    from desktop_app.domain.model import AgendaItem
    from desktop_app.workspace import Role, Workspace

    folder = sshfs_mount / "Kunnanhallitus"
    workspace = Workspace.open(folder, role=Role.WINDOW)
    try:
        assert workspace.network == "fuse.sshfs"
        assert workspace.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        item = workspace.items.save(AgendaItem(None, "kh", "kunnanhallitus", title="Verkossa"))
        assert not (folder / "paatospaja.sqlite3-wal").exists()
        with workspace.reading() as reader:
            assert reader.items.get(item.id or 0).title == "Verkossa"
    finally:
        workspace.close()
