from datetime import datetime
from typing import Optional

from pydantic import Field

from ..base_model import BaseModel
from ..enums import (
    SSHKeyType,
)


class SshKeyFields(BaseModel):
    id: int
    name: Optional[str]
    type_: Optional[SSHKeyType] = Field(alias="type")
    key: Optional[str]
    valid_until: Optional[datetime]
    from_pattern: Optional[str]
    entity_type_name: Optional[str]
    users: Optional[list[Optional["SshKeyFieldsUsers"]]]
    servers: Optional[list[Optional["SshKeyFieldsServers"]]]


class SshKeyFieldsUsers(BaseModel):
    id: int
    user: str


class SshKeyFieldsServers(BaseModel):
    id: int
    name: str
