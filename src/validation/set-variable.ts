import { InputError } from "./input-error";

/**
 * An environment variable that pins or points at authority (DPIA_TRUST_ROOT, DPIA_REGISTER_KEY, …):
 * its trimmed value, or undefined when it is unset. Set but blank is an error, never "unset": a
 * protected CI variable the job cannot see, or a secret that is missing, expands to nothing, and that
 * must not switch the pin off without anyone seeing it. `expected` says what a value is.
 */
export function setVariable(name: string, value: string | undefined, expected: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "")
    throw new InputError([
      { file: name, location: "", expected: `${expected}, but it is set and blank (unset it, or give it a value)` },
    ]);
  refuseUnexpanded(name, value, expected);
  return value.trim();
}

/**
 * A reference a pipeline left as it was because nothing defined it, alone or inside a value
 * (`$(Pipeline.Workspace)/r.db`): Azure Pipelines keeps `$(NAME)`, GitHub Actions and GitLab pass `${{ … }}`
 * or `${NAME}` on when quoted, Windows keeps `%NAME%`, PowerShell `$env:NAME`, token replacers `#{NAME}#`,
 * templates `{{ name }}`. Taken as a value, it would name a new register or key file beside the repository, and the run's records would go there unseen.
 */
const UNEXPANDED_ANYWHERE =
  /\$\([A-Za-z_][\w.]*\)|\$\{\{[^}]*\}\}|\$\{[A-Za-z_]\w*\}|#\{[^}]*\}#|\{\{[^}]*\}\}|\$env:[A-Za-z_]/;
/** `$NAME` and `%NAME%` only as the whole value: inside one, `$` and `%` may be a password's or its URL encoding. */
const UNEXPANDED_WHOLE = /^(?:\$[A-Za-z_]\w*|%[A-Za-z_]\w*%)$/;

export function refuseUnexpanded(name: string, value: string, expected: string): void {
  if (UNEXPANDED_ANYWHERE.test(value) || UNEXPANDED_WHOLE.test(value.trim()))
    throw new InputError([
      {
        file: name,
        location: "",
        expected: `${expected}, but it holds ${JSON.stringify(value.trim())}, a pipeline variable reference nothing expanded (define the variable the pipeline refers to, or unset ${name})`,
      },
    ]);
}
