from typing import Optional

from pydantic import Field

from ..base_model import BaseModel
from ..enums import ServerType


class ServerFields(BaseModel):
    id: int
    name: str
    development: bool
    type_: Optional[ServerType] = Field(alias="type")
    customer: Optional["ServerFieldsCustomer"]
    parent: Optional["ServerFieldsParent"]
    children: Optional[list[Optional["ServerFieldsChildren"]]]
    domains: Optional[list[Optional["ServerFieldsDomains"]]]
    users: Optional[list[Optional["ServerFieldsUsers"]]]
    ssh_keys: Optional[list[Optional["ServerFieldsSshKeys"]]]


class ServerFieldsCustomer(BaseModel):
    id: int
    name: str


class ServerFieldsParent(BaseModel):
    id: int
    name: str


class ServerFieldsChildren(BaseModel):
    id: int
    name: str


class ServerFieldsDomains(BaseModel):
    id: Optional[int]
    domain: str


class ServerFieldsUsers(BaseModel):
    id: int
    user: str


class ServerFieldsSshKeys(BaseModel):
    id: int
    name: Optional[str]
