-- The rollups' rebuild (V17) one part of the tree at a time. As one statement it grouped every event of
-- the tree at once: on the nation (13 M 五老) its sort spilled more than 29 GB of temporary files and
-- failed. A part is the subtree of a top organization's child (a province under the nation), or a top's
-- own records alone; its rows for the committees above it meet the other parts' in stats_rollup and are
-- added there. Temporary space is then one part's, and the answer the same rows (a committee's row that
-- two parts bring back to zero stays, as after a compaction: it counts nothing).
--
-- random_page_cost 1.1 (the usual setting for SSDs) while it runs: at 4, the default, the planner read the
-- whole of volunteer and pair for every province of the nation rather than its 3 % by index.
create or replace function stats_rollup_rebuild() returns bigint language plpgsql set random_page_cost = 1.1 as $$
declare
    part record;
    written bigint;
begin
    perform pg_advisory_xact_lock(hashtext('stats_rollup_tree'));
    truncate stats_rollup_pending, stats_rollup;
    for part in select r.path, r.id as alone from organization r where r.parent_id is null
                union all
                select c.path, null from organization c join organization r on r.id = c.parent_id and r.parent_id is null
    loop
        -- EXECUTE plans with the part's values, so stats_deltas is inlined with them: its organizations are
        -- the part's, and a top alone reads its own rows by index rather than the whole tree. The committees
        -- above each organization of the part are the ids of its path.
        execute $part$
            insert into stats_rollup (organization_id, figure, value, month, count, amount)
            select x.above, d.figure, d.value, d.month, sum(d.count), sum(d.amount)
              from stats_deltas($1) d
              join (select o.id, a.id as above from organization o
                      join organization a on a.id = any(string_to_array(o.path::text, '.')::bigint[]) and stats_rolled_up(a.type)
                     where o.path <@ $1 and ($2::bigint is null or o.id = $2)) x on x.id = d.organization_id
             where $2::bigint is null or d.organization_id = $2
             group by 1, 2, 3, 4
            having sum(d.count) <> 0 or sum(d.amount) <> 0
                on conflict (organization_id, figure, value, month)
                do update set count = stats_rollup.count + excluded.count, amount = stats_rollup.amount + excluded.amount
        $part$ using part.path, part.alone;
    end loop;
    select count(*) into written from stats_rollup;
    return written;
end;
$$;

-- V17's deltas of a subtree, the subtree's organizations now joined where each table is read rather than
-- gathered first in a CTE: knowing nothing of the CTE's rows, the planner read, for every province of the
-- nation, all 13 M 五老 (twice), 3.9 M pairs and 39 M activities to find the province's own. The 五老 with
-- honours or coverage are found by index (exists) rather than by hashing every holder of the tree.
create or replace function stats_deltas_without_teams(subtree ltree)
    returns table (organization_id bigint, figure varchar, value varchar, month date, count bigint, amount numeric)
    language sql stable as $$
    select d.organization_id, d.figure, d.value, stats_month(d.day), sum(d.delta)::bigint, sum(d.amount)
      from (select v.organization_id, e.figure, e.value, e.day, e.delta, 0::numeric as amount
              from volunteer v join organization o on o.id = v.organization_id and (subtree is null or o.path <@ subtree)
             cross join lateral stats_volunteer_events(v, stats_volunteer_history(v.id)) e
            union all
            select v.organization_id, e.figure, e.value, e.day, e.delta, 0
              from volunteer v join organization o on o.id = v.organization_id and (subtree is null or o.path <@ subtree)
             cross join lateral stats_model_events(stats_honors_of(v.id), stats_coverage_of(v.id)) e
             where exists (select 1 from honor h where h.volunteer_id = v.id)
                or exists (select 1 from media_coverage c where c.volunteer_id = v.id)
            union all
            select p.organization_id, e.figure, e.value, e.day, e.delta, 0
              from pair p join organization o on o.id = p.organization_id and (subtree is null or o.path <@ subtree)
             cross join lateral stats_pair_events(p, stats_pair_history(p.id)) e
            union all
            select p.organization_id, 'activity', '', a.occurred_on, 1, a.hours
              from activity a join pair p on p.id = a.pair_id
              join organization o on o.id = p.organization_id and (subtree is null or o.path <@ subtree)) d
     group by 1, 2, 3, 4
    having sum(d.delta) <> 0 or sum(d.amount) <> 0
$$;
