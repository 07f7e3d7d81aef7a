package nl.jeugdregie.schools.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.schools.internal.location.LocationSeeding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** OND-3: the demo's school locations for gemeente Oss have exactly the council letter's figures (seed 002). */
@IntegrationTest
@DisplayName("OND-3: Oss's demo school locations: 47, of which 12 extra (11 realised) and 35 basis, no MBO")
class SchoolLocationsDemoDataIntegrationTests {

	@Autowired LocationSeeding seeding;
	@Autowired JdbcClient jdbc;

	@Test
	void seedsTheLettersFiguresOnce() {
		var demo = new SchoolLocationsDemoData(seeding);
		demo.start();
		demo.start();

		assertThat(count("true")).isEqualTo(47);
		assertThat(count("connection_type = 'EXTRA'")).isEqualTo(12);
		assertThat(count("connection_type = 'EXTRA' and extra_realised")).isEqualTo(11);
		assertThat(count("connection_type = 'BASIS'")).isEqualTo(35);
		assertThat(count("school_type = 'CHILDCARE'")).isZero();
		assertThat(count("name like '%(fictief)'")).isEqualTo(47);
	}

	private long count(String condition) {
		return jdbc.sql("select count(*) from school_location where municipality_code = '0828' and " + condition)
				.query(Long.class).single();
	}
}
