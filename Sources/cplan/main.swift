// The entry point of `cplan`: ignore SIGPIPE (so `cplan … | head` ends quietly
// instead of dying), then parse the command line and run; see CPlan.swift.

#if canImport(Glibc)
import Glibc
#endif

signal(SIGPIPE, SIG_IGN)
CPlan.runAndExit()
