// Vitest runs this before every test file (setupFiles): a test that runs the gate in-process reads
// process.env as the CLI does, so the developer's register, trust root, Terraform variables and
// colour settings are taken out of it here, as testEnv() takes them out of every child's.
import { scrubProcessEnv } from "./test-env";

scrubProcessEnv();
