package nl.jeugdregie.monitoring.internal.dashboard;

import java.util.UUID;
import nl.jeugdregie.TestFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A youth-care region of two fresh municipalities, inserted as configuration (ADR 0018), so a test sees only its
 * own figures: "Regiotest Noord" (north) and "Regiotest Zuid" (south), listed in that order.
 */
record TestRegion(String code, TestFixtures.World north, TestFixtures.World south) {

	static TestRegion create(TestFixtures fixtures, JdbcClient jdbc) {
		var region = new TestRegion("test-" + UUID.randomUUID(), fixtures.newWorld(), fixtures.newWorld());
		jdbc.sql("insert into monitoring_region (code, name) values (?, ?)").params(region.code, "Testregio")
				.update();
		member(jdbc, region.code, region.north, "Regiotest Noord");
		member(jdbc, region.code, region.south, "Regiotest Zuid");
		return region;
	}

	private static void member(JdbcClient jdbc, String region, TestFixtures.World world, String name) {
		jdbc.sql("insert into monitoring_region_member (municipality_code, region_code, municipality_name) values (?, ?, ?)")
				.params(world.municipality().value(), region, name).update();
	}
}
