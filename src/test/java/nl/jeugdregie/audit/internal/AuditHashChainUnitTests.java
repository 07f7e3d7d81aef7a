package nl.jeugdregie.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.jeugdregie.audit.internal.ChainVerification.ChainBreak;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("SEC-2: the audit trail's hash chain")
class AuditHashChainUnitTests {

	private static final AuditEvent EVENT = new AuditEvent(42, Instant.parse("2026-11-16T09:00:00.123456Z"),
			"jeugdprofessional-1", "YOUTH_PROFESSIONAL", "0828",
			UUID.fromString("3f2b8c1e-0d4a-4c7e-9b1a-2e5f6a7b8c9d"), "Hulpvraag HV-2026-000123", "READ",
			"Hulpvraag geopend", "Waarneming voor collega");

	@Test
	void givesTheSameHashForTheSameContent() {
		var copy = new AuditEvent(EVENT.id(), EVENT.occurredAt(), EVENT.actorUsername(), EVENT.actorRole(),
				EVENT.municipalityCode(), EVENT.clientId(), EVENT.subject(), EVENT.action(), EVENT.what(), EVENT.reason());

		assertThat(AuditHashChain.hash(copy, AuditHashChain.GENESIS))
				.isEqualTo(AuditHashChain.hash(EVENT, AuditHashChain.GENESIS))
				.hasSize(64)
				.matches("[0-9a-f]{64}");
	}

	@Test
	void startsTheChainFromSixtyFourZeros() {
		assertThat(AuditHashChain.GENESIS).hasSize(64).matches("0+");
	}

	static Stream<Arguments> changes() {
		return Stream.of(
				change("actor_municipality_code (NEN 7513)", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(),
						e.actorRole(), e.municipalityCode(), e.clientId(), e.subject(), e.action(), e.what(), e.reason(), "0829",
						null)),
				change("source_address (NEN 7513)", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(),
						e.actorRole(), e.municipalityCode(), e.clientId(), e.subject(), e.action(), e.what(), e.reason(), null,
						"192.0.2.7")),
				change("id", e -> new AuditEvent(43, e.occurredAt(), e.actorUsername(), e.actorRole(), e.municipalityCode(),
						e.clientId(), e.subject(), e.action(), e.what(), e.reason())),
				change("occurred_at", e -> new AuditEvent(e.id(), e.occurredAt().plusNanos(1_000), e.actorUsername(),
						e.actorRole(), e.municipalityCode(), e.clientId(), e.subject(), e.action(), e.what(), e.reason())),
				change("actor_username", e -> new AuditEvent(e.id(), e.occurredAt(), "jeugdprofessional-2", e.actorRole(),
						e.municipalityCode(), e.clientId(), e.subject(), e.action(), e.what(), e.reason())),
				change("actor_role", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(), "TEAM_LEAD",
						e.municipalityCode(), e.clientId(), e.subject(), e.action(), e.what(), e.reason())),
				change("municipality_code", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(), e.actorRole(),
						"0829", e.clientId(), e.subject(), e.action(), e.what(), e.reason())),
				change("client_id", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(), e.actorRole(),
						e.municipalityCode(), UUID.randomUUID(), e.subject(), e.action(), e.what(), e.reason())),
				change("client_id absent", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(), e.actorRole(),
						e.municipalityCode(), null, e.subject(), e.action(), e.what(), e.reason())),
				change("subject", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(), e.actorRole(),
						e.municipalityCode(), e.clientId(), "Hulpvraag HV-2026-000124", e.action(), e.what(), e.reason())),
				change("action", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(), e.actorRole(),
						e.municipalityCode(), e.clientId(), e.subject(), "UPDATE", e.what(), e.reason())),
				change("what", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(), e.actorRole(),
						e.municipalityCode(), e.clientId(), e.subject(), e.action(), "Hulpvraag gewijzigd", e.reason())),
				change("reason", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(), e.actorRole(),
						e.municipalityCode(), e.clientId(), e.subject(), e.action(), e.what(), "Andere reden")),
				change("reason absent", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(), e.actorRole(),
						e.municipalityCode(), e.clientId(), e.subject(), e.action(), e.what(), null)),
				change("text moved between fields", e -> new AuditEvent(e.id(), e.occurredAt(), e.actorUsername(),
						e.actorRole(), e.municipalityCode(), e.clientId(), e.subject() + "\nwhat=", e.action(), "", e.reason())));
	}

	private static Arguments change(String field, UnaryOperator<AuditEvent> change) {
		return Arguments.of(field, change);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void changesTheHashWhenAnyFieldChanges(String field, UnaryOperator<AuditEvent> change) {
		assertThat(AuditHashChain.hash(change.apply(EVENT), AuditHashChain.GENESIS))
				.isNotEqualTo(AuditHashChain.hash(EVENT, AuditHashChain.GENESIS));
	}

	@Test
	void changesTheHashWhenThePreviousHashChanges() {
		assertThat(AuditHashChain.hash(EVENT, "1".repeat(64))).isNotEqualTo(AuditHashChain.hash(EVENT, AuditHashChain.GENESIS));
	}

	@Test
	void acceptsAChainWhereEachRowLinksToTheOneBefore() {
		var chain = chainOf(3);

		var walk = new ChainWalk(AuditHashChain.GENESIS);
		assertThat(chain).allSatisfy(row -> assertThat(walk.check(row)).isEmpty());
		assertThat(walk.head()).isEqualTo(chain.getLast().hash());
		assertThat(walk(chain)).isEqualTo(ChainVerification.intact(3));
		assertThat(walk(chain).summary()).isEqualTo("intact (3 rows)");
	}

	@Test
	void reportsAChangedRowAsAHashMismatchAtThatRow() {
		var chain = chainOf(3);
		var original = chain.get(1);
		var changed = new AuditEvent(original.event().id(), original.event().occurredAt(), original.event().actorUsername(),
				original.event().actorRole(), original.event().municipalityCode(), original.event().clientId(),
				original.event().subject(), original.event().action(), "Iets anders", original.event().reason());
		chain.set(1, new ChainedAuditEvent(changed, original.previousHash(), original.hash()));

		assertThat(walk(chain)).isEqualTo(ChainVerification.broken(1, 2, ChainBreak.HASH_MISMATCH));
	}

	@Test
	void reportsARemovedRowAsAPreviousHashMismatchAtTheRowAfterIt() {
		var chain = chainOf(3);
		chain.remove(1);

		assertThat(walk(chain)).isEqualTo(ChainVerification.broken(1, 3, ChainBreak.PREVIOUS_HASH_MISMATCH));
	}

	@Test
	void reportsAFirstRowThatDoesNotStartFromGenesis() {
		var chain = chainOf(3);

		assertThat(walk(chain.subList(1, 3))).isEqualTo(ChainVerification.broken(0, 2, ChainBreak.PREVIOUS_HASH_MISMATCH));
	}

	@Test // ADR 0019
	void givesEachMunicipalityItsOwnGenesisTiedToTheEndOfTheLegacyChain() {
		var legacyHead = AuditHashChain.hash(EVENT, AuditHashChain.GENESIS);

		assertThat(AuditHashChain.genesis("0828", legacyHead)).matches("[0-9a-f]{64}")
				.isEqualTo(AuditHashChain.genesis("0828", legacyHead))
				.isNotEqualTo(AuditHashChain.genesis("1721", legacyHead))
				.isNotEqualTo(AuditHashChain.genesis("0828", AuditHashChain.GENESIS))
				.isNotEqualTo(AuditHashChain.GENESIS);
	}

	/** One chain from the legacy genesis, as the verifier reports it. */
	private static ChainVerification walk(List<ChainedAuditEvent> rows) {
		var walk = new ChainWalk(AuditHashChain.GENESIS);
		long good = 0;
		for (var row : rows) {
			var problem = walk.check(row);
			if (problem.isPresent()) {
				return ChainVerification.broken(good, row.event().id(), problem.get());
			}
			good++;
		}
		return ChainVerification.intact(good);
	}

	private static List<ChainedAuditEvent> chainOf(int length) {
		var rows = new ArrayList<ChainedAuditEvent>();
		var previous = AuditHashChain.GENESIS;
		for (long id = 1; id <= length; id++) {
			var event = new AuditEvent(id, EVENT.occurredAt().plusSeconds(id), EVENT.actorUsername(), EVENT.actorRole(),
					EVENT.municipalityCode(), EVENT.clientId(), EVENT.subject(), EVENT.action(), EVENT.what(), null);
			var hash = AuditHashChain.hash(event, previous);
			rows.add(new ChainedAuditEvent(event, previous, hash));
			previous = hash;
		}
		return rows;
	}
}
