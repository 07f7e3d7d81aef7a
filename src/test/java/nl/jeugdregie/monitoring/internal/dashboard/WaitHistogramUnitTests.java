package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Median and 90th percentile from day buckets, by the nearest-rank rule (glossary). */
class WaitHistogramUnitTests {

	@Test
	@DisplayName("MON-1: median and 90th percentile of the waiting days come from the buckets")
	void computesPercentilesByNearestRank() {
		var histogram = new WaitHistogram();
		// Ten requests: 3 x 0 days, 4 x 7 days, 2 x 14 days, 1 x 40 days.
		histogram.add(0, 3);
		histogram.add(7, 4);
		histogram.add(14, 2);
		histogram.add(40, 1);

		assertThat(histogram.count()).isEqualTo(10);
		assertThat(histogram.percentile(50)).isEqualTo(7); // rank 5
		assertThat(histogram.percentile(90)).isEqualTo(14); // rank 9
		assertThat(histogram.percentile(100)).isEqualTo(40);
	}

	@Test
	void hasNoPercentileWithoutRequests() {
		assertThat(new WaitHistogram().percentile(50)).isNull();
	}

	@Test
	void addsHistogramsOfSeveralMonths() {
		var october = new WaitHistogram();
		october.add(3, 1);
		var november = new WaitHistogram();
		november.add(3, 2);
		november.add(10, 1);
		october.addAll(november);

		assertThat(october.count()).isEqualTo(4);
		assertThat(october.percentile(90)).isEqualTo(10);
	}
}
