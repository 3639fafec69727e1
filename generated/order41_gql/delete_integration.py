from typing import Optional

from .base_model import BaseModel


class DeleteIntegration(BaseModel):
    delete_integration: Optional[bool]
