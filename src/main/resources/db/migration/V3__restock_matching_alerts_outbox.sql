-- Restock matching (every match is also an alert), where allocations came from, the mail outbox.

create sequence restock_match_seq start with 1 increment by 50;
create table restock_match (
    id             bigint      not null primary key,
    order_id       bigint      not null references sales_order (id),
    order_line_id  bigint      not null references order_line (id),
    product_id     bigint      not null references product (id),
    warehouse_id   bigint      not null references warehouse (id),
    quantity       integer     not null,
    source         varchar(60) not null,
    at             timestamp with time zone not null,
    recipient      varchar(40) not null,
    read_at        timestamp with time zone,
    constraint restock_match_quantity_ck check (quantity > 0)
);
create index restock_match_at_ix on restock_match (at);
create index restock_match_order_ix on restock_match (order_id, at);
create index restock_match_recipient_ix on restock_match (recipient, read_at);

-- Where each allocated or processed unit of a line came from, and when (explains the order of filling).
create sequence allocation_source_seq start with 1 increment by 50;
create table allocation_source (
    id             bigint      not null primary key,
    order_line_id  bigint      not null references order_line (id),
    warehouse_id   bigint      not null references warehouse (id),
    quantity       integer     not null,
    kind           varchar(20) not null,
    reference      varchar(60),
    at             timestamp with time zone not null,
    constraint allocation_source_quantity_ck check (quantity > 0)
);
create index allocation_source_line_ix on allocation_source (order_line_id);

-- Mails are written here in the transaction that causes them and sent after commit, with retries.
create sequence mail_outbox_seq start with 1 increment by 50;
create table mail_outbox (
    id               bigint         not null primary key,
    kind             varchar(20)    not null,
    recipient        varchar(254)   not null,
    subject          varchar(300)   not null,
    text_body        varchar(200000) not null,
    html_body        varchar(200000) not null,
    status           varchar(10)    not null,
    attempts         integer        not null,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    dedupe_key       varchar(200),
    constraint mail_outbox_dedupe_uk unique (dedupe_key)
);
create index mail_outbox_due_ix on mail_outbox (status, next_attempt_at);

-- Finding the waiting lines of a product at a warehouse, rush first, oldest first.
create index order_line_waiting_ix on order_line (product_id, backordered, order_id);
create index sales_order_waiting_ix on sales_order (warehouse_id, status, rush, created_at);
create sequence receipt_number_seq start with 1 increment by 1;
