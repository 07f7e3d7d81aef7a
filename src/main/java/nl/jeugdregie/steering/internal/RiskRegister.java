package nl.jeugdregie.steering.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The risk register of the municipality's assignment with its heat map and the history of re-assessments. */
public record RiskRegister(String municipalityName, @Nullable Assignment assignment, List<Risk> risks, HeatMap heatMap,
		List<RiskReassessment> reassessments) {}
