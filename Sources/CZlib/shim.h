// zlib, for LoreFetch: inflating gzip/deflate response bodies (with a size cap) and keeping
// fetched pages compressed in the database.
#include <zlib.h>
