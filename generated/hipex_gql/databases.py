from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import DatabaseFields


class Databases(BaseModel):
    database: Optional[list[Optional["DatabasesDatabase"]]] = Field(alias="Database")


DatabasesDatabase = DatabaseFields
