"""The site side of the sync with the hub: the change journal, what goes up (pseudonymous
records of consenting survivors only), the signed batch format shared with the hub, and the
client (standard-library HTTP, or batch files for a USB stick)."""
