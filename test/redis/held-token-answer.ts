// Holding the emulator's next token answer, so a test can act while a lock holder waits for it.
import type { FidesEmulatorServer } from "../../src/testing/server-entry.js";
import { deferred } from "../client/fixtures.js";

const TOKEN_PATH = "/api/v1/oauth/token";

/** A held token answer: `arrived` once the request is in, sent on `release()`. */
export interface HeldTokenAnswer {
  readonly arrived: Promise<void>;
  release(): void;
}

/**
 * Holds the emulator's next token answer until `release()`.
 * @param fides the emulator's HTTP server
 */
export function holdNextTokenAnswer(fides: FidesEmulatorServer): HeldTokenAnswer {
  const arrived = deferred();
  const gate = deferred();
  // The emulator awaits `until` when the request arrives, which calls its `then`.
  const until: PromiseLike<void> = {
    // biome-ignore lint/suspicious/noThenProperty: a thenable that reports when it is awaited
    then: (resolve, reject) => {
      arrived.resolve();
      return gate.promise.then(resolve, reject);
    },
  };
  fides.emulator.failNext(1, { kind: "delay", until }, { path: TOKEN_PATH });
  return { arrived: arrived.promise, release: () => gate.resolve() };
}
