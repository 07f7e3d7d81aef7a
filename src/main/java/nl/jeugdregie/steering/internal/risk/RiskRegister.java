package nl.jeugdregie.steering.internal.risk;

import java.util.List;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import org.jspecify.annotations.Nullable;

/** The risk register of the municipality's assignment with its heat map and the history of re-assessments. */
public record RiskRegister(String municipalityName, @Nullable Assignment assignment, List<Risk> risks, HeatMap heatMap,
		List<RiskReassessment> reassessments) {}
