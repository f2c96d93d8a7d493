import { extraEmployeeData } from "../../inventory/attributes/employee-record";
import type { ClassifiedElement } from "../model";
import type { ResourceClassifier } from "./resource-classifier";

const EMPLOYEE_RULE = "CLS-EMPLOYEE-RECORD";

/** An employee's record written into the configuration: name and email at least, often more. */
export const classifyUser: ResourceClassifier = (resource) => {
  const attributes = resource.attributes;
  const paths = ["name", "email", "title", "department", "manager"].filter(
    (key) => attributes[key] !== undefined && attributes[key] !== "",
  );
  paths.push(...extraEmployeeData(attributes));
  const elements: ClassifiedElement[] =
    paths.length > 0 ? [{ element: "employee_pii", rule: EMPLOYEE_RULE, evidence: paths }] : [];
  return { address: resource.address, elements, unknowns: [] };
};
