#ifndef CPLAN_CREADLINE_SHIM_H
#define CPLAN_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>
// Swift 6 rejects direct writes to readline's mutable C globals as not
// concurrency-safe, so the REPL sets them through these C setters.
static inline void cplan_rl_set_name(const char *name) { rl_readline_name = name; }
static inline void cplan_rl_set_completion(rl_completion_func_t *fn) { rl_attempted_completion_function = fn; }
static inline void cplan_rl_set_completion_over(int v) { rl_attempted_completion_over = v; }
static inline void cplan_rl_set_basic_word_break_characters(const char *s) { rl_basic_word_break_characters = s; }
#endif
