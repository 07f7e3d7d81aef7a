package nl.jeugdregie.monitoring.internal.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.monitoring.internal.dashboard.DashboardReadModels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generates intake event histories straight into monitoring's event store, deterministic from a seed, and
 * derives the read models from them with the rebuild (the same SQL as the listeners). For the benchmark and for
 * demonstrations only: never run against real data. All randomness is a hash of (seed, request, purpose), so the
 * same seed gives the same rows whatever the database's parallelism.
 *
 * <p>Requests are spread over the municipalities with a skew (a few large ones, many small), registered
 * evenly over the period; waiting days, conversations, triage outcomes, applications and closures follow rough
 * proportions of a CJG (see {@code docs/performance.md}). Events dated after {@code today} are left out, so
 * recent requests are still waiting or running.
 */
@Component
public class EventGenerator {

	private final JdbcClient jdbc;
	private final Teams teams;
	private final DashboardReadModels readModels;

	public EventGenerator(JdbcClient jdbc, Teams teams, DashboardReadModels readModels) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.readModels = readModels;
	}

	/** A generated municipality and its teams (team ids as strings). */
	public record GeneratedMunicipality(String code, String name, List<String> teams) {}

	/**
	 * @param municipalities the municipalities to spread requests over (see {@link Regions})
	 * @param requests how many help requests
	 * @param first the first registration date; registrations run evenly until the day before {@code today}
	 */
	public DashboardReadModels.RebuildResult generate(long seed, List<Regions.Place> municipalities, long requests,
			LocalDate first, LocalDate today) {
		var generated = register(municipalities);
		jdbc.sql("drop table if exists generator_team").update();
		jdbc.sql("create unlogged table generator_team (muni_idx int, team_idx int, team_count int, municipality_code char(4), team_id uuid)")
				.update();
		for (var m = 0; m < generated.size(); m++) {
			var municipality = generated.get(m);
			for (var t = 0; t < municipality.teams().size(); t++) {
				jdbc.sql("insert into generator_team values (?, ?, ?, ?, ?::uuid)")
						.params(m, t, municipality.teams().size(), municipality.code(), municipality.teams().get(t))
						.update();
			}
		}
		jdbc.sql(GeneratorSql.RANDOM_FUNCTION).update();
		jdbc.sql("drop table if exists generator_request").update();
		jdbc.sql(GeneratorSql.REQUESTS)
				.param("seed", seed).param("n", requests).param("municipalities", generated.size())
				.param("first", first).param("today", today)
				.update();
		for (var statement : GeneratorSql.EVENTS) {
			jdbc.sql(statement).param("today", today).update();
		}
		jdbc.sql("drop table generator_request").update();
		jdbc.sql("drop table generator_team").update();
		jdbc.sql("drop function generator_random").update();
		jdbc.sql("analyze monitoring_event").update();
		var result = readModels.rebuild();
		jdbc.sql("analyze monitoring_request_fact").update();
		jdbc.sql("analyze monitoring_month_aggregate").update();
		jdbc.sql("analyze monitoring_month_wait_bucket").update();
		return result;
	}

	/** Makes the municipalities and their teams exist (identity's public API), so the pages can name them. */
	private List<GeneratedMunicipality> register(List<Regions.Place> places) {
		var result = new ArrayList<GeneratedMunicipality>();
		for (var place : places) {
			var code = new MunicipalityCode(place.code());
			teams.registerMunicipality(code, place.name());
			// An existing municipality (the demo's Oss) keeps its own teams; others get the place's teams.
			var existing = teams.ofMunicipality(code);
			var ids = new ArrayList<String>();
			existing.forEach(team -> ids.add(team.id().value().toString()));
			for (var t = ids.size(); t < place.teams(); t++) {
				var name = "CJG " + place.name() + " " + Regions.TEAM_NAMES.get(t % Regions.TEAM_NAMES.size());
				ids.add(teams.createTeam(code, name).id().value().toString());
			}
			result.add(new GeneratedMunicipality(place.code(), place.name(), ids));
		}
		return result;
	}
}
