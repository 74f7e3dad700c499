-- The audit log is append-only: the embedded database refuses to change or remove an entry too.
create trigger audit_entry_no_update before update on audit_entry for each row
    call 'org.csphub.audit.internal.AppendOnlyTrigger';
create trigger audit_entry_no_delete before delete on audit_entry for each row
    call 'org.csphub.audit.internal.AppendOnlyTrigger';
