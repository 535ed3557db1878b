#ifndef PIAO_LIBXML2_SHIM_H
#define PIAO_LIBXML2_SHIM_H
// Debian builds libxml2 with ICU; its <unicode/*.h> clash with the ICU copy inside Foundation.
// The ICU fields live only in xmlCharEncodingHandler, which this project never touches.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

// Swift 6 strict concurrency refuses the mutable C global `xmlFree`;
// a function wrapper is a plain symbol it accepts.
static inline void piao_xml_free(void *pointer) { xmlFree(pointer); }

// Silence libxml2's generic error printer (it writes to stderr otherwise).
static void piao_xml_ignore(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void piao_xml_silence(void) { xmlSetGenericErrorFunc(NULL, piao_xml_ignore); }
#endif
