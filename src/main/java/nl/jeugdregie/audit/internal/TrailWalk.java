package nl.jeugdregie.audit.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.audit.internal.ChainVerification.ChainBreak;

/**
 * Checks the whole trail, row by row in id order (ADR 0019): the legacy chain up to the cutover, which must still
 * end in the hash recorded at the switch, and after it one chain per municipality, each from its own genesis.
 * Keeps one last hash per chain: a few hundred municipalities at most.
 */
final class TrailWalk {

	private final ChainCutover cutover;
	private final ChainWalk legacy = new ChainWalk(AuditHashChain.GENESIS);
	private final Map<String, ChainWalk> municipalities = new HashMap<>();
	private boolean legacyChecked;
	private long rowsChecked;

	TrailWalk(ChainCutover cutover) {
		this.cutover = cutover;
	}

	/** Checks the next row of the trail; gives the verdict when this row breaks a chain. */
	Optional<ChainVerification> check(ChainedAuditEvent row) {
		var id = row.event().id();
		ChainWalk chain;
		if (cutover.isLegacy(id)) {
			chain = legacy;
		} else {
			var legacyEnd = checkLegacyEnd();
			if (legacyEnd.isPresent()) {
				return legacyEnd;
			}
			chain = municipalities.computeIfAbsent(row.event().municipalityCode(),
					municipality -> new ChainWalk(cutover.genesisOf(municipality)));
		}
		var problem = chain.check(row);
		if (problem.isPresent()) {
			return Optional.of(ChainVerification.broken(rowsChecked, id, problem.get()));
		}
		rowsChecked++;
		return Optional.empty();
	}

	/** The verdict once every row has been checked without a break. */
	ChainVerification end() {
		return checkLegacyEnd().orElseGet(() -> ChainVerification.intact(rowsChecked));
	}

	/** Once, after the last legacy row: a legacy chain that stops short of its recorded end lost its last rows. */
	private Optional<ChainVerification> checkLegacyEnd() {
		if (legacyChecked) {
			return Optional.empty();
		}
		legacyChecked = true;
		if (!legacy.head().equals(cutover.legacyHeadHash())) {
			return Optional.of(ChainVerification.broken(rowsChecked, cutover.lastLegacyId(), ChainBreak.LEGACY_CHAIN_CUT));
		}
		return Optional.empty();
	}
}
