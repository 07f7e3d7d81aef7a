package nl.jeugdregie.policy.internal;

import java.util.List;
import nl.jeugdregie.policy.NormKey;
import org.jspecify.annotations.Nullable;

/**
 * What the norms screen and API show of one norm for a municipality.
 *
 * @param current the value in effect today, the product default when the municipality has none of its own;
 *     null only when the norm is not configured at all
 * @param upcoming the municipality's values scheduled after today, soonest first
 * @param history the municipality's values that took effect today or earlier, newest first
 */
record NormOverview(NormKey key, @Nullable NormSetting current, List<NormSetting> upcoming, List<NormSetting> history) {}
