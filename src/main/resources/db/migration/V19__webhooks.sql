-- Webhooks: endpoints an admin registers, and an outbox of deliveries written in the business
-- transaction (so a rolled-back change sends nothing) and sent after it commits, with retries.
create sequence webhook_endpoint_seq start with 1 increment by 50;
create table webhook_endpoint (
    id              bigint        not null,
    url             varchar(2000) not null,
    events          varchar(300)  not null,
    secret          varchar(100)  not null,
    allow_loopback  boolean       not null,
    active          boolean       not null,
    created_by      varchar(40)   not null,
    created_at      timestamp with time zone not null,
    constraint webhook_endpoint_pk primary key (id)
);

create sequence webhook_delivery_seq start with 1 increment by 50;
create table webhook_delivery (
    id               bigint          not null,
    endpoint_id      bigint          not null,
    event            varchar(40)     not null,
    event_id         varchar(36)     not null,
    payload          varchar(200000) not null,
    dedupe_key       varchar(120),
    status           varchar(10)     not null,
    attempts         integer         not null,
    next_attempt_at  timestamp with time zone not null,
    last_status      integer,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone,
    constraint webhook_delivery_pk primary key (id),
    constraint webhook_delivery_endpoint_fk foreign key (endpoint_id) references webhook_endpoint (id) on delete cascade,
    constraint webhook_delivery_dedupe_uk unique (endpoint_id, dedupe_key)
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_of_endpoint on webhook_delivery (endpoint_id, created_at);
