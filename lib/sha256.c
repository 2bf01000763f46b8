/* sha256.c: SHA-256, HMAC-SHA-256, comparison and wiping through libcrypto (sha256.h). */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "sha256.h"

int
sha256(const void *p, size_t n, unsigned char out[SHA256_LEN])
{
	unsigned int len = 0;

	if (EVP_Digest(p, n, out, &len, EVP_sha256(), NULL) != 1 || len != SHA256_LEN) {
		memset(out, 0, SHA256_LEN);
		return 0;
	}
	return 1;
}

int
hmac_sha256(const void *key, size_t keylen, const void *msg, size_t msglen,
    unsigned char out[SHA256_LEN])
{
	unsigned int len = 0;

	/* HMAC() (kept in OpenSSL 3, unlike HMAC_CTX) hashes a key longer than the block
	 * and wipes its own copies of the padded key. */
	if (keylen > (size_t)2147483647 ||
	    HMAC(EVP_sha256(), keylen ? key : "", (int)keylen, msg, msglen, out, &len) == NULL ||
	    len != SHA256_LEN) {
		memset(out, 0, SHA256_LEN);
		return 0;
	}
	return 1;
}

void
hex_encode(const unsigned char *p, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[p[i] >> 4];
		out[2 * i + 1] = digits[p[i] & 15];
	}
	out[2 * n] = '\0';
}

int
mem_equal_ct(const void *a, const void *b, size_t n)
{
	return CRYPTO_memcmp(a, b, n) == 0;
}

void
secret_wipe(void *p, size_t n)
{
	OPENSSL_cleanse(p, n);
}
