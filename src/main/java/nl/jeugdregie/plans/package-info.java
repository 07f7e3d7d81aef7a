/**
 * One family, one plan, one case director: households with their members, the cooperation plan made with the
 * family, and the rules for heavy steps such as an out-of-home placement (PLAN-1, PLAN-2, PLAN-3, PLAN-6, PLAN-7).
 */
@NullMarked
@ApplicationModule(displayName = "Family plans and case direction")
package nl.jeugdregie.plans;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
