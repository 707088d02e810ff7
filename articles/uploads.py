"""Turn what an admin uploads (one dump, several, or a zip of them) into individual dumps.

A zip is opened defensively: a member that climbs out of the archive (`../`, absolute paths),
a member larger than one dump can be, too many members, or more uncompressed bytes than the
upload limit (a zip bomb) is refused with a message, never extracted to disk.
"""
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings

NAME_RE = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})_(?P<page>\d{1,3})(?:\.[^.]+)?$")


class UploadError(Exception):
    """The upload as a whole cannot be used (e.g. a zip bomb); nothing is queued."""


@dataclass
class Dump:
    name: str
    data: bytes
    error: str = ""  # set when this one file is refused; the job is recorded as failed


def page_key_from_name(name):
    """Date and page number from a `YYYY-MM-DD_PP.txt` name, or None."""
    match = NAME_RE.search(PurePosixPath(name.replace("\\", "/")).name)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match["date"]), int(match["page"])
    except ValueError:
        return None


def split_upload(name, data):
    """The dumps inside one uploaded file: itself, or the members of a zip."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return [_checked(name, data)]
    return list(_zip_members(name, data))


def _checked(name, data):
    if len(data) > settings.MAX_DUMP_BYTES:
        return Dump(name, b"", f"{name}: {len(data):,} bytes is too large for one page dump "
                               f"(limit {settings.MAX_DUMP_BYTES:,}); refused")
    return Dump(name, data)


def _zip_members(name, data):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UploadError(f"{name}: not a readable zip file ({exc})") from exc
    if len(infos) > settings.MAX_ZIP_MEMBERS:
        raise UploadError(f"{name}: {len(infos)} files in the zip, more than the limit of "
                          f"{settings.MAX_ZIP_MEMBERS}")
    declared = sum(i.file_size for i in infos)
    if declared > settings.MAX_UPLOAD_BYTES:
        raise UploadError(f"{name}: the zip unpacks to {declared:,} bytes, more than the limit "
                          f"of {settings.MAX_UPLOAD_BYTES:,} (zip bomb?)")
    total = 0
    for info in infos:
        member = info.filename
        parts = PurePosixPath(member.replace("\\", "/")).parts
        if member.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            yield Dump(member, b"", f"{name}: member {member!r} points outside the archive; "
                                    "refused and not extracted")
            continue
        if parts and (parts[0] == "__MACOSX" or parts[-1].startswith(".")):
            continue
        if info.flag_bits & 0x1:
            yield Dump(member, b"", f"{name}: member {member!r} is encrypted")
            continue
        try:
            with archive.open(info) as fh:
                # Read one byte past the limit: the size in the header may lie.
                content = fh.read(settings.MAX_DUMP_BYTES + 1)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
            yield Dump(member, b"", f"{name}: member {member!r} cannot be read ({exc})")
            continue
        total += len(content)
        if total > settings.MAX_UPLOAD_BYTES:
            raise UploadError(f"{name}: the zip unpacks to more than {settings.MAX_UPLOAD_BYTES:,}"
                              " bytes (zip bomb?)")
        yield _checked(member, content)
