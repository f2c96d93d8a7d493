output "queue_id" {
  value = genesyscloud_routing_queue.queue_call_park_agent.id
}

output "queue_name" {
  value = genesyscloud_routing_queue.queue_call_park_agent.name
}

