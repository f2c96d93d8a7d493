import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";
import { checkout, type Verdict } from "./ci-fixtures";
import { transcript, type CiContext, type JobRun } from "./ci-tools";
import { runAzureJob } from "./runners/azure-pipelines";
import { runGithubJob } from "./runners/github-actions";
import { runGitlabPipeline } from "./runners/gitlab-ci";
import { runJenkinsfile } from "./runners/jenkins";

const examples = path.resolve(__dirname, "../../examples/ci");
const example = (file: string) => path.join(examples, file);

/** Each run: a fresh checkout, as on an ephemeral runner; the register is the shared one the secrets name. */
const RUN = 300_000;

interface Authority {
  admin: string;
  /** The register, trust root and signing key as the team's administrator holds them. */
  env: Record<string, string>;
  register: string;
  signingKeyPem: string;
  registerPin: string;
  trustRoot: string;
}

let authority: Authority;

/**
 * What a team does once, outside any pipeline: two approvers make keys and sign a trust root, which
 * is recorded in the shared register; the register's fingerprint and the root's hash become the
 * pipelines' protected values, the register's signing key a secret file.
 */
function setUpAuthority(): Authority {
  const admin = tempDir("ci-admin-");
  const register = path.join(tempDir("ci-shared-register-"), "register.db");
  const env: Record<string, string> = {
    DPIA_REGISTER: register,
    DPIA_REGISTER_SIGNING_KEY: path.join(tempDir("ci-admin-key-"), "register.key"),
  };
  const dpia = (...args: string[]) => {
    const result = runDpia(args, { cwd: admin, env, timeout: RUN });
    expect(result.status, result.output).toBe(0);
    return result.stdout;
  };
  const approvers = [
    ["dpo.anna", "DPO", "Anna Berg"],
    ["sec.ben", "SECURITY_LEAD", "Ben Okafor"],
  ].map(([id, role, name]) => {
    const made = dpia("keygen", "--id", id!, "--role", role!, "--name", name!, "--out", "keys");
    return JSON.parse(made.slice(made.indexOf("{"))) as object;
  });
  fs.writeFileSync(path.join(admin, "dpia.policy.json"), JSON.stringify({ version: 1, approvers }));
  dpia("trust", "init");
  dpia("trust", "sign", "dpia.trust-root.json", "--key", "keys/dpo.anna.key");
  dpia("trust", "sign", "dpia.trust-root.json", "--key", "keys/sec.ben.key");
  const trustRoot = /DPIA_TRUST_ROOT=(sha256:[0-9a-f]{64})/.exec(dpia("trust", "rotate", "dpia.trust-root.json"))![1]!;
  const registerPin = dpia("register", "key", "--fingerprint").trim();
  expect(registerPin).toMatch(/^sha256:[0-9a-f]{64}$/);
  Object.assign(env, { DPIA_TRUST_ROOT: trustRoot, DPIA_REGISTER_KEY: registerPin });
  const signingKeyPem = fs.readFileSync(env.DPIA_REGISTER_SIGNING_KEY!, "utf8");
  return { admin, env, register, signingKeyPem, registerPin, trustRoot };
}

/** Each system's names for the same four things (the comments at the top of each example). */
function contextFor(system: System, dir: string, env: Record<string, string>): CiContext {
  const { register, signingKeyPem, registerPin, trustRoot } = authority;
  const base = { dir, env, branch: "main" };
  switch (system) {
    case "github":
      return {
        ...base,
        values: {
          DPIA_REGISTER_URL: register,
          DPIA_REGISTER_SIGNING_KEY: signingKeyPem,
          DPIA_REGISTER_KEY: registerPin,
          DPIA_TRUST_ROOT: trustRoot,
          GENESYS_DRIFT_CLIENT_ID: "drift-reader",
          GENESYS_DRIFT_CLIENT_SECRET: "not-used-by-the-stub",
        },
        files: {},
      };
    case "gitlab":
      return {
        ...base,
        values: { DPIA_REGISTER: register, DPIA_REGISTER_KEY: registerPin, DPIA_TRUST_ROOT: trustRoot },
        files: { DPIA_REGISTER_SIGNING_KEY: signingKeyPem },
      };
    case "jenkins":
      return {
        ...base,
        values: { "dpia-register-url": register, "dpia-register-key": registerPin, "dpia-trust-root": trustRoot },
        files: { "dpia-register-signing-key": signingKeyPem },
      };
    case "azure":
      return {
        ...base,
        values: {
          DPIA_REGISTER_URL: register,
          DPIA_REGISTER_KEY: registerPin,
          DPIA_TRUST_ROOT: trustRoot,
          GENESYS_DRIFT_CLIENT_ID: "drift-reader",
          GENESYS_DRIFT_CLIENT_SECRET: "not-used-by-the-stub",
        },
        files: { "dpia-register.key": signingKeyPem },
      };
  }
}

type System = "github" | "gitlab" | "jenkins" | "azure";
const SYSTEMS: System[] = ["github", "gitlab", "jenkins", "azure"];

interface Outcome {
  run: JobRun;
  /** Whether the stubbed terraform applied (Jenkins and GitLab run apply in the same pipeline). */
  applied: boolean;
  dir: string;
}

/** The deploy pipeline of one system on a checkout whose plan is `verdict`. */
function deploy(system: System, verdict: Verdict): Outcome {
  const { dir, env, terraformLog } = checkout(verdict);
  const context = contextFor(system, dir, env);
  const run =
    system === "github"
      ? runGithubJob(example("github-actions.yml"), "dpia-gate", context)
      : system === "gitlab"
        ? runGitlabPipeline(example("gitlab-ci.yml"), ["plan", "dpia-gate", "apply"], context)
        : system === "jenkins"
          ? runJenkinsfile(fs.readFileSync(example("Jenkinsfile"), "utf8"), context)
          : runAzureJob(example("azure-pipelines.yml"), "Assess", context);
  return { run, applied: fs.readFileSync(terraformLog, "utf8").includes("applied"), dir };
}

/** The scheduled drift check of one system, with `deployed` what a refresh of the org finds. */
function drift(system: System, deployed: Verdict, workflow = example("github-actions-drift.yml")): JobRun {
  const { dir, env } = checkout(deployed);
  const context = contextFor(system, dir, env);
  if (system === "github") return runGithubJob(workflow, "drift", context);
  if (system === "gitlab")
    return runGitlabPipeline(example("gitlab-ci.yml"), ["deployed-state", "dpia-drift"], context, "schedule");
  if (system === "jenkins") return runJenkinsfile(fs.readFileSync(example("Jenkinsfile.drift"), "utf8"), context);
  return runAzureJob(example("azure-pipelines-drift.yml"), undefined, context);
}

beforeAll(() => {
  authority = setUpAuthority();
}, RUN);

// The tests build on each other in order, on one shared register: approvals are the drift baseline,
// a blocked run's DPIA is what the DPO's exception names, and the exception unblocks every system.
describe("the CI examples, each step run as its CI system runs it, stubbed terraform, the real dpia", () => {
  test.each(SYSTEMS)(
    "%s: an approved plan passes the gate (and, where the same pipeline applies, is applied)",
    (system) => {
      const { run, applied } = deploy(system, "approved");
      expect(run.passed, transcript(run)).toBe(true);
      if (system === "gitlab" || system === "jenkins") expect(applied, transcript(run)).toBe(true);
    },
    RUN,
  );

  let blockedDpia = "";
  test.each(SYSTEMS)(
    "%s: a blocked plan fails the job and nothing is applied",
    (system) => {
      const { run, applied, dir } = deploy(system, "blocked");
      expect(run.passed, transcript(run)).toBe(false);
      expect(applied).toBe(false);
      // Blocked (exit 1), not "could not assess": a missing secret or a refused register would be exit 2.
      expect(run.steps.find((step) => step.status !== 0)?.status, transcript(run)).toBe(1);
      expect(transcript(run)).not.toContain("internal error");
      if (system === "jenkins") {
        const report = path.join(dir, "dpia-report");
        const file = fs.readdirSync(report).find((name) => /^OAC-exporter-.*\.json$/.test(name));
        blockedDpia = path.join(report, file!);
        const written = JSON.parse(fs.readFileSync(blockedDpia, "utf8")) as { compliance_status: string };
        expect(written.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
      }
    },
    RUN,
  );

  test.each(SYSTEMS)(
    "%s: the scheduled drift job passes while what is deployed is what was approved",
    (system) => {
      const run = drift(system, "approved");
      expect(run.passed, transcript(run)).toBe(true);
      expect(transcript(run)).toContain("Nothing needs approval.");
    },
    RUN,
  );

  /** What the DPO signed and let lapse: an exception for the blocked client whose window closed an hour ago. */
  let expiredException = "";
  function lapsedException(): string {
    if (expiredException) return expiredException;
    expect(blockedDpia).not.toBe("");
    const dpia = (...args: string[]) => {
      const result = runDpia(args, { cwd: authority.admin, env: authority.env, timeout: RUN });
      expect(result.status, result.output).toBe(0);
      return result.stdout;
    };
    const requested = dpia(
      "exception",
      "request",
      blockedDpia,
      "--reason",
      "The export ran once for the audit and was to be switched off afterwards",
      "--ticket",
      "CHG-2609",
      "--starts",
      new Date(Date.now() - 3 * 3_600_000).toISOString(),
      "--hours",
      "2",
      "--requester",
      "platform.oncall",
    );
    const id = /^(EXC-[a-z0-9-]+) requested/m.exec(requested)![1]!;
    dpia("exception", "approve", id, "--key", "keys/dpo.anna.key");
    dpia("exception", "approve", id, "--key", "keys/sec.ben.key");
    expiredException = id;
    return id;
  }

  test.each(SYSTEMS)(
    "%s: the scheduled drift job fails when a change was deployed that was never approved, and lists the exception that expired",
    (system) => {
      const lapsed = lapsedException();
      const run = drift(system, "blocked");
      expect(run.passed, transcript(run)).toBe(false);
      expect(run.steps.find((step) => step.status !== 0)?.status, transcript(run)).toBe(1);
      // The drift report itself (the step names say "never approved" too): the API client deployed unapproved.
      expect(transcript(run)).toContain("genesyscloud_oauth_client.exporter");
      // Issue 27, item 3: the job lists the lapsed exception, how long ago it expired, and what that leaves.
      expect(transcript(run)).toMatch(
        new RegExp(
          `EXPIRED +${lapsed} +"Exporter" +expired \\S+ \\([^)]+ ago\\): genesyscloud_oauth_client\\.exporter is blocked again`,
        ),
      );
    },
    RUN,
  );

  test(
    "the shell options are what fail the drift job: the same GitHub workflow without `shell: bash` (bash -e, no pipefail) passes on drift through tee",
    () => {
      const workflow = parse(fs.readFileSync(example("github-actions-drift.yml"), "utf8")) as { defaults?: unknown };
      delete workflow.defaults;
      const withoutPipefail = path.join(tempDir("ci-workflow-"), "drift.yml");
      fs.writeFileSync(withoutPipefail, JSON.stringify(workflow));
      const run = drift("github", "blocked", withoutPipefail);
      expect(transcript(run)).toContain("genesyscloud_oauth_client.exporter");
      expect(run.passed).toBe(true);
    },
    RUN,
  );

  test(
    "an exception the DPO and the security lead sign, recorded in the shared register, unblocks the next run of every pipeline",
    () => {
      expect(blockedDpia).not.toBe("");
      const dpia = (...args: string[]) => {
        const result = runDpia(args, { cwd: authority.admin, env: authority.env, timeout: RUN });
        expect(result.status, result.output).toBe(0);
        return result.stdout;
      };
      const requested = dpia(
        "exception",
        "request",
        blockedDpia,
        "--reason",
        "The export to the archive vendor must run before its contract renewal",
        "--ticket",
        "CHG-2611",
        "--hours",
        "24",
        "--requester",
        "platform.oncall",
      );
      const id = /^(EXC-[a-z0-9-]+) requested/m.exec(requested)![1]!;
      dpia("exception", "approve", id, "--key", "keys/dpo.anna.key");
      dpia("exception", "approve", id, "--key", "keys/sec.ben.key");
      for (const system of SYSTEMS) {
        const { run, applied } = deploy(system, "blocked");
        expect(run.passed, `${system}\n${transcript(run)}`).toBe(true);
        if (system === "gitlab" || system === "jenkins") expect(applied).toBe(true);
      }
      // While it is valid, the scheduled job passes on what it approved and lists it as expiring within a day.
      const scheduled = drift("github", "blocked");
      expect(scheduled.passed, transcript(scheduled)).toBe(true);
      expect(transcript(scheduled)).toMatch(new RegExp(`EXPIRING +${id} +"Exporter" +expires \\S+ \\(in [^)]+\\)`));
      expect(transcript(scheduled).indexOf(expiredException)).toBeLessThan(transcript(scheduled).indexOf(id));
      const verified = runDpia(["register", "verify"], { cwd: authority.admin, env: authority.env, timeout: RUN });
      expect(verified.status, verified.output).toBe(0);
      expect(verified.stdout).toContain("INTACT");
    },
    RUN,
  );
});

describe("what the test does not run: the deploy jobs wait for the gate", () => {
  test("GitHub's deploy job needs dpia-gate; Azure's Deploy stage depends on Assess and runs only when it succeeded", () => {
    const github = parse(fs.readFileSync(example("github-actions.yml"), "utf8")) as {
      jobs: { deploy: { needs: string } };
    };
    expect(github.jobs.deploy.needs).toBe("dpia-gate");
    const azure = parse(fs.readFileSync(example("azure-pipelines.yml"), "utf8")) as {
      stages: Array<{ stage: string; dependsOn?: string; condition?: string }>;
    };
    const stage = azure.stages.find((candidate) => candidate.stage === "Deploy")!;
    expect(stage.dependsOn).toBe("Assess");
    expect(stage.condition).toMatch(/^and\(succeeded\(\),/);
  });
});
