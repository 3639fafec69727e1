from typing import Optional

from ..base_model import BaseModel
from ..enums import DatabaseCharset


class DatabaseFields(BaseModel):
    id: int
    database: Optional[str]
    backup: Optional[bool]
    charset: Optional[DatabaseCharset]
    entity_type_name: Optional[str]
    domain: Optional["DatabaseFieldsDomain"]
    users: Optional[list[Optional["DatabaseFieldsUsers"]]]


class DatabaseFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class DatabaseFieldsUsers(BaseModel):
    id: int
    username: Optional[str]
