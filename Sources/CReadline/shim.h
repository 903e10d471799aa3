#ifndef CPLAN_CREADLINE_SHIM_H
#define CPLAN_CREADLINE_SHIM_H
// GNU readline's declarations, for its types. The library itself is not linked:
// the REPL loads it with dlopen (cplan's Repl/Readline.swift) when it runs on a
// terminal, so the other commands never pay for loading and relocating it.
#include <stdio.h>
#include <stdlib.h>
#include <dlfcn.h>
#include <readline/readline.h>
#include <readline/history.h>
#endif
