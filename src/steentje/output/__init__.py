"""Everything steentje shows: rich screens (``render``), plain text for scripts and
documents (``formats``), and the choice between them, the pager included (``printing``).
Only this package talks to rich."""
