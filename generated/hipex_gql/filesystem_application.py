from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import FileType


class FilesystemApplication(BaseModel):
    filesystem_application: Optional[
        list[Optional["FilesystemApplicationFilesystemApplication"]]
    ] = Field(alias="FilesystemApplication")


class FilesystemApplicationFilesystemApplication(BaseModel):
    path: str
    size: int
    type_: FileType = Field(alias="type")
    modified_time: datetime
