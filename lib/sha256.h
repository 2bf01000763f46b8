/* sha256.h: SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104), small and self-contained.
 * Why our own: c2c needs a hash only to store API tokens (hash, never the token) and to
 * sign CSRF tokens; pulling in OpenSSL for two functions would add a dependency to
 * every install.  tests/unit/test_auth.c checks the FIPS 180-4 and RFC 4231 vectors. */
#ifndef C2C_SHA256_H
#define C2C_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN 32

struct sha256 {
	uint32_t h[8];
	uint64_t len;          /* bytes hashed so far */
	unsigned char blk[64];
	size_t   nblk;         /* bytes waiting in blk */
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *p, size_t n);
void sha256_final(struct sha256 *s, unsigned char out[SHA256_LEN]);
/* One call: out = SHA-256(p[0..n)). */
void sha256(const void *p, size_t n, unsigned char out[SHA256_LEN]);
/* out = HMAC-SHA-256(key, msg). */
void hmac_sha256(const void *key, size_t keylen, const void *msg, size_t msglen,
    unsigned char out[SHA256_LEN]);
/* Lowercase hex of n bytes into out (2n + 1 bytes with the NUL). */
void hex_encode(const unsigned char *p, size_t n, char *out);
/* 1 when a[0..n) equals b[0..n), in time that does not depend on where they differ. */
int mem_equal_ct(const void *a, const void *b, size_t n);

#endif
