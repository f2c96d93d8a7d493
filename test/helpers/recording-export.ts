// A retention policy (`genesyscloud_recording_media_retention_policy.keep`) whose call policy exports recordings to
// the integration named, as its `integration_export` does.
import { ref } from "./assess-config";

export const exportPolicyTo = (integrationAddress: string) => ({
  genesyscloud_recording_media_retention_policy: {
    keep: {
      name: "Keep",
      enabled: true,
      media_policies: {
        call_policy: {
          actions: { retain_recording: true, integration_export: { integration_id: ref(integrationAddress) } },
        },
      },
    },
  },
});
