/**
 * TOEW-1, TOEW-7 (issue 16): changing a decided allocation the way iJw prescribes (OP033x1, JZ002, TR385): ending it
 * early, changing its volume (the same number for frequency "total within the validity", otherwise the allocation
 * ends and a new one with a new number continues it) and withdrawing one sent in error. Each change is checked under
 * a row lock, kept as a history row, audited and published as an event of allocation's API.
 */
@NullMarked
package nl.jeugdregie.allocation.internal.change;

import org.jspecify.annotations.NullMarked;
