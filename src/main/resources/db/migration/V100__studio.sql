-- Governance studio: who deployed a version from the browser and why (seed deployments have no row),
-- drafts per person, deployment requests for the four-eyes setting, and studio settings.
create table studio_deployment (
    deployment_id varchar(64) primary key,
    deployed_by   varchar(254) not null,
    approved_by   varchar(254),
    deployed_at   timestamp with time zone not null,
    comment       text not null
);

create table studio_draft (
    owner      varchar(254) not null,
    kind       varchar(20)  not null,
    model_key  varchar(255) not null,
    content    text         not null,
    based_on_version integer,
    saved_at   timestamp with time zone not null,
    primary key (owner, kind, model_key)
);

create table studio_deployment_request (
    id            uuid primary key,
    requested_by  varchar(254) not null,
    requested_at  timestamp with time zone not null,
    comment       text not null,
    status        varchar(20) not null,
    decided_by    varchar(254),
    decided_at    timestamp with time zone,
    decision_note text,
    deployment_id varchar(64)
);

create table studio_deployment_request_file (
    request_id uuid not null references studio_deployment_request (id) on delete cascade,
    position   integer not null,
    name       varchar(255) not null,
    content    bytea not null,
    primary key (request_id, position)
);

create table studio_setting (
    name  varchar(100) primary key,
    value varchar(255) not null
);
