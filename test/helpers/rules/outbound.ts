export const LIST = "genesyscloud_outbound_contact_list.leads";

export const list = (body: Record<string, unknown> = {}) => ({
  leads: {
    name: "Leads",
    column_names: ["First Name", "Phone"],
    phone_columns: [{ column_name: "Phone", type: "cell" }],
    ...body,
  },
});
