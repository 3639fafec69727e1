from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ServerFields


class Servers(BaseModel):
    server: Optional[list[Optional["ServersServer"]]] = Field(alias="Server")


ServersServer = ServerFields
