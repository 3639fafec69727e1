from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import DatabaseFields


class MutateDatabase(BaseModel):
    database: Optional["MutateDatabaseDatabase"] = Field(alias="Database")


MutateDatabaseDatabase = DatabaseFields
