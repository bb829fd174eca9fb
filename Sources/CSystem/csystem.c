// mremap is a GNU extension: Swift's Glibc module does not export it.
#define _GNU_SOURCE
#include "CSystem.h"

#if defined(__linux__)
#include <sys/mman.h>

void *wasmlua_remap(void *base, size_t old_size, size_t new_size) {
    void *moved = mremap(base, old_size, new_size, MREMAP_MAYMOVE);
    return moved == MAP_FAILED ? NULL : moved;
}
#else
void *wasmlua_remap(void *base, size_t old_size, size_t new_size) {
    (void)base; (void)old_size; (void)new_size;
    return NULL;
}
#endif
