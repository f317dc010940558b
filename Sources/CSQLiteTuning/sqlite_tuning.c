#include <sqlite3.h>
#include "sqlite_tuning.h"

int lore_sqlite_tune(void) {
    // GRDB serialises every use of a connection itself, so SQLite's per-connection mutex
    // only costs time (GRDB documents multi-thread mode as the one it supports).
    int code = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    if (code != SQLITE_OK) return code;
    // Memory statistics take a global mutex on every allocation; Lore never reads them.
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
