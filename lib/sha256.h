/* sha256.h: SHA-256, HMAC-SHA-256, constant-time comparison and wiping of secrets, from
 * libcrypto (OpenSSL 3).  c2c hashes API tokens (it stores the hash, never the token) and
 * signs CSRF tokens; libcrypto is loaded anyway (through libmariadb and libcurl), is
 * reviewed and maintained, and its wipes are ones the compiler cannot drop.
 * tests/unit/test_auth.c checks the FIPS 180-4 and RFC 4231 vectors. */
#ifndef C2C_SHA256_H
#define C2C_SHA256_H

#include <stddef.h>

#define SHA256_LEN 32

/* out = SHA-256(p[0..n)).  Returns 1, or 0 when libcrypto failed (out then zeros). */
int sha256(const void *p, size_t n, unsigned char out[SHA256_LEN]);
/* out = HMAC-SHA-256(key, msg).  Returns 1, or 0 when libcrypto failed (out then zeros). */
int hmac_sha256(const void *key, size_t keylen, const void *msg, size_t msglen,
    unsigned char out[SHA256_LEN]);
/* Lowercase hex of n bytes into out (2n + 1 bytes with the NUL). */
void hex_encode(const unsigned char *p, size_t n, char *out);
/* 1 when a[0..n) equals b[0..n), in time that does not depend on where they differ. */
int mem_equal_ct(const void *a, const void *b, size_t n);
/* Zeroes a secret (token, key, random bytes) in a way the compiler keeps even when the
 * memory is not read again, which a memset before return is not. */
void secret_wipe(void *p, size_t n);

#endif
