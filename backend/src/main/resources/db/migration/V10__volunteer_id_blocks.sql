-- Volunteers and their status history take ids in blocks of 50, so a roster import's rows go to
-- the database in batches instead of one round trip each. Ids stay unique across instances: each
-- block is one nextval of the same sequence. (A plain sequence: Hibernate does not see the
-- sequences behind identity columns.)
alter table volunteer alter column id drop identity;
create sequence volunteer_id_seq increment by 50 owned by volunteer.id;
select setval('volunteer_id_seq', coalesce((select max(id) from volunteer), 0) + 1, false);
alter table volunteer alter column id set default nextval('volunteer_id_seq');

alter table volunteer_status_change alter column id drop identity;
create sequence volunteer_status_change_id_seq increment by 50 owned by volunteer_status_change.id;
select setval('volunteer_status_change_id_seq', coalesce((select max(id) from volunteer_status_change), 0) + 1, false);
alter table volunteer_status_change alter column id set default nextval('volunteer_status_change_id_seq');
