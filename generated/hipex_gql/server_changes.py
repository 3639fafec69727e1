from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ServerChangeFields


class ServerChanges(BaseModel):
    server_change: Optional[list[Optional["ServerChangesServerChange"]]] = Field(
        alias="ServerChange"
    )


ServerChangesServerChange = ServerChangeFields
