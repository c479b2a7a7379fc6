-- Backorder Desk: catalogue, stock ledger, users and audit. Portable SQL (H2 2.x, PostgreSQL 15+).

create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id              bigint       not null primary key,
    username        varchar(40)  not null,
    email           varchar(254) not null,
    password_hash   varchar(400) not null,
    roles           varchar(100) not null,
    enabled         boolean      not null,
    failed_logins   integer      not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    version         bigint       not null,
    constraint app_user_username_uk unique (username),
    constraint app_user_failed_ck check (failed_logins >= 0)
);

create sequence warehouse_seq start with 1 increment by 50;
create table warehouse (
    id          bigint       not null primary key,
    code        varchar(30)  not null,
    name        varchar(120) not null,
    priority    integer      not null,
    active      boolean      not null,
    auto_match  boolean      not null default true,
    version     bigint       not null,
    constraint warehouse_code_uk unique (code),
    constraint warehouse_priority_ck check (priority >= 0)
);

create sequence supplier_seq start with 1 increment by 50;
create table supplier (
    id              bigint       not null primary key,
    code            varchar(30)  not null,
    name            varchar(120) not null,
    email           varchar(254) not null,
    lead_time_days  integer      not null,
    drop_ships      boolean      not null,
    version         bigint       not null,
    constraint supplier_code_uk unique (code),
    constraint supplier_lead_time_ck check (lead_time_days >= 0)
);

create sequence product_seq start with 1 increment by 50;
create table product (
    id              bigint        not null primary key,
    sku             varchar(30)   not null,
    name            varchar(120)  not null,
    unit_price      numeric(12,2) not null,
    unit_cost       numeric(12,2) not null,
    min_stock       integer       not null,
    supplier_id     bigint        not null references supplier (id),
    drop_shippable  boolean       not null,
    version         bigint        not null,
    constraint product_sku_uk unique (sku),
    constraint product_price_ck check (unit_price >= 0 and unit_cost >= 0),
    constraint product_min_stock_ck check (min_stock >= 0)
);
create index product_supplier_ix on product (supplier_id);

create sequence customer_seq start with 1 increment by 50;
create table customer (
    id                bigint       not null primary key,
    code              varchar(30)  not null,
    name              varchar(120) not null,
    email             varchar(254) not null,
    ship_to           varchar(500) not null,
    backorder_policy  varchar(120),
    version           bigint       not null,
    constraint customer_code_uk unique (code)
);

-- One row per product and warehouse. allocated: everything the warehouse has promised.
create sequence stock_level_seq start with 1 increment by 50;
create table stock_level (
    id            bigint  not null primary key,
    product_id    bigint  not null references product (id),
    warehouse_id  bigint  not null references warehouse (id),
    on_hand       integer not null,
    allocated     integer not null default 0,
    version       bigint  not null,
    constraint stock_level_uk unique (product_id, warehouse_id),
    constraint stock_level_on_hand_ck check (on_hand >= 0),
    constraint stock_level_allocated_ck check (allocated >= 0 and allocated <= on_hand)
);
create index stock_level_warehouse_ix on stock_level (warehouse_id);

-- The ledger: on_hand of a level always equals the sum of its movements.
create sequence stock_movement_seq start with 1 increment by 50;
create table stock_movement (
    id              bigint       not null primary key,
    stock_level_id  bigint       not null references stock_level (id),
    at              timestamp with time zone not null,
    username        varchar(40)  not null,
    kind            varchar(20)  not null,
    quantity        integer      not null,
    on_hand_after   integer      not null,
    reason          varchar(200) not null,
    reference       varchar(40),
    constraint stock_movement_after_ck check (on_hand_after >= 0)
);
create index stock_movement_level_ix on stock_movement (stock_level_id, at);

create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id        bigint       not null primary key,
    at        timestamp with time zone not null,
    username  varchar(40)  not null,
    action    varchar(40)  not null,
    subject   varchar(120) not null,
    detail    varchar(500)
);
create index audit_entry_at_ix on audit_entry (at);

create table app_setting (
    name   varchar(60)  not null primary key,
    setting_value  varchar(500) not null
);
