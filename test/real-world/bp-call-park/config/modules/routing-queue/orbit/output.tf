output "queue_id" {
  value = genesyscloud_routing_queue.queue_orbit.id
}
