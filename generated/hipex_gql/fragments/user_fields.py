from typing import Optional

from pydantic import Field

from ..base_model import BaseModel
from ..enums import SSHKeyType


class UserFields(BaseModel):
    id: int
    user: str
    password_enabled: Optional[bool]
    entity_type_name: Optional[str]
    server: "UserFieldsServer"
    ssh_keys: Optional[list[Optional["UserFieldsSshKeys"]]]


class UserFieldsServer(BaseModel):
    id: int
    name: str


class UserFieldsSshKeys(BaseModel):
    id: int
    name: Optional[str]
    type_: Optional[SSHKeyType] = Field(alias="type")
