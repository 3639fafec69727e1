from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import DatabaseUserFields


class DatabaseUsers(BaseModel):
    database_user: Optional[list[Optional["DatabaseUsersDatabaseUser"]]] = Field(
        alias="DatabaseUser"
    )


DatabaseUsersDatabaseUser = DatabaseUserFields
