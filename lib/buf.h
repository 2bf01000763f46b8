/* buf.h: a growable byte buffer.  The struct owns data; buf_free releases it. */
#ifndef C2C_BUF_H
#define C2C_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char   *data;   /* always NUL-terminated once anything was appended */
	size_t  len;
	size_t  cap;
};

#define BUF_INIT { NULL, 0, 0 }

/* All return 0, or -1 when memory runs out (the buffer is then unchanged). */
int  buf_append(struct buf *b, const void *p, size_t n);
int  buf_puts(struct buf *b, const char *s);
int  buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int  buf_vprintf(struct buf *b, const char *fmt, va_list ap);
void buf_reset(struct buf *b);  /* empties, keeps the memory */
void buf_free(struct buf *b);   /* releases the memory; b may be reused */

#endif
