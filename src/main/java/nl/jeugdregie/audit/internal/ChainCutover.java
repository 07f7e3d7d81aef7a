package nl.jeugdregie.audit.internal;

/**
 * Where the legacy chain, the one chain of the whole trail, ends and the chains per municipality begin (ADR 0019).
 * Rows up to {@code lastLegacyId} form the legacy chain; every later row belongs to its municipality's chain.
 *
 * @param lastLegacyId the highest id of the legacy chain, 0 when the trail was empty at the switch
 * @param legacyHeadHash the hash of that row, or {@link AuditHashChain#GENESIS} when the trail was empty
 */
record ChainCutover(long lastLegacyId, String legacyHeadHash) {

	ChainCutover {
		if (lastLegacyId < 0 || legacyHeadHash == null || !legacyHeadHash.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("A cutover names the last legacy id and its 64-character hash");
		}
	}

	boolean isLegacy(long rowId) {
		return rowId <= lastLegacyId;
	}

	/** The previous hash of the first row of the municipality's chain. */
	String genesisOf(String municipalityCode) {
		return AuditHashChain.genesis(municipalityCode, legacyHeadHash);
	}
}
