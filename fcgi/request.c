/* request.c: a FastCGI request's parameters, read and validated once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "server.h"
#include "utf8.h"

#define URI_MAX 8192

/* The path part of a base URL ("https://x.org/c2c" -> "/c2c"). */
static const char *
base_path(const char *base)
{
	const char *p;

	if (strncmp(base, "http://", 7) != 0 && strncmp(base, "https://", 8) != 0)
		return base;
	p = strchr(base + (base[4] == 's' ? 8 : 7), '/');
	return p ? p : "";
}

/* 1 when s is a plausible Host header: a name or address, maybe a port. */
static int
host_valid(const char *s)
{
	size_t i, n = s ? strlen(s) : 0;

	if (n == 0 || n > 255)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') || strchr(".-:[]", s[i]) != NULL))
			return 0;
	return 1;
}

/* The origin of absolute links (feeds): none when base_url is absolute; else the scheme
 * and the host the client asked for, when it is a plausible one. */
static void
req_origin(struct c2c_req *req, FCGX_Request *f)
{
	const char *https = FCGX_GetParam("HTTPS", f->envp);
	const char *scheme = FCGX_GetParam("REQUEST_SCHEME", f->envp);
	const char *host = FCGX_GetParam("HTTP_HOST", f->envp);
	const char *port = FCGX_GetParam("SERVER_PORT", f->envp);

	req->origin[0] = '\0';
	if (strncmp(req->base, "http://", 7) == 0 || strncmp(req->base, "https://", 8) == 0)
		return;
	if (scheme == NULL || (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0))
		scheme = https && *https && strcmp(https, "off") != 0 ? "https" : "http";
	if (!host_valid(host))
		host = FCGX_GetParam("SERVER_NAME", f->envp);
	if (!host_valid(host))
		host = "localhost";
	/* nginx passes $host, without the port: add the server's when it is not the default. */
	if (strchr(host, ':') == NULL && port != NULL && *port != '\0' &&
	    strcmp(port, strcmp(scheme, "https") == 0 ? "443" : "80") != 0 && strspn(port, "0123456789") == strlen(port))
		snprintf(req->origin, sizeof(req->origin), "%s://%s:%s", scheme, host, port);
	else
		snprintf(req->origin, sizeof(req->origin), "%s://%s", scheme, host);
}

enum c2c_err
req_init(struct c2c_req *req, struct worker *w, FCGX_Request *f, int *status, char *msg,
    size_t msglen)
{
	const char *uri = FCGX_GetParam("REQUEST_URI", f->envp);
	const char *script = FCGX_GetParam("SCRIPT_NAME", f->envp);
	const char *pinfo = FCGX_GetParam("PATH_INFO", f->envp);
	const char *cfgbase = w->cfg->base_url;
	char *decoded = NULL;
	size_t dlen = 0;

	memset(req, 0, sizeof(*req));
	req->w = w;
	req->fcgx = f;
	req->status = 200;
	req->method = method_parse(FCGX_GetParam("REQUEST_METHOD", f->envp));
	req->query = FCGX_GetParam("QUERY_STRING", f->envp);
	req->accept = FCGX_GetParam("HTTP_ACCEPT", f->envp);
	req->if_none_match = FCGX_GetParam("HTTP_IF_NONE_MATCH", f->envp);
	req->if_modified_since = FCGX_GetParam("HTTP_IF_MODIFIED_SINCE", f->envp);
	req->lang = http_lang(FCGX_GetParam("HTTP_ACCEPT_LANGUAGE", f->envp));
	/* After a write the client carries its GTID (fcgi/response.c); anything else in that
	 * cookie is ignored, it only ever sends a read to the primary or makes it wait. */
	if (!http_cookie(FCGX_GetParam("HTTP_COOKIE", f->envp), "c2c_rw", req->rw_gtid,
	    sizeof(req->rw_gtid)) || !replica_gtid_valid(req->rw_gtid))
		req->rw_gtid[0] = '\0';
	if (script == NULL)
		script = "";

	if (uri != NULL && strlen(uri) > URI_MAX) {
		*status = 414;
		snprintf(msg, msglen, "request URI longer than %d bytes", URI_MAX);
		return C2C_ETOOLONG;
	}
	if (uri != NULL) {
		const char *q = strchr(uri, '?');
		if ((decoded = param_decode(uri, q ? (size_t)(q - uri) : strlen(uri), 0, &dlen)) == NULL ||
		    strlen(decoded) != dlen || !utf8_valid(decoded, dlen)) {
			free(decoded);
			*status = 400;
			snprintf(msg, msglen, "the request path is not validly percent-encoded UTF-8");
			return C2C_EINVAL;
		}
		/* REQUEST_URI is the client's, dot-segments and all; the web server matched its
		 * locations (and their authentication) against the normalised path, and so must
		 * c2c where no PATH_INFO says what that was (Apache's mod_proxy_fcgi). */
		http_path_normalise(decoded);
	}

	/* Where are we mounted?  base_url from the config wins; else PATH_INFO with
	 * SCRIPT_NAME (nginx fastcgi_split_path_info, Apache with PATH_INFO); else the
	 * request path under SCRIPT_NAME, or the whole request path. */
	if (cfgbase[0] != '\0' && decoded != NULL) {
		const char *bp = base_path(cfgbase);
		size_t n = strlen(bp);
		req->base = strdup(cfgbase);
		if (strncmp(decoded, bp, n) == 0 && (decoded[n] == '/' || decoded[n] == '\0'))
			req->path = strdup(decoded[n] ? decoded + n : "/");
		else
			req->path = strdup(pinfo && *pinfo ? pinfo : decoded);
	} else if (pinfo != NULL && *pinfo != '\0') {
		req->base = strdup(script);
		req->path = strdup(pinfo);
	} else if (decoded != NULL) {
		size_t n = strlen(script);
		if (n > 0 && script[n - 1] == '/')
			n--;
		if (n > 0 && strncmp(decoded, script, n) == 0 && (decoded[n] == '/' || decoded[n] == '\0')) {
			req->base = strndup(script, n);
			req->path = strdup(decoded[n] ? decoded + n : "/");
		} else {
			req->base = strdup("");
			req->path = strdup(decoded);
		}
	} else {
		req->base = strdup("");
		req->path = strdup(script[0] ? script : "/");
	}
	free(decoded);
	if (req->base == NULL || req->path == NULL) {
		*status = 500;
		snprintf(msg, msglen, "out of memory");
		return C2C_ENOMEM;
	}
	req_origin(req, f);
	/* PATH_INFO arrives decoded by the web server: check it as we check our own. */
	if (!utf8_valid(req->path, strlen(req->path))) {
		*status = 400;
		snprintf(msg, msglen, "the request path is not valid UTF-8");
		return C2C_EINVAL;
	}
	return C2C_OK;
}

void
req_free(struct c2c_req *req)
{
	params_free(&req->params);
	buf_free(&req->self);
	free(req->next);
	free(req->path);
	free(req->base);
	memset(req, 0, sizeof(*req));
}
