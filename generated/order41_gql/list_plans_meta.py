from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListPlansMeta(BaseModel):
    list_plans_meta: Optional["ListPlansMetaListPlansMeta"] = Field(
        alias="_listPlansMeta"
    )


class ListPlansMetaListPlansMeta(BaseModel):
    count: Optional[int]
