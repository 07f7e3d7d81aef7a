/**
 * Accessible PDF rendering (PDF/UA) shared by every module that writes a PDF.
 */
@NullMarked
package nl.jeugdregie.platform.pdf;

import org.jspecify.annotations.NullMarked;
