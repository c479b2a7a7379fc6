-- API requests made with an Idempotency-Key: written in the transaction of the work they did,
-- with the answer given, so that a repeat within 24 hours gets that answer and changes nothing.
create table idempotent_request (
    caller       varchar(40)      not null,
    request_key  varchar(255)     not null,
    fingerprint  varchar(64)      not null,
    status       integer          not null,
    body         varchar(1000000),
    created_at   timestamp with time zone not null,
    constraint idempotent_request_pk primary key (caller, request_key)
);
create index idempotent_request_created on idempotent_request (created_at);
