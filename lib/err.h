/* err.h: the one error type of libc2c, its messages and its HTTP statuses. */
#ifndef C2C_ERR_H
#define C2C_ERR_H

enum c2c_err {
	C2C_OK = 0,
	C2C_ENOMEM,       /* out of memory */
	C2C_EINVAL,       /* bad input from a client or a file */
	C2C_ENOTFOUND,    /* no such resource */
	C2C_EMETHOD,      /* resource exists, method not allowed */
	C2C_ENOTACCEPT,   /* no representation the client accepts */
	C2C_ETOOLONG,     /* input over its size limit */
	C2C_EDBDOWN,      /* database unreachable: retry later */
	C2C_EDB,          /* database answered with an error */
	C2C_EXML,         /* libxml2/libxslt failed */
	C2C_EIO,          /* file or socket error */
	C2C_ECONFIG,      /* bad configuration */
	C2C_ERR__MAX
};

/* Static string; never NULL. */
const char *c2c_strerror(enum c2c_err e);
/* The HTTP status that answers a request failing with e. */
int c2c_err_http_status(enum c2c_err e);

#endif
