import { FidesClient, isFidesError } from "../../src/index.js";
import { startEmulatorChild } from "../bench/emulator-child.js";
import { operationDeadlineMs, type SoakConfig } from "./config.js";
import { auditClients, type ClientAudit } from "./duplicates.js";
import { describeMix, soakFaults } from "./faults.js";
import { LeakDetector } from "./leaks.js";
import { chooseOperation, runOperation, SoakLedger } from "./operations.js";
import { seededRandom } from "./random.js";

/** What one soak run found. */
export interface SoakReport {
  config: SoakConfig;
  elapsedMs: number;
  operations: number;
  byKind: Record<string, number>;
  successes: number;
  /** Typed failures (FidesError subclasses), by class name. */
  failures: Record<string, number>;
  /** Failures that are not FidesErrors, by name (must be 0). */
  untypedFailures: Record<string, number>;
  /** Operations that did not settle within their deadline (must be 0). */
  hung: number;
  deadlineMs: number;
  audit: ClientAudit & { acknowledgedCreates: number; ambiguousCreates: number };
  /** Secrets or tokens found in error messages, serialised or inspected errors, or log lines (must be 0). */
  leaks: number;
  leakExamples: string[];
  secretsChecked: number;
  stringsChecked: number;
  logLines: number;
  /** The emulator's fault mix: kind (× burst) → weight. */
  faultMix: Record<string, number>;
  requestsServed: number;
  statuses: Record<string, number>;
}

const HUNG = Symbol("hung");

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | typeof HUNG> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof HUNG>((resolve) => {
    timer = setTimeout(() => resolve(HUNG), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function increment(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/**
 * Runs the soak: an emulator server in its own process with its own seeded random faults
 * (see {@link soakFaults}), and `workers`
 * concurrent loops sharing one client until `operations` operations have run.
 * @param config the run's size and tuning
 */
export async function runSoak(config: SoakConfig): Promise<SoakReport> {
  const faults = soakFaults(config);
  const server = await startEmulatorChild({ faults });
  try {
    const random = seededRandom(config.seed);
    const leaks = new LeakDetector();
    leaks.addSecret(server.rootClientSecret);
    let logLines = 0;
    const logLine = (line: string): void => {
      logLines++;
      leaks.addLogLine(line);
    };
    const sdk = new FidesClient({
      baseUrl: server.url,
      clientId: server.rootClientId,
      clientSecret: server.rootClientSecret,
      serverVersion: "2.84.2",
      maxRetries: config.maxRetries,
      timeoutMs: config.timeoutMs,
      logger: {
        debug: logLine,
        info: logLine,
        warn: logLine,
        error: logLine,
      },
      fetch: (url, init) => {
        const header = new Headers(init.headers).get("Authorization");
        if (header !== null) leaks.addToken(header.slice("Bearer ".length));
        return fetch(url, init);
      },
    });
    const ledger = new SoakLedger();
    const deadlineMs = operationDeadlineMs(config);
    const prefix = `soak-${config.seed}-`;
    const byKind: Record<string, number> = {};
    const failures: Record<string, number> = {};
    const untypedFailures: Record<string, number> = {};
    let successes = 0;
    let hung = 0;
    let started = 0;
    const start = performance.now();
    const worker = async (): Promise<void> => {
      while (started < config.operations) {
        const index = started++;
        const kind = chooseOperation(ledger, random);
        increment(byKind, kind);
        const operation = runOperation(kind, sdk, ledger, leaks, `${prefix}${index}`, random);
        // A hung operation may still settle later: never let its rejection go unhandled.
        operation.catch(() => {});
        try {
          const outcome = await withDeadline(operation, deadlineMs);
          if (outcome === HUNG) hung++;
          else successes++;
        } catch (error) {
          leaks.addError(error);
          if (isFidesError(error)) increment(failures, error.name);
          else increment(untypedFailures, error instanceof Error ? error.name : typeof error);
        }
      }
    };
    await Promise.all(Array.from({ length: config.workers }, worker));
    const elapsedMs = performance.now() - start;
    const audit = auditClients(await server.clients(), ledger, prefix);
    const found = leaks.count();
    const log = await server.requests();
    const statuses: Record<string, number> = {};
    for (const entry of log) increment(statuses, entry.status === 0 ? "dropped" : String(entry.status));
    return {
      config,
      elapsedMs,
      operations: started,
      byKind,
      successes,
      failures,
      untypedFailures,
      hung,
      deadlineMs,
      audit: {
        ...audit,
        acknowledgedCreates: ledger.acknowledged.size,
        ambiguousCreates: ledger.ambiguous.size,
      },
      leaks: found.leaks,
      leakExamples: found.examples,
      secretsChecked: found.secrets,
      stringsChecked: found.strings,
      logLines,
      faultMix: describeMix(faults),
      requestsServed: log.length,
      statuses,
    };
  } finally {
    await server.stop();
  }
}
