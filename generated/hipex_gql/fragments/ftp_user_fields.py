from typing import Optional

from ..base_model import BaseModel


class FtpUserFields(BaseModel):
    id: int
    username: str
    path: Optional[str]
    entity_type_name: Optional[str]
    user: "FtpUserFieldsUser"
    domain: "FtpUserFieldsDomain"


class FtpUserFieldsUser(BaseModel):
    id: int
    user: str


class FtpUserFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str
