package nl.jeugdregie.steering.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything about one type of work: what it is for, its agreements, its risks and its money. */
public record TypeOfWorkDetail(Assignment assignment, TypeOfWork type, List<Goal> goals,
		List<CoreCondition> coreConditions, List<Risk> risks, List<FinancingLine> lines, Figure subtotal,
		@Nullable StatedFigureComparison comparison, BudgetCapStatus cap) {}
