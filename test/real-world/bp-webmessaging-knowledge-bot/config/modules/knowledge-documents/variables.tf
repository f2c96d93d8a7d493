variable "knowledgebase_id" {
    type        = string
    description = "Id of the knowledge base to add the documents to"
}