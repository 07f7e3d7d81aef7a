package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import nl.jeugdregie.steering.internal.period.NormPeriod;

/** Norms for the unit tests, shaped like memo 001's. */
final class NormTestData {

	private NormTestData() {}

	static Norm norm(String code, NormKind kind, @Nullable String target, NormPeriod period, NormMeasure measure) {
		return new Norm(1, 1, 1, 1, "Individueel sociaal werk", code, "Norm", kind,
				target == null ? null : new BigDecimal(target), null, period, LocalDate.of(2021, 1, 1), measure, null);
	}

	static Norm percentAtLeast() {
		return norm("ISW-3", NormKind.PERCENT_AT_LEAST, "80", NormPeriod.QUARTER, NormMeasure.PROVIDER_FIGURES);
	}

	static Norm count() {
		return norm("CSW-1", NormKind.COUNT_AT_LEAST, "11", NormPeriod.QUARTER, NormMeasure.PROVIDER_FIGURES);
	}

	static Norm deadline() {
		return new Norm(2, 1, 1, 1, "Collectief sociaal werk", "CSW-2", "Sociale agenda", NormKind.DEADLINE, null,
				LocalDate.of(2022, 1, 1), NormPeriod.YEAR, LocalDate.of(2021, 1, 1), NormMeasure.PROVIDER_FIGURES, null);
	}
}
