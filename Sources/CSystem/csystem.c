// mremap is a GNU extension: Swift's Glibc module does not export it.
#define _GNU_SOURCE
#include <pthread.h>
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

size_t wasmlua_stack_low(void) {
#if defined(__linux__)
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
    void *address = NULL;
    size_t size = 0;
    int status = pthread_attr_getstack(&attributes, &address, &size);
    pthread_attr_destroy(&attributes);
    return status == 0 ? (size_t)address : 0;
#elif defined(__APPLE__)
    pthread_t self = pthread_self();
    return (size_t)pthread_get_stackaddr_np(self) - pthread_get_stacksize_np(self);
#else
    return 0;
#endif
}
