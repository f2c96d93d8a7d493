// Resolves vendor knowledge in a child process for callers that must stay synchronous (cdktf runs the
// aspect's synthesis hook synchronously): reads {settings, hosts, now} on stdin, prints the lookups.
import { resolveVendorKnowledge, type VendorSettings } from "./resolve";

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const { settings, hosts, now } = JSON.parse(input) as { settings: VendorSettings; hosts: string[]; now: string };
  resolveVendorKnowledge(settings, hosts, { now: new Date(now) }).then(
    (knowledge) => process.stdout.write(JSON.stringify({ ...knowledge, lookups: [...knowledge.lookups.entries()] })),
    (error: Error) => {
      process.stderr.write(error.message);
      process.exitCode = 1;
    },
  );
});
