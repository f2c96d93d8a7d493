import { ref, terraformJson } from "../assess-config";

export const role = (domain: string, entity: string, actions: string[]) => ({
  name: "Role",
  permission_policies: [{ domain, entity_name: entity, action_set: actions }],
});

export const userRoles = (divisionIds?: unknown, roleBody = role("recording", "recording", ["view"])) =>
  terraformJson({
    genesyscloud_user: { agent: { name: "Agent One", email: "agent.one@example.com" } },
    genesyscloud_auth_role: { reader: roleBody },
    genesyscloud_user_roles: {
      agent: {
        user_id: ref("genesyscloud_user.agent"),
        roles: [
          {
            role_id: ref("genesyscloud_auth_role.reader"),
            ...(divisionIds !== undefined ? { division_ids: divisionIds } : {}),
          },
        ],
      },
    },
  });

export const groupRoles = (divisionIds: unknown, roleBody = role("conversation", "*", ["*"])) =>
  terraformJson({
    genesyscloud_auth_role: { reader: roleBody },
    genesyscloud_group_roles: {
      supervisors: {
        group_id: "00000000-0000-0000-0000-000000000001",
        roles: [{ role_id: ref("genesyscloud_auth_role.reader"), division_ids: divisionIds }],
      },
    },
  });

export const user = (body: Record<string, unknown>, provider: Record<string, unknown> = { aws_region: "eu-west-1" }) =>
  terraformJson(
    { genesyscloud_user: { jane: { name: "Jane Doe", email: "jane.doe@example.com", ...body } } },
    provider,
  );
