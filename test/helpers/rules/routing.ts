export const settings = (transcription: Record<string, unknown>) => ({
  genesyscloud_routing_settings: { org: { transcription: [transcription] } },
});

export const queue = (body: Record<string, unknown>) => ({
  genesyscloud_routing_queue: { support: { name: "Support", ...body } },
});
