from typing import Optional

from ..base_model import BaseModel


class DatabaseUserFields(BaseModel):
    id: int
    username: Optional[str]
    read_only: Optional[bool]
    entity_type_name: Optional[str]
    domain: Optional["DatabaseUserFieldsDomain"]
    databases: Optional[list[Optional["DatabaseUserFieldsDatabases"]]]


class DatabaseUserFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class DatabaseUserFieldsDatabases(BaseModel):
    id: int
    database: Optional[str]
