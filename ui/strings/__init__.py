"""The UI string tables by page group (ui/i18n.py merges them into one)."""
