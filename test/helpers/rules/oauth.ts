export const clientCredentials = (roleId: string, division?: string) => ({
  authorized_grant_type: "CLIENT-CREDENTIALS",
  roles: [{ role_id: roleId, ...(division ? { division_id: division } : {}) }],
});

export const role = (domain: string, entity: string, actions: string[]) => ({
  reader: { name: "Reader", permission_policies: [{ domain, entity_name: entity, action_set: actions }] },
});
