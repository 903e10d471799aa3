// mallinfo2's in-use figure for PhaseProbe; glibc only, 0 elsewhere.
// One function so the Swift side needs no <malloc.h>.
#include "heap_probe.h"
#include <stdlib.h> /* defines __GLIBC__ on glibc */
#if defined(__GLIBC__)
#include <malloc.h>
size_t heap_probe_in_use(void) {
    struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}
#else
size_t heap_probe_in_use(void) { return 0; }
#endif
