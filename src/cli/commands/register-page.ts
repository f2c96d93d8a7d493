import type { Command } from "commander";
import { recordedDpia } from "../../register/dpia-versions";
import { withRegister } from "../../register/register";
import { htmlPage } from "../../report/formats/html";
import { markdownPage } from "../../report/markdown";
import { guarded, UsageError } from "../exit";
import { writeOutputFile } from "../../validation/write-output-file";
import { REGISTER_OPTION } from "../register-option";

const FORMATS = ["markdown", "html"];

/**
 * `dpia register page <dpia_id>`: the DPIA the DPO completes and signs, as the register last recorded
 * it (not a copy from a working folder), with its version history.
 */
export function pageCommand(parent: Command): void {
  parent
    .command("page <dpia_id>")
    .description(
      "the DPIA page a DPO completes and signs (markdown or html), as the register last recorded it, with its version history",
    )
    .option("--format <format>", "markdown or html", "html")
    .option("--out <file>", "write to a file instead of stdout")
    .option(...REGISTER_OPTION)
    .action(
      guarded((dpiaId: string, options: { format: string; out?: string; register?: string }) => {
        if (!FORMATS.includes(options.format))
          throw new UsageError(`--format: one of ${FORMATS.join(", ")}, got "${options.format}"`);
        return withRegister({ url: options.register, write: false }, async (register) => {
          const recorded = recordedDpia(await register.verifiedRecords(["assessment"]), dpiaId, register.location);
          if (!recorded) throw new UsageError(`no assessment of ${dpiaId} in the register ${register.location}`);
          const page = (options.format === "html" ? htmlPage : markdownPage)(recorded.dpia, {
            history: recorded.versions,
          });
          if (options.out) writeOutputFile(options.out, page);
          else process.stdout.write(page);
          return 0;
        });
      }),
    );
}
