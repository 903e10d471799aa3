// glibc's malloc tuning (mallopt) for the cplan executable, which Swift's Glibc module
// does not export; see Sources/cplan/main.swift for the one setting it makes.
#include <malloc.h>
