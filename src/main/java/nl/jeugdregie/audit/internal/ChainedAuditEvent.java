package nl.jeugdregie.audit.internal;

/** An audit row with its link to the row before it and its own hash, as read back for verification. */
record ChainedAuditEvent(AuditEvent event, String previousHash, String hash) {}
