"""The screens of referral packages between organisations that use Relais (issue 14): this
installation's identity and contact card, partners' cards in the directory, sending, receiving,
incoming referrals and their feedback. Every screen calls ``desktop.core.services.packages``."""
