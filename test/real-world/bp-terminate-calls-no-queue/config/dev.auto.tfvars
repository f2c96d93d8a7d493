# Required:     The OAuth Client Credentials Grant for the Genesys Cloud Data Actions integration.
# Permissions:  Conversation > Communication > Disconnect, Conversation > ExternalTag > Edit
#               Analytics > Conversation Detail > View
client_id_with_analytics       = "your-client-id"
client_secret_with_analytics   = "your-client-secret"