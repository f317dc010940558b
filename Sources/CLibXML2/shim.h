// libxml2's HTML parser, for LoreHTML (which reads pages through its SAX events).
#include <libxml/xmlversion.h>
// libxml2's headers would bring in the system ICU's, which clash with the ICU module that
// Foundation ships. Lore uses none of libxml2's ICU converters, only pointers to them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
