from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import (
    AccessLog,
    DatabaseCharset,
    PhpVersion,
    ServerType,
    SSHKeyType,
    StatusType,
)


class ChecklistFields(BaseModel):
    id: int
    status: Optional[StatusType]
    error: Optional[str]
    finished: Optional[datetime]
    groups_to_run: Optional[list[Optional[str]]]
    domain: Optional["ChecklistFieldsDomain"]
    application_info: Optional["ChecklistFieldsApplicationInfo"]
    groups: Optional[list[Optional["ChecklistFieldsGroups"]]]


class ChecklistFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class ChecklistFieldsApplicationInfo(BaseModel):
    type_: str = Field(alias="type")
    version: Optional[str]
    latest_version: Optional[str]
    url: Optional[str]


class ChecklistFieldsGroups(BaseModel):
    title: Optional[str]
    checks: Optional[list[Optional["ChecklistFieldsGroupsChecks"]]]


class ChecklistFieldsGroupsChecks(BaseModel):
    title: Optional[str]
    tooltip: Optional[str]
    status: Optional[StatusType]
    status_level: Optional[int]
    error: Optional[str]


class DatabaseFields(BaseModel):
    id: int
    database: Optional[str]
    backup: Optional[bool]
    charset: Optional[DatabaseCharset]
    entity_type_name: Optional[str]
    domain: Optional["DatabaseFieldsDomain"]
    users: Optional[list[Optional["DatabaseFieldsUsers"]]]


class DatabaseFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class DatabaseFieldsUsers(BaseModel):
    id: int
    username: Optional[str]


class DatabaseUserFields(BaseModel):
    id: int
    username: Optional[str]
    read_only: Optional[bool]
    entity_type_name: Optional[str]
    domain: Optional["DatabaseUserFieldsDomain"]
    databases: Optional[list[Optional["DatabaseUserFieldsDatabases"]]]


class DatabaseUserFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class DatabaseUserFieldsDatabases(BaseModel):
    id: int
    database: Optional[str]


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


class DomainPointerFields(BaseModel):
    id: Optional[int]
    pointer: str
    entity_type_name: Optional[str]
    monitor: Optional[bool]
    lets_encrypt_ssl: Optional[bool]
    domain: "DomainPointerFieldsDomain"
    server: Optional["DomainPointerFieldsServer"]
    lets_encrypt_certificate: Optional["DomainPointerFieldsLetsEncryptCertificate"]
    ssl_certificate: Optional["DomainPointerFieldsSslCertificate"] = Field(
        alias="SSLCertificate"
    )


class DomainPointerFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class DomainPointerFieldsServer(BaseModel):
    id: int
    name: str


class DomainPointerFieldsLetsEncryptCertificate(BaseModel):
    id: Optional[int]
    issuer: Optional[str]
    expires: Optional[datetime]
    domain: Optional[str]


class DomainPointerFieldsSslCertificate(BaseModel):
    id: Optional[int]
    issuer: Optional[str]
    expires: Optional[datetime]
    domain: Optional[str]


class FtpUserFields(BaseModel):
    id: int
    username: str
    path: Optional[str]
    entity_type_name: Optional[str]
    user: "FtpUserFieldsUser"
    domain: "FtpUserFieldsDomain"


class FtpUserFieldsUser(BaseModel):
    id: int
    user: str


class FtpUserFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class IntegrationTestFields(BaseModel):
    id: int
    name: Optional[str]
    finished: Optional[datetime]
    max_request_time: Optional[int]
    total_time: Optional[float]
    domain: Optional["IntegrationTestFieldsDomain"]
    previous_test: Optional["IntegrationTestFieldsPreviousTest"]
    schedule: Optional["IntegrationTestFieldsSchedule"]
    steps: Optional[list[Optional["IntegrationTestFieldsSteps"]]]


class IntegrationTestFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class IntegrationTestFieldsPreviousTest(BaseModel):
    id: int
    finished: Optional[datetime]


class IntegrationTestFieldsSchedule(BaseModel):
    id: int


class IntegrationTestFieldsSteps(BaseModel):
    id: int
    url: Optional[str]
    started: Optional[datetime]
    time_spend: Optional[float]
    status: Optional[str]
    result: Optional[str]
    screen_shot_path: Optional[str]


class MonitorValueFields(BaseModel):
    date: str
    values: Optional[list[Optional["MonitorValueFieldsValues"]]]


class MonitorValueFieldsValues(BaseModel):
    key: str
    value: str


class PerformanceScanFields(BaseModel):
    id: int
    name: Optional[str]
    url: str
    created_at: datetime
    finished: Optional[datetime]
    score: Optional[float]
    screen_desktop: Optional[str]
    screen_mobile: Optional[str]
    domain: Optional["PerformanceScanFieldsDomain"]
    groups: Optional[list[Optional["PerformanceScanFieldsGroups"]]]


class PerformanceScanFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class PerformanceScanFieldsGroups(BaseModel):
    name: Optional[str]
    score: Optional[float]
    items: Optional[list[Optional["PerformanceScanFieldsGroupsItems"]]]


class PerformanceScanFieldsGroupsItems(BaseModel):
    name: Optional[str]
    value: Optional[str]
    general_description: Optional[str]
    scan_description: Optional[str]


class ServerChangeFields(BaseModel):
    id: int
    entity_type: str
    entity_id: Optional[int]
    entity_name: str
    action: str
    created_at: Optional[datetime]
    meta_data: Optional[list[Optional[str]]]
    started: Optional[datetime]
    finished: Optional[datetime]
    successful: Optional[bool]
    user: Optional["ServerChangeFieldsUser"]
    executions: Optional[list[Optional["ServerChangeFieldsExecutions"]]]


class ServerChangeFieldsUser(BaseModel):
    id: int
    user: str


class ServerChangeFieldsExecutions(BaseModel):
    started: Optional[datetime]
    finished: Optional[datetime]
    successful: Optional[bool]
    steps: Optional[list[Optional["ServerChangeFieldsExecutionsSteps"]]]


class ServerChangeFieldsExecutionsSteps(BaseModel):
    message: Optional[str]
    message_arguments: Optional[list[Optional[str]]]
    finished: Optional[datetime]
    successful: Optional[bool]


class ServerFields(BaseModel):
    id: int
    name: str
    development: bool
    type_: Optional[ServerType] = Field(alias="type")
    customer: Optional["ServerFieldsCustomer"]
    parent: Optional["ServerFieldsParent"]
    children: Optional[list[Optional["ServerFieldsChildren"]]]
    domains: Optional[list[Optional["ServerFieldsDomains"]]]
    users: Optional[list[Optional["ServerFieldsUsers"]]]
    ssh_keys: Optional[list[Optional["ServerFieldsSshKeys"]]]


class ServerFieldsCustomer(BaseModel):
    id: int
    name: str


class ServerFieldsParent(BaseModel):
    id: int
    name: str


class ServerFieldsChildren(BaseModel):
    id: int
    name: str


class ServerFieldsDomains(BaseModel):
    id: Optional[int]
    domain: str


class ServerFieldsUsers(BaseModel):
    id: int
    user: str


class ServerFieldsSshKeys(BaseModel):
    id: int
    name: Optional[str]


class SshKeyFields(BaseModel):
    id: int
    name: Optional[str]
    type_: Optional[SSHKeyType] = Field(alias="type")
    key: Optional[str]
    valid_until: Optional[datetime]
    from_pattern: Optional[str]
    entity_type_name: Optional[str]
    users: Optional[list[Optional["SshKeyFieldsUsers"]]]
    servers: Optional[list[Optional["SshKeyFieldsServers"]]]


class SshKeyFieldsUsers(BaseModel):
    id: int
    user: str


class SshKeyFieldsServers(BaseModel):
    id: int
    name: str


class SslCertificateFields(BaseModel):
    id: Optional[int]
    domain: Optional[str]
    issuer: Optional[str]
    expires: Optional[datetime]
    alternative_domains: Optional[list[Optional[str]]]
    certificate_error: Optional[str]
    certificate: Optional[str]
    chain: Optional[str]
    key: Optional[str]
    connected_domains: Optional[list[Optional["SslCertificateFieldsConnectedDomains"]]]
    connected_domain_pointers: Optional[
        list[Optional["SslCertificateFieldsConnectedDomainPointers"]]
    ]


class SslCertificateFieldsConnectedDomains(BaseModel):
    id: Optional[int]
    domain: str


class SslCertificateFieldsConnectedDomainPointers(BaseModel):
    id: Optional[int]
    pointer: str


class UserFields(BaseModel):
    id: int
    user: str
    password_enabled: Optional[bool]
    entity_type_name: Optional[str]
    server: "UserFieldsServer"
    ssh_keys: Optional[list[Optional["UserFieldsSshKeys"]]]


class UserFieldsServer(BaseModel):
    id: int
    name: str


class UserFieldsSshKeys(BaseModel):
    id: int
    name: Optional[str]
    type_: Optional[SSHKeyType] = Field(alias="type")
