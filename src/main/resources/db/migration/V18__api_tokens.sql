-- Named API tokens for integrations: only a SHA-256 of the token is kept (it has 256 random bits,
-- so no slow hash is needed); a revoked token stays listed, with who revoked it.
create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id            bigint       not null,
    name          varchar(30)  not null,
    role          varchar(10)  not null,
    token_hash    varchar(64)  not null,
    created_by    varchar(40)  not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone,
    revoked_by    varchar(40),
    constraint api_token_pk primary key (id),
    constraint api_token_name_uk unique (name),
    constraint api_token_hash_uk unique (token_hash)
);
