import Foundation
import Logging
import Vapor

/// Writes each log entry as one line of JSON on standard output: `time`, `level`, `logger`,
/// `message`, then the entry's metadata (numbers stay numbers). What log shippers read.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var write: @Sendable (String) -> Void = JSONLogHandler.standardOutput

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        write(Self.line(event: event, label: label, metadata: metadata, at: BeaconClock.current.now()))
    }

    /// The entry as one line; the handler's metadata first, then the entry's own over it.
    static func line(event: LogEvent, label: String, metadata: Logger.Metadata, at time: Date) -> String {
        var object: [String: Any] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[key] = json(value)
        }
        object["time"] = timeStyle.format(time)
        object["level"] = event.level.rawValue
        object["logger"] = label
        object["message"] = event.message.description
        if event.level >= .error { object["source"] = "\(event.file):\(event.line)" }
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options),
              let text = String(data: data, encoding: .utf8) else {
            return #"{"level":"error","message":"a log entry could not be written as JSON"}"#
        }
        return text
    }

    private static let timeStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    private static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let number as Int): number
        case .stringConvertible(let number as Double): number
        case .stringConvertible(let other): other.description
        case .array(let values): values.map(json)
        case .dictionary(let values): values.mapValues(json)
        }
    }

    private static let outputLock = NSLock()

    /// One `write` per line under a lock, so lines from many threads never interleave.
    @Sendable static func standardOutput(_ line: String) {
        outputLock.withLock {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }
}

/// How Beacon logs: JSON lines (`BEACON_LOG_FORMAT=json`, the default when standard output is
/// not a terminal, as under systemd or a container) or Vapor's readable text (`text`, the default
/// at a terminal). The level is Vapor's: `LOG_LEVEL` or `--log`.
public enum BeaconLogging {
    public static func bootstrap(from environment: inout Environment) throws {
        let atTerminal = isatty(STDOUT_FILENO) == 1
        switch Environment.get("BEACON_LOG_FORMAT") ?? (atTerminal ? "text" : "json") {
        case "text":
            try LoggingSystem.bootstrap(from: &environment)
        case "json":
            try LoggingSystem.bootstrap(from: &environment) { level in
                { label in JSONLogHandler(label: label, logLevel: level) }
            }
        case let other:
            throw Abort(.internalServerError, reason: "BEACON_LOG_FORMAT is “\(other)”: it must be json or text.")
        }
    }
}
