from typing import Optional

from ..base_model import BaseModel


class MonitorValueFields(BaseModel):
    date: str
    values: Optional[list[Optional["MonitorValueFieldsValues"]]]


class MonitorValueFieldsValues(BaseModel):
    key: str
    value: str
