import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import pg from "pg";

/** Debian's PostgreSQL binaries (postgresql package), newest version first. */
export function postgresBin(): string | undefined {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return undefined;
  const versions = fs
    .readdirSync(base)
    .filter((name) => fs.existsSync(path.join(base, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], "bin") : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: then the cluster belongs to the postgres user. */
function asOwner(command: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--", command, ...args] : [command, ...args];
}

export interface Cluster {
  port: number;
  /** A URL for a database of the cluster, as its superuser (dpia_admin) or another role. */
  url(database: string, user?: string): string;
  createDatabase(name: string, template?: string): Promise<string>;
  sql(database: string, statement: string): Promise<pg.QueryResult>;
  stop(): void;
  /** Stops the server as a crash or a pulled plug would (immediate mode), keeping its data for restart(). */
  halt(): void;
  restart(): void;
}

/** A throwaway cluster: a temporary folder, a free port on 127.0.0.1, removed again by stop(). */
export async function startCluster(): Promise<Cluster> {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install -y postgresql; .ci/run does this)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-pg-"));
  const data = path.join(dir, "data");
  const sockets = path.join(dir, "sockets");
  fs.mkdirSync(sockets);
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  const port = await freePort();
  const run = (command: string, args: string[]) => {
    const [head, ...rest] = asOwner(path.join(bin, command), args);
    const result = spawnSync(head!, rest, { encoding: "utf8", cwd: dir });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  run("initdb", ["-D", data, "-A", "trust", "-U", "dpia_admin", "--no-sync", "-E", "UTF8"]);
  const start = () =>
    run("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "-t",
      "120",
      "-o",
      `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`,
      "start",
    ]);
  start();
  const url = (database: string, user = "dpia_admin") => `postgres://${user}@127.0.0.1:${port}/${database}`;
  const sql = async (database: string, statement: string) => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try {
      return await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    port,
    url,
    sql,
    async createDatabase(name: string, template?: string) {
      await sql("postgres", `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
      return url(name);
    },
    halt() {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    },
    restart: start,
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
