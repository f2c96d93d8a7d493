  ROLES = ["Developer","Master Admin","Supervisor","User"]
  RESOURCE_PREFIX = "RJV"
  DIVISION = "AA (Andrew Appleton)"