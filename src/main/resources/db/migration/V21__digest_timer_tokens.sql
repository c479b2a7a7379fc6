-- The token of the digest timer of each kind that the last start (or reschedule) created: a timer
-- whose info carries another token was replaced (nodes of a cluster starting together may each
-- have made one) and ends itself when it fires, so one timer of each kind runs.
create table digest_timer (kind varchar(10) primary key, token varchar(40) not null);
insert into digest_timer (kind, token) values ('DAILY', ''), ('WEEKLY', '');
