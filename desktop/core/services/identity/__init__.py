"""Who this installation is to others: its key pairs, its public identity and fingerprint."""
