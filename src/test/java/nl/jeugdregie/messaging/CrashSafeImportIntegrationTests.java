package nl.jeugdregie.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.JeugdregieApplication;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16, reliability (ADR 0050): the directory import of 10,000 messages is killed with SIGKILL half way in a
 * separate JVM and started again; nothing is lost and nothing is applied twice. The child runs the real application
 * (same classpath, without the test classes) on this test context's PostgreSQL, with the inbox, outbox and schemas of
 * this test and a short poll interval.
 */
@IntegrationTest
@DisplayName("Issue 16, reliability: a kill -9 in the middle of importing 10,000 messages loses nothing and applies nothing twice (TOEW-7)")
class CrashSafeImportIntegrationTests {

	static final int ALLOCATIONS = 5_000; // a JW305 and a JW307 each: 10,000 messages
	static final int SIGKILL_EXIT = 128 + 9;

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired DataSource dataSource;
	@Autowired PlatformTransactionManager transactions;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	/** Under target, not a temporary directory, so the children's logs stay for a look after a failure. */
	final Path directory = Path.of("target", "crash-import").toAbsolutePath();

	@Test
	@DisplayName("TOEW-7: killed with SIGKILL after some thousands and started again: every message stored once, every start and stop applied once, one retour per message")
	void killedHalfWayLosesNothingAndAppliesNothingTwice() throws Exception {
		org.springframework.util.FileSystemUtils.deleteRecursively(directory);
		var w = MessagingWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
		var municipality = w.world().municipality().value();
		var numbers = cloneAllocation(municipality, w.allocationNumber(), ALLOCATIONS);
		var inbox = Files.createDirectories(directory.resolve("in"));
		var outbox = Files.createDirectories(directory.resolve("out"));
		var start = w.start("IDENTSTART", "2026-12-02");
		var stop = w.stop("IDENTSTOP", "2026-12-02", "2026-12-20", "31");
		var expected = new HashMap<String, String>(); // file name → identification
		for (var i = 0; i < numbers.size(); i++) {
			var number = numbers.get(i);
			writeMessage(inbox, "m%05d-1.xml".formatted(i), start, "IDENTSTART", "S" + i, w.allocationNumber(), number);
			writeMessage(inbox, "m%05d-2.xml".formatted(i), stop, "IDENTSTOP", "E" + i, w.allocationNumber(), number);
			expected.put("m%05d-1.xml".formatted(i), "S" + i);
			expected.put("m%05d-2.xml".formatted(i), "E" + i);
		}

		var first = child(inbox, outbox, "first");
		try {
			await(Duration.ofSeconds(150), () -> received(municipality) >= 2_000 || !first.isAlive());
			assertThat(first.isAlive()).as("the first import is still running when killed").isTrue();
		} finally {
			first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback but PostgreSQL's own
		}
		assertThat(first.waitFor()).as("killed with signal 9").isEqualTo(SIGKILL_EXIT);
		var atKill = received(municipality);
		assertThat(atKill).as("killed in the middle").isBetween(1L, 9_999L);

		var second = child(inbox, outbox, "second");
		try {
			await(Duration.ofSeconds(150), () -> (received(municipality) >= 10_000 && waiting(inbox) == 0) || !second.isAlive());
		} finally {
			second.destroy();
			second.waitFor();
		}
		// The children publish some 30,000 events of this test's own municipality (terms, monitoring) that they did not
		// all deliver before they stopped. Those read models are not what this test checks; left open in the shared
		// event_publication table they would be redelivered into the rest of the suite, so they are removed.
		jdbc.sql("delete from event_publication where completion_date is null and serialized_event like ?")
				.param(ofMunicipality(municipality)).update();

		// Every message stored exactly once, all accepted, none as a duplicate.
		assertThat(waiting(inbox)).isZero();
		assertThat(jdbc.sql("""
				select count(*), count(distinct identification), count(*) filter (where outcome = 'ACCEPTED'),
				       count(*) filter (where duplicate_of is not null)
				from messaging_message where municipality_code = ? and direction = 'RECEIVED'""").param(municipality)
				.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single())
				.containsExactly(10_000L, 10_000L, 10_000L, 0L);
		// Every start and stop applied exactly once, on every cloned allocation one of each, nothing withdrawn.
		assertThat(jdbc.sql("""
				select count(*), count(distinct (kind, allocation_number)), count(*) filter (where deleted)
				from messaging_delivery where municipality_code = ?""").param(municipality)
				.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single())
				.containsExactly(10_000L, 10_000L, 0L);
		assertThat(jdbc.sql("""
				select count(*) from messaging_delivery d join messaging_message m on m.id = d.message_id
				where d.municipality_code = ? and d.allocation_number = any(m.allocation_numbers)
				  and m.outcome = 'ACCEPTED' and m.type = case d.kind when 'START' then 'JW305' else 'JW307' end""")
				.param(municipality).query(Long.class).single()).as("each delivery belongs to the message that made it")
				.isEqualTo(10_000L);

		// One retour per message in the outbox, exactly the stored one (a retour written again after the kill is the
		// stored retour again, so the same bytes); no half-written file is left.
		var stored = new HashMap<String, byte[]>();
		jdbc.sql("select identification, retour_body from messaging_message where municipality_code = ? and direction = 'RECEIVED'")
				.param(municipality).query(rs -> {
					stored.put(rs.getString(1), rs.getBytes(2));
				});
		try (var files = Files.list(outbox)) {
			var names = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
			assertThat(names).hasSize(10_000).allMatch(n -> n.matches("JW30[68]-m\\d{5}-[12]\\.xml"));
		}
		for (var entry : expected.entrySet()) {
			var retourType = entry.getKey().endsWith("-1.xml") ? "JW306-" : "JW308-";
			var retour = Files.readAllBytes(outbox.resolve(retourType + entry.getKey()));
			assertThat(Arrays.equals(retour, stored.get(entry.getValue()))).as(entry.getKey()).isTrue();
		}
		try (var files = Files.list(inbox.resolve("processed"))) {
			assertThat(files.count()).isEqualTo(10_000L);
		}
	}

	/** Copies the world's decided allocation {@code count} times under new numbers (same decision, new lines). */
	private List<Long> cloneAllocation(String municipality, long number, int count) {
		var base = 700_000L;
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("""
					create temporary table crash_line on commit drop as
					select l.*, g as n from allocation_arrangement_line l
					join allocation_allocation a on a.line_id = l.id and a.municipality_code = ? and a.number = ?,
					generate_series(1, ?) g""").params(municipality, number, count).update();
			jdbc.sql("update crash_line set id = gen_random_uuid(), position = position + n").update();
			jdbc.sql("""
					create temporary table crash_allocation on commit drop as
					select a.*, l.id as new_line, l.n from allocation_allocation a, crash_line l
					where a.municipality_code = ? and a.number = ?""").params(municipality, number).update();
			jdbc.sql("update crash_allocation set id = gen_random_uuid(), line_id = new_line, number = ? + n").param(base).update();
			jdbc.sql("alter table crash_line drop column n").update();
			jdbc.sql("alter table crash_allocation drop column new_line, drop column n").update();
			jdbc.sql("insert into allocation_arrangement_line select * from crash_line").update();
			jdbc.sql("insert into allocation_allocation select * from crash_allocation").update();
		});
		var numbers = new ArrayList<Long>();
		for (var i = 1; i <= count; i++) {
			numbers.add(base + i);
		}
		return numbers;
	}

	private static void writeMessage(Path inbox, String name, String template, String templateIdentification, String identification,
			long templateNumber, long number) throws IOException {
		var xml = template.replace("<ijw:Identificatie>" + templateIdentification + "<", "<ijw:Identificatie>" + identification + "<")
				.replace("ToewijzingNummer>" + templateNumber + "<", "ToewijzingNummer>" + number + "<");
		Files.writeString(inbox.resolve(name), xml, StandardCharsets.UTF_8);
	}

	/** The application in a JVM of its own on this test's database, importing from {@code inbox}. */
	private Process child(Path inbox, Path outbox, String label) throws IOException {
		var classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
				.collect(Collectors.joining(File.pathSeparator));
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var log = directory.resolve("child-" + label + ".log").toFile();
		var command = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classpath,
				JeugdregieApplication.class.getName(),
				"--server.port=0",
				"--spring.main.banner-mode=off",
				"--jeugdregie.db.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
				"--jeugdregie.db.user=" + ((HikariDataSource) dataSource).getUsername(),
				"--jeugdregie.db.password=",
				"--jeugdregie.db.pool-size=4",
				"--jeugdregie.clock.fixed=2026-11-16T09:00:00Z",
				"--jeugdregie.ijw.schema-dir=" + IjwReference.schemas(),
				"--jeugdregie.ijw.inbox-dir=" + inbox,
				"--jeugdregie.ijw.outbox-dir=" + outbox,
				"--jeugdregie.ijw.poll-interval=200ms",
				"--logging.level.root=warn");
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	private static String ofMunicipality(String municipality) {
		return "%\"municipality\":{\"value\":\"" + municipality + "\"}%";
	}

	private long received(String municipality) {
		return jdbc.sql("select count(*) from messaging_message where municipality_code = ? and direction = 'RECEIVED'")
				.param(municipality).query(Long.class).single();
	}

	private static long waiting(Path inbox) {
		try (var files = Files.list(inbox)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".xml")).count();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private void await(Duration limit, BooleanSupplier done) throws InterruptedException {
		var until = System.nanoTime() + limit.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("not done within " + limit + "; child logs in " + directory);
			}
			Thread.sleep(100);
		}
	}
}
