import os

pager_duty_api_key = os.environ.get("PAGER_DUTY_API_KEY", "")
pager_duty_service_id = os.environ.get("PAGER_DUTY_SERVICE_ID", "")
