/* fetch.c: one safe HTTP(S) GET of a calendar with libcurl. */
#include <arpa/inet.h>
#include <ctype.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "fetch.h"

#define URL_MAX 2000
#define HEADER_VALUE_MAX 500   /* longer validators are not kept (calendar_sources.etag) */
#define PROXY_ADDRS_MAX 8

enum c2c_err
fetch_global_init(void)
{
	return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? C2C_OK : C2C_ENOMEM;
}

void
fetch_global_end(void)
{
	curl_global_cleanup();
}

const char *
fetch_user_agent(void)
{
	return "c2c/" C2C_VERSION " (calendar import; +https://github.com/c2c-platform/c2c)";
}

static int
v4_is_private(uint32_t a)   /* host order */
{
	static const struct { uint32_t net, mask; } nets[] = {
		{ 0x00000000, 0xff000000 },   /* 0/8: "this network" */
		{ 0x0a000000, 0xff000000 },   /* 10/8 */
		{ 0x64400000, 0xffc00000 },   /* 100.64/10: carrier-grade NAT */
		{ 0x7f000000, 0xff000000 },   /* 127/8: loopback */
		{ 0xa9fe0000, 0xffff0000 },   /* 169.254/16: link-local (cloud metadata) */
		{ 0xac100000, 0xfff00000 },   /* 172.16/12 */
		{ 0xc0000000, 0xffffff00 },   /* 192.0.0/24: protocol assignments */
		{ 0xc0a80000, 0xffff0000 },   /* 192.168/16 */
		{ 0xc6120000, 0xfffe0000 },   /* 198.18/15: benchmarking */
		{ 0xe0000000, 0xe0000000 },   /* 224/4 multicast, 240/4 reserved, broadcast */
	};
	size_t i;

	for (i = 0; i < sizeof(nets) / sizeof(nets[0]); i++)
		if ((a & nets[i].mask) == nets[i].net)
			return 1;
	return 0;
}

int
fetch_addr_is_private(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
		return v4_is_private(ntohl(in->sin_addr.s_addr));
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
		const unsigned char *b = in6->sin6_addr.s6_addr;
		static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
		static const unsigned char nat64[12] = { 0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0 };
		static const unsigned char zero[12];
		uint32_t v4;

		if (memcmp(b, mapped, 12) == 0 || memcmp(b, nat64, 12) == 0 || memcmp(b, zero, 12) == 0) {
			/* ::a.b.c.d (deprecated "compatible"), ::ffff:a.b.c.d and 64:ff9b::a.b.c.d
			 * reach the IPv4 address; :: and ::1 fall in 0/8 this way. */
			memcpy(&v4, b + 12, 4);
			return v4_is_private(ntohl(v4)) || (memcmp(b, zero, 12) == 0);
		}
		if (b[0] == 0x20 && b[1] == 0x02) {   /* 2002::/16, 6to4: the IPv4 in bits 16-47 */
			memcpy(&v4, b + 2, 4);
			return v4_is_private(ntohl(v4));
		}
		return (b[0] & 0xfe) == 0xfc ||                   /* fc00::/7 unique local */
		    (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) ||    /* fe80::/10 link-local */
		    (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) ||    /* fec0::/10 site-local */
		    b[0] == 0xff;                                 /* multicast */
	}
	return 1;   /* unix sockets and the unknown: never */
}

long
fetch_parse_retry_after(const char *v, long long now)
{
	long long s;
	char *end;

	if (v == NULL)
		return 0;
	while (*v == ' ' || *v == '\t')
		v++;
	if (*v >= '0' && *v <= '9') {
		s = strtoll(v, &end, 10);
		while (*end == ' ' || *end == '\t')
			end++;
		if (*end != '\0')
			return 0;
	} else {
		time_t t = curl_getdate(v, NULL);
		if (t == (time_t)-1)
			return 0;
		s = (long long)t - now;
	}
	if (s <= 0)
		return 0;
	return s > 7 * 86400 ? 7 * 86400 : (long)s;
}

#define NETS_MAX 32

int
fetch_networks_parse(const char *s, struct fetch_net *out, size_t max, size_t *n)
{
	size_t count = 0;

	if (out == NULL)
		max = NETS_MAX;
	while (s != NULL && *s != '\0') {
		char item[64], *slash, *end;
		size_t len;
		struct fetch_net net;
		long prefix;

		while (*s == ' ' || *s == ',')
			s++;
		if (*s == '\0')
			break;
		len = strcspn(s, " ,");
		if (len >= sizeof(item) || count == max)
			return -1;
		memcpy(item, s, len);
		item[len] = '\0';
		s += len;
		memset(&net, 0, sizeof(net));
		if ((slash = strchr(item, '/')) != NULL)
			*slash = '\0';
		if (inet_pton(AF_INET, item, net.addr) == 1)
			net.family = AF_INET, net.prefix = 32;
		else if (inet_pton(AF_INET6, item, net.addr) == 1)
			net.family = AF_INET6, net.prefix = 128;
		else
			return -1;
		if (slash != NULL) {
			if (slash[1] < '0' || slash[1] > '9')
				return -1;
			prefix = strtol(slash + 1, &end, 10);
			if (*end != '\0' || prefix < 0 || prefix > net.prefix)
				return -1;
			net.prefix = (int)prefix;
		}
		if (out != NULL)
			out[count] = net;
		count++;
	}
	if (n != NULL)
		*n = count;
	return 0;
}

int
fetch_addr_in(const struct sockaddr *sa, const struct fetch_net *nets, size_t n)
{
	const unsigned char *a;
	size_t i;
	int fam = sa->sa_family;

	if (fam == AF_INET)
		a = (const unsigned char *)&((const struct sockaddr_in *)(const void *)sa)->sin_addr;
	else if (fam == AF_INET6)
		a = ((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr.s6_addr;
	else
		return 0;
	for (i = 0; i < n; i++) {
		int full = nets[i].prefix / 8, rest = nets[i].prefix % 8;
		if (nets[i].family != fam || memcmp(a, nets[i].addr, (size_t)full) != 0)
			continue;
		if (rest == 0 || ((a[full] ^ nets[i].addr[full]) & (0xff << (8 - rest)) & 0xff) == 0)
			return 1;
	}
	return 0;
}

/* One transfer: its handle, its headers and what its callbacks see.  Allocated by
 * xfer_new, freed by xfer_free; r belongs to the caller. */
struct xfer {
	struct fetch_result *r;
	CURL  *c;
	struct curl_slist *hdrs;
	long   max_bytes, timeout, connect_timeout;
	int    conditional;       /* validators were sent: a 304 is "not modified" */
	struct fetch_net allowed[NETS_MAX];
	size_t nallowed;
	struct sockaddr_storage proxy_addr[PROXY_ADDRS_MAX];   /* the proxy's (address and
	                                                        * port), allowed */
	size_t nproxy;
	int    too_big;
	char   refused[160];   /* the address refused, when one was */
	char   cerr[CURL_ERROR_SIZE];
	void  *tag;            /* the caller's, for fetch_multi_next */
	struct xfer *next;     /* in a fetch_multi */
};

static size_t
on_body(char *p, size_t size, size_t n, void *arg)
{
	struct xfer *x = arg;
	size_t len = size * n;

	if ((long long)x->r->body.len + (long long)len > x->max_bytes) {
		x->too_big = 1;
		return 0;   /* makes curl stop with CURLE_WRITE_ERROR */
	}
	if (buf_append(&x->r->body, p, len) < 0)
		return 0;
	return len;
}

/* Copies a header's value, trimmed, into *dst (replacing it); over-long values are not
 * kept. */
static void
keep_value(char **dst, const char *v, size_t len)
{
	while (len > 0 && (*v == ' ' || *v == '\t'))
		v++, len--;
	while (len > 0 && (v[len - 1] == '\r' || v[len - 1] == '\n' || v[len - 1] == ' ' ||
	    v[len - 1] == '\t'))
		len--;
	free(*dst);
	*dst = NULL;
	if (len == 0 || len > HEADER_VALUE_MAX)
		return;
	if ((*dst = malloc(len + 1)) != NULL) {
		memcpy(*dst, v, len);
		(*dst)[len] = '\0';
	}
}

static size_t
on_header(char *p, size_t size, size_t n, void *arg)
{
	struct xfer *x = arg;
	struct fetch_result *r = x->r;
	size_t len = size * n;
	char *retry = NULL;

	if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
		/* A new response (after a redirect or a 100): forget the last one's headers. */
		free(r->etag), r->etag = NULL;
		free(r->last_modified), r->last_modified = NULL;
		free(r->content_type), r->content_type = NULL;
		r->retry_after = 0;
		return len;
	}
	if (len > 5 && strncasecmp(p, "ETag:", 5) == 0)
		keep_value(&r->etag, p + 5, len - 5);
	else if (len > 14 && strncasecmp(p, "Last-Modified:", 14) == 0)
		keep_value(&r->last_modified, p + 14, len - 14);
	else if (len > 13 && strncasecmp(p, "Content-Type:", 13) == 0)
		keep_value(&r->content_type, p + 13, len - 13);
	else if (len > 12 && strncasecmp(p, "Retry-After:", 12) == 0) {
		keep_value(&retry, p + 12, len - 12);
		r->retry_after = fetch_parse_retry_after(retry, (long long)time(NULL));
		free(retry);
	}
	return len;
}

/* 1 when a and b, of the same family, are the same address and port. */
static int
same_endpoint(const struct sockaddr *a, const struct sockaddr *b)
{
	if (a->sa_family == AF_INET) {
		const struct sockaddr_in *x = (const void *)a, *y = (const void *)b;
		return x->sin_port == y->sin_port &&
		    memcmp(&x->sin_addr, &y->sin_addr, sizeof(x->sin_addr)) == 0;
	}
	if (a->sa_family == AF_INET6) {
		const struct sockaddr_in6 *x = (const void *)a, *y = (const void *)b;
		return x->sin6_port == y->sin6_port &&
		    memcmp(&x->sin6_addr, &y->sin6_addr, sizeof(x->sin6_addr)) == 0;
	}
	return 0;
}

/* 1 when sa is one of the proxy's addresses with its port (the administrator named the
 * proxy: it may well be on the local network; another port of that host is not the proxy). */
static int
is_proxy(const struct xfer *x, const struct sockaddr *sa)
{
	size_t i;

	for (i = 0; i < x->nproxy; i++) {
		const struct sockaddr *p = (const struct sockaddr *)(const void *)&x->proxy_addr[i];
		if (p->sa_family == sa->sa_family && same_endpoint(p, sa))
			return 1;
	}
	return 0;
}

/* Resolves the host of the proxy URL into x->proxy_addr (none when it does not resolve:
 * curl then fails to reach it too, and says so). */
static void
proxy_resolve(struct xfer *x, const char *proxy)
{
	CURLU *u;
	char *host = NULL, *port = NULL, *scheme = NULL, *h;
	struct addrinfo hints, *res = NULL, *ai;
	size_t n;

	if ((u = curl_url()) == NULL)
		return;
	/* A proxy given as "host:port" has no scheme: curl takes it as http. */
	if (curl_url_set(u, CURLUPART_URL, proxy, CURLU_GUESS_SCHEME | CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {
		h = host;
		n = strlen(h);
		if (n > 2 && h[0] == '[' && h[n - 1] == ']') {   /* an IPv6 literal */
			h[n - 1] = '\0';
			h++;
		}
		/* Without a port curl takes 1080 for a proxy, 443 for an https one. */
		curl_url_get(u, CURLUPART_PORT, &port, 0);
		curl_url_get(u, CURLUPART_SCHEME, &scheme, 0);
		memset(&hints, 0, sizeof(hints));
		hints.ai_socktype = SOCK_STREAM;
		hints.ai_flags = AI_NUMERICSERV;
		if (getaddrinfo(h, port != NULL ? port :
		    scheme != NULL && strcmp(scheme, "https") == 0 ? "443" : "1080", &hints, &res) == 0) {
			for (ai = res; ai != NULL && x->nproxy < PROXY_ADDRS_MAX; ai = ai->ai_next)
				if (ai->ai_addrlen <= sizeof(x->proxy_addr[0]))
					memcpy(&x->proxy_addr[x->nproxy++], ai->ai_addr, ai->ai_addrlen);
			freeaddrinfo(res);
		}
	}
	curl_free(host);
	curl_free(port);
	curl_free(scheme);
	curl_url_cleanup(u);
}

/* Called for every connection curl opens, with the address it is about to connect to:
 * the one place where the address is known for certain (after DNS, for every redirect). */
static curl_socket_t
on_open_socket(void *arg, curlsocktype purpose, struct curl_sockaddr *a)
{
	struct xfer *x = arg;
	char host[INET6_ADDRSTRLEN] = "?";

	(void)purpose;
	if (fetch_addr_is_private(&a->addr) && !fetch_addr_in(&a->addr, x->allowed, x->nallowed) &&
	    !is_proxy(x, &a->addr)) {
		if (a->family == AF_INET)
			inet_ntop(AF_INET, &((struct sockaddr_in *)(void *)&a->addr)->sin_addr, host,
			    sizeof(host));
		else if (a->family == AF_INET6)
			inet_ntop(AF_INET6, &((struct sockaddr_in6 *)(void *)&a->addr)->sin6_addr, host,
			    sizeof(host));
		snprintf(x->refused, sizeof(x->refused), "%s", host);
		return CURL_SOCKET_BAD;
	}
	return socket(a->family, a->socktype, a->protocol);
}

static int
url_acceptable(const char *url)
{
	size_t len = strlen(url), i;

	if (len > URL_MAX || (strncasecmp(url, "http://", 7) != 0 && strncasecmp(url, "https://", 8) != 0))
		return 0;
	for (i = 0; i < len; i++)
		if ((unsigned char)url[i] <= ' ' || (unsigned char)url[i] == 0x7f)
			return 0;
	return 1;
}

void
fetch_result_free(struct fetch_result *r)
{
	buf_free(&r->body);
	free(r->etag);
	free(r->last_modified);
	free(r->content_type);
	r->etag = r->last_modified = r->content_type = NULL;
}

static void
xfer_free(struct xfer *x)
{
	if (x == NULL)
		return;
	if (x->c != NULL)
		curl_easy_cleanup(x->c);
	curl_slist_free_all(x->hdrs);
	free(x);
}

/* A transfer of url set up with o into r (cleared first); NULL with *rc set on failure
 * (C2C_EINVAL for a URL or networks not acceptable, C2C_ENOMEM). */
static struct xfer *
xfer_new(const char *url, const struct fetch_opts *o, struct fetch_result *r, enum c2c_err *rc)
{
	char line[HEADER_VALUE_MAX + 32];
	struct curl_slist *h;
	struct xfer *x;
	CURL *c;

	memset(r, 0, sizeof(*r));
	*rc = C2C_EINVAL;
	if (!url_acceptable(url))
		return NULL;
	*rc = C2C_ENOMEM;
	if ((x = calloc(1, sizeof(*x))) == NULL)
		return NULL;
	x->r = r;
	x->max_bytes = o->max_bytes;
	x->timeout = o->timeout;
	x->connect_timeout = o->connect_timeout;
	x->conditional = o->etag != NULL || o->last_modified != NULL;
	if (fetch_networks_parse(o->allow_networks, x->allowed, NETS_MAX, &x->nallowed) < 0) {
		*rc = C2C_EINVAL;
		goto fail;
	}
	if ((x->c = c = curl_easy_init()) == NULL)
		goto fail;
	if (o->etag != NULL && *o->etag != '\0') {
		snprintf(line, sizeof(line), "If-None-Match: %s", o->etag);
		if ((h = curl_slist_append(x->hdrs, line)) == NULL)
			goto fail;
		x->hdrs = h;
	}
	if (o->last_modified != NULL && *o->last_modified != '\0') {
		snprintf(line, sizeof(line), "If-Modified-Since: %s", o->last_modified);
		if ((h = curl_slist_append(x->hdrs, line)) == NULL)
			goto fail;
		x->hdrs = h;
	}
	if ((h = curl_slist_append(x->hdrs, "Accept: text/calendar, */*;q=0.5")) == NULL)
		goto fail;
	x->hdrs = h;

	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	/* Only the proxy the configuration names: one from the environment (http_proxy...)
	 * would be a surprise, and its address would meet the check below unannounced. */
	if (o->proxy != NULL && *o->proxy != '\0') {
		curl_easy_setopt(c, CURLOPT_PROXY, o->proxy);
		curl_easy_setopt(c, CURLOPT_NOPROXY, o->no_proxy != NULL ? o->no_proxy : "");
		proxy_resolve(x, o->proxy);
	} else {
		curl_easy_setopt(c, CURLOPT_PROXY, "");
	}
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, o->connect_timeout);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, o->timeout);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");   /* every encoding curl decodes */
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_bytes);
	curl_easy_setopt(c, CURLOPT_USERAGENT, fetch_user_agent());
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, x->hdrs);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	if (o->ca_file != NULL && *o->ca_file != '\0')
		curl_easy_setopt(c, CURLOPT_CAINFO, o->ca_file);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(c, CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
	curl_easy_setopt(c, CURLOPT_OPENSOCKETDATA, x);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, x->cerr);
	curl_easy_setopt(c, CURLOPT_PRIVATE, x);
	*rc = C2C_OK;
	return x;
fail:
	xfer_free(x);
	return NULL;
}

/* Fills x's result from the transfer's end cc: the outcome, and for a failure its kind
 * and a reason a person can act on. */
static enum c2c_err
xfer_done(struct xfer *x, CURLcode cc)
{
	struct fetch_result *r = x->r;
	curl_off_t dl = 0;

	curl_easy_getinfo(x->c, CURLINFO_RESPONSE_CODE, &r->http_status);
	curl_easy_getinfo(x->c, CURLINFO_SIZE_DOWNLOAD_T, &dl);
	r->wire_bytes = (long long)dl;
	r->outcome = FETCH_FAILED;
	r->kind = FETCH_E_OTHER;
	if (x->refused[0] != '\0' && cc != CURLE_OK) {
		r->kind = FETCH_E_CONNECT;
		snprintf(r->error, sizeof(r->error), "refused to connect to %s: a loopback, private or "
		    "link-local address (import_allow_networks can allow it)", x->refused);
	} else if (x->too_big || cc == CURLE_FILESIZE_EXCEEDED) {
		r->kind = FETCH_E_TOO_LARGE;
		snprintf(r->error, sizeof(r->error), "the calendar is larger than import_max_bytes "
		    "(%ld bytes)", x->max_bytes);
	} else if (cc == CURLE_OPERATION_TIMEDOUT) {
		r->kind = FETCH_E_TIMEOUT;
		snprintf(r->error, sizeof(r->error), "timed out after %ld s (import_timeout; "
		    "import_connect_timeout is %ld s)", x->timeout, x->connect_timeout);
	} else if (cc == CURLE_TOO_MANY_REDIRECTS) {
		r->kind = FETCH_E_REDIRECT;
		snprintf(r->error, sizeof(r->error), "more than 5 redirects");
	} else if (cc == CURLE_UNSUPPORTED_PROTOCOL) {
		r->kind = FETCH_E_REDIRECT;
		snprintf(r->error, sizeof(r->error), "redirected to a URL that is not http or https");
	} else if (cc == CURLE_WRITE_ERROR)
		snprintf(r->error, sizeof(r->error), "out of memory while receiving the calendar");
	else if (cc != CURLE_OK) {
		if (cc == CURLE_COULDNT_RESOLVE_HOST || cc == CURLE_COULDNT_CONNECT ||
		    cc == CURLE_SSL_CONNECT_ERROR || cc == CURLE_PEER_FAILED_VERIFICATION ||
		    cc == CURLE_GOT_NOTHING || cc == CURLE_RECV_ERROR || cc == CURLE_SEND_ERROR)
			r->kind = FETCH_E_CONNECT;
		snprintf(r->error, sizeof(r->error), "%s%s%s", curl_easy_strerror(cc),
		    x->cerr[0] != '\0' ? ": " : "", x->cerr);
	} else if (r->http_status == 304 && x->conditional) {
		r->outcome = FETCH_NOT_MODIFIED;
		r->kind = FETCH_E_NONE;
	} else if (r->http_status == 200) {
		r->outcome = FETCH_OK;
		r->kind = FETCH_E_NONE;
	} else {
		r->kind = FETCH_E_HTTP;
		snprintf(r->error, sizeof(r->error), "HTTP status %ld%s", r->http_status,
		    r->http_status == 429 || r->http_status == 503 ?
		    (r->retry_after > 0 ? " (the server asked to retry later)" : " (server busy)") :
		    r->http_status == 404 || r->http_status == 410 ? " (the calendar is not there: check the URL)" :
		    r->http_status == 401 || r->http_status == 403 ? " (the server refuses access)" : "");
	}
	if (r->outcome == FETCH_OK && buf_append(&r->body, "", 0) < 0)
		return C2C_ENOMEM;
	return C2C_OK;
}

enum c2c_err
fetch_url(const char *url, const struct fetch_opts *o, struct fetch_result *r)
{
	enum c2c_err rc;
	struct xfer *x = xfer_new(url, o, r, &rc);

	if (x == NULL)
		return rc;
	rc = xfer_done(x, curl_easy_perform(x->c));
	xfer_free(x);
	return rc;
}

/* ---- Several at once ------------------------------------------------------------------- */

struct fetch_multi {
	CURLM       *m;
	struct xfer *list;     /* transfers added and not yet handed back */
	size_t       n;
};

enum c2c_err
fetch_multi_new(struct fetch_multi **out)
{
	struct fetch_multi *fm;

	*out = NULL;
	if ((fm = calloc(1, sizeof(*fm))) == NULL)
		return C2C_ENOMEM;
	if ((fm->m = curl_multi_init()) == NULL) {
		free(fm);
		return C2C_ENOMEM;
	}
	*out = fm;
	return C2C_OK;
}

void
fetch_multi_free(struct fetch_multi *fm)
{
	struct xfer *x, *next;

	if (fm == NULL)
		return;
	for (x = fm->list; x != NULL; x = next) {
		next = x->next;
		curl_multi_remove_handle(fm->m, x->c);
		xfer_free(x);
	}
	curl_multi_cleanup(fm->m);
	free(fm);
}

size_t
fetch_multi_active(const struct fetch_multi *fm)
{
	return fm->n;
}

enum c2c_err
fetch_multi_add(struct fetch_multi *fm, const char *url, const struct fetch_opts *o,
    struct fetch_result *r, void *tag)
{
	enum c2c_err rc;
	struct xfer *x = xfer_new(url, o, r, &rc);

	if (x == NULL)
		return rc;
	x->tag = tag;
	if (curl_multi_add_handle(fm->m, x->c) != CURLM_OK) {
		xfer_free(x);
		return C2C_ENOMEM;
	}
	x->next = fm->list;
	fm->list = x;
	fm->n++;
	return C2C_OK;
}

/* The transfer of fm that curl says has ended, taken out of fm; NULL if none has. */
static struct xfer *
take_done(struct fetch_multi *fm, CURLcode *cc)
{
	struct xfer **pp, *x = NULL;
	CURLMsg *msg;
	int left;

	while ((msg = curl_multi_info_read(fm->m, &left)) != NULL) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&x);
		*cc = msg->data.result;
		break;
	}
	if (x == NULL)
		return NULL;
	for (pp = &fm->list; *pp != NULL && *pp != x; pp = &(*pp)->next)
		;
	if (*pp == x)
		*pp = x->next;
	fm->n--;
	curl_multi_remove_handle(fm->m, x->c);
	return x;
}

enum c2c_err
fetch_multi_next(struct fetch_multi *fm, int timeout_ms, void **done)
{
	struct xfer *x;
	CURLcode cc = CURLE_OK;
	enum c2c_err rc;
	int running, waited = 0;

	*done = NULL;
	for (;;) {
		if (curl_multi_perform(fm->m, &running) != CURLM_OK)
			return C2C_ENOMEM;
		if ((x = take_done(fm, &cc)) != NULL)
			break;
		if (waited || fm->n == 0)
			return C2C_OK;
		if (curl_multi_poll(fm->m, NULL, 0, timeout_ms, NULL) != CURLM_OK)
			return C2C_ENOMEM;
		waited = 1;
	}
	rc = xfer_done(x, cc);
	*done = x->tag;
	xfer_free(x);
	return rc;
}
