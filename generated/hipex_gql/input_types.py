from datetime import datetime
from typing import Optional

from pydantic import ConfigDict, Field

from .base_model import BaseModel
from .enums import (
    AccessLog,
    DatabaseCharset,
    Locale,
    PhpVersion,
    SortDirection,
    SSHKeyType,
)


class AccountSelfInput(BaseModel):
    """Account User."""

    model_config = ConfigDict(extra="forbid")
    email: Optional[str] = None
    current_password: Optional[str] = None
    new_password: Optional[str] = None
    confirm_new_password: Optional[str] = None
    locale: Optional[Locale] = None


class ChecklistStartInput(BaseModel):
    """Start new checklist by domain ID"""

    model_config = ConfigDict(extra="forbid")
    domain_id: int
    groups_to_run: Optional[list[Optional[str]]] = None


class DatabaseInput(BaseModel):
    """Database on domain"""

    model_config = ConfigDict(extra="forbid")
    id: Optional[int] = None
    domain: Optional[int] = None
    database: Optional[str] = None
    username: Optional[str] = None
    password: Optional[str] = None
    backup: Optional[bool] = None
    charset: Optional[DatabaseCharset] = None
    read_only: Optional[bool] = None


class DatabaseUserInput(BaseModel):
    """Input type for database user mutations."""

    model_config = ConfigDict(extra="forbid")
    id: Optional[int] = None
    username: Optional[str] = None
    password: Optional[str] = None
    read_only: Optional[bool] = None
    databases: Optional[list[Optional[int]]] = None


class DomainInput(BaseModel):
    """Domain entity"""

    model_config = ConfigDict(extra="forbid")
    id: Optional[int] = None
    domain: Optional[str] = None
    backup: Optional[bool] = None
    main_php: Optional[PhpVersion] = None
    alternative_php: Optional[PhpVersion] = None
    user: Optional[int] = None
    host: Optional[int] = None
    certificate: Optional[int] = None
    new_relic_key: Optional[str] = None
    save_access_logs: Optional[AccessLog] = None
    php_my_admin: Optional[bool] = None
    monitor: Optional[bool] = None
    lets_encrypt_ssl: Optional[bool] = None
    black_fire_id: Optional[str] = None
    black_fire_token: Optional[str] = None


class DomainPointerInput(BaseModel):
    """Input type for domainpointer mutations."""

    model_config = ConfigDict(extra="forbid")
    id: Optional[int] = None
    pointer: Optional[str] = None
    domain: Optional[int] = None
    monitor: Optional[bool] = None
    certificate: Optional[int] = None
    lets_encrypt_ssl: Optional[bool] = None


class FilterInput(BaseModel):
    """Semi supports sequelizejs filters (see http://docs.sequelizejs.com/en/v3/docs/querying/#operators)
    operator starts with $ and is then treated as one of the following operators. When operator is empty $eq is asumed.

    Supported operators are:
     $and: {a: 5}           // AND (a = 5)
     $or: [{a: 5}, {a: 6}]  // (a = 5 OR a = 6)
     $gt: 6,                // > 6
     $gte: 6,               // >= 6
     $lt: 10,               // < 10
     $lte: 10,              // <= 10
     $ne: 20,               // != 20
     $between: [6, 10],     // BETWEEN 6 AND 10
     $notBetween: [11, 15], // NOT BETWEEN 11 AND 15
     $in: [1, 2],           // IN [1, 2]
     $notIn: [1, 2],        // NOT IN [1, 2]
     $like: '%hat',       // LIKE '%hat'
     $notLike: '%hat'     // NOT LIKE '%hat'

     Combinations are supported with the children field
     {
       operator: '$or',
       children: [
         {
           operator: '$gt'
           field: 'rank',
           value: 1000,
         },
         {
           operator: '$lt'
           field: 'rank',
           value: 10000,
         }
       ]
     }"""

    model_config = ConfigDict(extra="forbid")
    field: Optional[str] = None
    value: Optional[str] = None
    operator: Optional[str] = None
    children: Optional[list[Optional["FilterInput"]]] = None


class FtpUserInput(BaseModel):
    """FTP user entity on domain"""

    model_config = ConfigDict(extra="forbid")
    id: Optional[int] = None
    domain: Optional[int] = None
    username: str
    password: Optional[str] = None
    path: Optional[str] = None


class LetsEncryptRequestInput(BaseModel):
    """Trigger Letsencrypt request by domainname."""

    model_config = ConfigDict(extra="forbid")
    domain: Optional[int] = None
    domain_pointer: Optional[int] = None


class SortInput(BaseModel):
    '''Sort field direction options are "asc" or "desc" by default "asc" is assumed"'''

    model_config = ConfigDict(extra="forbid")
    field: str
    direction: Optional[SortDirection] = None


class SshKeyInput(BaseModel):
    """Input type for ssh key mutations."""

    model_config = ConfigDict(extra="forbid")
    id: Optional[int] = None
    name: Optional[str] = None
    key: Optional[str] = None
    type_: Optional[SSHKeyType] = Field(alias="type", default=None)
    valid_until: Optional[datetime] = None
    from_pattern: Optional[str] = None
    servers: Optional[list[Optional[int]]] = None
    users: Optional[list[Optional[int]]] = None


class SslCertificateInput(BaseModel):
    """SSL Certificate on domain"""

    model_config = ConfigDict(extra="forbid")
    id: Optional[int] = None
    certificate: Optional[str] = None
    chain: Optional[str] = None
    key: Optional[str] = None
    domains: Optional[list[Optional[int]]] = None
    domain_pointers: Optional[list[Optional[int]]] = None


class UserInput(BaseModel):
    """Input type for user mutations."""

    model_config = ConfigDict(extra="forbid")
    id: Optional[int] = None
    user: Optional[str] = None
    password: Optional[str] = None
    server: Optional[int] = None
    password_enabled: Optional[bool] = None
