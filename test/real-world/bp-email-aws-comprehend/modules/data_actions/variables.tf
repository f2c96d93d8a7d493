variable "classifier_url" {
  type        = string
  description = "The URL to call the classifier"
}

variable "classifier_api_key" {
  type        = string
  description = "API Key for classifier endpoint"
}
