package nl.jeugdregie.steering.internal.financing;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;

/**
 * The money of an assignment, always computed from its financing lines (STU-4): a subtotal per type of work,
 * youth and adults apart, the overall total, and the Proeftuin Ruwaard budget kept apart from all of them.
 */
public record Budget(Map<Long, Figure> perTypeOfWork, Figure youth, Figure adults, Figure overall, Figure proeftuin) {

	public static Budget of(List<FinancingLine> lines) {
		Predicate<FinancingLine> regular = line -> !line.proeftuin();
		var perType = lines.stream().filter(regular).collect(Collectors.groupingBy(
				line -> java.util.Objects.requireNonNull(line.typeOfWorkId()),
				Collectors.reducing(Figure.ZERO, FinancingLine::figure, Figure::plus)));
		return new Budget(Map.copyOf(perType),
				sum(lines, regular.and(line -> line.targetGroup() == TargetGroup.YOUTH)),
				sum(lines, regular.and(line -> line.targetGroup() == TargetGroup.ADULTS)),
				sum(lines, regular),
				sum(lines, FinancingLine::proeftuin));
	}

	public Figure of(long typeOfWorkId) {
		return perTypeOfWork.getOrDefault(typeOfWorkId, Figure.ZERO);
	}

	private static Figure sum(List<FinancingLine> lines, Predicate<FinancingLine> which) {
		return Figure.sumOf(lines.stream().filter(which).toList());
	}
}
