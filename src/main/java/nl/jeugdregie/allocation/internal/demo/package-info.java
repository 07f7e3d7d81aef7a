/** Demo only: gemeente Oss's regional product list, providers, contracts, tariffs, waiting times and allocations. */
@NullMarked
package nl.jeugdregie.allocation.internal.demo;

import org.jspecify.annotations.NullMarked;
