package nl.jeugdregie.steering.internal.norms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STU-5: quarterly figures from CSV, refused with row and column, never partly")
class QuarterlyFiguresCsvUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private final QuarterlyFiguresCsv csv = new QuarterlyFiguresCsv();
	private final Map<String, Norm> norms = Map.of("ISW-3", NormTestData.percentAtLeast(), "CSW-1", NormTestData.count(),
			"CSW-2", NormTestData.deadline());

	@Test
	void readsEveryRow() {
		var result = read("norm;periode;waarde\nISW-3;2026-K3;83,5\ncsw-1;2026-K3;9\nCSW-2;2021;15-12-2021\n", List.of());

		assertThat(result).isInstanceOfSatisfying(QuarterlyFiguresCsv.Accepted.class, accepted -> {
			assertThat(accepted.figures()).hasSize(3);
			assertThat(accepted.figures().getFirst().value()).isEqualByComparingTo("83.5");
			assertThat(accepted.figures().get(2).completedOn()).isEqualTo(LocalDate.of(2021, 12, 15));
		});
	}

	@Test
	void refusesAWrongHeader() {
		assertThat(problems(read("norm;kwartaal;waarde\nISW-3;2026-K3;83\n", List.of())))
				.containsExactly(tuple(1, "", "steering.refusal.csv.header"));
	}

	@Test
	void namesRowAndColumnOfEveryWrongCellAndImportsNothing() {
		var result = read("""
				norm;periode;waarde
				ISW-3;2026-K3;83
				ISW-3;2026-K2;120
				CSW-1;2026-3;11
				XYZ-9;2026-K3;1
				CSW-1;2026-K3
				CSW-1;2026-K2;veel
				""", List.of());

		assertThat(problems(result)).containsExactly(
				tuple(3, "waarde", "steering.refusal.percentage.outOfRange"),
				tuple(4, "periode", "steering.refusal.period.malformed"),
				tuple(5, "norm", "steering.refusal.csv.unknownNorm"),
				tuple(6, "", "steering.refusal.csv.columnCount"),
				tuple(7, "waarde", "steering.refusal.value.malformed"));
	}

	@Test
	void refusesAClosedQuarterAndADuplicateRow() {
		var result = read("norm;periode;waarde\nISW-3;2026-K2;83\nCSW-1;2026-K3;11\nCSW-1;2026-K3;10\n",
				List.of(LocalDate.of(2026, 4, 1)));

		assertThat(problems(result)).containsExactly(tuple(2, "periode", "steering.refusal.period.closed"),
				tuple(4, "periode", "steering.refusal.csv.duplicate"));
	}

	@Test
	void refusesAFileWithoutFigures() {
		assertThat(problems(read("norm;periode;waarde\n", List.of()))).containsExactly(tuple(2, "", "steering.refusal.csv.empty"));
	}

	private QuarterlyFiguresCsv.Result read(String content, List<LocalDate> closed) {
		return csv.read(content, code -> Optional.ofNullable(norms.get(code)), TODAY, closed);
	}

	private static List<org.assertj.core.groups.Tuple> problems(QuarterlyFiguresCsv.Result result) {
		assertThat(result).isInstanceOf(QuarterlyFiguresCsv.Refused.class);
		return ((QuarterlyFiguresCsv.Refused) result).problems().stream()
				.map(problem -> tuple(problem.row(), problem.column(), problem.refusal().code())).toList();
	}
}
