package nl.jeugdregie.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.audit.internal.ChainVerification.ChainBreak;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("SEC-2: recording client-file accesses in the append-only, hash-chained audit trail")
class AuditTrailIntegrationTests {

	@Autowired AuditTrail auditTrail;
	@Autowired AuditChainVerifier verifier;
	@Autowired ChainCutovers cutovers;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired PlatformTransactionManager transactions;

	CurrentUser worker;
	ClientId client;

	@BeforeEach
	void newWorld() {
		var world = fixtures.newWorld();
		worker = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		client = ClientId.random();
	}

	@Test // ADR 0019
	void recordsAReadInTheCallersTransactionOnTheCallersConnection() {
		writable().executeWithoutResult(status -> {
			auditTrail.record(read());

			assertThat(rowsOf(client)).as("seen on the caller's connection").isEqualTo(1);
			assertThat(rowsSeenFromAnotherConnection()).as("not committed before the caller commits").isZero();
		});

		assertThat(rowsOf(client)).isEqualTo(1);
	}

	@Test // ADR 0019: no file is shown without its audit row
	void forgetsAReadWhoseCallerFailsAndTheCallerDeliversNothing() {
		assertThatThrownBy(() -> writable().execute(status -> {
			auditTrail.record(read());
			throw new IllegalStateException("Het dossier kon niet worden samengesteld");
		})).hasMessage("Het dossier kon niet worden samengesteld");

		assertThat(rowsOf(client)).isZero();
	}

	@Test // ADR 0019: no file is shown without its audit row
	void deliversNothingOfAReadWhoseTransactionIsRolledBackByAFailedParticipant() {
		var delivered = new ArrayList<String>();

		assertThatThrownBy(() -> delivered.add(writable().execute(status -> {
			auditTrail.record(read());
			try {
				writable().executeWithoutResult(inner -> {
					throw new IllegalStateException("Een deel van het dossier faalde");
				});
			} catch (IllegalStateException swallowed) {
				// The participant marked the whole transaction rollback-only; the commit below fails.
			}
			return "Het dossier";
		}))).isInstanceOf(UnexpectedRollbackException.class);

		assertThat(delivered).isEmpty();
		assertThat(rowsOf(client)).isZero();
	}

	@Test // ADR 0019: the guard against a caller that would need a second connection
	void refusesToRecordAnyAccessInsideAReadOnlyTransaction() {
		for (var access : List.of(read(), refusal(),
				ClientFileAccess.updated(worker, client, "Hulpvraag HV-2026-000001", "Hulpvraag gewijzigd"))) {
			assertThatThrownBy(() -> readOnly().executeWithoutResult(status -> auditTrail.record(access)))
					.isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("read-only");
		}

		assertThat(rowsOf(client)).isZero();
	}

	@Test // ADR 0019
	void refusesToRecordAReadInANonTransactionalScopeThatMayHoldAConnection() {
		var supports = new TransactionTemplate(transactions);
		supports.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);

		assertThatThrownBy(() -> supports.executeWithoutResult(status -> auditTrail.record(read())))
				.isInstanceOf(IllegalStateException.class);
		assertThat(rowsOf(client)).isZero();
	}

	@Test // ADR 0019: callers return their refusal; one that rolls back anyway is reported
	void reportsARefusalLostWithACallerThatRollsBack(CapturedOutput output) {
		writable().executeWithoutResult(status -> {
			auditTrail.record(refusal());
			status.setRollbackOnly();
		});

		assertThat(rowsOf(client)).isZero();
		assertThat(output.getAll()).contains("An audited refusal was rolled back with its caller's transaction")
				.doesNotContain(client.toString());
	}

	@Test
	void keepsARefusalWhoseCallerReturnsIt(CapturedOutput output) {
		var answer = writable().execute(status -> {
			auditTrail.record(refusal());
			return "Geen toegang";
		});

		assertThat(answer).isEqualTo("Geen toegang");
		assertThat(rowsOf(client)).isEqualTo(1);
		assertThat(output.getAll()).doesNotContain("An audited refusal was rolled back");
	}

	@Test
	void forgetsACreationWhoseTransactionRollsBack() {
		writable().executeWithoutResult(status -> {
			auditTrail.record(ClientFileAccess.created(worker, client, "Hulpvraag HV-2026-000001", "Hulpvraag geregistreerd"));
			status.setRollbackOnly();
		});

		assertThat(rowsOf(client)).isZero();
	}

	@Test
	void keepsAChangeWhoseTransactionCommits() {
		writable().executeWithoutResult(status ->
				auditTrail.record(ClientFileAccess.updated(worker, client, "Hulpvraag HV-2026-000001", "Hulpvraag gewijzigd")));

		assertThat(jdbc.sql("select action from audit_event where client_id = ?").param(client.value())
				.query(String.class).list()).containsExactly("UPDATE");
	}

	@Test
	void keepsARefusalOfAnUnknownFileWithoutClient() {
		var subject = "Hulpvraag onbekend " + client;
		auditTrail.record(ClientFileAccess.refused(worker, null, subject, "Onbekend dossier gevraagd"));

		assertThat(jdbc.sql("select count(*) from audit_event where subject = ? and client_id is null").param(subject)
				.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesToRecordAChangeOutsideATransaction() {
		assertThatThrownBy(() -> auditTrail.record(
				ClientFileAccess.created(worker, client, "Hulpvraag HV-2026-000001", "Hulpvraag geregistreerd")))
				.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void recordsAReadAfterAChangeInTheSameTransactionWithoutWaitingForItself() {
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> writable().executeWithoutResult(status -> {
			auditTrail.record(ClientFileAccess.created(worker, client, "Hulpvraag HV-2026-000001", "Hulpvraag geregistreerd"));
			auditTrail.record(read());
		}));

		assertThat(rowsOf(client)).isEqualTo(2);
	}

	@Test
	void recordsWhenItHappenedByTheApplicationClock() {
		auditTrail.record(read());

		assertThat(jdbc.sql("select occurred_at from audit_event where client_id = ?").param(client.value())
				.query(OffsetDateTime.class).single().toInstant())
				.isEqualTo(Instant.parse("2026-11-16T09:00:00Z"));
	}

	@Test
	void refusesUpdatesOfAuditRows() {
		auditTrail.record(read());

		assertThat(attemptAndRollBack("update audit_event set what = 'Niets gebeurd' where client_id = '" + client + "'"))
				.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThat(jdbc.sql("select what from audit_event where client_id = ?").param(client.value())
				.query(String.class).single()).isEqualTo("Hulpvraag geopend");
	}

	@Test
	void refusesDeletionOfAuditRows() {
		auditTrail.record(read());

		assertThat(attemptAndRollBack("delete from audit_event where client_id = '" + client + "'"))
				.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThat(rowsOf(client)).isEqualTo(1);
	}

	@Test
	void refusesTruncationOfTheAuditTable() {
		auditTrail.record(read());

		// Run in a transaction that is rolled back anyway, so a missing trigger cannot wipe the shared trail. With the
		// review items that refer to it (ADR 0025), so the foreign key does not refuse first.
		assertThat(attemptAndRollBack("truncate audit_event, access_review"))
				.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThat(rowsOf(client)).isEqualTo(1);
	}

	@Test
	void findsTheChainIntactAfterNormalUse() {
		auditTrail.record(read());
		writable().executeWithoutResult(status ->
				auditTrail.record(ClientFileAccess.updated(worker, client, "Hulpvraag HV-2026-000001", "Hulpvraag gewijzigd")));
		auditTrail.record(ClientFileAccess.refused(worker, null, "Hulpvraag HV-2026-999999", "Inzage geweigerd"));

		var verification = verifier.verify();

		assertThat(verification.intact()).as(verification.summary()).isTrue();
		assertThat(verification.rowsChecked()).isGreaterThanOrEqualTo(3);
		assertThat(verification.summary()).isEqualTo("intact (" + verification.rowsChecked() + " rows)");
	}

	@Test // ADR 0019
	void keepsEveryChainIntactUnderConcurrentAppendsInTwoMunicipalities() throws Exception {
		var elsewhere = fixtures.newWorld();
		var otherWorker = fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());
		var clients = new ArrayList<ClientId>();
		var work = new ArrayList<Callable<Void>>();
		for (int thread = 0; thread < 6; thread++) {
			var threadClient = ClientId.random();
			var actor = thread % 2 == 0 ? worker : otherWorker;
			clients.add(threadClient);
			work.add(() -> {
				for (int i = 0; i < 10; i++) {
					auditTrail.record(ClientFileAccess.read(actor, threadClient, "Hulpvraag HV-2026-000001",
							"Hulpvraag geopend", null));
					writable().executeWithoutResult(status -> auditTrail.record(ClientFileAccess.updated(actor,
							threadClient, "Hulpvraag HV-2026-000001", "Hulpvraag gewijzigd")));
				}
				return null;
			});
		}
		try (var executor = Executors.newFixedThreadPool(6)) {
			for (var result : executor.invokeAll(work)) {
				result.get();
			}
		}

		assertThat(clients).allSatisfy(each -> assertThat(rowsOf(each)).isEqualTo(20));
		assertThat(verifier.verify().intact()).as(verifier.verify().summary()).isTrue();
		assertThat(firstPreviousHashOf(worker.municipality().value())).isEqualTo(genesisOf(worker));
		assertThat(firstPreviousHashOf(otherWorker.municipality().value())).isEqualTo(genesisOf(otherWorker));
	}

	@Test // ADR 0019
	void startsEachMunicipalitysChainFromItsOwnGenesis() {
		auditTrail.record(read());
		auditTrail.record(read());

		var rows = jdbc.sql("select previous_hash, hash from audit_event where municipality_code = ? order by id")
				.param(worker.municipality().value()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get(0)).isEqualTo(genesisOf(worker));
		assertThat(rows.get(1).get(0)).isEqualTo(rows.get(0).get(1));
	}

	@Test // ADR 0019: no global lock
	void appendsInOneMunicipalityWhileAnotherMunicipalitysChainIsHeld() throws Exception {
		var elsewhere = fixtures.newWorld();
		var otherWorker = fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());
		var holding = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		try (var executor = Executors.newSingleThreadExecutor()) {
			var holder = executor.submit(() -> writable().executeWithoutResult(status -> {
				auditTrail.record(ClientFileAccess.updated(otherWorker, ClientId.random(), "Hulpvraag HV-2026-000002",
						"Hulpvraag gewijzigd"));
				holding.countDown();
				await(release);
			}));
			try {
				assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

				assertTimeoutPreemptively(Duration.ofSeconds(10), () -> writable().executeWithoutResult(status ->
						auditTrail.record(read())));
			} finally {
				release.countDown();
			}
			holder.get();
		}

		assertThat(rowsOf(client)).isEqualTo(1);
	}

	@Test
	void reportsATamperedRowAtExactlyThatRow() {
		auditTrail.record(read());
		var id = jdbc.sql("select id from audit_event where client_id = ?").param(client.value()).query(Long.class).single();
		auditTrail.record(read());

		try {
			changeWhatBehindTheTriggersBack(id, "Niets bijzonders");

			assertThat(verifier.verify()).satisfies(verification -> {
				assertThat(verification.intact()).isFalse();
				assertThat(verification.brokenRowId()).isEqualTo(id);
				assertThat(verification.problem()).isEqualTo(ChainBreak.HASH_MISMATCH);
			});
		} finally {
			// The trail is shared by every test in this JVM: undo the damage so later tests find it intact.
			changeWhatBehindTheTriggersBack(id, "Hulpvraag geopend");
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	private void changeWhatBehindTheTriggersBack(long id, String what) {
		writable().executeWithoutResult(status -> {
			jdbc.sql("alter table audit_event disable trigger all").update();
			jdbc.sql("update audit_event set what = ? where id = ?").params(what, id).update();
			jdbc.sql("alter table audit_event enable trigger all").update();
		});
	}

	private Throwable attemptAndRollBack(String sql) {
		var thrown = new ArrayList<Throwable>();
		try {
			writable().executeWithoutResult(status -> {
				status.setRollbackOnly();
				jdbc.sql(sql).update();
			});
		} catch (RuntimeException e) {
			thrown.add(e);
		}
		assertThat(thrown).as("the database refused: " + sql).hasSize(1);
		return thrown.getFirst();
	}

	private ClientFileAccess refusal() {
		return ClientFileAccess.refused(worker, client, "Hulpvraag HV-2026-000001", "Inzage geweigerd");
	}

	private String firstPreviousHashOf(String municipality) {
		return jdbc.sql("select previous_hash from audit_event where municipality_code = ? order by id limit 1")
				.param(municipality).query(String.class).single();
	}

	private String genesisOf(CurrentUser user) {
		return cutovers.current().genesisOf(user.municipality().value());
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Not released within 30 seconds");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private long rowsSeenFromAnotherConnection() {
		try (var executor = Executors.newSingleThreadExecutor()) {
			return executor.submit(() -> rowsOf(client)).get();
		} catch (InterruptedException | ExecutionException e) {
			throw new IllegalStateException(e);
		}
	}

	private ClientFileAccess read() {
		return ClientFileAccess.read(worker, client, "Hulpvraag HV-2026-000001", "Hulpvraag geopend", null);
	}

	private long rowsOf(ClientId each) {
		return jdbc.sql("select count(*) from audit_event where client_id = ?").param(each.value()).query(Long.class).single();
	}

	private TransactionTemplate writable() {
		return new TransactionTemplate(transactions);
	}

	private TransactionTemplate readOnly() {
		var template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		return template;
	}

}
