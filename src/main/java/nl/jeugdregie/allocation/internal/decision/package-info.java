/**
 * TOEW-1, TOEW-4, TOEW-5: the allocation decision (beschikking) on an agreed arrangement: legal route, in kind or PGB,
 * at most the maximum term, the heavy-step rules for extensions and placements, the allocations with their numbers
 * and budgets, the letter for the family as accessible PDF, and crisis care started before a decision.
 */
@NullMarked
package nl.jeugdregie.allocation.internal.decision;

import org.jspecify.annotations.NullMarked;
