-- A subscription may follow one warehouse only; a digest run keeps its figures per status,
-- so the next digest of that kind to that address can say what changed.
alter table digest_subscription add column warehouse_id bigint references warehouse (id);

create table digest_run_figure (
    digest_run_id  bigint        not null references digest_run (id),
    status         varchar(20)   not null,
    orders         bigint        not null,
    owed           numeric(14,2) not null,
    constraint digest_run_figure_pk primary key (digest_run_id, status)
);
