-- Named locks every server of a cluster takes in the database (platform/Entities.hold): one row
-- per job that must not run on two servers at once. The second server waits for the first's
-- commit, then finds the work done.
create table app_lock (name varchar(40) primary key);
insert into app_lock (name) values ('seed'), ('digest-timers'), ('digest-DAILY'), ('digest-WEEKLY');
