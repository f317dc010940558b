#ifndef LORE_SQLITE_TUNING_H
#define LORE_SQLITE_TUNING_H

/// Sets SQLite's process-wide options before its first connection opens (sqlite3_config is
/// variadic, which Swift cannot call). Returns 0 (SQLITE_OK), or SQLite's error code when the
/// library is already initialised, in which case nothing changed.
int lore_sqlite_tune(void);

#endif
