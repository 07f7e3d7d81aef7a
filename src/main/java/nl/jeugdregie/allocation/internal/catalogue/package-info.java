/** TOEW-2, TOEW-6: the regional product list and the contracts' versioned tariffs, with CSV import and export. */
@NullMarked
package nl.jeugdregie.allocation.internal.catalogue;

import org.jspecify.annotations.NullMarked;
