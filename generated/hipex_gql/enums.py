import typing
from enum import Enum


class AccessLog(str, Enum):
    disabled = "disabled"
    default = "default"
    compression = "compression"
    combined = "combined"
    timed_combined = "timed_combined"
    default_with_header_bytes = "default_with_header_bytes"
    forward_ip = "forward_ip"
    full = "full"

    @classmethod
    def _missing_(cls, value: object) -> "typing.Any":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)


class DatabaseCharset(str, Enum):
    utf8 = "utf8"
    utf8mb4 = "utf8mb4"

    @classmethod
    def _missing_(cls, value: object) -> "typing.Any":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)


class FileType(str, Enum):
    file = "file"
    directory = "directory"
    symlink = "symlink"

    @classmethod
    def _missing_(cls, value: object) -> "typing.Any":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)


class Locale(str, Enum):
    nl_NL = "nl_NL"
    en_US = "en_US"

    @classmethod
    def _missing_(cls, value: object) -> "typing.Any":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)


class PhpVersion(str, Enum):
    php80 = "php80"
    php74 = "php74"
    php73 = "php73"
    php72 = "php72"
    php71 = "php71"
    php70 = "php70"
    php56 = "php56"
    hhvm = "hhvm"

    @classmethod
    def _missing_(cls, value: object) -> "typing.Any":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)


class ServerType(str, Enum):
    application = "application"
    balancer = "balancer"
    database = "database"

    @classmethod
    def _missing_(cls, value: object) -> "typing.Any":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)


class SortDirection(str, Enum):
    asc = "asc"
    desc = "desc"

    @classmethod
    def _missing_(cls, value: object) -> "typing.Any":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)


class SSHKeyType(str, Enum):
    ssh_rsa = "ssh_rsa"
    ssh_dsa = "ssh_dsa"
    ssh_dss = "ssh_dss"
    ssh_ecdsa = "ssh_ecdsa"

    @classmethod
    def _missing_(cls, value: object) -> "typing.Any":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)


class StatusType(str, Enum):
    good = "good"
    warn = "warn"
    error = "error"
    critical = "critical"
    skipped = "skipped"
    pending = "pending"
    exception = "exception"

    @classmethod
    def _missing_(cls, value: object) -> "typing.Any":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
