-- The rollups' rebuild (V17) one part of the tree at a time. As one statement it grouped every event of
-- the tree at once: on the nation (13 M 五老) its sort spilled more than 29 GB of temporary files and
-- failed. A part is the subtree of a top organization's child (a province under the nation), or a top's
-- own records alone; its rows for the committees above it meet the other parts' in stats_rollup and are
-- added there. Temporary space is then one part's, and the answer the same rows (a committee's row that
-- two parts bring back to zero stays, as after a compaction: it counts nothing).
create or replace function stats_rollup_rebuild() returns bigint language plpgsql as $$
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
        -- the part's, and a top alone reads its own rows by index rather than the whole tree
        execute $part$
            insert into stats_rollup (organization_id, figure, value, month, count, amount)
            select a.id, d.figure, d.value, d.month, sum(d.count), sum(d.amount)
              from stats_deltas($1) d
              join organization o on o.id = d.organization_id
              join organization a on a.path @> o.path and stats_rolled_up(a.type)
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
