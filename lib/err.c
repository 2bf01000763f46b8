/* err.c: messages and HTTP statuses of enum c2c_err. */
#include "err.h"
#include "names.h"

static const struct {
	const char *msg;
	int status;
} errs[] = {
	[C2C_OK]         = { "success", 200 },
	[C2C_ENOMEM]     = { "out of memory", 500 },
	[C2C_EINVAL]     = { "invalid input", 400 },
	[C2C_ENOTFOUND]  = { "not found", 404 },
	[C2C_EMETHOD]    = { "method not allowed", 405 },
	[C2C_ENOTACCEPT] = { "no acceptable representation", 406 },
	[C2C_ETOOLONG]   = { "input too long", 414 },
	[C2C_EDBDOWN]    = { "database unavailable", 503 },
	[C2C_EDB]        = { "database error", 500 },
	[C2C_EXML]       = { "XML processing error", 500 },
	[C2C_EIO]        = { "input/output error", 500 },
	[C2C_ECONFIG]    = { "configuration error", 500 },
};
NAMES_COVER(errs, C2C_ERR__MAX);

const char *
c2c_strerror(enum c2c_err e)
{
	if ((unsigned)e >= C2C_ERR__MAX)
		return "unknown error";
	return errs[e].msg;
}

int
c2c_err_http_status(enum c2c_err e)
{
	if ((unsigned)e >= C2C_ERR__MAX)
		return 500;
	return errs[e].status;
}
