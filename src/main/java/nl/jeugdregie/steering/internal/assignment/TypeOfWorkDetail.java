package nl.jeugdregie.steering.internal.assignment;

import java.util.List;
import nl.jeugdregie.steering.internal.financing.BudgetCapStatus;
import nl.jeugdregie.steering.internal.financing.Figure;
import nl.jeugdregie.steering.internal.financing.FinancingLine;
import nl.jeugdregie.steering.internal.financing.StatedFigureComparison;
import nl.jeugdregie.steering.internal.risk.Risk;
import org.jspecify.annotations.Nullable;

/** Everything about one type of work: what it is for, its agreements, its risks and its money. */
public record TypeOfWorkDetail(Assignment assignment, TypeOfWork type, List<Goal> goals,
		List<CoreCondition> coreConditions, List<Risk> risks, List<FinancingLine> lines, Figure subtotal,
		@Nullable StatedFigureComparison comparison, BudgetCapStatus cap) {}
