from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import FtpUserFields


class MutateFtpUser(BaseModel):
    ftp_user: Optional["MutateFtpUserFtpUser"] = Field(alias="FtpUser")


MutateFtpUserFtpUser = FtpUserFields
