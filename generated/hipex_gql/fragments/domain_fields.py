from datetime import datetime
from typing import Optional

from pydantic import Field

from ..base_model import BaseModel
from ..enums import (
    AccessLog,
    PhpVersion,
    StatusType,
)


class DomainFields(BaseModel):
    id: Optional[int]
    domain: str
    entity_type_name: Optional[str]
    backup: bool
    monitor: Optional[bool]
    lets_encrypt_ssl: Optional[bool]
    main_php: PhpVersion
    alternative_php: PhpVersion
    access_logs: AccessLog
    new_relic_key: Optional[str]
    black_fire_id: Optional[str]
    black_fire_token: Optional[str]
    php_my_admin: Optional[bool]
    development: Optional[bool]
    dev_ops_as_a_service: Optional[bool]
    server: Optional["DomainFieldsServer"]
    user: "DomainFieldsUser"
    customer: Optional["DomainFieldsCustomer"]
    lets_encrypt_certificate: Optional["DomainFieldsLetsEncryptCertificate"]
    ssl_certificate: Optional["DomainFieldsSslCertificate"] = Field(
        alias="SSLCertificate"
    )
    last_performance_scan: Optional["DomainFieldsLastPerformanceScan"]
    last_checklist: Optional["DomainFieldsLastChecklist"]
    last_integration_test: Optional["DomainFieldsLastIntegrationTest"]
    pointers: Optional[list[Optional["DomainFieldsPointers"]]]
    databases: Optional[list[Optional["DomainFieldsDatabases"]]]
    database_users: Optional[list[Optional["DomainFieldsDatabaseUsers"]]]
    ftp_users: Optional[list[Optional["DomainFieldsFtpUsers"]]]
    integration_tests: Optional[list[Optional["DomainFieldsIntegrationTests"]]]


class DomainFieldsServer(BaseModel):
    id: int
    name: str


class DomainFieldsUser(BaseModel):
    id: int
    user: str


class DomainFieldsCustomer(BaseModel):
    id: int
    name: str


class DomainFieldsLetsEncryptCertificate(BaseModel):
    id: Optional[int]
    issuer: Optional[str]
    expires: Optional[datetime]
    domain: Optional[str]


class DomainFieldsSslCertificate(BaseModel):
    id: Optional[int]
    issuer: Optional[str]
    expires: Optional[datetime]
    domain: Optional[str]


class DomainFieldsLastPerformanceScan(BaseModel):
    id: int
    finished: Optional[datetime]
    score: Optional[float]


class DomainFieldsLastChecklist(BaseModel):
    id: int
    finished: Optional[datetime]
    status: Optional[StatusType]


class DomainFieldsLastIntegrationTest(BaseModel):
    id: int
    finished: Optional[datetime]


class DomainFieldsPointers(BaseModel):
    id: Optional[int]
    pointer: str


class DomainFieldsDatabases(BaseModel):
    id: int
    database: Optional[str]


class DomainFieldsDatabaseUsers(BaseModel):
    id: int
    username: Optional[str]


class DomainFieldsFtpUsers(BaseModel):
    id: int
    username: str


class DomainFieldsIntegrationTests(BaseModel):
    id: int
    name: Optional[str]
