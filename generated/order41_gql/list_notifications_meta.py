from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListNotificationsMeta(BaseModel):
    list_notifications_meta: Optional["ListNotificationsMetaListNotificationsMeta"] = (
        Field(alias="_listNotificationsMeta")
    )


class ListNotificationsMetaListNotificationsMeta(BaseModel):
    count: Optional[int]
