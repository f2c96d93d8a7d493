resource "random_uuid" "uuid" {
}
