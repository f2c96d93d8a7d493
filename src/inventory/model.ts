import { z } from "zod";

/** Where a resource was declared, as precisely as the reader that found it can tell. */
const SourceLocationSchema = z.object({
  constructPath: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().optional(),
});

/**
 * One Genesys Cloud resource as it will be deployed. Attributes are normalised by the reader:
 * blocks are always arrays (as Terraform's plan and HCL give them), `$${` escapes are read as
 * the literal `${`, and Terraform meta-arguments are left out.
 */
const GenesysResourceSchema = z.object({
  mode: z.enum(["managed", "data"]),
  type: z.string(),
  name: z.string(),
  address: z.string(),
  attributes: z.record(z.string(), z.unknown()),
  /** SHA-256 of the file `filepath` names (flow YAML, script JSON), when it was read: part of the fingerprint. */
  fileSha256: z.string().optional(),
  /** The addresses its `depends_on` names, in the root module's terms: what Terraform applies before it. */
  dependsOn: z.array(z.string()).optional(),
  /** The `provider` meta-argument (`genesyscloud.alias`), when the resource names one. */
  provider: z.string().optional(),
  location: SourceLocationSchema,
});

const ProviderConfigSchema = z.object({
  alias: z.string().optional(),
  attributes: z.record(z.string(), z.unknown()),
  location: SourceLocationSchema,
  /**
   * Where `aws_region` came from when the block does not set it: `GENESYSCLOUD_REGION` (read by
   * the provider itself), `--region`, or the policy. Undefined when the block sets it.
   */
  region_from: z.string().optional(),
  /** True for the default configuration Terraform uses when no unaliased provider block exists. */
  implicit: z.boolean().optional(),
  /**
   * The module whose own provider block this is (`module.a.module.b`); its resources, and those of the modules it
   * calls, reference it as `module.a.module.b:genesyscloud`. Undefined for the root module's.
   */
  module: z.string().optional(),
  /**
   * The source (a registry address, a git or http URL) of the remote module package whose code declares this
   * configuration: the last remote call on the way from the root, code its caller took from someone else. Undefined
   * for the root's own and for its local modules' (`./`, `../`).
   */
  module_source: z.string().optional(),
  /**
   * The module package's own code fixes the block's OAuth client (id and secret) or access token: literals, locals,
   * defaults its caller leaves alone, functions of them; not a value the package's caller passes.
   */
  credentials_written: z.literal(true).optional(),
});

export const InventorySchema = z.object({
  /** What the inventory was read from, e.g. `cdktf stack "contact-centre"`. Not part of any fingerprint. */
  origin: z.string(),
  /** The stack or folder name DPIAs are filed under. */
  scope: z.string(),
  resources: z.array(GenesysResourceSchema),
  providers: z.array(ProviderConfigSchema),
  /** Version constraints on the genesyscloud provider (required_providers, or the plan's provider config). */
  genesysVersionConstraints: z.array(z.string()).optional(),
  /**
   * Files the configuration itself writes at apply (hashicorp/local's `local_file`), by the writer's address: where,
   * when its `filename` is known, and what, when its content is known before deployment. A flow or script file one of
   * them writes is deployed as written, not as committed.
   */
  writtenFiles: z
    .array(
      z.object({
        address: z.string(),
        filename: z.string().optional(),
        content: z.string().optional(),
        /** The file `source` copies, when the text is that file's. */
        source: z.string().optional(),
        location: SourceLocationSchema,
      }),
    )
    .optional(),
  /**
   * Files a resource names in `filepath` (Architect flow YAML, agent script JSON), read at the edge, by the resource's
   * address. `alsoDeployed`: other texts that may be deployed instead (written at apply in no known order);
   * `alsoUnknown`: why what is deployed may also be a text not known before apply.
   */
  referencedFiles: z
    .record(
      z.string(),
      z.object({
        file: z.string(),
        text: z.string(),
        alsoDeployed: z.array(z.string()).optional(),
        alsoUnknown: z.string().optional(),
      }),
    )
    .optional(),
});

export type GenesysResource = z.infer<typeof GenesysResourceSchema>;
export type ProviderConfig = z.infer<typeof ProviderConfigSchema>;
export type Inventory = z.infer<typeof InventorySchema>;
export type WrittenFile = NonNullable<Inventory["writtenFiles"]>[number];
