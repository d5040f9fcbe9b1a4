-- The townships keep rollups too (issue #9 point 4). V17 left them to be counted, as small subtrees; with
-- the nation in one database each of a township's eighteen counts is planned against tables of millions
-- (1 ms of planning each, half of its dashboard's time), and its dashboard missed its 50 ms. Read from
-- rollups it is one statement, as a city's.
--
-- Cost: every write carries its change to one committee more (the township under the city); the nation's
-- 38,800 townships add their own rows to the 3,215 committees'.
create or replace function stats_rolled_up(type varchar) returns boolean language sql immutable as $$
    select type in ('CITY_COMMITTEE', 'TOWNSHIP_COMMITTEE')
$$;

-- The rows the townships would have had from the start: the rebuild, by parts (12 minutes for a province on 2
-- cores, some 10 hours for the nation: run with the long-migration settings of docs/performance.md).
set local statement_timeout = 0;
select stats_rollup_rebuild();
