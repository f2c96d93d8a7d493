output "emergency_group_id" {
    value       = genesyscloud_architect_emergencygroup.emergency-group.id
    description = "The ID of the Genesys Cloud architect emergency group."
}