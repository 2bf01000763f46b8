/* err.c: messages and HTTP statuses of enum c2c_err. */
#include "err.h"

static const struct {
	const char *msg;
	int status;
} errs[] = {
#define C2C_ERR_ROW(id, msg, status) [id] = { msg, status },
	C2C_ERRS(C2C_ERR_ROW)
#undef C2C_ERR_ROW
};

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
