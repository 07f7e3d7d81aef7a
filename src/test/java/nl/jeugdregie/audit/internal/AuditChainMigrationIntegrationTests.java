package nl.jeugdregie.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.audit.internal.ChainVerification.ChainBreak;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migration V14_1 on a database whose trail was written as one global chain (ADR 0004): the rows from before stay
 * verifiable as the legacy chain, and every row after it joins its municipality's own chain (ADR 0019). Runs on a
 * PostgreSQL of its own, migrated step by step, because the shared test database starts with an empty trail.
 */
@DisplayName("SEC-2, ADR 0019: switching a trail that already has rows to one chain per municipality")
class AuditChainMigrationIntegrationTests {

	private static final String OSS = "0828";
	private static final String BERNHEZE = "1721";
	private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");

	@Test
	void keepsTheLegacyChainVerifiableAndStartsAChainPerMunicipalityAfterIt(@TempDir Path data) throws Exception {
		try (var server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start()) {
			var dataSource = server.getPostgresDatabase();
			migrate(dataSource, "13.1");
			var jdbc = JdbcClient.create(dataSource);
			var legacyHead = writeLegacyChain(jdbc, OSS, BERNHEZE, OSS);

			migrate(dataSource, null);

			var cutovers = new ChainCutovers(jdbc);
			var verifier = new AuditChainVerifier(jdbc, cutovers);
			assertThat(cutovers.current()).isEqualTo(new ChainCutover(3, legacyHead));
			assertThat(verifier.verify()).isEqualTo(ChainVerification.intact(3));

			var appender = new AuditChainAppender(jdbc, cutovers, Clock.fixed(NOW, ZoneOffset.UTC));
			var transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
			for (var municipality : new String[] { OSS, BERNHEZE, OSS }) {
				transaction.executeWithoutResult(status -> appender.append(ClientFileAccess.read(user(municipality),
						ClientId.random(), "Hulpvraag HV-2026-000001", "Hulpvraag geopend", null), null));
			}

			assertThat(verifier.verify()).isEqualTo(ChainVerification.intact(6));
			assertThat(previousHashOfFirstRowAfter(jdbc, 3, OSS)).isEqualTo(AuditHashChain.genesis(OSS, legacyHead));
			assertThat(previousHashOfFirstRowAfter(jdbc, 3, BERNHEZE)).isEqualTo(AuditHashChain.genesis(BERNHEZE, legacyHead));

			assertThatThrownBy(() -> jdbc.sql("update audit_chain_cutover set last_legacy_id = 2").update())
					.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("is fixed");

			transaction.executeWithoutResult(status -> {
				jdbc.sql("alter table audit_event disable trigger all").update();
				jdbc.sql("delete from audit_event where id = 3").update();
				jdbc.sql("alter table audit_event enable trigger all").update();
			});
			assertThat(verifier.verify()).isEqualTo(ChainVerification.broken(2, 3, ChainBreak.LEGACY_CHAIN_CUT));
		}
	}

	private static void migrate(DataSource dataSource, String target) {
		var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	/** Rows as the appender of ADR 0004 wrote them: one chain over all municipalities, from sixty-four zeros. */
	private static String writeLegacyChain(JdbcClient jdbc, String... municipalities) {
		var previous = AuditHashChain.GENESIS;
		for (var municipality : municipalities) {
			var id = jdbc.sql("select nextval(pg_get_serial_sequence('audit_event', 'id'))").query(Long.class).single();
			var event = new AuditEvent(id, NOW.minusSeconds(60 - id), "gebruiker-" + id, "YOUTH_PROFESSIONAL",
					municipality, UUID.randomUUID(), "Hulpvraag HV-2026-00000" + id, "READ", "Hulpvraag geopend", null);
			var hash = AuditHashChain.hash(event, previous);
			jdbc.sql("""
					insert into audit_event (id, occurred_at, actor_username, actor_role, municipality_code, client_id,
					                         subject, action, what, reason, previous_hash, hash)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(event.id(), OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC), event.actorUsername(),
							event.actorRole(), event.municipalityCode(), event.clientId(), event.subject(), event.action(),
							event.what(), event.reason(), previous, hash)
					.update();
			previous = hash;
		}
		return previous;
	}

	private static String previousHashOfFirstRowAfter(JdbcClient jdbc, long id, String municipality) {
		return jdbc.sql("select previous_hash from audit_event where id > ? and municipality_code = ? order by id limit 1")
				.params(id, municipality).query(String.class).single();
	}

	private static CurrentUser user(String municipality) {
		return new CurrentUser("jeugdprofessional-" + municipality, "Jeugdprofessional", Role.YOUTH_PROFESSIONAL,
				new MunicipalityCode(municipality), null);
	}
}
