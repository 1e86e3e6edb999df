import { EmulatorArgumentError } from "../core/argument-error.js";
import {
  type FaultMatch,
  type FaultSpec,
  type FidesFault,
  normalizeFault,
  type RandomFaultOptions,
} from "./faults.js";
import { seededRandom } from "./seeded-random.js";

/** A random fault mix, checked and normalised once. */
export interface RandomPlan {
  readonly rate: number;
  readonly seed: number;
  readonly match: FaultMatch | undefined;
  readonly kinds: readonly { readonly weight: number; readonly fault: FidesFault; readonly burst: number }[];
  readonly totalWeight: number;
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (!match) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  if (typeof match.path === "string" && match.path !== path) return false;
  if (match.path instanceof RegExp) {
    match.path.lastIndex = 0;
    if (!match.path.test(path)) return false;
  }
  return true;
}

function invalid(message: string): EmulatorArgumentError {
  return new EmulatorArgumentError("ERR_INVALID_ARG_VALUE", message);
}

/**
 * Checks and normalises the `faults` option.
 * @param random the option as passed
 * @throws {EmulatorArgumentError} naming the first malformed field
 */
export function resolveRandomFaults(random: RandomFaultOptions): RandomPlan {
  if (!(typeof random.rate === "number" && random.rate >= 0 && random.rate <= 1)) {
    throw invalid(`"options.faults.rate" must be a number from 0 to 1`);
  }
  if ((random.fault === undefined) === (random.kinds === undefined)) {
    throw invalid(`"options.faults" needs either "fault" or "kinds", not both`);
  }
  const entries = random.kinds ?? [{ weight: 1, fault: random.fault as FaultSpec }];
  if (!Array.isArray(entries) || entries.length === 0) {
    throw invalid(`"options.faults.kinds" must be a non-empty array of { weight, fault, burst? }`);
  }
  const name = (index: number) => (random.kinds ? `options.faults.kinds[${index}]` : "options.faults");
  const kinds = entries.map((entry, index) => {
    const { weight, burst = 1 } = entry;
    if (!(Number.isFinite(weight) && weight > 0))
      throw invalid(`"${name(index)}.weight" must be a positive number`);
    if (!(Number.isInteger(burst) && burst > 0))
      throw invalid(`"${name(index)}.burst" must be a positive integer`);
    return { weight, burst, fault: normalizeFault(entry.fault, `${name(index)}.fault`) };
  });
  const totalWeight = kinds.reduce((sum, kind) => sum + kind.weight, 0);
  return { rate: random.rate, seed: random.seed ?? 1, match: random.match, kinds, totalWeight };
}

/** The faults queued with `failNext` plus the optional random ones; picks the fault for a request. */
export class FaultPlan {
  readonly #queue: { remaining: number; fault: FidesFault; match: FaultMatch | undefined }[] = [];
  readonly #random: RandomPlan | undefined;
  #rng: () => number;

  /** @param random the resolved `faults` option, if any */
  constructor(random: RandomPlan | undefined) {
    this.#random = random;
    this.#rng = seededRandom(this.#random?.seed ?? 1);
  }

  /**
   * Queues a fault for the next `count` matching requests.
   * @throws {EmulatorArgumentError} when `count` is not a positive integer or the fault is malformed
   */
  failNext(count: number, spec: FaultSpec, match?: FaultMatch): void {
    if (!(Number.isInteger(count) && count > 0)) {
      throw invalid(`"count" must be a positive integer`);
    }
    this.#queue.push({ remaining: count, fault: normalizeFault(spec, "fault"), match });
  }

  /** The fault for this request, if any, consuming one queued use. */
  pick(method: string, path: string): FidesFault | undefined {
    const queued = this.#queue.find((entry) => matches(entry.match, method, path));
    if (queued) {
      queued.remaining -= 1;
      if (queued.remaining === 0) this.#queue.splice(this.#queue.indexOf(queued), 1);
      return queued.fault;
    }
    const random = this.#random;
    if (!random || !matches(random.match, method, path) || this.#rng() >= random.rate) return undefined;
    // A single kind draws no second number, so its pattern stays what it was before mixes existed.
    const chosen = random.kinds.length === 1 ? random.kinds[0] : this.#weighted(random);
    if (chosen === undefined) return undefined;
    if (chosen.burst > 1)
      this.#queue.push({ remaining: chosen.burst - 1, fault: chosen.fault, match: random.match });
    return chosen.fault;
  }

  #weighted(random: RandomPlan): RandomPlan["kinds"][number] | undefined {
    let left = this.#rng() * random.totalWeight;
    for (const kind of random.kinds) {
      left -= kind.weight;
      if (left < 0) return kind;
    }
    return random.kinds[random.kinds.length - 1];
  }

  /** Forgets queued faults (bursts included) and restarts the random sequence from its seed. */
  reset(): void {
    this.#queue.length = 0;
    this.#rng = seededRandom(this.#random?.seed ?? 1);
  }
}
