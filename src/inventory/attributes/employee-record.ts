import { allBlocks } from "../lookup";

/** Attributes of `genesyscloud_user` beyond the required name and email that describe the person. */
export function extraEmployeeData(attributes: Record<string, unknown>): string[] {
  const found: string[] = [];
  allBlocks(attributes, "addresses").forEach((block, index) => {
    allBlocks(block, "phone_numbers").forEach((phone, i) => {
      if (phone.number !== undefined && phone.number !== "")
        found.push(`addresses[${index}].phone_numbers[${i}].number`);
    });
    allBlocks(block, "other_emails").forEach((email, i) => {
      if (email.address !== undefined && email.address !== "")
        found.push(`addresses[${index}].other_emails[${i}].address`);
    });
  });
  allBlocks(attributes, "employer_info").forEach((block, index) => {
    for (const key of ["employee_id", "date_hire", "official_name", "employee_type"])
      if (block[key] !== undefined && block[key] !== "") found.push(`employer_info[${index}].${key}`);
  });
  allBlocks(attributes, "locations").forEach((block, index) => {
    if (typeof block.notes === "string" && block.notes !== "") found.push(`locations[${index}].notes`);
  });
  return found;
}
