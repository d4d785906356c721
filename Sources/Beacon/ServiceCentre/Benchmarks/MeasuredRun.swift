#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A program run by a benchmark, timed from start to exit, with its peak memory, so Beacon and
/// the `sqlite3` tool are measured the same way, each in its own process.
///
/// The peak is the kernel's high-water mark of the program's resident memory (`VmHWM` in
/// `/proc/PID/status`), read every 10 ms until it exits. `wait4`'s `ru_maxrss` would be simpler
/// but on Linux it counts the parent's memory at the time of the spawn too.
struct MeasuredRun: Sendable {
    let seconds: Double
    let peakBytes: Int
    let status: Int32

    /// Runs `arguments[0]` (a path, or a name found on `PATH`) with the environment changed by
    /// `environment` (nil removes a variable); its output goes to `output`, or to the terminal.
    static func run(_ arguments: [String], environment: [String: String?] = [:], output: String? = nil) throws -> MeasuredRun {
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let output { posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        let started = DispatchTime.now()
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw CommandProblem("\(arguments[0]) cannot be started: \(String(cString: strerror(spawned))).") }
        var status: Int32 = 0
        var peak = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid || (waited == -1 && errno != EINTR) { break }
            peak = max(peak, highWaterMark(pid))
            usleep(10_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let exited = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return MeasuredRun(seconds: seconds, peakBytes: peak, status: exited)
    }

    /// `VmHWM: 81234 kB` from the process's status, in bytes; 0 where there is no `/proc`.
    private static func highWaterMark(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
        else { return 0 }
        return kilobytes * 1_024
    }

    /// Refuses a run that failed, naming what was run.
    func succeeded(_ what: String) throws -> MeasuredRun {
        guard status == 0 else { throw CommandProblem("\(what) failed (exit status \(status)).") }
        return self
    }

    var megabytes: String { peakBytes > 0 ? String(format: "%.0f MB", Double(peakBytes) / 1_048_576) : "not known" }
}
