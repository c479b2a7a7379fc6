-- Sales orders, pick-pack-ship records, transfers and purchase orders.

create sequence order_number_seq start with 1001 increment by 1;
create sequence shipment_number_seq start with 1 increment by 1;
create sequence transfer_number_seq start with 1 increment by 1;
create sequence purchase_order_number_seq start with 1 increment by 1;

create sequence sales_order_seq start with 1 increment by 50;
create table sales_order (
    id            bigint       not null primary key,
    number        varchar(20)  not null,
    customer_id   bigint       not null references customer (id),
    warehouse_id  bigint       not null references warehouse (id),
    status        varchar(20)  not null,
    policy        varchar(120) not null,
    rush          boolean      not null,
    parent_id     bigint       references sales_order (id),
    created_at    timestamp with time zone not null,
    created_by    varchar(40)  not null,
    version       bigint       not null,
    constraint sales_order_number_uk unique (number)
);
create index sales_order_status_ix on sales_order (status, created_at);
create index sales_order_customer_ix on sales_order (customer_id, created_at);
create index sales_order_warehouse_ix on sales_order (warehouse_id, created_at);
create index sales_order_parent_ix on sales_order (parent_id);

create sequence order_line_seq start with 1 increment by 50;
create table order_line (
    id            bigint  not null primary key,
    order_id      bigint  not null references sales_order (id),
    line_no       integer not null,
    product_id    bigint  not null references product (id),
    quantity      integer not null,
    processed     integer not null,
    allocated     integer not null,
    in_transfer   integer not null,
    drop_shipped  integer not null,
    backordered   integer not null,
    shipped       integer not null,
    cancelled     integer not null,
    constraint order_line_no_uk unique (order_id, line_no),
    constraint order_line_non_negative_ck check (quantity >= 0 and processed >= 0 and allocated >= 0 and in_transfer >= 0
        and drop_shipped >= 0 and backordered >= 0 and shipped >= 0 and cancelled >= 0),
    constraint order_line_adds_up_ck check (processed + allocated + in_transfer + backordered = quantity),
    constraint order_line_inside_processed_ck check (drop_shipped + shipped <= processed)
);
create index order_line_product_ix on order_line (product_id, backordered);

-- Stock held for a line that may not ship yet (ship-complete orders), per warehouse.
create sequence line_hold_seq start with 1 increment by 50;
create table line_hold (
    id             bigint  not null primary key,
    order_line_id  bigint  not null references order_line (id),
    warehouse_id   bigint  not null references warehouse (id),
    quantity       integer not null,
    constraint line_hold_quantity_ck check (quantity > 0)
);
create index line_hold_line_ix on line_hold (order_line_id);

create sequence shipment_seq start with 1 increment by 50;
create table shipment (
    id            bigint      not null primary key,
    number        varchar(20) not null,
    order_id      bigint      not null references sales_order (id),
    warehouse_id  bigint      not null references warehouse (id),
    status        varchar(10) not null,
    created_at    timestamp with time zone not null,
    version       bigint      not null,
    constraint shipment_number_uk unique (number)
);
create index shipment_order_ix on shipment (order_id);
create index shipment_queue_ix on shipment (warehouse_id, status, created_at);

create sequence shipment_line_seq start with 1 increment by 50;
create table shipment_line (
    id             bigint  not null primary key,
    shipment_id    bigint  not null references shipment (id),
    order_line_id  bigint  not null references order_line (id),
    quantity       integer not null,
    constraint shipment_line_quantity_ck check (quantity > 0)
);
create index shipment_line_shipment_ix on shipment_line (shipment_id);

create sequence stock_transfer_seq start with 1 increment by 50;
create table stock_transfer (
    id                 bigint      not null primary key,
    number             varchar(20) not null,
    from_warehouse_id  bigint      not null references warehouse (id),
    to_warehouse_id    bigint      not null references warehouse (id),
    product_id         bigint      not null references product (id),
    quantity           integer     not null,
    status             varchar(12) not null,
    order_line_id      bigint      references order_line (id),
    created_at         timestamp with time zone not null,
    version            bigint      not null,
    constraint stock_transfer_number_uk unique (number),
    constraint stock_transfer_quantity_ck check (quantity > 0),
    constraint stock_transfer_route_ck check (from_warehouse_id <> to_warehouse_id)
);
create index stock_transfer_to_ix on stock_transfer (to_warehouse_id, product_id, status);
create index stock_transfer_line_ix on stock_transfer (order_line_id);

create sequence purchase_order_seq start with 1 increment by 50;
create table purchase_order (
    id            bigint       not null primary key,
    number        varchar(20)  not null,
    supplier_id   bigint       not null references supplier (id),
    warehouse_id  bigint       references warehouse (id),
    type          varchar(10)  not null,
    ship_to       varchar(500),
    status        varchar(10)  not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null,
    constraint purchase_order_number_uk unique (number)
);
create index purchase_order_open_ix on purchase_order (supplier_id, warehouse_id, status);

create sequence purchase_order_line_seq start with 1 increment by 50;
create table purchase_order_line (
    id                 bigint  not null primary key,
    purchase_order_id  bigint  not null references purchase_order (id),
    product_id         bigint  not null references product (id),
    quantity           integer not null,
    received           integer not null,
    constraint purchase_order_line_ck check (quantity > 0 and received >= 0 and received <= quantity)
);
create index purchase_order_line_po_ix on purchase_order_line (purchase_order_id);
create index purchase_order_line_product_ix on purchase_order_line (product_id);

create table purchase_order_sales_order (
    purchase_order_id  bigint not null references purchase_order (id),
    sales_order_id     bigint not null references sales_order (id),
    primary key (purchase_order_id, sales_order_id)
);
create index purchase_order_sales_order_ix on purchase_order_sales_order (sales_order_id);

insert into app_setting (name, setting_value) values ('default.policy', 'BACKORDER');
