-- The customer's side of a backorder: notices by mail, a link to choose what happens to what
-- waits, and the choice made. A customer (and a single order) can say no to notices.
alter table customer add column backorder_notices boolean default true not null;
alter table sales_order add column notify_customer boolean default true not null;

-- One row per order whose customer is kept informed: what they were last told, when, and
-- whether something changed since (set in the transaction of the change, cleared by the check).
create sequence notice_watch_seq start with 1 increment by 50;
create table notice_watch (
    id          bigint      not null primary key,
    order_id    bigint      not null references sales_order (id),
    told        varchar(20000),
    told_at     timestamp with time zone,
    checked_on  date,
    changed     boolean     not null,
    done        boolean     not null,
    version     bigint      not null,
    constraint notice_watch_order_uk unique (order_id)
);
create index notice_watch_due_ix on notice_watch (done, changed, checked_on);

-- Every mail that went to a customer about an order (the order page and the API list them).
create sequence customer_notice_seq start with 1 increment by 50;
create table customer_notice (
    id          bigint       not null primary key,
    order_id    bigint       not null references sales_order (id),
    kind        varchar(20)  not null,
    subject     varchar(300) not null,
    at          timestamp with time zone not null,
    recipient   varchar(254) not null
);
create index customer_notice_order_ix on customer_notice (order_id, at);

-- The links in the notices: only a hash of the token is kept.
create sequence customer_link_seq start with 1 increment by 50;
create table customer_link (
    id          bigint      not null primary key,
    order_id    bigint      not null references sales_order (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    constraint customer_link_token_uk unique (token_hash)
);
create index customer_link_order_ix on customer_link (order_id);

-- The customer's choice, once per order; unread, it is an alert for the clerk who entered the order.
create sequence customer_choice_seq start with 1 increment by 50;
create table customer_choice (
    id          bigint      not null primary key,
    order_id    bigint      not null references sales_order (id),
    choice      varchar(30) not null,
    at          timestamp with time zone not null,
    address     varchar(64),
    recipient   varchar(40) not null,
    read_at     timestamp with time zone,
    constraint customer_choice_order_uk unique (order_id)
);
create index customer_choice_recipient_ix on customer_choice (recipient, read_at);
