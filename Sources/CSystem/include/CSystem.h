#ifndef WASMLUA_CSYSTEM_H
#define WASMLUA_CSYSTEM_H

#include <stddef.h>

/// Resizes an anonymous mapping made by mmap, possibly moving it (Linux `mremap` with
/// MREMAP_MAYMOVE): contents kept, new pages zero and committed only when touched. Returns NULL
/// on failure (the old mapping is then unchanged) and where the system has no mremap.
void *wasmlua_remap(void *base, size_t old_size, size_t new_size);

/// The lowest address of the calling thread's stack (what a thread may grow its stack down to),
/// or 0 where the system cannot say.
size_t wasmlua_stack_low(void);

#endif
