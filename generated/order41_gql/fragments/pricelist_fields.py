from typing import Optional

from pydantic import Field

from ..base_model import BaseModel


class PricelistFields(BaseModel):
    currency: Optional[str]
    drop_id: Optional[str]
    drop_name: Optional[str]
    id: Optional[str]
    name: Optional[str]
    owner_id: Optional[str]
    status: Optional[bool]
    type_: Optional[int] = Field(alias="type")
    urlkey: Optional[str]
    values: Optional["PricelistFieldsValues"] = Field(alias="_values")
    access: Optional["PricelistFieldsAccess"] = Field(alias="_access")
    drop: Optional["PricelistFieldsDrop"]


class PricelistFieldsValues(BaseModel):
    count: Optional[int]


class PricelistFieldsAccess(BaseModel):
    count: Optional[int]


class PricelistFieldsDrop(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
