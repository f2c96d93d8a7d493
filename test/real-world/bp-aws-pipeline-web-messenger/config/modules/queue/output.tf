output "queue_id" {
  value = genesyscloud_routing_queue.queue.id
}

output "queue_name" {
  value = genesyscloud_routing_queue.queue.name
}
