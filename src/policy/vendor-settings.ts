import * as fs from "node:fs";
import * as path from "node:path";
import { parseHostPattern } from "../hosts/host-pattern";
import { z } from "zod";
import { InputError, type InputProblem } from "../validation/input-error";
import { gitWorkTreeOf } from "../validation/git-work-tree";
import { repositoryKey, userCacheFolder } from "../validation/user-folders";
import { checkUserJson, parseUserJson } from "../validation/user-json";
import { durationDays } from "../vendors/duration";
import type { PurposeRetention } from "../vendors/model";
import { VendorRecordSchema, type VendorPolicy, type VendorRecord } from "../vendors/schema";
import type { VendorSettings } from "../vendors/sources/resolve";

const VendorRecordListSchema = z.array(VendorRecordSchema);

/** Records named by `vendors.files`: a record or a list of them per file, relative to the policy. */
function readRecordFiles(
  files: readonly string[],
  policyFile: string,
  baseDir: string,
  problems: InputProblem[],
): VendorRecord[] {
  return files.flatMap((name, index) => {
    const full = path.resolve(baseDir, name);
    if (!fs.existsSync(full)) {
      problems.push({
        file: policyFile,
        location: `vendors.files[${index}]`,
        expected: `an existing vendor record file, but ${full} does not exist`,
      });
      return [];
    }
    try {
      const raw = parseUserJson({ file: full, what: "vendor records" });
      return Array.isArray(raw)
        ? checkUserJson(raw, VendorRecordListSchema, full)
        : [checkUserJson(raw, VendorRecordSchema, full)];
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      return [];
    }
  });
}

/** The policy's `vendors` section made ready for the sources: files read, durations and host patterns parsed. */
export function readVendorSettings(policy: VendorPolicy | undefined, file: string, baseDir: string): VendorSettings {
  const problems: InputProblem[] = [];
  const records = [...(policy?.records ?? []), ...readRecordFiles(policy?.files ?? [], file, baseDir, problems)];
  const keys = new Set<string>();
  records.forEach((record) => {
    if (keys.has(record.fides_key))
      problems.push({
        file,
        location: "vendors",
        expected: `one record per vendor, "${record.fides_key}" is given twice`,
      });
    keys.add(record.fides_key);
    record.vendor_data_capability.hosts.forEach((host, index) => {
      const parsed = parseHostPattern(host);
      if (!parsed.ok)
        problems.push({
          file,
          location: `vendors record ${record.fides_key}.vendor_data_capability.hosts[${index}]`,
          expected: parsed.expected,
        });
    });
  });
  const purposeRetention: PurposeRetention[] = [];
  (policy?.purpose_retention ?? []).forEach((entry, index) => {
    const parsed = parseHostPattern(entry.host);
    if (!parsed.ok)
      problems.push({ file, location: `vendors.purpose_retention[${index}].host`, expected: parsed.expected });
    else
      purposeRetention.push({
        pattern: parsed.value,
        purpose: entry.purpose,
        days: durationDays(entry.retention, "down"),
      });
  });
  const cacheFile = vendorCacheFile(policy, file, baseDir, problems);
  if (problems.length > 0) throw new InputError(problems);
  return { ...(policy ? { policy } : {}), records, purposeRetention, cacheFile };
}

/**
 * The cache of vendor answers: by default the repository's own file in the per-user cache folder.
 * Never inside a git work tree: a cached answer is read as the source's answer, and one committed
 * to the repository would be authority from the repository.
 */
function vendorCacheFile(
  policy: VendorPolicy | undefined,
  file: string,
  baseDir: string,
  problems: InputProblem[],
): string {
  const named = policy?.cache?.file;
  if (named === undefined) return path.join(userCacheFolder(), "vendors", repositoryKey(baseDir), "vendor-cache.json");
  const cacheFile = path.resolve(baseDir, named);
  const workTree = gitWorkTreeOf(cacheFile);
  if (workTree !== undefined)
    problems.push({
      file,
      location: "vendors.cache.file",
      expected: `a vendor cache outside the git work tree ${workTree} (an answer cached in the repository would be authority from the repository), got ${cacheFile}; leave it out for the per-user cache folder`,
    });
  return cacheFile;
}
