export default {
  hapio_access_token: process.env.HAPIO_API_ACCESS_TOKEN || "",
  hapio_location_id: process.env.HAPIO_LOCATION_ID || "",
  hapio_service_id: process.env.HAPIO_SERVICE_ID || "",
};
