-- The dashboard's figures about organizations rather than people, from the rollups of V17: the 五好 rates
-- by organization type on a day (AwardService.rates), spot checks and their rounds within a period
-- (StatsRepository.spotChecks), organizations planned for a year (StatsRepository.plannedFor), 党建带关工's
-- results of a year (PartyBuildingService.counts) and the leadership teams' appointments within a period
-- (LeadershipService.summary). At the nation (1.1 M organizations, 4.6 M appointments) counting them for the
-- top read every organization's events on each call: 20–35 s of the nation's dashboard.
--
-- An organization's figures follow from several of its rows at once (its last award event, its latest
-- confirmed result of a year), so no single row's change says how they move. Instead each organization's
-- current dated changes are kept in stats_organization_event; a write recomputes the organizations it
-- touched, and the difference from what was kept is carried up by stats_pend. Figures without a day (the
-- branches, the planned, 党建's results of a year) are dated 0001-01-01, so they count on every day, as the
-- counting counts them.

create table stats_organization_event (
    organization_id bigint      not null references organization (id) on delete cascade,
    figure          varchar(20) not null,
    value           varchar(40) not null,
    day             date        not null,
    delta           bigint      not null
);
create index stats_organization_event_idx on stats_organization_event (organization_id);

-- The dated changes one organization makes, exactly as the counting counts:
--   fiveGoodOrg      by type, undated: the organization has an enrolment or an award event (a row of the rates);
--   fiveGoodEnrolled by type, from its first enrolment's day (the status ENROLLED);
--   fiveGoodHolds    by type, while its last award or revocation up to the day is an award;
--   fiveGoodWarned   by type, while its last award event up to the day is a warning;
--   fiveGoodRevoked  by type, each revocation from its day;
--   planned          by plan year, undated: planned (not enrolled) for a year of any plan;
--   spotCheck        by the day, on it: spot checks submitted or confirmed that day (the rounds are the days);
--   branch, partyBuilding: an active village or community group (a branch), undated; its latest confirmed
--                    党建 result of each kind in a year, by 'year:halfYear', 'year:halfYearPassed',
--                    'year:yearEnd', 'year:yearEndPassed', 'year:yearEndFailed';
--   seat, appointed, appointedTrained, seatEnded: by role, each appointment undated (the role has seats), on
--                    its start, on its start when its leader attended a training held on or after it, on its end.
create function stats_organization_figures(o organization)
    returns table (figure varchar, value varchar, day date, delta bigint) language plpgsql stable as $$
declare
    undated constant date := date '0001-01-01';
    e record;
    holds boolean := false;
    warned boolean := false;
    holds_now boolean;
    warned_now boolean;
begin
    value := o.type;
    if exists (select 1 from campaign_enrolment c where c.organization_id = o.id)
       or exists (select 1 from award_event a where a.organization_id = o.id) then
        figure := 'fiveGoodOrg'; day := undated; delta := 1; return next;
    end if;
    select min(c.enrolled_on) into day from campaign_enrolment c where c.organization_id = o.id and c.status = 'ENROLLED';
    if day is not null then
        figure := 'fiveGoodEnrolled'; delta := 1; return next;
    end if;
    -- in the counting's order (day, then id), so the last of a day wins
    for e in select a.kind, a.occurred_on from award_event a where a.organization_id = o.id order by a.occurred_on, a.id loop
        holds_now := case when e.kind in ('AWARDED', 'REVOKED') then e.kind = 'AWARDED' else holds end;
        warned_now := e.kind = 'WARNED';
        day := e.occurred_on;
        if holds_now <> holds then
            figure := 'fiveGoodHolds'; delta := case when holds_now then 1 else -1 end; return next;
        end if;
        if warned_now <> warned then
            figure := 'fiveGoodWarned'; delta := case when warned_now then 1 else -1 end; return next;
        end if;
        if e.kind = 'REVOKED' then
            figure := 'fiveGoodRevoked'; delta := 1; return next;
        end if;
        holds := holds_now;
        warned := warned_now;
    end loop;

    for e in select distinct c.plan_year from campaign_enrolment c where c.organization_id = o.id and c.status = 'PLANNED' loop
        figure := 'planned'; value := e.plan_year::text; day := undated; delta := 1; return next;
    end loop;

    for e in select v.evaluated_on, count(*) as n from evaluation v
              where v.organization_id = o.id and v.kind = 'SPOT_CHECK' and v.status <> 'DRAFT' group by 1 loop
        figure := 'spotCheck'; value := to_char(e.evaluated_on, 'YYYY-MM-DD'); day := e.evaluated_on; delta := e.n; return next;
    end loop;

    if o.type in ('VILLAGE_GROUP', 'COMMUNITY_GROUP') and o.status = 'ACTIVE' then
        figure := 'branch'; value := ''; day := undated; delta := 1; return next;
        figure := 'partyBuilding';
        for e in select distinct on (extract(year from v.evaluated_on), v.kind)
                        extract(year from v.evaluated_on)::int as year, v.kind, v.passed
                   from evaluation v join assessment_template t on t.id = v.template_id
                  where v.organization_id = o.id and t.kind = 'PARTY_BUILDING' and v.status = 'CONFIRMED'
                    and v.kind in ('HALF_YEAR_PRELIMINARY', 'YEAR_END_OVERALL')
                  order by extract(year from v.evaluated_on), v.kind, v.evaluated_on desc, v.id desc loop
            if e.kind = 'HALF_YEAR_PRELIMINARY' then
                value := e.year || ':halfYear'; return next;
                if e.passed then
                    value := e.year || ':halfYearPassed'; return next;
                end if;
            else
                value := e.year || ':yearEnd'; return next;
                value := e.year || case when e.passed then ':yearEndPassed' else ':yearEndFailed' end; return next;
            end if;
        end loop;
    end if;

    for e in select a.role, a.started_on, a.ended_on,
                    exists (select 1 from training_attendance ta join training t on t.id = ta.training_id
                             where ta.appointment_id = a.id and t.held_on >= a.started_on) as trained
               from appointment a where a.organization_id = o.id loop
        value := e.role; delta := 1;
        figure := 'seat'; day := undated; return next;
        figure := 'appointed'; day := e.started_on; return next;
        if e.trained then
            figure := 'appointedTrained'; return next;
        end if;
        if e.ended_on is not null then
            figure := 'seatEnded'; day := e.ended_on; return next;
        end if;
    end loop;
end;
$$;

-- Recomputes the organizations' figures: the difference from what was kept goes up to the committees, and
-- what is kept becomes the new. The organizations' rows are locked first (in id order), so two writers of one
-- organization take turns and each diffs against what the other committed.
create function stats_organization_refresh(ids bigint[]) returns void language plpgsql volatile as $$
declare
    fresh stats_delta[];
begin
    if coalesce(array_length(ids, 1), 0) = 0 then
        return;
    end if;
    perform 1 from organization o where o.id = any(ids) order by o.id for no key update;
    -- computed once: the difference and the new kept rows both come from it
    fresh := array(select row(o.id, f.figure, f.value, f.day, f.delta, 0)::stats_delta
                     from organization o cross join lateral stats_organization_figures(o) f where o.id = any(ids));
    perform stats_pend(array(
        select row(d.organization_id, d.figure, d.value, d.day, sum(d.count), 0)::stats_delta
          from (select k.organization_id, k.figure, k.value, k.day, -k.delta as count
                  from stats_organization_event k where k.organization_id = any(ids)
                union all
                select x.organization_id, x.figure, x.value, x.day, x.count from unnest(fresh) x) d
         group by d.organization_id, d.figure, d.value, d.day
        having sum(d.count) <> 0));
    delete from stats_organization_event where organization_id = any(ids);
    insert into stats_organization_event (organization_id, figure, value, day, delta)
    select x.organization_id, x.figure, x.value, x.day, x.count from unnest(fresh) x;
end;
$$;

-- Award events, enrolments, evaluations and appointments: every organization a statement touched, before and after.
create function stats_rollup_organization_records() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct n.organization_id) into ids from new_table n;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct o.organization_id) into ids from old_table o;
    else
        select array_agg(distinct x.id) into ids
          from (select o.organization_id as id from old_table o union select n.organization_id from new_table n) x;
    end if;
    perform stats_organization_refresh(ids);
    return null;
end;
$$;

-- Attendances: the organizations of the seats attended, before and after.
create function stats_rollup_attendances() returns trigger language plpgsql as $$
declare
    seats bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(n.appointment_id) into seats from new_table n;
    elsif tg_op = 'DELETE' then
        select array_agg(o.appointment_id) into seats from old_table o;
    else
        select array_agg(x.id) into seats
          from (select o.appointment_id as id from old_table o union select n.appointment_id from new_table n) x;
    end if;
    perform stats_organization_refresh(array(select distinct a.organization_id from appointment a where a.id = any(seats)));
    return null;
end;
$$;

-- A training's day: the organizations of the seats that attended it.
create function stats_rollup_trainings() returns trigger language plpgsql as $$
begin
    perform stats_organization_refresh(array(
        select distinct a.organization_id from training_attendance ta join appointment a on a.id = ta.appointment_id
         where ta.training_id in (select n.id from new_table n)));
    return null;
end;
$$;

-- An organization: a new one (a new branch), one whose type or status changed.
create function stats_rollup_organization_itself() returns trigger language plpgsql as $$
begin
    perform stats_organization_refresh(array[new.id]);
    return null;
end;
$$;

-- A deleted organization takes its figures away from the committees above (its kept rows go with it).
create function stats_rollup_organization_deleted() returns trigger language plpgsql as $$
begin
    perform stats_pend(array(select row(k.organization_id, k.figure, k.value, k.day, -k.delta, 0)::stats_delta
                               from stats_organization_event k where k.organization_id = old.id));
    return old;
end;
$$;

create trigger stats_rollup_on_insert after insert on award_event referencing new table as new_table
    for each statement execute function stats_rollup_organization_records();
create trigger stats_rollup_on_update after update on award_event referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_organization_records();
create trigger stats_rollup_on_delete after delete on award_event referencing old table as old_table
    for each statement execute function stats_rollup_organization_records();

create trigger stats_rollup_on_insert after insert on campaign_enrolment referencing new table as new_table
    for each statement execute function stats_rollup_organization_records();
create trigger stats_rollup_on_update after update on campaign_enrolment referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_organization_records();
create trigger stats_rollup_on_delete after delete on campaign_enrolment referencing old table as old_table
    for each statement execute function stats_rollup_organization_records();

create trigger stats_rollup_on_insert after insert on evaluation referencing new table as new_table
    for each statement execute function stats_rollup_organization_records();
create trigger stats_rollup_on_update after update on evaluation referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_organization_records();
create trigger stats_rollup_on_delete after delete on evaluation referencing old table as old_table
    for each statement execute function stats_rollup_organization_records();

create trigger stats_rollup_on_insert after insert on appointment referencing new table as new_table
    for each statement execute function stats_rollup_organization_records();
create trigger stats_rollup_on_update after update on appointment referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_organization_records();
create trigger stats_rollup_on_delete after delete on appointment referencing old table as old_table
    for each statement execute function stats_rollup_organization_records();

create trigger stats_rollup_on_insert after insert on training_attendance referencing new table as new_table
    for each statement execute function stats_rollup_attendances();
create trigger stats_rollup_on_update after update on training_attendance referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_attendances();
create trigger stats_rollup_on_delete after delete on training_attendance referencing old table as old_table
    for each statement execute function stats_rollup_attendances();

-- A training is deleted with its attendances (their trigger counts it); only a change of its day matters here.
create trigger stats_rollup_on_update after update on training referencing new table as new_table
    for each statement execute function stats_rollup_trainings();

create trigger stats_rollup_on_insert after insert on organization
    for each row when (new.type in ('VILLAGE_GROUP', 'COMMUNITY_GROUP')) execute function stats_rollup_organization_itself();
-- Named after stats_rollup_on_move so that it runs after it: a move carries the kept figures to the new
-- committees first, then the change of type or status is diffed there.
create trigger stats_rollup_on_organization_change after update of type, status on organization
    for each row when (old.type is distinct from new.type or old.status is distinct from new.status)
    execute function stats_rollup_organization_itself();
create trigger stats_rollup_before_delete before delete on organization
    for each row execute function stats_rollup_organization_deleted();

-- The deltas of a subtree (the rebuild, a moved subtree) now with the organizations' own figures.
alter function stats_deltas(ltree) rename to stats_deltas_of_people;

create function stats_deltas(subtree ltree)
    returns table (organization_id bigint, figure varchar, value varchar, month date, count bigint, amount numeric)
    language sql stable as $$
    select * from stats_deltas_of_people(subtree)
    union all
    select k.organization_id, k.figure, k.value, stats_month(k.day), sum(k.delta)::bigint, 0::numeric
      from stats_organization_event k join organization o on o.id = k.organization_id and (subtree is null or o.path <@ subtree)
     group by 1, 2, 3, 4
    having sum(k.delta) <> 0
$$;

-- V20's rebuild by parts, after recomputing every organization's kept figures (the generator loads with
-- triggers off): the parts read them through stats_deltas.
alter function stats_rollup_rebuild() rename to stats_rollup_rebuild_by_part;

create function stats_rollup_rebuild() returns bigint language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('stats_rollup_tree'));
    truncate stats_organization_event;
    insert into stats_organization_event (organization_id, figure, value, day, delta)
    select o.id, f.figure, f.value, f.day, f.delta from organization o cross join lateral stats_organization_figures(o) f;
    return stats_rollup_rebuild_by_part();
end;
$$;

-- What an existing deployment holds: every organization's figures, kept and carried up (the other figures
-- are already there) straight into stats_rollup, as V18 did: as pending rows the nation's 3.9 M would be more
-- than one compaction folds within the statement timeout. Minutes at the nation (22 on 2 cores): beyond the
-- requests' statement timeout, which applies here too.
set local statement_timeout = 0;
select pg_advisory_xact_lock(hashtext('stats_rollup_tree'));
insert into stats_organization_event (organization_id, figure, value, day, delta)
select o.id, f.figure, f.value, f.day, f.delta from organization o cross join lateral stats_organization_figures(o) f;
insert into stats_rollup (organization_id, figure, value, month, count, amount)
select a.id, k.figure, k.value, stats_month(k.day), sum(k.delta), 0
  from stats_organization_event k
  join organization o on o.id = k.organization_id
  join organization a on a.id = any(string_to_array(o.path::text, '.')::bigint[]) and stats_rolled_up(a.type)
 group by 1, 2, 3, 4
having sum(k.delta) <> 0;
