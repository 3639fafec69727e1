from typing import Optional

from .base_model import BaseModel


class SwitchWorkspace(BaseModel):
    switch_workspace: Optional[str]
