import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import Ajv4 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import { validateXML } from "xmllint-wasm";

const root = path.resolve(__dirname, "../..");

/** The official SARIF 2.1.0 JSON Schema (as @microsoft/jest-sarif ships it), with its formats checked. */
function sarifValidator() {
  const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const schema = path.join(
    root,
    "node_modules",
    "@microsoft",
    "jest-sarif",
    "lib",
    "schemas",
    "sarif-2.1.0-rtm.5.json",
  );
  return ajv.compile(JSON.parse(fs.readFileSync(schema, "utf8")));
}
let sarif: ReturnType<typeof sarifValidator> | undefined;

/** The errors of a SARIF log against the official schema; [] when it is valid. */
export function sarifErrors(log: unknown): unknown[] {
  sarif ??= sarifValidator();
  return sarif(log) ? [] : (sarif.errors ?? ["invalid"]);
}

/**
 * The errors of a JUnit report read by libxml2 (well-formed XML 1.0, then the JUnit shape Jenkins
 * reads, test/fixtures/junit/jenkins-junit.xsd); [] when it is valid.
 */
export async function junitErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "report.xml", contents: xml }],
    schema: [fs.readFileSync(path.join(root, "test", "fixtures", "junit", "jenkins-junit.xsd"), "utf8")],
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

/** The report as an object (attributes without prefix), for assertions on its content. */
export function parseJunit(xml: string): {
  testsuites: { tests?: string; errors?: string; testsuite: unknown };
} {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as never;
}

let gateReport: ReturnType<Ajv2020["compile"]> | undefined;

/** The errors of a `--format json` document against the published schemas/gate-report.schema.json. */
export function gateReportErrors(document: unknown): unknown[] {
  if (!gateReport) {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    gateReport = ajv.compile(
      JSON.parse(fs.readFileSync(path.join(root, "schemas", "gate-report.schema.json"), "utf8")) as object,
    );
  }
  return gateReport(document) ? [] : (gateReport.errors ?? ["invalid"]);
}
