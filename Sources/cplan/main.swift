// The entry point of `cplan`: ignore SIGPIPE (so `cplan … | head` ends quietly
// instead of dying), then parse the command line and run; see CPlan.swift.
// A plain `cplan check …` line skips ArgumentParser (CheckFastPath.swift).

#if canImport(Glibc)
import Glibc
#endif

signal(SIGPIPE, SIG_IGN)
if let check = CheckFastPath.command(for: Array(CommandLine.arguments.dropFirst())) {
    CheckFastPath.runAndExit(check)
}
CPlan.runAndExit()
