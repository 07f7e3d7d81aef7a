/** TOEW-3, TOEW-6: providers with their AGB code, their contracts (products, procurement route, region, bridging care, terms) and their accounts. */
@NullMarked
package nl.jeugdregie.allocation.internal.provider;

import org.jspecify.annotations.NullMarked;
