export default {
  pagerDutyApiKey: process.env.PAGER_DUTY_API_KEY || "",
  pagerDutyServiceId: process.env.PAGER_DUTY_SERVICE_ID || "",
};
