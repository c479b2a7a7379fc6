-- Days a transfer takes from one warehouse to another (pairs not listed take the default of
-- the advisor settings in app_setting).
create sequence transfer_lane_seq start with 1 increment by 50;
create table transfer_lane (
    id                 bigint  not null primary key,
    from_warehouse_id  bigint  not null references warehouse (id),
    to_warehouse_id    bigint  not null references warehouse (id),
    days               integer not null,
    constraint transfer_lane_uk unique (from_warehouse_id, to_warehouse_id),
    constraint transfer_lane_days_ck check (days >= 0 and days <= 365),
    constraint transfer_lane_pair_ck check (from_warehouse_id <> to_warehouse_id)
);

-- The strategy comparison a clerk saw when placing an order from it: the choice, the
-- recommendation and its reason, and every option as shown, kept for later review.
create sequence order_advice_seq start with 1 increment by 50;
create table order_advice (
    id           bigint       not null primary key,
    order_id     bigint       not null references sales_order (id),
    chosen       varchar(200) not null,
    recommended  varchar(200) not null,
    reason       varchar(500) not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(40)  not null,
    constraint order_advice_order_uk unique (order_id)
);

create table order_advice_option (
    order_advice_id    bigint        not null references order_advice (id),
    position           integer       not null,
    policy             varchar(200)  not null,
    ship_now_quantity  integer       not null,
    ship_now_value     numeric(14,2) not null,
    shipments          integer       not null,
    complete_by        date          not null,
    extra_cost         numeric(14,2) not null,
    purchase_orders    integer       not null,
    below_minimum      varchar(1000) not null,
    constraint order_advice_option_pk primary key (order_advice_id, position)
);
