-- The triggers' own statements reuse their plans. The backend's connections plan every statement with its
-- values (plan_cache_mode=force_custom_plan, application.properties): right for the reads, whose best plan
-- depends on how large a subtree and a period are, but inside the triggers (the rollups', the tree's, the
-- audit's) it planned every statement of every firing again: on the province's data a batch of 50 new 五老
-- took 44–46 ms instead of 25–30. A function's SET clause holds while it runs, and the functions it calls
-- inherit it. A trigger function written later needs the same clause (OperationsTest checks every one).
do $$
declare
    f regprocedure;
begin
    for f in select distinct tgfoid::regprocedure from pg_trigger where not tgisinternal loop
        execute format('alter function %s set plan_cache_mode = auto', f);
    end loop;
end $$;
