export const policy = (actions: Record<string, unknown>) => ({
  genesyscloud_recording_media_retention_policy: { calls: { name: "Calls", enabled: true, actions } },
});

export const deleteAfter = (days: number) => ({ retention_duration: { delete_retention: { days } } });
