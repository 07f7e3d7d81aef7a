package nl.jeugdregie.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import nl.jeugdregie.JeugdregieApplication;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.internal.incoming.BatchReceiving;
import nl.jeugdregie.messaging.internal.incoming.Origin;
import nl.jeugdregie.messaging.internal.transport.HubImport;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The P4 benchmark (issue 16, ADR 0050): N valid JW305/JW307 messages (a start and a stop per allocation) against
 * allocations made for the run, first validated with a plain JAXP validator and the standard's schemas (the bar), then
 * imported by the product end to end: read from the inbox directory, judged at all four levels, stored and applied in
 * PostgreSQL, the retours written to the outbox. Both with a warm-up first; the figures go to
 * {@code target/ijw-benchmark.md}. Arguments: messages, warm-up messages, the iJw directory (with xsd/ and examples/).
 */
public final class IjwBenchmark {

	static final String AGB = "65656055";
	static final String MUNICIPALITY = "0828";
	// Floor 2's variants (none changes the conclusion, docs/performance.md): FLOOR_CHUNK=2000 (messages per commit),
	// FLOOR_BODY="set storage external" (bodies not compressed), FLOOR_ID=identity (a sequence instead of a UUID) or
	// none (the idempotency key is the primary key), FLOOR_LAYOUT=chunk (below).
	static final int FLOOR_CHUNK = Integer.parseInt(System.getenv().getOrDefault("FLOOR_CHUNK", "500"));
	static final String FLOOR_BODY = System.getenv().getOrDefault("FLOOR_BODY", "");
	static final boolean IDENTITY = "identity".equals(System.getenv("FLOOR_ID"));
	// FLOOR_ID=none: no key of its own, the idempotency key is the primary key.
	static final boolean NO_ID = "none".equals(System.getenv("FLOOR_ID"));
	// FLOOR_LAYOUT=chunk: a chunk's bodies together in one row, each message a narrow row pointing into it.
	static final boolean CHUNK_LAYOUT = "chunk".equals(System.getenv("FLOOR_LAYOUT"));

	public static void main(String[] args) {
		try {
			run(args);
		} catch (Exception | Error e) {
			// The application's threads would keep the JVM alive after a failure: end it.
			e.printStackTrace();
			System.exit(2);
		}
	}

	private static void run(String[] args) throws Exception {
		var count = Integer.parseInt(args[0]);
		var warmup = Integer.parseInt(args[1]);
		var ijw = Path.of(args[2]).toAbsolutePath();
		var threads = Runtime.getRuntime().availableProcessors();
		var work = Path.of("target", "bench-ijw").toAbsolutePath();
		FileSystemUtils.deleteRecursively(work);
		var inbox = Files.createDirectories(work.resolve("in"));
		var outbox = Files.createDirectories(work.resolve("out"));

		var warm = messages(ijw, 0, warmup);
		var core = messages(ijw, warmup, count);
		var timed = messages(ijw, warmup + count, count);

		// The bar: plain XSD validation of the same bytes, on as many threads as there are cores.
		var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		var jw305 = factory.newSchema(ijw.resolve("xsd/JW305.xsd").toFile());
		var jw307 = factory.newSchema(ijw.resolve("xsd/JW307.xsd").toFile());
		validate(warm, jw305, jw307, threads);
		phase("bar");
		var xsdSeconds = validate(core, jw305, jw307, threads);
		phase("bar-end");

		// PGSS=1: PostgreSQL also counts time per statement (pg_stat_statements) during the core phase.
		var statements = System.getenv("PGSS") != null && !System.getenv("PGSS").isBlank();
		var arguments = new java.util.ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--jeugdregie.db.embedded.data-directory=target/bench-ijw-postgres", "--jeugdregie.db.embedded.clean-on-start=true",
				"--jeugdregie.clock.fixed=2026-11-16T09:00:00Z", "--jeugdregie.ijw.schema-dir=" + ijw.resolve("xsd"),
				"--jeugdregie.ijw.inbox-dir=" + inbox, "--jeugdregie.ijw.outbox-dir=" + outbox,
				"--jeugdregie.ijw.poll-interval=1h", "--logging.level.root=warn"));
		if (statements) {
			arguments.add("--jeugdregie.db.embedded.server-settings[shared_preload_libraries]=pg_stat_statements");
		}
		var context = SpringApplication.run(JeugdregieApplication.class, arguments.toArray(String[]::new));
		var jdbc = context.getBean(JdbcClient.class);
		seed(jdbc, context.getBean(PlatformTransactionManager.class), (warmup + 2 * count) / 2);
		var hub = context.getBean(HubImport.class);
		var receiving = context.getBean(BatchReceiving.class);

		// Warm-up: a part through the directory (so its code is compiled too), the rest in memory as the core phase runs,
		// so the JIT has compiled what is measured (P4 is a steady-state rate, not a start-up cost); then until the
		// asynchronous effects caught up.
		var warmThroughDirectory = Math.min(warm.size(), 2 * Math.max(1_000, warm.size() / 10));
		write(inbox, warm.subList(0, warmThroughDirectory), "w");
		hub.importWaiting();
		receiveInMemory(receiving, warm.subList(warmThroughDirectory, warm.size()));
		var warmOpen = awaitEffects(jdbc, 120);
		var jit = java.lang.management.ManagementFactory.getCompilationMXBean();

		// The core, comparable with the bar: bytes in memory -> read, judged at four levels, stored, applied, and the
		// asynchronous effects (terms, monitoring) caught up.
		if (statements) {
			jdbc.sql("create extension if not exists pg_stat_statements").update();
			jdbc.sql("select pg_stat_statements_reset()").query().singleRow();
		}
		phase("core");
		var compiledBefore = jit.getTotalCompilationTime();
		var started = System.nanoTime();
		receiveInMemory(receiving, core);
		var coreStored = (System.nanoTime() - started) / 1e9;
		var coreOpenAtStored = openDeliveries(jdbc);
		var coreOpen = awaitEffects(jdbc, 120);
		var coreApplied = (System.nanoTime() - started) / 1e9;
		var coreCompiling = (jit.getTotalCompilationTime() - compiledBefore) / 1e3;
		phase("core-end");
		if (statements) {
			writeStatements(jdbc, Path.of("target", "ijw-benchmark-statements.txt"));
		}

		// The floor: what any design must at least do with these messages, on this machine, in this run. The product's
		// read stage (hardened parse with level 1, the header read, the hash) alone, then that stage with each message
		// kept durably in one row (COPY, committed per chunk, the key that makes an import idempotent) and nothing
		// else: no levels 2 to 4, no effects, no history indexes, no terms, no monitoring. If even the floor is below
		// 50 % of the bar, no storage design of the product reaches it.
		var dataSource = context.getBean(javax.sql.DataSource.class);
		createFloorTable(dataSource);
		readOnly(receiving, warm.subList(0, Math.min(warm.size(), 20_000)));
		readAndKeep(receiving, dataSource, warm.subList(0, Math.min(warm.size(), 20_000)), "w");
		phase("floor");
		started = System.nanoTime();
		readOnly(receiving, core);
		var floorRead = (System.nanoTime() - started) / 1e9;
		started = System.nanoTime();
		readAndKeep(receiving, dataSource, core, "c");
		var floorKept = (System.nanoTime() - started) / 1e9;
		phase("floor-end");
		var floorRows = jdbc.sql("select count(*) from bench_floor_message").query(Long.class).single();
		jdbc.sql("drop table if exists bench_floor_message, bench_floor_chunk").update();

		// End to end through the inbox directory: files read, judged, stored, applied, retours written, files moved.
		write(inbox, timed, "t");
		started = System.nanoTime();
		var imported = hub.importWaiting();
		var importStored = (System.nanoTime() - started) / 1e9;
		var importOpenAtStored = openDeliveries(jdbc);
		var importOpen = awaitEffects(jdbc, 120);
		var importApplied = (System.nanoTime() - started) / 1e9;

		var total = warmup + 2 * count;
		var stored = jdbc.sql("select count(*) from messaging_message where municipality_code = ? and outcome = 'ACCEPTED'")
				.param(MUNICIPALITY).query(Long.class).single();
		var applied = jdbc.sql("select count(*) from messaging_delivery where municipality_code = ? and not deleted")
				.param(MUNICIPALITY).query(Long.class).single();
		// Exactness of the asynchronous effects against an independent count: every message opened a retour term that
		// its retour met; every start and stop applied is in monitoring.
		var termMessages = jdbc.sql("select count(*) from messaging_term_message where municipality_code = ?")
				.param(MUNICIPALITY).query(Long.class).single();
		var retourTermsMet = jdbc.sql("""
				select count(*) from messaging_term where municipality_code = ? and kind = 'RETOUR' and met_on is not null""")
				.param(MUNICIPALITY).query(Long.class).single();
		var careRows = jdbc.sql("""
				select count(*) filter (where ended_on is not null) from monitoring_care_delivery where municipality_code = ?""")
				.param(MUNICIPALITY).query(Long.class).single();
		long retours;
		try (var files = Files.list(outbox)) {
			retours = files.count();
		}

		var xsdRate = count / xsdSeconds;
		var coreRate = count / coreApplied;
		var importRate = imported / importApplied;
		var load = Files.readString(Path.of("/proc/loadavg")).split(" ");
		var report = """
				## P4 iJw import benchmark

				| Measure | Messages | Judged and stored (s) | All effects applied (s) | Messages per second (all effects) | Ratio to plain XSD |
				|---|---:|---:|---:|---:|---:|
				| Plain JAXP XSD validation (%d threads), bytes in memory | %d | | %.2f | %.0f | 100 %% |
				| Product core: bytes in memory, four levels, stored, applied, terms and monitoring caught up | %d | %.2f | %.2f | %.0f | **%.0f %%** |
				| Product end to end: inbox directory import, retours written, files moved | %d | %.2f | %.2f | %.0f | %.0f %% |
				| Floor 1: the product's read stage only (hardened parse with level 1, header, hash), no database | %d | | %.2f | %.0f | %.0f %% |
				| Floor 2: floor 1, and each message kept in one row (COPY, committed per chunk, idempotency key), nothing else | %d | | %.2f | %.0f | %.0f %% |

				- The core row is the one comparable with the bar (both start from bytes in memory); the goal (P4) is judged on
				  its "all effects applied" rate: at least 2,000/s and at least 50 %% of plain XSD.
				- Event deliveries open when judging ended: core %d, directory %d; open after waiting (at most 120 s each):
				  warm-up %d, core %d, directory %d.
				- After the run (warm-up included, expected %d each): %d messages accepted, %d starts and stops applied, %d
				  retours in the outbox (directory part only, expected %d); terms remembered %d messages (expected %d: each
				  message and its retour), %d retour terms met (expected %d); monitoring has %d ended care rows (expected %d).
				- The floors are not the product: they bound from above what any design that keeps each message durably can
				  reach on this machine (floor 2 kept %d rows, expected %d).
				- Warm-up: %d messages before measuring (%d through the directory, the rest in memory). The JIT compiled for
				  %.2f s (compiler threads' time) during the core phase. Load average at the end: %s %s %s. Cores: %d.
				""".formatted(threads, count, xsdSeconds, xsdRate, count, coreStored, coreApplied, coreRate,
				100 * coreRate / xsdRate, imported, importStored, importApplied, importRate, 100 * importRate / xsdRate,
				count, floorRead, count / floorRead, 100 * count / floorRead / xsdRate, count, floorKept, count / floorKept,
				100 * count / floorKept / xsdRate, coreOpenAtStored, importOpenAtStored, warmOpen, coreOpen, importOpen, total,
				stored, applied, retours,
				warmThroughDirectory + count, termMessages, 2L * total, retourTermsMet, (long) total, careRows, (long) total / 2,
				floorRows, (long) count + Math.min(warm.size(), 20_000), warmup, warmThroughDirectory, coreCompiling, load[0],
				load[1], load[2], threads);
		System.out.println(report);
		Files.writeString(Path.of("target", "ijw-benchmark.md"), report);
		System.exit(SpringApplication.exit(context, () -> stored == total && applied == total ? 0 : 1));
	}

	/** The statements of the core phase by total time (lock waits included), per call and per row. */
	private static void writeStatements(JdbcClient jdbc, Path file) throws java.io.IOException {
		var lines = jdbc.sql("""
				select round(total_exec_time)::bigint as ms, calls, rows,
				       round((1000 * total_exec_time / greatest(rows, 1))::numeric, 1) as us_per_row,
				       regexp_replace(left(query, 160), '\\s+', ' ', 'g') as query
				from pg_stat_statements where calls > 0 order by total_exec_time desc limit 30""")
				.query((rs, n) -> "%8d ms %7d calls %8d rows %8s us/row  %s".formatted(rs.getLong(1), rs.getLong(2),
						rs.getLong(3), rs.getString(4), rs.getString(5)))
				.list();
		Files.write(file, lines);
		System.out.println("statements of the core phase in " + file);
	}

	/** A phase's start on the wall clock, so CPU samples taken outside this process can be split by phase. */
	private static void phase(String name) {
		System.out.printf(Locale.ROOT, "phase %s %.3f%n", name, System.currentTimeMillis() / 1000.0);
	}

	/** The messages judged straight from memory, {@code HubImport.CHUNK} at a time, the next chunk read meanwhile. */
	private static void receiveInMemory(BatchReceiving receiving, List<byte[]> messages) throws Exception {
		readAhead(receiving, chunks(messages), (i, read) -> receiving.judge(read));
	}

	/** What is done with chunk {@code i} once it is read. */
	@FunctionalInterface
	private interface ChunkWork {
		void accept(int i, BatchReceiving.Read read) throws Exception;
	}

	/** Each chunk through the read stage, the next one read on the other threads while {@code work} handles this one. */
	private static void readAhead(BatchReceiving receiving, List<List<BatchReceiving.Delivered>> chunks, ChunkWork work)
			throws Exception {
		if (chunks.isEmpty()) {
			return;
		}
		var read = receiving.read(chunks.getFirst());
		for (var i = 0; i < chunks.size(); i++) {
			var next = i + 1 < chunks.size() ? chunks.get(i + 1) : List.<BatchReceiving.Delivered>of();
			var nextRead = CompletableFuture.supplyAsync(() -> receiving.read(next));
			work.accept(i, read);
			read = nextRead.join();
		}
	}

	/** The floor's table: one row per message, its primary key and the key an idempotent import needs. */
	private static void createFloorTable(javax.sql.DataSource dataSource) throws java.sql.SQLException {
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("""
					create table bench_floor_message (id %s primary key, municipality_code char(4) not null,
					    sender text not null, identification text not null, received_at timestamptz not null, body text not null,
					    unique (municipality_code, sender, identification))"""
					.formatted(IDENTITY ? "bigint generated always as identity" : "uuid"));
			if (NO_ID) {
				statement.execute("alter table bench_floor_message drop column id, "
						+ "add primary key (municipality_code, sender, identification)");
				statement.execute("alter table bench_floor_message drop constraint "
						+ "bench_floor_message_municipality_code_sender_identification_key");
			}
			if (CHUNK_LAYOUT) {
				statement.execute("alter table bench_floor_message drop column body, add column chunk bigint not null");
				statement.execute("create table bench_floor_chunk "
						+ "(id bigint generated always as identity primary key, bodies bytea not null)");
			}
			if (!FLOOR_BODY.isBlank()) {
				var column = CHUNK_LAYOUT ? "bench_floor_chunk alter column bodies " : "bench_floor_message alter column body ";
				statement.execute("alter table " + column + FLOOR_BODY);
			}
		}
	}

	/** Floor 1: the messages through the product's read stage, chunk by chunk, nothing stored. */
	private static void readOnly(BatchReceiving receiving, List<byte[]> messages) {
		for (var chunk : chunks(messages)) {
			receiving.read(chunk);
		}
	}

	/**
	 * Floor 2: the read stage with the next chunk read meanwhile (as {@link #receiveInMemory}), each chunk then copied
	 * into one row per message and committed.
	 */
	private static void readAndKeep(BatchReceiving receiving, javax.sql.DataSource dataSource, List<byte[]> messages,
			String prefix) throws Exception {
		var chunks = chunks(messages, FLOOR_CHUNK);
		var columns = (IDENTITY || NO_ID ? "" : "id, ") + "municipality_code, sender, identification, received_at, "
				+ (CHUNK_LAYOUT ? "chunk" : "body");
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
			// What was read is not used further: floor 2 keeps the bytes and nothing judged from them.
			readAhead(receiving, chunks, (i, read) -> {
				var chunk = chunks.get(i);
				var rows = new StringBuilder(chunk.size() * (CHUNK_LAYOUT ? 80 : 2_400));
				var now = java.time.OffsetDateTime.now().toString();
				long chunkId = 0;
				if (CHUNK_LAYOUT) {
					var bodies = new java.io.ByteArrayOutputStream(chunk.size() * 2_400);
					for (var delivered : chunk) {
						bodies.write(delivered.body());
					}
					var sql = "insert into bench_floor_chunk (bodies) values (?) returning id";
					try (var insert = connection.prepareStatement(sql)) {
						insert.setBytes(1, bodies.toByteArray());
						try (var result = insert.executeQuery()) {
							result.next();
							chunkId = result.getLong(1);
						}
					}
				}
				for (var k = 0; k < chunk.size(); k++) {
					if (!IDENTITY && !NO_ID) {
						rows.append(java.util.UUID.randomUUID()).append('\t');
					}
					rows.append(MUNICIPALITY).append('\t').append(AGB)
							.append('\t').append(prefix).append(i).append('-').append(k).append('\t').append(now).append('\t');
					if (CHUNK_LAYOUT) {
						rows.append(chunkId);
					} else {
						escape(new String(chunk.get(k).body(), StandardCharsets.UTF_8), rows);
					}
					rows.append('\n');
				}
				copy.copyIn("copy bench_floor_message (" + columns + ") from stdin",
						new java.io.StringReader(rows.toString()));
				connection.commit();
			});
		}
	}

	/** COPY's text format: backslash, tab, newline and carriage return escaped. */
	private static void escape(String value, StringBuilder into) {
		for (var c = 0; c < value.length(); c++) {
			var ch = value.charAt(c);
			switch (ch) {
				case '\\' -> into.append("\\\\");
				case '\t' -> into.append("\\t");
				case '\n' -> into.append("\\n");
				case '\r' -> into.append("\\r");
				default -> into.append(ch);
			}
		}
	}

	private static List<List<BatchReceiving.Delivered>> chunks(List<byte[]> messages) {
		return chunks(messages, 500);
	}

	private static List<List<BatchReceiving.Delivered>> chunks(List<byte[]> messages, int size) {
		var origin = new Origin(new MunicipalityCode(MUNICIPALITY), null);
		var chunks = new ArrayList<List<BatchReceiving.Delivered>>();
		for (var from = 0; from < messages.size(); from += size) {
			chunks.add(messages.subList(from, Math.min(messages.size(), from + size)).stream()
					.map(body -> new BatchReceiving.Delivered(body, origin)).toList());
		}
		return chunks;
	}

	/** Waits until every event delivery completed, at most {@code seconds}; how many are still open. */
	private static long awaitEffects(JdbcClient jdbc, int seconds) throws InterruptedException {
		var until = System.nanoTime() + seconds * 1_000_000_000L;
		long open;
		while ((open = openDeliveries(jdbc)) > 0 && System.nanoTime() < until) {
			Thread.sleep(20);
		}
		return open;
	}

	private static long openDeliveries(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
	}

	/** Allocations 1..n of product 45A01 for the benchmark's provider, valid in December 2026. */
	private static void seed(JdbcClient jdbc, PlatformTransactionManager transactions, int n) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			// Only the facts the import reads are real; the decision, line, team and contract rows they would refer to are
			// not made (the benchmark measures the import, not the allocation module), so foreign keys are off for this
			// transaction only.
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("""
					insert into allocation_provider (id, municipality_code, name, agb_code)
					values ('00000000-0000-0000-0000-0000000000a1', ?, 'Zorggroep', ?)""").params(MUNICIPALITY, AGB).update();
			jdbc.sql("""
					insert into allocation_product (id, municipality_code, category, code, name, unit, frequency)
					values ('00000000-0000-0000-0000-0000000000b1', ?, '45', '45A01', 'Ambulante begeleiding', '04', '2')""")
					.param(MUNICIPALITY).update();
			jdbc.sql("""
					insert into allocation_allocation (id, decision_id, line_id, municipality_code, number, help_request_id,
					    team_id, product_id, provider_id, contract_id, category, volume, unit, frequency, valid_from, valid_until,
					    financing, budget_cents)
					select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), ?, g, gen_random_uuid(), gen_random_uuid(),
					    '00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000a1', gen_random_uuid(), '45', 2,
					    '04', '2', date '2026-12-01', date '2026-12-28', 'IN_KIND', 0
					from generate_series(1, ?) g""").params(MUNICIPALITY, n).update();
		});
	}

	/** A start and a stop for allocations from/2+1 on: {@code n} messages. */
	private static List<byte[]> messages(Path ijw, int from, int n) throws Exception {
		var start = adapt(Files.readString(ijw.resolve("examples/JW305.xml"), StandardCharsets.UTF_8)
				.replaceAll("(?s)<jw305:StartProduct>\\s*<jw305:ToewijzingNummer>300202.*?</jw305:StartProduct>", ""))
				.replace("<jw305:Begindatum>2026-04-03</jw305:Begindatum>", "<jw305:Begindatum>2026-12-02</jw305:Begindatum>");
		var stop = adapt(Files.readString(ijw.resolve("examples/JW307.xml"), StandardCharsets.UTF_8)
				.replaceAll("(?s)<jw307:StopProduct>\\s*<jw307:ToewijzingNummer>300202.*?</jw307:StopProduct>", ""))
				.replace("<jw307:Begindatum>2026-04-03</jw307:Begindatum>", "<jw307:Begindatum>2026-12-02</jw307:Begindatum>")
				.replace("<jw307:Einddatum>2026-07-17</jw307:Einddatum>", "<jw307:Einddatum>2026-12-20</jw307:Einddatum>");
		var messages = new ArrayList<byte[]>();
		for (var i = from / 2 + 1; messages.size() < n; i++) {
			messages.add(number(start, "S" + i, i));
			messages.add(number(stop, "E" + i, i));
		}
		return messages;
	}

	private static String adapt(String xml) {
		return xml.replace(">0363<", ">" + MUNICIPALITY + "<").replace("<ijw:Categorie>55</ijw:Categorie>", "<ijw:Categorie>45</ijw:Categorie>")
				.replace("<ijw:Code>55A11</ijw:Code>", "<ijw:Code>45A01</ijw:Code>").replace("2026-04-01", "2026-12-01");
	}

	private static byte[] number(String template, String identification, int allocation) {
		return template.replace("<ijw:Identificatie>123456789012</ijw:Identificatie>", "<ijw:Identificatie>" + identification + "</ijw:Identificatie>")
				.replace("ToewijzingNummer>300201<", "ToewijzingNummer>" + allocation + "<").getBytes(StandardCharsets.UTF_8);
	}

	private static void write(Path inbox, List<byte[]> messages, String prefix) throws Exception {
		for (var i = 0; i < messages.size(); i++) {
			Files.write(inbox.resolve(String.format(Locale.ROOT, "%s%06d.xml", prefix, i)), messages.get(i));
		}
	}

	/** Seconds to validate every message with plain JAXP validators (one per thread), all of them valid. */
	private static double validate(List<byte[]> messages, Schema jw305, Schema jw307, int threads) throws Exception {
		var pool = Executors.newFixedThreadPool(threads);
		try {
			var started = System.nanoTime();
			var parts = new ArrayList<Future<Integer>>();
			for (var t = 0; t < threads; t++) {
				var part = t;
				parts.add(pool.submit(() -> {
					Validator v305 = jw305.newValidator();
					Validator v307 = jw307.newValidator();
					var valid = 0;
					for (var i = part; i < messages.size(); i += threads) {
						var validator = i % 2 == 0 ? v305 : v307;
						validator.validate(new StreamSource(new ByteArrayInputStream(messages.get(i))));
						valid++;
					}
					return valid;
				}));
			}
			for (var part : parts) {
				part.get();
			}
			return (System.nanoTime() - started) / 1e9;
		} finally {
			pool.shutdown();
		}
	}
}
