/** The option every command that reads or writes the register takes. */
export const REGISTER_OPTION = [
  "--register <url>",
  "the DPIA register: a file, sqlite:<file> or postgres://… (default: DPIA_REGISTER, else this repository's register in the per-user state folder)",
] as const;
