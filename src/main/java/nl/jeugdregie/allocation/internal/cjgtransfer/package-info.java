/**
 * TOEW-8 (visie Oldebroek): the municipality marks product categories as within the CJG's scope from a date; every
 * contracted provider of such a category gets a notice at least the {@code CJG_TRANSFER_NOTICE} norm ahead; the
 * situations that stay with a specialised provider are a list the municipality keeps. The decision on an extension
 * asks it whether support moves to the CJG.
 */
@NullMarked
package nl.jeugdregie.allocation.internal.cjgtransfer;

import org.jspecify.annotations.NullMarked;
