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

// Ctrl-C at the prompt drops the line being typed (and, through the flag the REPL
// reads, any unfinished multi-line input) and shows a fresh primary prompt, instead
// of ending the session. The handler is installed only while readline waits for a
// line; readline (rl_catch_signals) restores the terminal, echoes ^C and calls it.
#include <signal.h>
#include <unistd.h>
static volatile sig_atomic_t cplan_rl_interrupted = 0;
static const char *cplan_rl_primary_prompt = "";
static inline void cplan_rl_on_interrupt(int sig) {
    (void)sig;
    cplan_rl_interrupted = 1;
    ssize_t ignored = write(STDOUT_FILENO, "\n", 1);
    (void)ignored;
    rl_on_new_line();
    rl_replace_line("", 0);
    rl_set_prompt(cplan_rl_primary_prompt);
    rl_redisplay();
}
/// Catches Ctrl-C while readline runs; `primary` must stay valid (a static string).
static inline void cplan_rl_catch_interrupts(const char *primary) {
    cplan_rl_primary_prompt = primary;
    signal(SIGINT, cplan_rl_on_interrupt);
}
/// Back to the default (Ctrl-C ends the program) outside readline.
static inline void cplan_rl_release_interrupts(void) { signal(SIGINT, SIG_DFL); }
/// Whether Ctrl-C was pressed since the last call.
static inline int cplan_rl_take_interrupt(void) {
    int v = cplan_rl_interrupted;
    cplan_rl_interrupted = 0;
    return v;
}
#endif
