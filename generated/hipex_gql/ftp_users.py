from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import FtpUserFields


class FtpUsers(BaseModel):
    ftp_user: Optional[list[Optional["FtpUsersFtpUser"]]] = Field(alias="FtpUser")


FtpUsersFtpUser = FtpUserFields
