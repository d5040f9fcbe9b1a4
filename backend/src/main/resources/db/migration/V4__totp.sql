-- Optional second factor (TOTP, RFC 6238) for logins; 等保 level 3 asks admins for two factors.
alter table app_user add column totp_secret varchar(64);
alter table app_user add column totp_enabled boolean not null default false;

drop trigger app_user_audit on app_user;
create trigger app_user_audit after insert or update or delete on app_user
    for each row execute function audit_row_change('password_hash', 'totp_secret', 'failed_attempts', 'locked_until',
                                                   'last_login_at');
