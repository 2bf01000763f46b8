/* fuzz.h: what every libFuzzer harness of tests/fuzz/ defines (the prototypes keep
 * -Wmissing-prototypes quiet; libFuzzer calls them by name).
 *
 * Each harness feeds one pure parser of lib/ with bytes, as an attacker would send them,
 * and lets ASan and UBSan judge.  The parsers own nothing after they return: every harness
 * frees what it was given, so LeakSanitizer checks ownership as well. */
#ifndef C2C_FUZZ_H
#define C2C_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A NUL-terminated malloc'd copy of data (the parsers that take C strings, or that read
 * text[len] == '\0', need one; libFuzzer's buffer has no terminator, and that is how
 * ASan catches a read past the end).  Aborts when out of memory: a harness, not a worker. */
char *fuzz_strndup(const uint8_t *data, size_t size);

#endif
