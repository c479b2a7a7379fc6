-- Digest subscriptions, and one row per digest sent: its unique key makes every digest go
-- out exactly once per kind, period and recipient, whichever server or timer sends it.
create sequence digest_subscription_seq start with 1 increment by 50;
create table digest_subscription (
    id          bigint       not null primary key,
    email       varchar(254) not null,
    frequency   varchar(10)  not null,
    created_by  varchar(40)  not null,
    created_at  timestamp with time zone not null,
    constraint digest_subscription_uk unique (email, frequency)
);

create sequence digest_run_seq start with 1 increment by 50;
create table digest_run (
    id              bigint        not null primary key,
    kind            varchar(10)   not null,
    period          varchar(20)   not null,
    recipient       varchar(254)  not null,
    created_at      timestamp with time zone not null,
    waiting_orders  integer       not null,
    waiting_value   numeric(14,2) not null,
    constraint digest_run_uk unique (kind, period, recipient)
);
create index digest_run_kind_ix on digest_run (kind, created_at);
