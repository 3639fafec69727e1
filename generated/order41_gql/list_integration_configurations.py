from typing import Optional

from .base_model import BaseModel


class ListIntegrationConfigurations(BaseModel):
    list_integration_configurations: Optional[
        list[Optional["ListIntegrationConfigurationsListIntegrationConfigurations"]]
    ]


class ListIntegrationConfigurationsListIntegrationConfigurations(BaseModel):
    id: Optional[str]
    key: Optional[str]
    partner_integration_id: Optional[str]
    value: Optional[str]
