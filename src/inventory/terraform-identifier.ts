/**
 * A Terraform identifier (a resource or module name, an alias, a variable or local), as HCL scans one: a Unicode
 * ID_Start character or "_", then ID_Continue characters or "-". Terraform 1.11.4 takes `Déjà_vu`, `x٣` and `_x`
 * and refuses `٣x` and `-x` (test/inventory/terraform-identifiers.test.ts). For regular expressions with the u flag.
 */
export const IDENTIFIER_SOURCE = String.raw`[\p{ID_Start}_][\p{ID_Continue}-]*`;

const WHOLE_IDENTIFIER = new RegExp(`^${IDENTIFIER_SOURCE}$`, "u");

export const isTerraformIdentifier = (text: string): boolean => WHOLE_IDENTIFIER.test(text);
