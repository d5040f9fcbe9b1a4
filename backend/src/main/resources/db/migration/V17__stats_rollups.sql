-- Pre-aggregated dashboard figures (issue #9 point 4): the register, joined and left, pairs, activities
-- and the models (典型). Counting the register of a province on a day reads a million people and their
-- status histories (3–4 s); the rollup reads a few thousand rows.
--
-- Shape: for every committee above the townships (type CITY_COMMITTEE: the 市/县 and higher, where a
-- subtree holds thousands of people; a township or group is still counted, it is small), a row per
-- figure, value and month holding the CHANGE of that figure in that month over the whole subtree. The
-- figure on a day that ends a month is the sum of the rows up to that month, exactly the count: every
-- event dated in the month is on or before its last day. Age bands change with time: each person's
-- future birthdays at 50, 60, 70 and 80 are written ahead as dated moves between bands.
--
-- Kept by triggers, so every write path (the services, the roster import, the demo loader, SQL by
-- hand) keeps it: a statement's old rows are taken out and its new rows put in, computed by the same
-- functions as the rebuild. Writers append to stats_rollup_pending (no shared row to wait for, however
-- many write under one province); a scheduled compaction folds it into stats_rollup. Readers sum both.

create table stats_rollup (
    organization_id bigint        not null references organization (id) on delete cascade,
    figure          varchar(20)   not null,
    value           varchar(40)   not null,
    month           date          not null,
    count           bigint        not null,
    amount          numeric(16, 2) not null default 0, -- activity hours
    primary key (organization_id, figure, value, month)
);

create table stats_rollup_pending (
    organization_id bigint        not null references organization (id) on delete cascade,
    figure          varchar(20)   not null,
    value           varchar(40)   not null,
    month           date          not null,
    count           bigint        not null,
    amount          numeric(16, 2) not null default 0
);
create index stats_rollup_pending_idx on stats_rollup_pending (organization_id);

-- One dated change of a figure at one organization (before it is carried up to the committees above).
create type stats_delta as (organization_id bigint, figure varchar, value varchar, day date, count bigint, amount numeric);
-- One entry of a status history, in the order the counting reads it (changed_on, then id).
create type stats_change as (changed_on date, id bigint, status varchar);

-- A history entry with whose it is (a volunteer's or a pair's), as a statement's transition tables hold them.
create type stats_owned_change as (owner bigint, changed_on date, id bigint, status varchar);

-- Which organizations keep rollups.
create function stats_rolled_up(type varchar) returns boolean language sql immutable as $$
    select type = 'CITY_COMMITTEE'
$$;

-- The age band of the register on a day: the same expression as StatsRepository.register's (one
-- expression, so that PL/pgSQL evaluates it inline: a function with a FROM cost an executor run per call).
create function stats_age_band(birth date, on_day date) returns varchar language sql immutable as $$
    select case when extract(year from age(on_day, birth)) < 50 then 'UNDER_50'
                when extract(year from age(on_day, birth)) < 60 then '50_59'
                when extract(year from age(on_day, birth)) < 70 then '60_69'
                when extract(year from age(on_day, birth)) < 80 then '70_79' else '80_AND_OVER' end
$$;

-- The first day on which age() counts the person as years old (29 February: 1 March in common years).
create function stats_birthday(birth date, n int) returns date language plpgsql immutable as $$
declare
    d date := (birth + make_interval(years => n))::date;
begin
    while extract(year from age(d, birth)) < n loop
        d := d + 1;
    end loop;
    while extract(year from age(d - 1, birth)) >= n loop
        d := d - 1;
    end loop;
    return d;
end;
$$;

create function stats_volunteer_history(person bigint) returns stats_change[] language sql stable as $$
    select coalesce(array_agg(row(c.changed_on, c.id, c.status)::stats_change order by c.changed_on, c.id), '{}')
      from volunteer_status_change c where c.volunteer_id = person
$$;

create function stats_pair_history(pairing bigint) returns stats_change[] language sql stable as $$
    select coalesce(array_agg(row(c.changed_on, c.id, c.status)::stats_change order by c.changed_on, c.id), '{}')
      from pair_status_change c where c.pair_id = pairing
$$;

-- The first day of a day's month, as the rows are keyed.
create function stats_month(day date) returns date language sql immutable as $$
    select date_trunc('month', day::timestamp)::date
$$;

-- A history as it was before a statement: the current one without the statement's new rows, with its old ones.
create function stats_history_before(owner bigint, current stats_change[], olds stats_owned_change[], news stats_owned_change[])
    returns stats_change[] language sql immutable as $$
    select coalesce(array_agg(row(h.changed_on, h.id, h.status)::stats_change order by h.changed_on, h.id), '{}')
      from (select c.changed_on, c.id, c.status from unnest(current) c where c.id not in (select n.id from unnest(news) n)
            union all
            select o.changed_on, o.id, o.status from unnest(olds) o where o.owner = stats_history_before.owner) h
$$;

-- The dated changes one volunteer makes to the dashboard's figures, exactly as StatsRepository counts:
-- on the register from coalesce(joined_on, created_at's day); its status on a day is its own status when
-- no change is dated after the day, else its last change up to the day (the last id of a day wins),
-- else ACTIVE; joined counts joined_on; left counts every change away from ACTIVE by its day.
-- STABLE, not IMMUTABLE: created_at's day depends on the session's time zone, as the counting's does.
create function stats_volunteer_events(v volunteer, history stats_change[])
    returns table (figure varchar, value varchar, day date, delta bigint) language plpgsql stable as $$
declare
    registered date := coalesce(v.joined_on, cast(v.created_at as date));
    n int := coalesce(array_length(history, 1), 0);
    days date[] := '{}';
    statuses varchar[] := '{}';
    m int;
    k int := 1;
    cur varchar;
    band varchar;
    next_band varchar;
    threshold int;
    category varchar;
begin
    if v.joined_on is not null then
        figure := 'joined'; value := ''; day := v.joined_on; delta := 1; return next;
    end if;
    for i in 1 .. n loop
        if (history[i]).status <> 'ACTIVE' then
            figure := 'left'; value := ''; day := (history[i]).changed_on; delta := 1; return next;
        end if;
        -- the status from each day with changes: the day's last
        if i = n or (history[i + 1]).changed_on <> (history[i]).changed_on then
            days := days || (history[i]).changed_on;
            statuses := statuses || (history[i]).status;
        end if;
    end loop;
    m := coalesce(array_length(days, 1), 0);
    if m > 0 then
        statuses[m] := v.status; -- from the last change's day on, the counting reads the volunteer's own status
        cur := 'ACTIVE';
    else
        cur := v.status;
    end if;
    while k <= m and days[k] <= registered loop
        cur := statuses[k];
        k := k + 1;
    end loop;

    figure := 'residence'; value := v.residence; day := registered; delta := 1; return next;
    figure := 'gender'; value := v.gender; return next;
    for category in select distinct c from unnest(v.categories) c loop
        figure := 'category'; value := category; return next;
    end loop;
    figure := 'status'; value := cur; return next;
    if cur = 'ACTIVE' then
        figure := 'activeResidence'; value := v.residence; return next;
    end if;
    while k <= m loop
        if statuses[k] <> cur then
            day := days[k];
            figure := 'status'; value := cur; delta := -1; return next;
            value := statuses[k]; delta := 1; return next;
            if cur = 'ACTIVE' or statuses[k] = 'ACTIVE' then
                figure := 'activeResidence'; value := v.residence; delta := case when cur = 'ACTIVE' then -1 else 1 end;
                return next;
            end if;
            cur := statuses[k];
        end if;
        k := k + 1;
    end loop;

    band := stats_age_band(v.birth_date, registered);
    figure := 'ageBand'; value := band; day := registered; delta := 1; return next;
    foreach threshold in array array[50, 60, 70, 80] loop
        day := stats_birthday(v.birth_date, threshold);
        if day > registered then
            next_band := stats_age_band(v.birth_date, day);
            value := stats_age_band(v.birth_date, day - 1); delta := -1; return next;
            value := next_band; delta := 1; return next;
        end if;
    end loop;
end;
$$;

-- The dated changes one pair makes: counted from the day it has begun and has a status (its last change
-- up to the day, the last id of a day winning), by type and by that status.
create function stats_pair_events(p pair, history stats_change[])
    returns table (figure varchar, value varchar, day date, delta bigint) language plpgsql immutable as $$
declare
    n int := coalesce(array_length(history, 1), 0);
    days date[] := '{}';
    statuses varchar[] := '{}';
    m int;
    k int := 1;
    cur varchar;
    start date;
begin
    for i in 1 .. n loop
        if i = n or (history[i + 1]).changed_on <> (history[i]).changed_on then
            days := days || (history[i]).changed_on;
            statuses := statuses || (history[i]).status;
        end if;
    end loop;
    m := coalesce(array_length(days, 1), 0);
    if m = 0 then
        return;
    end if;
    start := greatest(p.started_on, days[1]);
    while k <= m and days[k] <= start loop
        cur := statuses[k];
        k := k + 1;
    end loop;
    figure := 'pairType'; value := p.type; day := start; delta := 1; return next;
    figure := 'pairStatus'; value := cur; return next;
    while k <= m loop
        if statuses[k] <> cur then
            day := days[k];
            value := cur; delta := -1; return next;
            value := statuses[k]; delta := 1; return next;
            cur := statuses[k];
        end if;
        k := k + 1;
    end loop;
end;
$$;

-- An honour (or, without a level, a media coverage) of a person (owner).
create type stats_honor as (owner bigint, id bigint, awarded_on date, level varchar);

create function stats_honors_of(person bigint) returns stats_honor[] language sql stable as $$
    select coalesce(array_agg(row(h.volunteer_id, h.id, h.awarded_on, h.level)::stats_honor), '{}')
      from honor h where h.volunteer_id = person
$$;

create function stats_coverage_of(person bigint) returns stats_honor[] language sql stable as $$
    select coalesce(array_agg(row(c.volunteer_id, c.id, c.covered_on, null)::stats_honor), '{}')
      from media_coverage c where c.volunteer_id = person
$$;

-- A person's honours or coverage as they were before a statement (as stats_history_before).
create function stats_models_before(owner bigint, current stats_honor[], olds stats_honor[], news stats_honor[])
    returns stats_honor[] language sql immutable as $$
    select coalesce(array_agg(row(h.owner, h.id, h.awarded_on, h.level)::stats_honor), '{}')
      from (select c.* from unnest(current) c where c.id not in (select n.id from unnest(news) n)
            union all
            select o.* from unnest(olds) o where o.owner = stats_models_before.owner) h
$$;

-- The dated changes one person makes, exactly as HonorService.summary counts: from the first honour on,
-- the person counts once at the highest level awarded by the day; from the first coverage on, once as featured.
create function stats_model_events(honors stats_honor[], coverage stats_honor[])
    returns table (figure varchar, value varchar, day date, delta bigint) language plpgsql immutable as $$
declare
    h stats_honor;
    levels constant varchar[] := array['NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'CITY_PARTY_GOVERNMENT', 'CITY_COMMITTEE', 'TOWNSHIP'];
    best varchar;
begin
    for h in select * from unnest(honors) x order by x.awarded_on loop
        if best is null or array_position(levels, h.level) < array_position(levels, best) then
            figure := 'model'; day := h.awarded_on;
            if best is not null then
                value := best; delta := -1; return next;
            end if;
            value := h.level; delta := 1; return next;
            best := h.level;
        end if;
    end loop;
    select min(x.awarded_on) into day from unnest(coverage) x;
    if day is not null then
        figure := 'featured'; value := ''; delta := 1; return next;
    end if;
end;
$$;

-- Every dated change of the organizations under a path (all when null), per organization and month,
-- read from the tables themselves: the rebuild, and what a moved subtree carries with it.
create function stats_deltas(subtree ltree)
    returns table (organization_id bigint, figure varchar, value varchar, month date, count bigint, amount numeric)
    language sql stable as $$
    with o as (select id from organization where subtree is null or path <@ subtree)
    select d.organization_id, d.figure, d.value, stats_month(d.day), sum(d.delta)::bigint, sum(d.amount)
      from (select v.organization_id, e.figure, e.value, e.day, e.delta, 0::numeric as amount
              from volunteer v join o on o.id = v.organization_id
             cross join lateral stats_volunteer_events(v, stats_volunteer_history(v.id)) e
            union all
            select v.organization_id, e.figure, e.value, e.day, e.delta, 0
              from (select volunteer_id from honor union select volunteer_id from media_coverage) m
              join volunteer v on v.id = m.volunteer_id join o on o.id = v.organization_id
             cross join lateral stats_model_events(stats_honors_of(v.id), stats_coverage_of(v.id)) e
            union all
            select p.organization_id, e.figure, e.value, e.day, e.delta, 0
              from pair p join o on o.id = p.organization_id
             cross join lateral stats_pair_events(p, stats_pair_history(p.id)) e
            union all
            select p.organization_id, 'activity', '', a.occurred_on, 1, a.hours
              from activity a join pair p on p.id = a.pair_id join o on o.id = p.organization_id) d
     group by 1, 2, 3, 4
    having sum(d.delta) <> 0 or sum(d.amount) <> 0
$$;

-- Carries dated changes up to every rolled-up organization at or above theirs, as pending rows. Writers
-- hold a shared lock that a move of the tree takes exclusively, so a move never misses a change in flight.
create function stats_pend(deltas stats_delta[]) returns void language plpgsql volatile as $$
begin
    if coalesce(array_length(deltas, 1), 0) = 0 then
        return;
    end if;
    perform pg_advisory_xact_lock_shared(hashtext('stats_rollup_tree'));
    -- summed per organization and month first; the committees above an organization are the ids of its path
    insert into stats_rollup_pending (organization_id, figure, value, month, count, amount)
    select a.id, d.figure, d.value, d.month, sum(d.count), sum(d.amount)
      from (select x.organization_id, x.figure, x.value, stats_month(x.day) as month, sum(x.count) as count, sum(x.amount) as amount
              from unnest(deltas) x group by 1, 2, 3, 4) d
      join (select o.id, string_to_array(o.path::text, '.')::bigint[] as above
              from organization o where o.id in (select distinct x.organization_id from unnest(deltas) x)) o on o.id = d.organization_id
      join organization a on a.id = any(o.above) and stats_rolled_up(a.type)
     group by 1, 2, 3, 4
    having sum(d.count) <> 0 or sum(d.amount) <> 0;
end;
$$;

-- Volunteers: out with the old rows, in with the new, each with its current status history, honours and
-- coverage (a statement on volunteer changes none of them), so a person who moves takes them along. Edits
-- that touch no counted column are skipped.
create function stats_rollup_volunteers() returns trigger language plpgsql as $$
declare
    olds volunteer[] := '{}';
    news volunteer[] := '{}';
begin
    if tg_op = 'UPDATE' then
        select coalesce(array_agg(o), '{}'), coalesce(array_agg(n), '{}') into olds, news
          from old_table o join new_table n on n.id = o.id
         where (o.organization_id, o.gender, o.birth_date, o.residence, o.categories, o.joined_on, o.created_at, o.status)
               is distinct from (n.organization_id, n.gender, n.birth_date, n.residence, n.categories, n.joined_on, n.created_at, n.status);
    elsif tg_op = 'DELETE' then
        select coalesce(array_agg(o), '{}') into olds from old_table o;
    else
        select coalesce(array_agg(n), '{}') into news from new_table n;
    end if;
    perform stats_pend(array(
        select row((s.v).organization_id, e.figure, e.value, e.day, s.sign * e.delta, 0)::stats_delta
          from (select -1 as sign, o as v from unnest(olds) o union all select 1, n from unnest(news) n) s
         cross join lateral (select * from stats_volunteer_events(s.v, stats_volunteer_history((s.v).id))
                             union all
                             select * from stats_model_events(stats_honors_of((s.v).id), stats_coverage_of((s.v).id))) e));
    return null;
end;
$$;

-- Status changes: each volunteer touched goes out with its history as it was before the statement and
-- back in with the current one.
create function stats_rollup_volunteer_changes() returns trigger language plpgsql as $$
declare
    olds stats_owned_change[] := '{}';
    news stats_owned_change[] := '{}';
begin
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(row(o.volunteer_id, o.changed_on, o.id, o.status)::stats_owned_change), '{}') into olds from old_table o;
    end if;
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(row(n.volunteer_id, n.changed_on, n.id, n.status)::stats_owned_change), '{}') into news from new_table n;
    end if;
    perform stats_pend(array(
        select row(v.organization_id, e.figure, e.value, e.day, s.sign * e.delta, 0)::stats_delta
          from volunteer v
          join (select owner from unnest(olds) union select owner from unnest(news)) t on t.owner = v.id
         cross join lateral (select -1 as sign, stats_history_before(v.id, stats_volunteer_history(v.id), olds, news) as history
                             union all select 1, stats_volunteer_history(v.id)) s
         cross join lateral stats_volunteer_events(v, s.history) e));
    return null;
end;
$$;

-- Honours and coverage: each person touched goes out with what it had before the statement, in with what it has.
create function stats_rollup_models() returns trigger language plpgsql as $$
declare
    honours constant boolean := tg_table_name = 'honor';
    olds stats_honor[] := '{}';
    news stats_honor[] := '{}';
begin
    if tg_op <> 'INSERT' then
        if honours then
            select coalesce(array_agg(row(o.volunteer_id, o.id, o.awarded_on, o.level)::stats_honor), '{}') into olds from old_table o;
        else
            select coalesce(array_agg(row(o.volunteer_id, o.id, o.covered_on, null)::stats_honor), '{}') into olds from old_table o;
        end if;
    end if;
    if tg_op <> 'DELETE' then
        if honours then
            select coalesce(array_agg(row(n.volunteer_id, n.id, n.awarded_on, n.level)::stats_honor), '{}') into news from new_table n;
        else
            select coalesce(array_agg(row(n.volunteer_id, n.id, n.covered_on, null)::stats_honor), '{}') into news from new_table n;
        end if;
    end if;
    perform stats_pend(array(
        select row(v.organization_id, e.figure, e.value, e.day, s.sign * e.delta, 0)::stats_delta
          from volunteer v
          join (select owner from unnest(olds) union select owner from unnest(news)) t on t.owner = v.id
         cross join lateral (select -1 as sign,
                                    case when honours then stats_models_before(v.id, stats_honors_of(v.id), olds, news)
                                         else stats_honors_of(v.id) end as honors,
                                    case when honours then stats_coverage_of(v.id)
                                         else stats_models_before(v.id, stats_coverage_of(v.id), olds, news) end as coverage
                             union all select 1, stats_honors_of(v.id), stats_coverage_of(v.id)) s
         cross join lateral stats_model_events(s.honors, s.coverage) e));
    return null;
end;
$$;

-- Pairs, and the activities that are counted where their pair is.
create function stats_rollup_pairs() returns trigger language plpgsql as $$
declare
    olds pair[] := '{}';
    news pair[] := '{}';
begin
    if tg_op = 'UPDATE' then
        select coalesce(array_agg(o), '{}'), coalesce(array_agg(n), '{}') into olds, news
          from old_table o join new_table n on n.id = o.id
         where (o.organization_id, o.type, o.started_on) is distinct from (n.organization_id, n.type, n.started_on);
    elsif tg_op = 'DELETE' then
        select coalesce(array_agg(o), '{}') into olds from old_table o;
    else
        select coalesce(array_agg(n), '{}') into news from new_table n;
    end if;
    perform stats_pend(array(
        select row(o.organization_id, e.figure, e.value, e.day, -e.delta, 0)::stats_delta
          from unnest(olds) o cross join lateral stats_pair_events(o, stats_pair_history(o.id)) e
        union all
        select row(n.organization_id, e.figure, e.value, e.day, e.delta, 0)::stats_delta
          from unnest(news) n cross join lateral stats_pair_events(n, stats_pair_history(n.id)) e
        union all
        select row(o.organization_id, 'activity', '', a.occurred_on, -1, -a.hours)::stats_delta
          from unnest(olds) o join activity a on a.pair_id = o.id
        union all
        select row(n.organization_id, 'activity', '', a.occurred_on, 1, a.hours)::stats_delta
          from unnest(news) n join activity a on a.pair_id = n.id));
    return null;
end;
$$;

create function stats_rollup_pair_changes() returns trigger language plpgsql as $$
declare
    olds stats_owned_change[] := '{}';
    news stats_owned_change[] := '{}';
begin
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(row(o.pair_id, o.changed_on, o.id, o.status)::stats_owned_change), '{}') into olds from old_table o;
    end if;
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(row(n.pair_id, n.changed_on, n.id, n.status)::stats_owned_change), '{}') into news from new_table n;
    end if;
    perform stats_pend(array(
        select row(p.organization_id, e.figure, e.value, e.day, s.sign * e.delta, 0)::stats_delta
          from pair p
          join (select owner from unnest(olds) union select owner from unnest(news)) t on t.owner = p.id
         cross join lateral (select -1 as sign, stats_history_before(p.id, stats_pair_history(p.id), olds, news) as history
                             union all select 1, stats_pair_history(p.id)) s
         cross join lateral stats_pair_events(p, s.history) e));
    return null;
end;
$$;

create function stats_rollup_activities() returns trigger language plpgsql as $$
declare
    olds activity[] := '{}';
    news activity[] := '{}';
begin
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(o), '{}') into olds from old_table o;
    end if;
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(n), '{}') into news from new_table n;
    end if;
    perform stats_pend(array(
        select row(p.organization_id, 'activity', '', a.occurred_on, -1, -a.hours)::stats_delta
          from unnest(olds) a join pair p on p.id = a.pair_id
        union all
        select row(p.organization_id, 'activity', '', a.occurred_on, 1, a.hours)::stats_delta
          from unnest(news) a join pair p on p.id = a.pair_id));
    return null;
end;
$$;

-- A moved organization takes its subtree's figures from the committees above its old place to those
-- above its new one; an organization that becomes (or stops being) a rolled-up one gets (or loses) its
-- rows. Fires after organization_subtree_on_move (triggers run in name order), so the subtree's paths
-- are already the new ones.
create function stats_rollup_organization() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('stats_rollup_tree'));
    if old.path::text is distinct from new.path::text then
        insert into stats_rollup_pending (organization_id, figure, value, month, count, amount)
        select a.id, d.figure, d.value, d.month, sum(a.sign * d.count), sum(a.sign * d.amount)
          from stats_deltas(new.path) d
         cross join (select id, -1 as sign from organization where path @> old.path and id <> new.id and stats_rolled_up(type)
                     union all
                     select id, 1 from organization where path @> new.path and id <> new.id and stats_rolled_up(type)) a
         group by 1, 2, 3, 4
        having sum(a.sign * d.count) <> 0 or sum(a.sign * d.amount) <> 0;
    end if;
    if stats_rolled_up(old.type) and not stats_rolled_up(new.type) then
        delete from stats_rollup where organization_id = new.id;
        delete from stats_rollup_pending where organization_id = new.id;
    elsif stats_rolled_up(new.type) and not stats_rolled_up(old.type) then
        insert into stats_rollup_pending (organization_id, figure, value, month, count, amount)
        select new.id, d.figure, d.value, d.month, sum(d.count), sum(d.amount)
          from stats_deltas(new.path) d group by 2, 3, 4 having sum(d.count) <> 0 or sum(d.amount) <> 0;
    end if;
    return null;
end;
$$;

-- Folds the pending rows into stats_rollup in one statement: readers see them in one table or the other,
-- never both or neither; rows appended meanwhile are not in this statement's snapshot and stay pending.
create function stats_rollup_compact() returns bigint language plpgsql as $$
declare
    moved bigint;
begin
    if not pg_try_advisory_xact_lock(hashtext('stats_rollup_compact')) then
        return 0;
    end if;
    with taken as (delete from stats_rollup_pending returning *),
         summed as (select organization_id, figure, value, month, sum(count) as count, sum(amount) as amount, count(*) as n
                      from taken group by 1, 2, 3, 4),
         merged as (insert into stats_rollup (organization_id, figure, value, month, count, amount)
                    select organization_id, figure, value, month, count, amount from summed
                    on conflict (organization_id, figure, value, month)
                    do update set count = stats_rollup.count + excluded.count, amount = stats_rollup.amount + excluded.amount)
    select coalesce(sum(n), 0) into moved from summed;
    -- rows that came back to zero stay: they count nothing, and finding them would read the whole table
    return moved;
end;
$$;

-- From scratch, for the data generator (which loads with triggers off) and the tests.
create function stats_rollup_rebuild() returns bigint language plpgsql as $$
declare
    written bigint;
begin
    perform pg_advisory_xact_lock(hashtext('stats_rollup_tree'));
    truncate stats_rollup_pending, stats_rollup;
    insert into stats_rollup (organization_id, figure, value, month, count, amount)
    select a.id, d.figure, d.value, d.month, sum(d.count), sum(d.amount)
      from stats_deltas(null) d
      join organization o on o.id = d.organization_id
      join organization a on a.path @> o.path and stats_rolled_up(a.type)
     group by 1, 2, 3, 4
    having sum(d.count) <> 0 or sum(d.amount) <> 0;
    get diagnostics written = row_count;
    return written;
end;
$$;

create trigger stats_rollup_on_insert after insert on volunteer referencing new table as new_table
    for each statement execute function stats_rollup_volunteers();
create trigger stats_rollup_on_update after update on volunteer referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_volunteers();
create trigger stats_rollup_on_delete after delete on volunteer referencing old table as old_table
    for each statement execute function stats_rollup_volunteers();

create trigger stats_rollup_on_insert after insert on volunteer_status_change referencing new table as new_table
    for each statement execute function stats_rollup_volunteer_changes();
create trigger stats_rollup_on_update after update on volunteer_status_change referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_volunteer_changes();
create trigger stats_rollup_on_delete after delete on volunteer_status_change referencing old table as old_table
    for each statement execute function stats_rollup_volunteer_changes();

create trigger stats_rollup_on_insert after insert on pair referencing new table as new_table
    for each statement execute function stats_rollup_pairs();
create trigger stats_rollup_on_update after update on pair referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_pairs();
create trigger stats_rollup_on_delete after delete on pair referencing old table as old_table
    for each statement execute function stats_rollup_pairs();

create trigger stats_rollup_on_insert after insert on pair_status_change referencing new table as new_table
    for each statement execute function stats_rollup_pair_changes();
create trigger stats_rollup_on_update after update on pair_status_change referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_pair_changes();
create trigger stats_rollup_on_delete after delete on pair_status_change referencing old table as old_table
    for each statement execute function stats_rollup_pair_changes();

create trigger stats_rollup_on_insert after insert on activity referencing new table as new_table
    for each statement execute function stats_rollup_activities();
create trigger stats_rollup_on_update after update on activity referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_activities();
create trigger stats_rollup_on_delete after delete on activity referencing old table as old_table
    for each statement execute function stats_rollup_activities();

create trigger stats_rollup_on_insert after insert on honor referencing new table as new_table
    for each statement execute function stats_rollup_models();
create trigger stats_rollup_on_update after update on honor referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_models();
create trigger stats_rollup_on_delete after delete on honor referencing old table as old_table
    for each statement execute function stats_rollup_models();

create trigger stats_rollup_on_insert after insert on media_coverage referencing new table as new_table
    for each statement execute function stats_rollup_models();
create trigger stats_rollup_on_update after update on media_coverage referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_models();
create trigger stats_rollup_on_delete after delete on media_coverage referencing old table as old_table
    for each statement execute function stats_rollup_models();

-- Named after organization_subtree_on_move so that it runs after it.
create trigger stats_rollup_on_move after update of parent_id, type on organization
    for each row when (old.parent_id is distinct from new.parent_id or old.type is distinct from new.type)
    execute function stats_rollup_organization();

-- Whatever the migration finds (an existing deployment) is rolled up once.
select stats_rollup_rebuild();
