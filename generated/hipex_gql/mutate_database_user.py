from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import DatabaseUserFields


class MutateDatabaseUser(BaseModel):
    database_user: Optional["MutateDatabaseUserDatabaseUser"] = Field(
        alias="DatabaseUser"
    )


MutateDatabaseUserDatabaseUser = DatabaseUserFields
