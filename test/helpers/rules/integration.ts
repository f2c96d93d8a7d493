export const integration = (body: Record<string, unknown>) => ({
  genesyscloud_integration: { app: { config: { name: "App" }, ...body } },
});
