"""PDF reports: plain data in, bytes out. No Qt and no database session here
(an import-linter contract keeps it so)."""
