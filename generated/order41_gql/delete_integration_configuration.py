from typing import Optional

from .base_model import BaseModel


class DeleteIntegrationConfiguration(BaseModel):
    delete_integration_configuration: Optional[
        "DeleteIntegrationConfigurationDeleteIntegrationConfiguration"
    ]


class DeleteIntegrationConfigurationDeleteIntegrationConfiguration(BaseModel):
    id: Optional[str]
    key: Optional[str]
    partner_integration_id: Optional[str]
    value: Optional[str]
