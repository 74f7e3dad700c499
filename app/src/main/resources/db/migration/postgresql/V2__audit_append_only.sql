-- The audit log is append-only: the database itself refuses to change or remove an entry.
create or replace function audit_entry_reject_change() returns trigger as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$ language plpgsql;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_reject_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_reject_change();
