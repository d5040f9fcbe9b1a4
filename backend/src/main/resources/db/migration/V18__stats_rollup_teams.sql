-- The dashboard's teams (五老工作组织) from the rollups of V17: teams established by a day and their members
-- on it, by type, as TeamRepository.summary counts them. Counting them over a province read its ~300,000
-- memberships on every call (130–155 ms); the rollup reads a few dozen rows.
--
-- A team counts from coalesce(established_on, created_at's day); a member counts on a day when the team is
-- established and the member has joined by it and not left on or before it, so from the later of the two
-- until the day it left (a member who left before the team counted never counts). Same shape, triggers
-- and rules as V17: dated changes per committee and month, carried up by stats_pend.

-- A team's memberships, those who left too (team_member_current_idx holds only the current ones): the
-- triggers and the rebuild read them per team.
create index team_member_team_idx on team_member (team_id);

-- The dated changes one team and its members make: figure 'team' and 'teamMember', value the team's type.
create function stats_team_events(t team, members team_member[])
    returns table (figure varchar, value varchar, day date, delta bigint) language plpgsql stable as $$
declare
    established date := coalesce(t.established_on, cast(t.created_at as date));
    m team_member;
    start date;
begin
    figure := 'team'; value := t.type; day := established; delta := 1; return next;
    for m in select * from unnest(members) loop
        start := greatest(established, m.joined_on);
        if m.left_on is null or m.left_on > start then
            figure := 'teamMember'; day := start; delta := 1; return next;
            if m.left_on is not null then
                day := m.left_on; delta := -1; return next;
            end if;
        end if;
    end loop;
end;
$$;

-- One membership's changes, its team given (a statement on team_member changes no team).
create function stats_member_events(t team, m team_member)
    returns table (figure varchar, value varchar, day date, delta bigint) language sql stable as $$
    select e.figure, e.value, e.day, e.delta from stats_team_events(t, array[m]) e where e.figure = 'teamMember'
$$;

create function stats_members_of(squad bigint) returns team_member[] language sql stable as $$
    select coalesce(array_agg(m), '{}') from team_member m where m.team_id = squad
$$;

-- Every dated change of the teams under a path (all when null), per organization and month.
create function stats_team_deltas(subtree ltree)
    returns table (organization_id bigint, figure varchar, value varchar, month date, count bigint, amount numeric)
    language sql stable as $$
    select t.organization_id, e.figure, e.value, stats_month(e.day), sum(e.delta)::bigint, 0::numeric
      from team t join organization o on o.id = t.organization_id and (subtree is null or o.path <@ subtree)
     cross join lateral stats_team_events(t, stats_members_of(t.id)) e
     group by 1, 2, 3, 4
    having sum(e.delta) <> 0
$$;

-- The deltas of a subtree (the rebuild, a moved subtree) now with its teams: V17's function under another
-- name, and the teams beside it (their figures are their own, so nothing needs summing across the two).
alter function stats_deltas(ltree) rename to stats_deltas_without_teams;

create function stats_deltas(subtree ltree)
    returns table (organization_id bigint, figure varchar, value varchar, month date, count bigint, amount numeric)
    language sql stable as $$
    select * from stats_deltas_without_teams(subtree)
    union all
    select * from stats_team_deltas(subtree)
$$;

-- Teams: out with the old rows and their members, in with the new (a statement on team changes no member).
-- Edits that touch no counted column are skipped.
create function stats_rollup_teams() returns trigger language plpgsql as $$
declare
    olds team[] := '{}';
    news team[] := '{}';
begin
    if tg_op = 'UPDATE' then
        select coalesce(array_agg(o), '{}'), coalesce(array_agg(n), '{}') into olds, news
          from old_table o join new_table n on n.id = o.id
         where (o.organization_id, o.type, o.established_on, o.created_at)
               is distinct from (n.organization_id, n.type, n.established_on, n.created_at);
    elsif tg_op = 'DELETE' then
        select coalesce(array_agg(o), '{}') into olds from old_table o;
    else
        select coalesce(array_agg(n), '{}') into news from new_table n;
    end if;
    perform stats_pend(array(
        select row((s.t).organization_id, e.figure, e.value, e.day, s.sign * e.delta, 0)::stats_delta
          from (select -1 as sign, o as t from unnest(olds) o union all select 1, n from unnest(news) n) s
         cross join lateral stats_team_events(s.t, stats_members_of((s.t).id)) e));
    return null;
end;
$$;

-- Memberships: each old row out and each new row in, with its team as it is (an edit that changes no date
-- comes out and goes back in the same).
create function stats_rollup_team_members() returns trigger language plpgsql as $$
declare
    olds team_member[] := '{}';
    news team_member[] := '{}';
begin
    if tg_op <> 'INSERT' then
        select coalesce(array_agg(o), '{}') into olds from old_table o;
    end if;
    if tg_op <> 'DELETE' then
        select coalesce(array_agg(n), '{}') into news from new_table n;
    end if;
    perform stats_pend(array(
        select row(t.organization_id, e.figure, e.value, e.day, s.sign * e.delta, 0)::stats_delta
          from (select -1 as sign, o as m from unnest(olds) o union all select 1, n from unnest(news) n) s
          join team t on t.id = (s.m).team_id
         cross join lateral stats_member_events(t, s.m) e));
    return null;
end;
$$;

create trigger stats_rollup_on_insert after insert on team referencing new table as new_table
    for each statement execute function stats_rollup_teams();
create trigger stats_rollup_on_update after update on team referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_teams();
create trigger stats_rollup_on_delete after delete on team referencing old table as old_table
    for each statement execute function stats_rollup_teams();

create trigger stats_rollup_on_insert after insert on team_member referencing new table as new_table
    for each statement execute function stats_rollup_team_members();
create trigger stats_rollup_on_update after update on team_member referencing old table as old_table new table as new_table
    for each statement execute function stats_rollup_team_members();
create trigger stats_rollup_on_delete after delete on team_member referencing old table as old_table
    for each statement execute function stats_rollup_team_members();

-- What an existing deployment holds: its teams' rows for every committee above them (the other figures are
-- V17's, already there).
select pg_advisory_xact_lock(hashtext('stats_rollup_tree'));
insert into stats_rollup (organization_id, figure, value, month, count, amount)
select a.id, d.figure, d.value, d.month, sum(d.count), sum(d.amount)
  from stats_team_deltas(null) d
  join organization o on o.id = d.organization_id
  join organization a on a.path @> o.path and stats_rolled_up(a.type)
 group by 1, 2, 3, 4
having sum(d.count) <> 0;
