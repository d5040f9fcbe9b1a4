-- RFC 6238 §5.2: an accepted code must not be accepted again. The last accepted time step is kept.
alter table app_user add column totp_last_step bigint;

drop trigger app_user_audit on app_user;
create trigger app_user_audit after insert or update or delete on app_user
    for each row execute function audit_row_change('password_hash', 'totp_secret', 'totp_last_step',
                                                   'failed_attempts', 'locked_until', 'last_login_at');
