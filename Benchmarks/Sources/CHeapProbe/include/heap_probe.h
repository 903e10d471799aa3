// The heap bytes glibc's malloc has handed out and not yet taken back, for PhaseProbe's
// `--model` (Swift's Glibc module does not import <malloc.h>).
#ifndef HEAP_PROBE_H
#define HEAP_PROBE_H
#include <stddef.h>

/// Bytes in allocated chunks, mmapped ones included (`uordblks + hblkhd`); 0 where there is no mallinfo2.
size_t heap_probe_in_use(void);

#endif
