from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ChecklistFields


class Checklists(BaseModel):
    checklist: Optional[list[Optional["ChecklistsChecklist"]]] = Field(
        alias="Checklist"
    )


ChecklistsChecklist = ChecklistFields
