/* repr.h: the representations of a resource (HTML, XML, Atom, iCalendar, RELAX NG, CSV),
 * each with its path suffix and media type; shared by routing (route.h) and content
 * negotiation (http.h), which need not know each other. */
#ifndef C2C_REPR_H
#define C2C_REPR_H

enum repr { REPR_HTML, REPR_XML, REPR_ATOM, REPR_ICS, REPR_RNG, REPR_CSV, REPR__MAX };

/* ".xml" (or "" for HTML); "text/html; charset=utf-8".  Static strings. */
const char *repr_suffix(enum repr r);
const char *repr_content_type(enum repr r);

#endif
