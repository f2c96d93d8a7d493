variable "flowId" {
    type        = string
    description = "Id of the inbound message flow for the web deployment"
}