/* http.c: content and language negotiation, conditional requests, status phrases. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "http.h"
#include "repr.h"

/* q-value of a media range parameter list (";q=0.5;level=1"), 1000-based. */
int
http_media_q(const char *params, size_t len)
{
	const char *p = params, *end = params + len;

	while (p < end) {
		while (p < end && (*p == ';' || *p == ' ' || *p == '\t'))
			p++;
		if (end - p >= 2 && (p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
			int q = 0, scale = 1000, i;
			p += 2;
			if (p < end && *p == '1')
				return 1000;
			if (p >= end || *p != '0')
				return 0;
			p++;
			if (p < end && *p == '.')
				for (p++, i = 0; i < 3 && p < end && *p >= '0' && *p <= '9'; i++, p++) {
					scale /= 10;
					q += (*p - '0') * scale;
				}
			return q;
		}
		while (p < end && *p != ';')
			p++;
	}
	return 1000;
}

int
http_negotiate(const char *accept, unsigned mask)
{
	static const char *const types[REPR__MAX][3] = {
		[REPR_ATOM] = { "application/atom+xml", NULL, NULL },
		[REPR_ICS]  = { "text/calendar", NULL, NULL },
		[REPR_RNG]  = { "application/xml", NULL, NULL },
		[REPR_CSV]  = { "text/csv", NULL, NULL },
		/* Not application/xhtml+xml: we serve text/html, and application/... means XML. */
		[REPR_HTML] = { "text/html", NULL, NULL },
		[REPR_XML]  = { "application/xml", "text/xml", NULL },
	};
	int best = -1, bestq = 0, r;

	if (accept == NULL || *accept == '\0') {
		for (r = 0; r < REPR__MAX; r++)
			if (mask & (1u << r))
				return r;
		return -1;
	}
	for (r = 0; r < REPR__MAX; r++) {
		const char *p = accept;
		int q = -1, spec = -1;   /* q of the most specific matching range */

		if (!(mask & (1u << r)))
			continue;
		while (*p != '\0') {
			const char *comma = strchr(p, ',');
			const char *end = comma ? comma : p + strlen(p);
			const char *semi = memchr(p, ';', (size_t)(end - p));
			const char *tend = semi ? semi : end;
			int s = -1, i;

			while (p < tend && (*p == ' ' || *p == '\t'))
				p++;
			while (tend > p && (tend[-1] == ' ' || tend[-1] == '\t'))
				tend--;
			if (tend - p == 3 && strncmp(p, "*/*", 3) == 0)
				s = 0;
			for (i = 0; s < 0 && types[r][i] != NULL; i++) {
				const char *slash = strchr(types[r][i], '/');
				size_t tl = strlen(types[r][i]), ml = (size_t)(slash - types[r][i]);
				if ((size_t)(tend - p) == tl && strncasecmp(p, types[r][i], tl) == 0)
					s = 2;
				else if ((size_t)(tend - p) == ml + 2 && strncasecmp(p, types[r][i], ml + 1) == 0 &&
				    p[ml + 1] == '*')
					s = 1;
			}
			if (s > spec) {
				spec = s;
				q = http_media_q(tend, (size_t)(end - tend));
			}
			p = comma ? comma + 1 : end;
		}
		if (q > bestq) {
			bestq = q;
			best = r;
		}
	}
	return best;
}


const char *
http_lang(const char *accept_language)
{
	const char *p = accept_language;
	int en = -1, zh = -1, zh_first = 0;

	/* Only our two languages count; the first language range decides ties. */
	while (p != NULL && *p != '\0') {
		const char *comma = strchr(p, ',');
		const char *end = comma ? comma : p + strlen(p);
		const char *semi = memchr(p, ';', (size_t)(end - p));
		const char *tend = semi ? semi : end;
		int q;

		while (p < tend && (*p == ' ' || *p == '\t'))
			p++;
		q = http_media_q(tend, (size_t)(end - tend));
		if (tend - p >= 2 && strncasecmp(p, "zh", 2) == 0 && (tend - p == 2 || p[2] == '-') && zh < 0) {
			zh = q;
			zh_first = en < 0;
		}
		else if (tend - p >= 2 && strncasecmp(p, "en", 2) == 0 && (tend - p == 2 || p[2] == '-') && en < 0)
			en = q;
		p = comma ? comma + 1 : end;
	}
	return zh > 0 && (zh > en || (zh == en && zh_first)) ? "zh" : "en";
}

int
http_etag_match(const char *if_none_match, const char *etag)
{
	const char *p = if_none_match;
	size_t n = strlen(etag);

	if (p == NULL)
		return 0;
	/* Weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored.  "*" is not honoured:
	 * it would need to know that the resource exists before building it. */
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (strncmp(p, "W/", 2) == 0)
			p += 2;
		if (strncmp(p, etag, n) == 0 && (p[n] == '\0' || p[n] == ',' || p[n] == ' ' || p[n] == '\t'))
			return 1;
		while (*p != '\0' && *p != ',')
			p++;
	}
	return 0;
}

void
http_path_normalise(char *path)
{
	char *in = path, *out = path;

	/* The output never runs ahead of the input, so one buffer serves both. */
	while (*in != '\0') {
		if (in[0] == '/' && in[1] == '.' && (in[2] == '/' || in[2] == '\0')) {
			/* "/./" becomes "/", a final "/." becomes "/". */
			if (in[2] == '\0') {
				*out++ = '/';
				break;
			}
			in += 2;
		} else if (in[0] == '/' && in[1] == '.' && in[2] == '.' && (in[3] == '/' || in[3] == '\0')) {
			/* "/../" or a final "/..": drop the last output segment. */
			while (out > path && *--out != '/')
				;
			if (in[3] == '\0') {
				*out++ = '/';
				break;
			}
			in += 3;
		} else if (in == path && in[0] == '.' && (in[1] == '/' || in[1] == '\0')) {
			in += in[1] ? 2 : 1;
		} else if (in == path && in[0] == '.' && in[1] == '.' && (in[2] == '/' || in[2] == '\0')) {
			in += in[2] ? 3 : 2;
		} else {
			/* One segment, with its leading "/". */
			do
				*out++ = *in++;
			while (*in != '\0' && *in != '/');
		}
	}
	*out = '\0';
}

const char *
http_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 204: return "No Content";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 406: return "Not Acceptable";
	case 409: return "Conflict";
	case 411: return "Length Required";
	case 413: return "Content Too Large";
	case 414: return "URI Too Long";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Content";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default:  return "Unknown";
	}
}

int
http_cookie(const char *header, const char *name, char *out, size_t len)
{
	size_t n = strlen(name);
	const char *p = header;

	out[0] = '\0';
	while (p != NULL && *p != '\0') {
		const char *end;
		size_t vlen;

		p += strspn(p, " \t;");
		end = strchr(p, ';');
		if (end == NULL)
			end = p + strlen(p);
		if (strncmp(p, name, n) == 0 && p[n] == '=') {
			p += n + 1;
			vlen = (size_t)(end - p);
			while (vlen > 0 && (p[vlen - 1] == ' ' || p[vlen - 1] == '\t'))
				vlen--;
			/* A quoted value is legal cookie syntax; the quotes are not part of it. */
			if (vlen >= 2 && p[0] == '"' && p[vlen - 1] == '"') {
				p++;
				vlen -= 2;
			}
			if (vlen >= len)
				return 0;
			memcpy(out, p, vlen);
			out[vlen] = '\0';
			return 1;
		}
		p = end;
	}
	return 0;
}
