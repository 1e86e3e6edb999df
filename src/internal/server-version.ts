import { FidesError } from "../errors.js";
import type { FidesLogger } from "../options.js";
import { CLIENT_CRUD_VERSION, parseVersion, type Version } from "./version.js";

/** What the server-version lookup needs; it does no HTTP of its own. */
interface ServerVersionInit {
  /** Reads the version string the server reports (`GET /health`), through the pipeline. */
  probe: () => Promise<string>;
  logger: FidesLogger;
  /** The version set by `options.serverVersion`; absent for `"auto"`. */
  known?: Version | undefined;
}

/** A version and where it came from: the caller's `serverVersion` option, or the server. */
export interface KnownVersion {
  version: Version;
  configured: boolean;
}

/**
 * The server's version, read once and lazily: one probe in flight for every concurrent caller.
 * A probe with no answer at all fails the caller (and is tried again next time); an answer that
 * is an error or holds no readable version means a current server (2.82 or later), logged once.
 */
export class ServerVersion {
  readonly #probe: () => Promise<string>;
  readonly #logger: FidesLogger;
  #version: Version | undefined;
  /** Whether {@link ServerVersion.get} had to assume a version the server did not report. */
  #assumed = false;
  /** Whether the version is the caller's `serverVersion` option rather than the server's word. */
  readonly #configured: boolean;
  #probing: Promise<Version> | undefined;

  /** @param init the probe, the logger and a configured version */
  constructor(init: ServerVersionInit) {
    this.#probe = init.probe;
    this.#logger = init.logger;
    this.#version = init.known;
    this.#configured = init.known !== undefined;
  }

  /** The server's version: known, or read once with the probe. */
  get(): Promise<Version> {
    if (this.#version !== undefined) return Promise.resolve(this.#version);
    this.#probing ??= this.#read().finally(() => {
      this.#probing = undefined;
    });
    return this.#probing;
  }

  /** The version configured or reported by the server, if known by now; never an assumed one. */
  reported(): KnownVersion | undefined {
    const version = this.#version;
    if (this.#assumed || version === undefined) return undefined;
    return { version, configured: this.#configured };
  }

  /**
   * Keeps a version the server reported elsewhere (a caller's own `health()`), unless one is known.
   * @param text the reported version string
   */
  learn(text: string): void {
    this.#version ??= parseVersion(text);
  }

  async #read(): Promise<Version> {
    let version: Version | undefined;
    try {
      version = parseVersion(await this.#probe());
    } catch (error) {
      // No answer at all: the caller's request would fail too, so report that and retry later.
      if (
        !(error instanceof FidesError) ||
        error.code === "FIDES_CONNECTION" ||
        error.code === "FIDES_TIMEOUT"
      ) {
        throw error;
      }
      this.#logger.warn(
        `could not read the server version from GET /health (${error.code}); assuming a current server (2.82 or later)`,
      );
      this.#version = CLIENT_CRUD_VERSION;
      this.#assumed = true;
      return CLIENT_CRUD_VERSION;
    }
    if (version === undefined) {
      this.#logger.warn(
        "GET /health reported no readable version; assuming a current server (2.82 or later)",
      );
    }
    if (this.#version === undefined) {
      this.#version = version ?? CLIENT_CRUD_VERSION;
      this.#assumed = version === undefined;
    }
    this.#logger.debug(`server version: ${this.#version.text}`);
    return this.#version;
  }
}
