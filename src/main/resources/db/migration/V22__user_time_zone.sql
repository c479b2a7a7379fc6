-- The time zone a user reads times in (a region id such as Europe/Berlin); empty: the system's.
alter table app_user add column time_zone varchar(64);
