/* err.h: the one error type of libc2c, its messages and its HTTP statuses. */
#ifndef C2C_ERR_H
#define C2C_ERR_H

/* C2C_ERRS(X): a row X(ID, "message", HTTP status) per error, in the enum's order (the
 * X-macro pattern of lib/names.h, with one more column).  C2C_OK is 0. */
#define C2C_ERRS(X) \
	X(C2C_OK,         "success", 200) \
	X(C2C_ENOMEM,     "out of memory", 500) \
	X(C2C_EINVAL,     "invalid input", 400)                /* bad input from a client or a file */ \
	X(C2C_ENOTFOUND,  "not found", 404)                    /* no such resource */ \
	X(C2C_EMETHOD,    "method not allowed", 405)           /* resource exists, method not allowed */ \
	X(C2C_ENOTACCEPT, "no acceptable representation", 406) /* none the client accepts */ \
	X(C2C_ETOOLONG,   "input too long", 414)               /* input over its size limit */ \
	X(C2C_EDBDOWN,    "database unavailable", 503)         /* database unreachable: retry later */ \
	X(C2C_EDB,        "database error", 500)               /* database answered with an error */ \
	X(C2C_EXML,       "XML processing error", 500)         /* libxml2/libxslt failed */ \
	X(C2C_EIO,        "input/output error", 500)           /* file or socket error */ \
	X(C2C_ECONFIG,    "configuration error", 500)          /* bad configuration */
#define C2C_ERR_VALUE(id, msg, status) id,
enum c2c_err { C2C_ERRS(C2C_ERR_VALUE) C2C_ERR__MAX };
#undef C2C_ERR_VALUE

/* Static string; never NULL. */
const char *c2c_strerror(enum c2c_err e);
/* The HTTP status that answers a request failing with e. */
int c2c_err_http_status(enum c2c_err e);

#endif
