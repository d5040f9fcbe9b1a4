-- pg_restore runs with an empty search_path, where "old.path is distinct from new.path" finds no
-- ltree equality (the operator lives in the extension's schema and IS DISTINCT FROM cannot name
-- it): the restore of a backup failed on this trigger (R4). The paths compare the same as text,
-- whose equality is built in.
drop trigger organization_subtree_on_move on organization;

create trigger organization_subtree_on_move
    after update of parent_id on organization
    for each row when (old.path::text is distinct from new.path::text)
    execute function organization_move_subtree();
