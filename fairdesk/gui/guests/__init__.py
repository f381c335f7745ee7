"""The guests page: list, form, follow-up, import wizard, bulk actions."""
