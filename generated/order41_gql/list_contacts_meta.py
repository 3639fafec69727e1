from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListContactsMeta(BaseModel):
    list_contacts_meta: Optional["ListContactsMetaListContactsMeta"] = Field(
        alias="_listContactsMeta"
    )


class ListContactsMetaListContactsMeta(BaseModel):
    access_count: Optional[int]
    count: Optional[int]
