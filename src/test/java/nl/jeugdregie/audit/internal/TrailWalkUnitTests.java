package nl.jeugdregie.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.audit.internal.ChainVerification.ChainBreak;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SEC-2, ADR 0019: verifying the legacy chain and one chain per municipality after it")
class TrailWalkUnitTests {

	private static final String OSS = "0828";
	private static final String BERNHEZE = "1721";

	/** Builds a trail the way the appender does: ids rising, each row linked to the last of its own chain. */
	private static final class Trail {

		final List<ChainedAuditEvent> rows = new ArrayList<>();
		final Map<String, String> heads = new HashMap<>();
		long nextId = 1;
		String legacyHead = AuditHashChain.GENESIS;
		ChainCutover cutover;

		Trail legacyRows(int count) {
			for (int i = 0; i < count; i++) {
				legacyHead = add(OSS, legacyHead);
			}
			cutover = new ChainCutover(nextId - 1, legacyHead);
			return this;
		}

		Trail row(String municipality) {
			if (cutover == null) {
				cutover = new ChainCutover(0, AuditHashChain.GENESIS);
			}
			heads.put(municipality, add(municipality, heads.getOrDefault(municipality, cutover.genesisOf(municipality))));
			return this;
		}

		private String add(String municipality, String previous) {
			var event = new AuditEvent(nextId++, Instant.parse("2026-11-16T09:00:00Z").plusSeconds(nextId), "gebruiker-1",
					"YOUTH_PROFESSIONAL", municipality, UUID.randomUUID(), "Hulpvraag HV-2026-000001", "READ",
					"Hulpvraag geopend", null);
			var hash = AuditHashChain.hash(event, previous);
			rows.add(new ChainedAuditEvent(event, previous, hash));
			return hash;
		}
	}

	@Test
	void acceptsTheLegacyChainFollowedByInterleavedChainsPerMunicipality() {
		var trail = new Trail().legacyRows(3).row(OSS).row(BERNHEZE).row(OSS).row(OSS).row(BERNHEZE);

		assertThat(walk(trail.cutover, trail.rows)).isEqualTo(ChainVerification.intact(8));
	}

	@Test
	void acceptsChainsPerMunicipalityWhenTheTrailWasEmptyAtTheSwitch() {
		var trail = new Trail().row(OSS).row(BERNHEZE).row(OSS);

		assertThat(walk(trail.cutover, trail.rows)).isEqualTo(ChainVerification.intact(3));
		assertThat(trail.rows.getFirst().previousHash()).isEqualTo(AuditHashChain.genesis(OSS, AuditHashChain.GENESIS));
	}

	@Test
	void acceptsALegacyChainWithNothingAfterIt() {
		var trail = new Trail().legacyRows(2);

		assertThat(walk(trail.cutover, trail.rows)).isEqualTo(ChainVerification.intact(2));
	}

	@Test
	void reportsLegacyRowsRemovedFromTheEndAtTheRecordedLastRow() {
		var trail = new Trail().legacyRows(3).row(OSS);
		trail.rows.remove(2);

		assertThat(walk(trail.cutover, trail.rows)).isEqualTo(ChainVerification.broken(2, 3, ChainBreak.LEGACY_CHAIN_CUT));
	}

	@Test
	void reportsLegacyRowsRemovedFromTheEndWhenNothingFollows() {
		var trail = new Trail().legacyRows(3);
		trail.rows.remove(2);

		assertThat(walk(trail.cutover, trail.rows)).isEqualTo(ChainVerification.broken(2, 3, ChainBreak.LEGACY_CHAIN_CUT));
	}

	@Test
	void reportsARowRemovedFromOneMunicipalitysChainAtThatChainsNextRow() {
		var trail = new Trail().legacyRows(1).row(OSS).row(BERNHEZE).row(OSS).row(BERNHEZE).row(OSS);
		trail.rows.remove(3); // Oss's second row, id 4

		assertThat(walk(trail.cutover, trail.rows)).isEqualTo(ChainVerification.broken(4, 6, ChainBreak.PREVIOUS_HASH_MISMATCH));
	}

	@Test
	void reportsARowLinkedToAnotherMunicipalitysChain() {
		var trail = new Trail().row(OSS).row(BERNHEZE);
		var bernheze = trail.rows.get(1).event();
		var moved = new AuditEvent(bernheze.id(), bernheze.occurredAt(), bernheze.actorUsername(), bernheze.actorRole(), OSS,
				bernheze.clientId(), bernheze.subject(), bernheze.action(), bernheze.what(), bernheze.reason());
		trail.rows.set(1, new ChainedAuditEvent(moved, trail.rows.get(1).previousHash(),
				AuditHashChain.hash(moved, trail.rows.get(1).previousHash())));

		assertThat(walk(trail.cutover, trail.rows)).isEqualTo(ChainVerification.broken(1, 2, ChainBreak.PREVIOUS_HASH_MISMATCH));
	}

	@Test
	void reportsAMunicipalitysFirstRowThatDoesNotStartFromItsGenesis() {
		var trail = new Trail().legacyRows(2);
		var event = new AuditEvent(3, Instant.parse("2026-11-16T09:00:00Z"), "gebruiker-1", "YOUTH_PROFESSIONAL", OSS,
				null, "Werklijst CJG", "READ", "Werklijst bekeken", null);
		// Continues the legacy chain instead of starting Oss's own.
		trail.rows.add(new ChainedAuditEvent(event, trail.legacyHead, AuditHashChain.hash(event, trail.legacyHead)));

		assertThat(walk(trail.cutover, trail.rows)).isEqualTo(ChainVerification.broken(2, 3, ChainBreak.PREVIOUS_HASH_MISMATCH));
	}

	@Test
	void reportsAChangedRowInAMunicipalitysChainAsAHashMismatch() {
		var trail = new Trail().legacyRows(1).row(OSS).row(OSS);
		var original = trail.rows.get(1);
		var e = original.event();
		var changed = new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(), e.actorRole(), e.municipalityCode(),
				e.clientId(), e.subject(), e.action(), "Niets gebeurd", e.reason());
		trail.rows.set(1, new ChainedAuditEvent(changed, original.previousHash(), original.hash()));

		assertThat(walk(trail.cutover, trail.rows)).isEqualTo(ChainVerification.broken(1, 2, ChainBreak.HASH_MISMATCH));
	}

	private static ChainVerification walk(ChainCutover cutover, List<ChainedAuditEvent> rows) {
		var walk = new TrailWalk(cutover);
		for (var row : rows) {
			var broken = walk.check(row);
			if (broken.isPresent()) {
				return broken.get();
			}
		}
		return walk.end();
	}
}
