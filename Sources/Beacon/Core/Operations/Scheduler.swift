import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// Runs Beacon's daily jobs inside the server: each minute it looks for a job whose day's run is
/// due (`DailyJob.isDue`), claims that day's run in the database — one row per job and day, so of
/// any number of Beacon processes sharing the database exactly one gets it — and runs it,
/// beating a heartbeat. A run whose process died is taken over once its heartbeat is older than
/// the lease. What each run did is kept in `job_runs` and shown on the privacy page.
struct Scheduler: Sendable {
    /// A job that runs once a day: its name and what it does, giving back its report.
    struct Job: Sendable {
        let name: String
        let run: @Sendable (Database) async throws -> String
    }

    static let jobs = [
        Job(name: "retention") { db in try await RetentionRun.run(dryRun: false, on: db).text },
        Job(name: "follow-up reports") { db in try await FollowUpDrafts.run(on: db) },
    ]

    let db: Database
    let clock: BeaconClock
    let logger: Logger

    /// Runs every job that is due now and can be claimed; gives back the runs it made.
    @discardableResult
    func runDue(_ jobs: [Job] = Scheduler.jobs) async throws -> [JobRun] {
        var runs: [JobRun] = []
        for job in jobs {
            let now = clock.now()
            guard DailyJob.isDue(now: now, lastRunDay: try await lastDay(of: job.name)),
                  let run = try await claim(job.name, day: UKTime.day(of: now), at: now) else { continue }
            runs.append(try await perform(job, as: run))
        }
        return runs
    }

    /// The last day with a run of the job that finished, or whose process is still beating.
    private func lastDay(of job: String) async throws -> CalendarDate? {
        let runs = try await JobRun.query(on: db).filter(\.$job == job).sort(\.$day, .descending).limit(1).all()
        guard let last = runs.first, let day = CalendarDate(iso: last.day) else { return nil }
        if last.finishedAt == nil, DailyJob.isAbandoned(heartbeat: last.heartbeatAt, now: clock.now()) {
            return day.adding(days: -1)
        }
        return day
    }

    /// Takes the day's run: a new row, or an abandoned one taken over; nil when another process has it.
    func claim(_ job: String, day: CalendarDate, at now: Date) async throws -> JobRun? {
        guard let sql = db as? SQLDatabase else { return nil }
        let token = UUID().uuidString
        let inserted = try await sql.raw("""
            INSERT INTO job_runs (id, job, day, started_at, heartbeat_at, outcome, report, claim)
            VALUES (\(bind: UUID()), \(bind: job), \(bind: day.iso), \(bind: now), \(bind: now), 'running', '',
                    \(bind: token))
            ON CONFLICT (job, day) DO NOTHING RETURNING claim
            """).all()
        if inserted.isEmpty {
            guard let existing = try await JobRun.query(on: db).filter(\.$job == job).filter(\.$day == day.iso).first(),
                  existing.finishedAt == nil, DailyJob.isAbandoned(heartbeat: existing.heartbeatAt, now: now) else {
                return nil
            }
            let taken = try await sql.raw("""
                UPDATE job_runs SET claim = \(bind: token), heartbeat_at = \(bind: now), started_at = \(bind: now)
                WHERE job = \(bind: job) AND day = \(bind: day.iso) AND claim = \(bind: existing.claim) RETURNING claim
                """).all()
            guard !taken.isEmpty else { return nil }
        }
        return try await JobRun.query(on: db).filter(\.$job == job).filter(\.$day == day.iso)
            .filter(\.$claim == token).first()
    }

    private func perform(_ job: Job, as run: JobRun) async throws -> JobRun {
        let outcome: String, report: String
        do {
            report = try await BeaconClock.$current.withValue(clock) { try await job.run(db) }
            outcome = "done"
        } catch {
            logger.report(error: error)
            report = "The run stopped on an error (it is in Beacon's log): \(error)"
            outcome = "failed"
        }
        run.outcome = outcome
        run.report = report
        run.finishedAt = clock.now()
        run.heartbeatAt = clock.now()
        try await db.write { tx in try await run.save(on: tx) }
        BeaconMetrics.jobRan(job.name, outcome: outcome)
        logger.notice("Daily job \(job.name): \(outcome)")
        return run
    }
}

/// Starts the scheduler with the server (`beacon serve`), never with another command or in the
/// tests, and stops it when the server stops. `BEACON_SCHEDULER=0` turns it off.
struct SchedulerLifecycle: LifecycleHandler {
    private final class Running: @unchecked Sendable {
        var task: Task<Void, Never>?
    }

    private let running = Running()

    func didBootAsync(_ app: Application) async throws {
        let scheduler = Scheduler(db: app.db, clock: app.clock, logger: app.logger)
        running.task = Task {
            while !Task.isCancelled {
                do { try await scheduler.runDue() } catch { app.logger.report(error: error) }
                try? await Task.sleep(for: .seconds(60))
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        running.task?.cancel()
        await running.task?.value
    }

    /// Whether this process is the server and the scheduler is not turned off.
    static func wanted(_ app: Application) -> Bool {
        let words = app.environment.arguments.dropFirst()
        return app.environment != .testing && Environment.get("BEACON_SCHEDULER") != "0"
            && (words.contains("serve") || words.allSatisfy { $0.hasPrefix("-") })
    }
}
