from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import ChecklistFields


class StartChecklist(BaseModel):
    checklist_start: Optional["StartChecklistChecklistStart"] = Field(
        alias="ChecklistStart"
    )


StartChecklistChecklistStart = ChecklistFields
