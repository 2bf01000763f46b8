/* link.c: URL building. */
#include <string.h>

#include "link.h"

int
link_escape(struct buf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";

	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;
		char e[3];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '.' || c == '_' || c == '~') {
			if (buf_append(out, s, 1) < 0)
				return -1;
			continue;
		}
		e[0] = '%';
		e[1] = hex[c >> 4];
		e[2] = hex[c & 15];
		if (buf_append(out, e, 3) < 0)
			return -1;
	}
	return 0;
}

int
link_list(struct buf *out, const char *base, const char *path, enum repr repr,
    const struct params *p, unsigned mask, const char *after)
{
	int first = 1, id;

	if (buf_puts(out, base) < 0 || buf_puts(out, strcmp(path, "/") == 0 &&
	    repr != REPR_HTML ? "/index" : path) < 0 || buf_puts(out, repr_suffix(repr)) < 0)
		return -1;
	for (id = 0; id < P__MAX; id++) {
		const char *v = id == P_AFTER ? after : p->v[id].str;
		if (!(mask & PARAM_BIT(id)) || v == NULL || (id != P_AFTER && !p->v[id].set))
			continue;
		if (buf_puts(out, first ? "?" : "&") < 0 || buf_puts(out, param_name(id)) < 0 ||
		    buf_puts(out, "=") < 0 || link_escape(out, v) < 0)
			return -1;
		first = 0;
	}
	return 0;
}
