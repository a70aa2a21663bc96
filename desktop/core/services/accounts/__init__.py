"""Who may do what: roles and permissions, the access rule on cases, the audit log, staff
accounts and their key slots, settings."""
