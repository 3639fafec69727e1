from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import FileType


class FilesystemUser(BaseModel):
    filesystem_user: Optional[list[Optional["FilesystemUserFilesystemUser"]]] = Field(
        alias="FilesystemUser"
    )


class FilesystemUserFilesystemUser(BaseModel):
    path: str
    size: int
    type_: FileType = Field(alias="type")
    modified_time: datetime
