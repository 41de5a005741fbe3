-- DM check-ins: the day (in the athlete's time zone) the last check-in DM was sent, so the
-- 5-minute check-in sweep sends at most one a day even when several workers run it.
alter table athlete_profiles add column if not exists last_checkin_on date;
