\timing on
\echo 'subtree page of a county (349 organizations), as OrganizationRepository.subtree'
explain (analyze, buffers off, costs off, summary on) select o.id, o.name, o.type, nlevel(o.path) - 1 as depth,
 (select count(*) from organization c where c.parent_id = o.id) as child_count
 from organization o where o.path <@ (select r.path from organization r where r.id = 1001) order by o.path offset 0 limit 20;
\echo 'its count'
explain (analyze, costs off, summary on) select count(*) from organization o where o.path <@ (select r.path from organization r where r.id = 1001);
\echo 'a province subtree count (~34,900)'
explain (analyze, costs off, summary on) select count(*) from organization o where o.path <@ (select r.path from organization r where r.id = 2);
\echo 'search by name within a province'
explain (analyze, costs off, summary on) select o.id from organization o where o.path <@ (select r.path from organization r where r.id = 2) and o.name ilike '%村10001-1%' order by o.name, o.id limit 20;
\echo 'children of a township'
explain (analyze, costs off, summary on) select o.id from organization o where o.parent_id = 10001 order by o.name;
begin;
\echo 'move a county (349 descendants) under another prefecture, trigger re-roots the subtree'
explain (analyze, costs off, summary on) update organization set parent_id = 102 where id = 1001;
rollback;
