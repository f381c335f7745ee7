"""The audit log in the window: each form's change history, and the audit page."""
