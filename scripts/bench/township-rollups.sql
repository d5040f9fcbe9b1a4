-- Some townships' rollups on a national database where V23's full rebuild (about 2 h on 2 cores) has not
-- run: the function and Flyway's history row as V23 leaves them, and the rows of the townships named
-- below, from stats_deltas of each (0.36 s a township). For measuring those townships only: the others,
-- and a county's drill-down of them, read no rows until the rebuild (select stats_rollup_rebuild()).
--   psql -v checksum=<V23's Flyway checksum> -f scripts/bench/township-rollups.sql
set statement_timeout = 0;
set random_page_cost = 1.1;
create or replace function stats_rolled_up(type varchar) returns boolean language sql immutable as $$
    select type in ('CITY_COMMITTEE', 'TOWNSHIP_COMMITTEE')
$$;
insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
select 23, '23', 'stats rollup townships', 'SQL', 'V23__stats_rollup_townships.sql', :checksum, current_user, 0, true
 where not exists (select 1 from flyway_schema_history where version = '23');
do $$
declare
    t record;
begin
    for t in select id, path from organization
              where id = any(array[169007, 22471, 434722, 19937, 820395, 743577, 774228, 828780, 13153, 481575]) loop
        delete from stats_rollup where organization_id = t.id;
        execute $q$
            insert into stats_rollup (organization_id, figure, value, month, count, amount)
            select $2, d.figure, d.value, d.month, sum(d.count), sum(d.amount)
              from stats_deltas($1) d
             group by 2, 3, 4
            having sum(d.count) <> 0 or sum(d.amount) <> 0
        $q$ using t.path, t.id;
    end loop;
end $$;
