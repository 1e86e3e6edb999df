// Holding the emulator's next token answer, so a test or the bench can act while a lock holder
// waits for it.
import type { FidesEmulatorServer } from "../../../src/testing/server-entry.js";

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
  const arrived = resolvable();
  const gate = resolvable();
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

/** A promise and its `resolve` (Node 20 has no `Promise.withResolvers`). */
function resolvable(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
