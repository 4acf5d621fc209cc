"""Storage: the only package with SQL. ``db`` connects, ``migrations`` versions the schema,
``records`` writes and ``queries`` reads."""
