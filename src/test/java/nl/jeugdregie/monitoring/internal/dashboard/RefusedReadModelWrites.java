package nl.jeugdregie.monitoring.internal.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes monitoring's read models unavailable for one municipality, for tests of what happens while they fail (issue 19
 * item 7): a trigger on each given table raises for rows of that municipality. Data-scoped, so other tests' rows pass.
 * {@link #allow()} removes every trigger it installed.
 */
final class RefusedReadModelWrites {

	private final JdbcClient jdbc;
	private final List<String> tables = new ArrayList<>();

	RefusedReadModelWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The monitoring tables that have a municipality column. */
	List<String> monitoringTables() {
		return jdbc.sql("""
				select table_name from information_schema.columns
				where table_schema = current_schema() and column_name = 'municipality_code'
				  and table_name like 'monitoring%' and table_name in (
				    select table_name from information_schema.tables where table_type = 'BASE TABLE')""")
				.query(String.class).list();
	}

	/** Refuses the given writes ({@code "insert"} or {@code "insert or update"}) of the municipality's rows. */
	List<String> refuse(String municipality, String writes, List<String> tablesToRefuse) {
		jdbc.sql("""
				create or replace function test_refuse_monitoring_write() returns trigger language plpgsql as $$
				begin
				  if new.municipality_code = tg_argv[0] then
				    raise exception 'read model unavailable (test)';
				  end if;
				  return new;
				end $$""").update();
		for (var table : tablesToRefuse) {
			jdbc.sql("create trigger test_refuse_write before " + writes + " on " + table
					+ " for each row execute function test_refuse_monitoring_write('" + municipality + "')").update();
			tables.add(table);
		}
		return List.copyOf(tables);
	}

	void allow() {
		for (var table : List.copyOf(tables)) {
			jdbc.sql("drop trigger if exists test_refuse_write on " + table).update();
			tables.remove(table);
		}
	}
}
