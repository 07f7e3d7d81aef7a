package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import nl.jeugdregie.steering.internal.period.ReportingPeriod;

/** A checked figure for one norm and period, ready to save: a value, or for a deadline norm the completion day. */
public record ProposedFigure(Norm norm, ReportingPeriod period, @Nullable BigDecimal value, @Nullable LocalDate completedOn) {}
