"""okr-warehouse: OKR follow-up reports → normalized DuckDB warehouse.

Stages: `extract` (raw records as printed) → `normalize` (clean records, ids)
→ `load` (DuckDB). This package holds the CLI and what every stage shares.
"""

__version__ = "0.1.0"
