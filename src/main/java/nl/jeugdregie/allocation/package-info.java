/**
 * Allocation of specialised youth care (TOEW-1 … TOEW-9): the regional product and tariff list, providers with
 * their contracts and accounts, providers' waiting times, and the allocation itself. Its base package is its API:
 * identifiers, the iJw code lists it speaks (product categories JZ020, units WJ756, frequencies WMO757) and the
 * past-tense events other modules read (monitoring, the public site, iJw messaging).
 */
@NullMarked
@ApplicationModule(displayName = "Allocation of specialised youth care")
package nl.jeugdregie.allocation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
