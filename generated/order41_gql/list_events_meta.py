from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListEventsMeta(BaseModel):
    list_events_meta: Optional["ListEventsMetaListEventsMeta"] = Field(
        alias="_listEventsMeta"
    )


class ListEventsMetaListEventsMeta(BaseModel):
    count: Optional[int]
