// A Redis Cluster of the tests' own on loopback: three masters, each with a replica (so a
// failover has somewhere to go), on free ports, in a temporary directory, started and torn
// down by the test. Needs redis-server and redis-cli on the PATH.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./redis-server.js";

const run = promisify(execFile);

/** A running cluster. */
export interface OwnCluster {
  /** Every node's URL, masters first. */
  readonly urls: readonly string[];
  /**
   * Fails the master holding `key`'s slot over to its replica (`CLUSTER FAILOVER` on the
   * replica), and resolves once the replica is master and the cluster is healthy again.
   * @returns the new master's port
   */
  failover(key: string): Promise<number>;
  /** Kills every node and deletes the directory. */
  stop(): Promise<void>;
}

/** A node of `CLUSTER NODES`: its id, port, whether it is a master, its master, its slot ranges. */
interface ClusterNode {
  readonly id: string;
  readonly port: number;
  readonly master: boolean;
  readonly masterId: string;
  readonly slots: readonly (readonly [number, number])[];
}

async function cli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await run("redis-cli", ["-p", String(port), ...args]);
  return stdout;
}

function parseNodes(text: string): ClusterNode[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [id = "", address = "", flags = "", masterId = "", , , , , ...slots] = line.split(" ");
      return {
        id,
        port: Number(address.split("@")[0]?.split(":")[1]),
        master: flags.split(",").includes("master"),
        masterId,
        slots: slots
          .filter((slot) => !slot.startsWith("["))
          .map((slot) => {
            const [from, to = from] = slot.split("-");
            return [Number(from), Number(to)] as const;
          }),
      };
    });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`the test cluster: ${what} did not happen in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function healthy(ports: readonly number[]): Promise<boolean> {
  for (const port of ports) {
    if (!(await cli(port, "CLUSTER", "INFO")).includes("cluster_state:ok")) return false;
  }
  return true;
}

function startNode(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--cluster-enabled",
      "yes",
      "--cluster-config-file",
      `nodes-${port}.conf`,
      "--cluster-node-timeout",
      "2000",
      "--dir",
      dir,
      "--save",
      "",
      "--appendonly",
      "no",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let output = "";
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
    child.once("error", reject);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        child.stdout.removeAllListeners("data");
        child.stdout.resume();
        resolve(child);
      }
    });
  });
}

/** Starts six nodes, creates the cluster and resolves once every node sees it healthy. */
export async function ownCluster(): Promise<OwnCluster> {
  const dir = await mkdtemp(join(tmpdir(), "fides-sdk-redis-cluster-"));
  const ports: number[] = [];
  while (ports.length < 6) {
    const port = await freePort();
    // The cluster bus listens on port + 10000.
    if (!ports.includes(port) && port < 55_000) ports.push(port);
  }
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(
      children.splice(0).map(async (child) => {
        if (child.exitCode !== null) return;
        const exited = once(child, "exit");
        child.kill("SIGKILL");
        await exited;
      }),
    );
    await rm(dir, { recursive: true, force: true });
  };
  try {
    children.push(...(await Promise.all(ports.map((port) => startNode(port, dir)))));
    await run("redis-cli", [
      "--cluster",
      "create",
      ...ports.map((port) => `127.0.0.1:${port}`),
      "--cluster-replicas",
      "1",
      "--cluster-yes",
    ]);
    await until("every node seeing the cluster healthy", () => healthy(ports));
    // Every node must know the whole layout, and every replica be in sync, before a client
    // discovers the slots from any of them.
    await until("every node knowing three masters with slots and three replicas in sync", async () => {
      for (const port of ports) {
        const nodes = parseNodes(await cli(port, "CLUSTER", "NODES"));
        const masters = nodes.filter((node) => node.master && node.slots.length > 0);
        const replicas = nodes.filter((node) => !node.master && masters.some((m) => m.id === node.masterId));
        if (masters.length !== 3 || replicas.length !== 3) return false;
        const replication = await cli(port, "INFO", "replication");
        if (replication.includes("role:slave") && !replication.includes("master_link_status:up"))
          return false;
      }
      return true;
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const masters = parseNodes(await cli(ports[0] as number, "CLUSTER", "NODES"))
    .filter((node) => node.master)
    .map((node) => node.port);
  return {
    urls: [...masters, ...ports.filter((port) => !masters.includes(port))].map(
      (port) => `redis://127.0.0.1:${port}`,
    ),
    async failover(key) {
      const slot = Number((await cli(ports[0] as number, "CLUSTER", "KEYSLOT", key)).trim());
      const nodes = parseNodes(await cli(ports[0] as number, "CLUSTER", "NODES"));
      const master = nodes.find(
        (node) => node.master && node.slots.some(([from, to]) => slot >= from && slot <= to),
      );
      const replica = nodes.find((node) => !node.master && node.masterId === master?.id);
      if (master === undefined || replica === undefined)
        throw new Error(`no master and replica for slot ${slot}`);
      const answer = (await cli(replica.port, "CLUSTER", "FAILOVER")).trim();
      if (answer !== "OK") throw new Error(`CLUSTER FAILOVER answered ${answer}`);
      await until("the replica taking over", async () =>
        (await cli(replica.port, "ROLE")).startsWith("master"),
      );
      await until("every node seeing the cluster healthy", () => healthy(ports));
      return replica.port;
    },
    stop,
  };
}
