import type pg from "pg";
import { InputError } from "../../validation/input-error";

/**
 * The pg client, loaded only for a `postgres://` register: pg is an optional peer dependency, so
 * that a project using the SQLite register (or only the aspect) does not install it.
 */
export function loadPg(shown: string): typeof pg {
  try {
    return require("pg") as typeof pg;
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code !== "MODULE_NOT_FOUND" || !/'pg'/.test(String(message))) throw error;
    throw new InputError([
      {
        file: shown,
        location: "",
        expected:
          "the pg package for a PostgreSQL register, but it is not installed: install it beside genesys-dpia-gate (npm install --save-dev pg@8)",
      },
    ]);
  }
}
